#pragma once

#include <QStringList>
#include <optional>
#include <vector>

#include "ui/rules/rulejson.h"

namespace autoscale::ui {

// Design-time advice on a rule among the other rules of its condition: the flapping risk
// (a scale-in that the projected metric would immediately undo) and a condition that can
// only scale out.
struct RuleContext {
  std::vector<RuleFields> otherRules;  // the condition's other rules
  std::optional<long long> minimum;
  std::optional<long long> maximum;
};

QStringList ruleWarnings(const RuleFields& rule, const RuleContext& context);

// The flapping estimate the engine uses: after scaling in from `count` to `count - by`
// instances, an averaged per-instance metric just under `inThreshold` rises by the factor
// count / (count - by). Returns the first instance count in [minimum + by, maximum] at which
// that projection reaches `outThreshold`, or nullopt.
std::optional<long long> flappingCount(double inThreshold, double outThreshold, long long by,
                                       long long minimum, long long maximum);

}  // namespace autoscale::ui
