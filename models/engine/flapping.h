#pragma once

// The flapping estimate of the autoscale engine (spec/azure-autoscale.md §2.9). Before a
// scale-in the engine assumes the metric's total stays the same and is spread over the new
// instance count; if a scale-out rule would fire on that estimate, it looks for a count
// between the target and the current count that is safe, and skips the scale-in if none is.
// The validation's lint rules use the same functions to find risky rule pairs.

#include <optional>
#include <span>
#include <vector>

#include "models/setting/autoscalesetting.h"

namespace autoscale::models {

// observed × currentCount / newCount: the value a rule would see after scaling.
double estimateAfterScaling(double observed, int currentCount, int newCount);

// One scale-out rule as the estimate sees it: its observed (per-instance) value now, and its
// condition.
struct ScaleOutCondition {
  double observed = 0.0;
  ComparisonOperator op = ComparisonOperator::GreaterThan;
  double threshold = 0.0;
};

enum class FlappingOutcome {
  None,      // no scale-in was considered
  Safe,      // the target count is safe
  Adjusted,  // a count above the target is safe: scale to it (FlappingOccurred)
  Blocked    // no count below the current one is safe: skip the scale-in (Flapping)
};

const char* toString(FlappingOutcome outcome);

struct FlappingDecision {
  FlappingOutcome outcome = FlappingOutcome::None;
  int count = 0;  // where to scale: the target, a safer count, or the current count
  // For each condition: would it fire at the target count?
  std::vector<bool> firesAtTarget;
};

// Checks a scale-in from `currentCount` to `targetCount` (< currentCount) against the
// scale-out conditions; counts are tried upwards from the target, the first safe one wins.
FlappingDecision checkScaleIn(int currentCount, int targetCount,
                              std::span<const ScaleOutCondition> scaleOutRules);
// The same into `decision`, reusing its storage.
void checkScaleIn(int currentCount, int targetCount,
                  std::span<const ScaleOutCondition> scaleOutRules, FlappingDecision& decision);

// A range of metric values, each bound open or closed.
struct ValueRange {
  double low = 0.0;
  double high = 0.0;
  bool lowOpen = false;
  bool highOpen = false;
  double example() const;  // a value inside the range
};

// For lint: the metric values (≥ 0) at which a scale-in condition `value inOp inThreshold`
// fires at `currentCount` instances while the estimate at `newCount` fires the scale-out
// condition `estimate outOp outThreshold` on the same metric. nullopt when there are none,
// i.e. the pair cannot flap on that step.
std::optional<ValueRange> flappingRange(ComparisonOperator inOp, double inThreshold,
                                        ComparisonOperator outOp, double outThreshold,
                                        int currentCount, int newCount);

}  // namespace autoscale::models
