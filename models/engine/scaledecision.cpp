#include "models/engine/scaledecision.h"

#include <algorithm>
#include <cmath>

namespace autoscale::models {
namespace {

int clampTo(const CompiledProfile& profile, long long count) {
  return static_cast<int>(std::clamp<long long>(count, profile.minimum, profile.maximum));
}

int serviceAllowedNext(const std::vector<int>& allowed, int current, bool up) {
  if (up) {
    for (int value : allowed) {
      if (value > current) return value;
    }
    return current;
  }
  for (auto it = allowed.rbegin(); it != allowed.rend(); ++it) {
    if (*it < current) return *it;
  }
  return current;
}

long long roundedChange(double change, PercentRounding rounding) {
  switch (rounding) {
    case PercentRounding::Up:
      return static_cast<long long>(std::ceil(change - 1e-9));
    case PercentRounding::Down:
      return static_cast<long long>(std::floor(change + 1e-9));
    case PercentRounding::Nearest:
      return static_cast<long long>(std::floor(change + 0.5 + 1e-9));
  }
  return 0;
}

}  // namespace

double percentChange(const CompiledRule& rule, int current) {
  return static_cast<double>(current) * static_cast<double>(rule.value) / 100.0;
}

int requestedCount(const CompiledRule& rule, int current, const SimulationOptions& options) {
  const int sign = rule.direction == ScaleDirection::Increase   ? 1
                   : rule.direction == ScaleDirection::Decrease ? -1
                                                                : 0;
  long long count = current;
  switch (rule.type) {
    case ScaleType::ChangeCount:
      count = current + sign * rule.value;
      break;
    case ScaleType::PercentChangeCount:
      count = current + sign * roundedChange(percentChange(rule, current), options.percentRounding);
      break;
    case ScaleType::ExactCount:
      count = rule.value;
      break;
    case ScaleType::ServiceAllowedNextValue:
      if (sign != 0) count = serviceAllowedNext(options.serviceAllowedValues, current, sign > 0);
      break;
  }
  return static_cast<int>(std::clamp<long long>(count, 0, 1'000'000));
}

bool isScaleOutRule(const CompiledRule& rule, int current, const SimulationOptions& options) {
  const bool byTarget = rule.direction == ScaleDirection::None ||
                        (rule.type == ScaleType::ExactCount &&
                         options.exactCountGrouping == ExactCountGrouping::ByTarget);
  if (byTarget) return requestedCount(rule, current, options) > current;
  return rule.direction == ScaleDirection::Increase;
}

void ScaleDecision::reset(int currentCount) {
  current = currentCount;
  base = currentCount;
  defaultApplied = belowMinimum = aboveMaximum = rulesActed = missingDefault = false;
  firedOut.clear();
  firedIn.clear();
  chosenRule = -1;
  intended = 0;
  flapping.outcome = FlappingOutcome::None;
  flapping.count = 0;
  flapping.firesAtTarget.clear();
  flappingRules.clear();
  unknownRules.clear();
  count = currentCount;
  outGroup.clear();
  inGroup.clear();
  conditions.clear();
}

void decide(const CompiledProfile& profile, std::span<const RuleEvaluation> rules, int current,
            bool profileActivated, const SimulationOptions& options, ScaleDecision& d) {
  d.reset(current);
  int start = current;
  if (profileActivated && options.applyDefaultOnProfileActivation) {
    start = profile.defaultCount;
    d.defaultApplied = start != current;
  }
  d.base = clampTo(profile, start);
  d.belowMinimum = start < profile.minimum;
  d.aboveMaximum = start > profile.maximum;
  d.count = d.base;

  // Most runs fire nothing and miss no data: nothing more to decide.
  const bool anyFiredOrUnknown =
      std::any_of(rules.begin(), rules.end(), [](const RuleEvaluation& r) {
        return r.outcome == RuleOutcome::Triggered || r.outcome == RuleOutcome::Unknown;
      });
  if (!anyFiredOrUnknown) return;

  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].outcome == RuleOutcome::Unknown) d.unknownRules.push_back(static_cast<int>(i));
  }
  if (profile.groupsFollowCount) {
    for (std::size_t i = 0; i < profile.rules.size(); ++i) {
      (isScaleOutRule(profile.rules[i], d.base, options) ? d.outGroup : d.inGroup)
          .push_back(static_cast<int>(i));
    }
  }
  const std::vector<int>& outGroup = profile.groupsFollowCount ? d.outGroup : profile.scaleOutRules;
  const std::vector<int>& inGroup = profile.groupsFollowCount ? d.inGroup : profile.scaleInRules;

  auto targetOf = [&](int index) {
    return clampTo(profile,
                   requestedCount(profile.rules[static_cast<std::size_t>(index)], d.base, options));
  };
  auto outcomeOf = [&](int index) { return rules[static_cast<std::size_t>(index)].outcome; };

  // Scale out: any rule that fires; the largest result wins.
  for (int index : outGroup) {
    if (outcomeOf(index) != RuleOutcome::Triggered) continue;
    d.firedOut.push_back(index);
    const int target = targetOf(index);
    if (d.chosenRule < 0 || target > d.intended) {
      d.intended = target;
      d.chosenRule = index;
    }
  }
  const bool allInFired =
      !inGroup.empty() && std::all_of(inGroup.begin(), inGroup.end(), [&](int index) {
        return outcomeOf(index) == RuleOutcome::Triggered;
      });
  if (!d.firedOut.empty()) {
    if (d.intended > d.base) {
      d.count = d.intended;
      d.rulesActed = true;
    }
  } else if (allInFired && d.unknownRules.empty()) {
    // Scale in: only when every scale-in rule fires; the largest result (smallest step) wins.
    d.firedIn = inGroup;
    for (int index : inGroup) {
      const int target = targetOf(index);
      if (d.chosenRule < 0 || target > d.intended) {
        d.intended = target;
        d.chosenRule = index;
      }
    }
    if (d.intended < d.base) {
      std::vector<ScaleOutCondition>& conditions = d.conditions;
      for (int index : outGroup) {
        const RuleEvaluation& evaluation = rules[static_cast<std::size_t>(index)];
        if (std::isnan(evaluation.observed)) continue;
        const CompiledRule& rule = profile.rules[static_cast<std::size_t>(index)];
        conditions.push_back(ScaleOutCondition{evaluation.observed, rule.op, rule.threshold});
        d.flappingRules.push_back(index);
      }
      checkScaleIn(d.base, d.intended, conditions, d.flapping);
      if (d.flapping.outcome != FlappingOutcome::Blocked) {
        d.count = d.flapping.count;
        d.rulesActed = true;
      }
    }
  }

  // Missing metrics: raise to the default when below it; never scale in (§2.3).
  if (!d.unknownRules.empty()) {
    const int floorCount = clampTo(profile, profile.defaultCount);
    if (d.count < floorCount) {
      d.count = floorCount;
      d.missingDefault = true;
    }
  }
}

}  // namespace autoscale::models
