#include "models/validation/flappinglint.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>
#include <vector>

#include "models/engine/comparison.h"
#include "models/engine/flapping.h"
#include "models/engine/scaledecision.h"
#include "models/setting/jsonaccess.h"

namespace autoscale::models::validation {
namespace {

// More counts than this between minimum and maximum are sampled evenly.
constexpr int kMaxCountsChecked = 1000;
// Counts beyond this are not realistic; larger limits are checked up to here.
constexpr long long kLargestCount = 100000;

struct Condition {
  ComparisonOperator op;
  double threshold;

  bool holds(double value) const { return compareWithThreshold(value, op, threshold); }
};

std::optional<Condition> conditionOf(const ScaleRule& rule) {
  const MetricTrigger& trigger = rule.metricTrigger;
  if (!trigger.op.hasValue() || !trigger.threshold.hasValue()) return std::nullopt;
  return Condition{*trigger.op.value, *trigger.threshold.value};
}

bool sameMetric(const MetricTrigger& a, const MetricTrigger& b) {
  return equalsIgnoringCase(a.metricName, b.metricName) &&
         equalsIgnoringCase(a.metricResourceUri, b.metricResourceUri) &&
         a.dividePerInstance.valueOr(false) == b.dividePerInstance.valueOr(false);
}

// Whether some metric value v ≥ 0 satisfies `predicate`. Each predicate used here is a
// combination of comparisons against `boundaries`, so it is constant between consecutive
// boundaries: testing every boundary, the midpoints and a point beyond the last is exact.
template <typename Predicate>
std::optional<double> findValue(std::vector<double> boundaries, Predicate predicate) {
  boundaries.push_back(0);
  std::erase_if(boundaries, [](double b) { return !(b >= 0) || !std::isfinite(b); });
  std::sort(boundaries.begin(), boundaries.end());
  boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());
  for (std::size_t i = 0; i < boundaries.size(); ++i) {
    if (predicate(boundaries[i])) return boundaries[i];
    const double next = i + 1 < boundaries.size() ? boundaries[i + 1] : boundaries[i] * 2 + 1;
    const double between = boundaries[i] + (next - boundaries[i]) / 2;
    if (predicate(between)) return between;
  }
  return std::nullopt;
}

// The scale-in step of a rule as the engine computes it, with the engine's default options
// (e.g. for the rounding of percent changes), clamped to the limits.
class ScaleInStep final {
 public:
  explicit ScaleInStep(const ScaleAction& action) {
    m_rule.direction = ScaleDirection::Decrease;
    m_rule.type = action.type.valueOr(ScaleType::ChangeCount);
    m_rule.value = action.value.valueOr(1);
  }
  int countAfter(int current, int minimum, int maximum) const {
    return std::clamp(requestedCount(m_rule, current, defaultOptions()), minimum, maximum);
  }

 private:
  static const SimulationOptions& defaultOptions() {
    static const SimulationOptions options;
    return options;
  }
  CompiledRule m_rule;
};

std::string number(double value) {
  std::ostringstream out;
  out.precision(4);
  out << value;
  return out.str();
}

struct FlappingCase {
  int current = 0;
  int next = 0;
  double observed = 0;
};

struct FlappingCheck {
  std::vector<FlappingCase> cases;  // the counts at which scaling in triggers the scale-out
  double smallestRatio = 1;         // the smallest new/current count over all scale-ins
};

FlappingCheck checkPair(const ScaleRule& in, const Condition& inCondition,
                        const Condition& outCondition, int minimum, int maximum) {
  FlappingCheck check;
  const ScaleInStep scaleIn(in.scaleAction);
  const int step = std::max(1, (maximum - minimum) / kMaxCountsChecked);
  for (int current = minimum + 1; current <= maximum; current += step) {
    const int next = scaleIn.countAfter(current, minimum, maximum);
    if (next >= current || next <= 0) continue;
    check.smallestRatio =
        std::min(check.smallestRatio, static_cast<double>(next) / static_cast<double>(current));
    const auto range = flappingRange(inCondition.op, inCondition.threshold, outCondition.op,
                                     outCondition.threshold, current, next);
    if (range) check.cases.push_back({current, next, range->example()});
  }
  return check;
}

std::string describe(const Condition& condition) {
  return std::string(toString(condition.op)) + " " + number(condition.threshold);
}

void lintPair(Reporter& reporter, const ScaleRule& in, const Condition& inCondition,
              const ScaleRule& out, const Condition& outCondition, int minimum, int maximum) {
  const FlappingCheck check = checkPair(in, inCondition, outCondition, minimum, maximum);
  if (check.cases.empty()) return;
  const FlappingCase& first = check.cases.front();
  const FlappingCase& last = check.cases.back();
  const std::string counts = first.current == last.current ? std::to_string(first.current)
                                                           : std::to_string(first.current) + "–" +
                                                                 std::to_string(last.current);
  const double estimate = estimateAfterScaling(first.observed, first.current, first.next);
  std::string message =
      "at " + counts + " instances, scaling in on " + in.metricTrigger.metricName + " " +
      describe(inCondition) + " can trigger the scale-out rule " + out.jsonPath + " (" +
      describe(outCondition) + "): e.g. an observed " + number(first.observed) + " at " +
      std::to_string(first.current) + " instances becomes an estimated " + number(estimate) +
      " at " + std::to_string(first.next);
  std::string hint;
  const bool inBelow = inCondition.op == ComparisonOperator::LessThan ||
                       inCondition.op == ComparisonOperator::LessThanOrEqual;
  const bool outAbove = outCondition.op == ComparisonOperator::GreaterThan ||
                        outCondition.op == ComparisonOperator::GreaterThanOrEqual;
  if (inBelow && outAbove) {
    hint = "Set the scale-in threshold to at most " +
           number(outCondition.threshold * check.smallestRatio) +
           " (the scale-out threshold × the smallest new/current count), raise the scale-out "
           "threshold, or scale in by fewer instances.";
  }
  reporter.report(DiagnosticCode::FlappingRisk, in.jsonPath + ".metricTrigger.threshold",
                  std::move(message), std::move(hint));
}

}  // namespace

void lintFlapping(Reporter& reporter, const ScaleProfile& profile) {
  const auto minimum = profile.capacity.minimum.value;
  const auto maximum = profile.capacity.maximum.value;
  for (const ScaleRule& in : profile.rules) {
    if (in.scaleAction.direction.value != ScaleDirection::Decrease) continue;
    const auto inCondition = conditionOf(in);
    if (!inCondition) continue;
    bool shadowed = false;
    for (const ScaleRule& out : profile.rules) {
      if (out.scaleAction.direction.value != ScaleDirection::Increase) continue;
      const auto outCondition = conditionOf(out);
      if (!outCondition || !sameMetric(in.metricTrigger, out.metricTrigger)) continue;
      const bool canScaleIn =
          findValue({inCondition->threshold, outCondition->threshold}, [&](double v) {
            return inCondition->holds(v) && !outCondition->holds(v);
          }).has_value();
      if (!canScaleIn) {
        if (!shadowed) {
          reporter.report(DiagnosticCode::ScaleInShadowed, in.jsonPath + ".metricTrigger.operator",
                          "whenever " + in.metricTrigger.metricName + " is " +
                              toString(inCondition->op) + " " + number(inCondition->threshold) +
                              ", the scale-out rule " + out.jsonPath + " (" +
                              toString(outCondition->op) + " " + number(outCondition->threshold) +
                              ") triggers too, and scale-out wins");
        }
        shadowed = true;
        continue;
      }
      if (minimum && maximum && *minimum >= 0 && *minimum < *maximum) {
        lintPair(reporter, in, *inCondition, out, *outCondition,
                 static_cast<int>(std::min(*minimum, kLargestCount)),
                 static_cast<int>(std::min(*maximum, kLargestCount)));
      }
    }
  }
}

}  // namespace autoscale::models::validation
