#pragma once

// One run's decision (spec §2.5–§2.9): limits, scale-out rules (any fires, the largest result
// wins), scale-in rules (all must fire, the largest result wins), the flapping check, and the
// default count when metrics are missing.

#include <span>
#include <vector>

#include "models/engine/compiledsetting.h"
#include "models/engine/flapping.h"
#include "models/engine/simulationresult.h"

namespace autoscale::models {

// The count a rule's action asks for from `current`, before the profile's limits.
int requestedCount(const CompiledRule& rule, int current, const SimulationOptions& options);

// The exact (unrounded) change of a PercentChangeCount action, for explanations.
double percentChange(const CompiledRule& rule, int current);

// Whether a rule belongs to the scale-out group at `current` (§2.5, §8.14).
bool isScaleOutRule(const CompiledRule& rule, int current, const SimulationOptions& options);

struct ScaleDecision {
  int current = 0;              // the count read at the start of the run
  int base = 0;                 // after a profile default on activation and the limits
  bool defaultApplied = false;  // option applyDefaultOnProfileActivation
  bool belowMinimum = false;    // base was raised to the minimum
  bool aboveMaximum = false;    // base was lowered to the maximum
  std::vector<int> firedOut;    // scale-out rules that fired
  std::vector<int> firedIn;     // scale-in rules (all of them, when they all fired)
  int chosenRule = -1;          // the rule whose result was taken
  bool rulesActed = false;      // the count changed because of rules
  int intended = 0;             // what the rules asked for (after limits)
  FlappingDecision flapping;
  std::vector<int> flappingRules;  // the scale-out rules the flapping check estimated, in order
  std::vector<int> unknownRules;   // rules whose metric had no data
  bool missingDefault = false;     // raised to the default because metrics are missing
  int count = 0;                   // the final count

  // Working space kept between runs, so that a run allocates nothing.
  std::vector<int> outGroup;
  std::vector<int> inGroup;
  std::vector<ScaleOutCondition> conditions;

  void reset(int currentCount);
};

// Decides one run into `decision` (reset first). `rules` holds this run's evaluation of each
// rule of `profile` (observed values after dividePerInstance; Skipped for rules that may not
// act now).
void decide(const CompiledProfile& profile, std::span<const RuleEvaluation> rules, int current,
            bool profileActivated, const SimulationOptions& options, ScaleDecision& decision);

}  // namespace autoscale::models
