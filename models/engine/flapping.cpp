#include "models/engine/flapping.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/engine/comparison.h"

namespace autoscale::models {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The values that satisfy `value op threshold`: one or two ranges.
std::vector<ValueRange> rangesOf(ComparisonOperator op, double threshold) {
  switch (op) {
    case ComparisonOperator::Equals:
      return {{threshold, threshold, false, false}};
    case ComparisonOperator::NotEquals:
      return {{-kInfinity, threshold, true, true}, {threshold, kInfinity, true, true}};
    case ComparisonOperator::GreaterThan:
      return {{threshold, kInfinity, true, true}};
    case ComparisonOperator::GreaterThanOrEqual:
      return {{threshold, kInfinity, false, true}};
    case ComparisonOperator::LessThan:
      return {{-kInfinity, threshold, true, true}};
    case ComparisonOperator::LessThanOrEqual:
      return {{-kInfinity, threshold, true, false}};
  }
  return {};
}

std::optional<ValueRange> intersect(const ValueRange& a, const ValueRange& b) {
  ValueRange r;
  if (a.low > b.low || (a.low == b.low && a.lowOpen)) {
    r.low = a.low;
    r.lowOpen = a.lowOpen;
  } else {
    r.low = b.low;
    r.lowOpen = b.lowOpen;
  }
  if (a.high < b.high || (a.high == b.high && a.highOpen)) {
    r.high = a.high;
    r.highOpen = a.highOpen;
  } else {
    r.high = b.high;
    r.highOpen = b.highOpen;
  }
  if (r.low > r.high) return std::nullopt;
  if (r.low == r.high && (r.lowOpen || r.highOpen)) return std::nullopt;
  return r;
}

}  // namespace

double estimateAfterScaling(double observed, int currentCount, int newCount) {
  if (newCount <= 0) return observed > 0 ? kInfinity : observed;
  return observed * static_cast<double>(currentCount) / static_cast<double>(newCount);
}

const char* toString(FlappingOutcome outcome) {
  switch (outcome) {
    case FlappingOutcome::None:
      return "None";
    case FlappingOutcome::Safe:
      return "Safe";
    case FlappingOutcome::Adjusted:
      return "FlappingOccurred";
    case FlappingOutcome::Blocked:
      return "Flapping";
  }
  return "None";
}

FlappingDecision checkScaleIn(int currentCount, int targetCount,
                              std::span<const ScaleOutCondition> scaleOutRules) {
  FlappingDecision decision;
  checkScaleIn(currentCount, targetCount, scaleOutRules, decision);
  return decision;
}

void checkScaleIn(int currentCount, int targetCount,
                  std::span<const ScaleOutCondition> scaleOutRules, FlappingDecision& decision) {
  auto firesAt = [&](const ScaleOutCondition& rule, int count) {
    return compareWithThreshold(estimateAfterScaling(rule.observed, currentCount, count), rule.op,
                                rule.threshold);
  };
  decision.firesAtTarget.clear();
  bool anyAtTarget = false;
  for (const auto& rule : scaleOutRules) {
    decision.firesAtTarget.push_back(firesAt(rule, targetCount));
    anyAtTarget = anyAtTarget || decision.firesAtTarget.back();
  }
  if (!anyAtTarget) {
    decision.outcome = FlappingOutcome::Safe;
    decision.count = targetCount;
    return;
  }
  for (int count = targetCount + 1; count < currentCount; ++count) {
    const bool safe =
        std::none_of(scaleOutRules.begin(), scaleOutRules.end(),
                     [&](const ScaleOutCondition& rule) { return firesAt(rule, count); });
    if (safe) {
      decision.outcome = FlappingOutcome::Adjusted;
      decision.count = count;
      return;
    }
  }
  decision.outcome = FlappingOutcome::Blocked;
  decision.count = currentCount;
}

double ValueRange::example() const {
  if (std::isinf(low) && std::isinf(high)) return 0.0;
  if (std::isinf(high)) return lowOpen ? low + std::max(1.0, std::abs(low)) : low;
  if (std::isinf(low)) return highOpen ? high - std::max(1.0, std::abs(high)) : high;
  if (!lowOpen) return low;
  if (!highOpen) return high;
  return (low + high) / 2.0;
}

std::optional<ValueRange> flappingRange(ComparisonOperator inOp, double inThreshold,
                                        ComparisonOperator outOp, double outThreshold,
                                        int currentCount, int newCount) {
  if (currentCount <= 0 || newCount <= 0 || newCount >= currentCount) return std::nullopt;
  // estimate = value × factor, so the scale-out condition on the estimate is a condition on
  // value with the threshold divided by the factor.
  const double factor = static_cast<double>(currentCount) / static_cast<double>(newCount);
  const ValueRange nonNegative{0.0, kInfinity, false, true};
  for (const auto& inRange : rangesOf(inOp, inThreshold)) {
    for (const auto& outRange : rangesOf(outOp, outThreshold / factor)) {
      const auto both = intersect(inRange, outRange);
      if (!both) continue;
      if (auto result = intersect(*both, nonNegative)) return result;
    }
  }
  return std::nullopt;
}

}  // namespace autoscale::models
