#include "models/validation/rulechecks.h"

#include "models/setting/autoscalesetting.h"
#include "models/validation/slotreader.h"
#include "models/validation/valueformats.h"

namespace autoscale::models::validation {
namespace {

constexpr long long kMinute = 60;
constexpr long long kHour = 60 * kMinute;
constexpr long long kWeek = 7 * 24 * kHour;

struct TriggerTimes {
  std::optional<long long> grain;
  std::optional<long long> window;
};

void checkDimension(SlotReader& read, Reporter& reporter, const Node& dimension) {
  if (!read.object(dimension, Presence::Required)) return;
  read.unknownMembers(dimension, {"DimensionName", "Operator", "Values"}, "a dimension filter");
  read.string(dimension.member("DimensionName"), Presence::Required);
  read.enumeration(dimension.member("Operator"), Presence::Required, &parseDimensionOperator,
                   "Equals, NotEquals");
  const Node values = dimension.member("Values");
  if (!read.array(values, Presence::Required)) return;
  if (values.size() == 0) {
    reporter.report(DiagnosticCode::EmptyArray, values, "`Values` lists no dimension value",
                    "List the dimension values to match, e.g. [\"blue\"] or [\"*\"].");
  }
  values.forEachElement([&](const Node& value) { read.string(value, Presence::Required); });
}

TriggerTimes checkMetricTrigger(SlotReader& read, Reporter& reporter, const Node& trigger) {
  TriggerTimes times;
  if (!read.object(trigger, Presence::Required)) return times;
  read.unknownMembers(
      trigger,
      {"metricName", "metricNamespace", "metricResourceUri", "metricResourceLocation", "timeGrain",
       "statistic", "timeWindow", "timeAggregation", "operator", "threshold", "dimensions",
       "dividePerInstance"},
      "a metric trigger");
  read.string(trigger.member("metricName"), Presence::Required);
  const Node metricNamespace = trigger.member("metricNamespace");
  if (!metricNamespace.exists()) {
    reporter.report(DiagnosticCode::MissingMetricNamespace, metricNamespace,
                    "the rule names no metric namespace");
  } else {
    read.string(metricNamespace, Presence::Optional);
  }
  read.string(trigger.member("metricResourceUri"), Presence::Required);
  read.string(trigger.member("metricResourceLocation"), Presence::Optional);

  const Node grain = trigger.member("timeGrain");
  times.grain = read.duration(grain, Presence::Required);
  if (times.grain && (*times.grain < kMinute || *times.grain > 12 * kHour)) {
    reporter.report(DiagnosticCode::TimeGrainOutOfRange, grain,
                    "timeGrain is " + durationText(*times.grain) + "; it must be PT1M to PT12H");
  }
  const Node window = trigger.member("timeWindow");
  times.window = read.duration(window, Presence::Required);
  if (times.window) {
    if (*times.window < kMinute || *times.window > 12 * kHour) {
      reporter.report(DiagnosticCode::TimeWindowOutOfRange, window,
                      "timeWindow is " + durationText(*times.window) +
                          "; it must be PT1M to PT12H (PT5M is the documented minimum)");
    } else if (*times.window < 5 * kMinute) {
      reporter.report(
          DiagnosticCode::TimeWindowBelowFiveMinutes, window,
          "timeWindow is " + durationText(*times.window) + "; the documented minimum is PT5M");
    }
    if (times.grain && *times.window < *times.grain) {
      reporter.report(DiagnosticCode::WindowShorterThanGrain, window,
                      "timeWindow (" + durationText(*times.window) +
                          ") is shorter than timeGrain (" + durationText(*times.grain) + ")");
    }
  }
  read.enumeration(trigger.member("statistic"), Presence::Required, &parseMetricStatistic,
                   "Average, Min, Max, Sum, Count");
  read.enumeration(trigger.member("timeAggregation"), Presence::Required, &parseTimeAggregation,
                   "Average, Minimum, Maximum, Total, Count, Last");
  read.enumeration(trigger.member("operator"), Presence::Required, &parseComparisonOperator,
                   "Equals, NotEquals, GreaterThan, GreaterThanOrEqual, LessThan, "
                   "LessThanOrEqual");
  read.number(trigger.member("threshold"), Presence::Required);
  const Node dimensions = trigger.member("dimensions");
  if (read.array(dimensions, Presence::Optional)) {
    dimensions.forEachElement(
        [&](const Node& dimension) { checkDimension(read, reporter, dimension); });
  }
  read.boolean(trigger.member("dividePerInstance"), Presence::Optional);
  return times;
}

void checkScaleAction(SlotReader& read, Reporter& reporter, const Node& action,
                      const TriggerTimes& times, const CapacityLimits& limits) {
  if (!read.object(action, Presence::Required)) return;
  read.unknownMembers(action, {"direction", "type", "value", "cooldown"}, "a scale action");
  const Node directionNode = action.member("direction");
  const auto direction = read.enumeration(directionNode, Presence::Required, &parseScaleDirection,
                                          "None, Increase, Decrease");
  const auto type =
      read.enumeration(action.member("type"), Presence::Required, &parseScaleType,
                       "ChangeCount, PercentChangeCount, ExactCount, ServiceAllowedNextValue");
  if (direction == ScaleDirection::None && type && type != ScaleType::ExactCount) {
    reporter.report(
        DiagnosticCode::DirectionNoneWithoutExactCount, directionNode,
        std::string("direction None with type ") + toString(*type) + " changes nothing");
  }
  const Node valueNode = action.member("value");
  const auto value = read.integerString(valueNode, Presence::Optional);
  if (value && *value < 1) {
    reporter.report(DiagnosticCode::ActionValueBelowOne, valueNode,
                    "value is " + std::to_string(*value) + "; it must be 1 or more");
  } else if (value && type == ScaleType::ChangeCount && limits.minimum && limits.maximum &&
             *limits.minimum<*limits.maximum&& * value> * limits.maximum - *limits.minimum) {
    reporter.report(DiagnosticCode::ActionValueAboveRange, valueNode,
                    "value " + std::to_string(*value) + " is larger than maximum − minimum (" +
                        std::to_string(*limits.maximum - *limits.minimum) + ")");
  }
  const Node cooldownNode = action.member("cooldown");
  const auto cooldown = read.duration(cooldownNode, Presence::Required);
  if (!cooldown) return;
  if (*cooldown < kMinute || *cooldown > kWeek) {
    reporter.report(DiagnosticCode::CooldownOutOfRange, cooldownNode,
                    "cooldown is " + durationText(*cooldown) + "; it must be PT1M to P7D");
  } else if (times.window && *cooldown < *times.window) {
    reporter.report(DiagnosticCode::CooldownShorterThanWindow, cooldownNode,
                    "cooldown (" + durationText(*cooldown) + ") is shorter than timeWindow (" +
                        durationText(*times.window) + ")");
  }
}

}  // namespace

void checkRule(Reporter& reporter, const Node& rule, const CapacityLimits& limits) {
  SlotReader read(reporter);
  if (!read.object(rule, Presence::Required)) return;
  read.unknownMembers(rule, {"metricTrigger", "scaleAction"}, "a scale rule");
  const Node trigger = rule.member("metricTrigger");
  const TriggerTimes times = checkMetricTrigger(read, reporter, trigger);
  const Node action = rule.member("scaleAction");
  checkScaleAction(read, reporter, action, times, limits);
}

}  // namespace autoscale::models::validation
