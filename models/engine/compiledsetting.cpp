#include "models/engine/compiledsetting.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "models/engine/timezones.h"
#include "models/metrics/metricseries.h"

namespace autoscale::models {
namespace {

constexpr std::array<const char*, 7> kDayNames{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                               "Thursday", "Friday", "Saturday"};

std::string orDefault(const std::string& path, const std::string& fallback) {
  return path.empty() ? fallback : path;
}

// Reads a slot into `out`: a literal is taken, an expression or a missing value is an error
// unless a fallback is given for the missing case.
template <typename T, typename U>
std::optional<Error> literal(const Slot<T>& slot, const std::string& path, const char* what, U& out,
                             std::optional<T> fallback = std::nullopt) {
  if (slot.isExpression()) {
    return Error{"engine.expression",
                 path + ": " + what + " is the ARM template expression " + *slot.expression +
                     "; the simulator needs a literal value here, so write the number (or "
                     "simulate the setting as deployed)"};
  }
  if (slot.hasValue()) {
    out = static_cast<U>(*slot.value);
    return std::nullopt;
  }
  if (fallback && !slot.present) {
    out = static_cast<U>(*fallback);
    return std::nullopt;
  }
  return Error{"engine.missingValue",
               path + ": " + what +
                   (slot.present ? " is not a valid value (" + slot.raw + ")" : " is missing") +
                   "; fix it in the setting (autoscale validate names the expected form)"};
}

std::optional<int> parseDay(const std::string& text) {
  if (text.size() == 1 && text[0] >= '0' && text[0] <= '6') return text[0] - '0';  // .NET DayOfWeek
  for (std::size_t d = 0; d < kDayNames.size(); ++d) {
    if (namesEqual(text, kDayNames[d])) return static_cast<int>(d);
  }
  return std::nullopt;
}

std::optional<Error> compileRule(const ScaleRule& rule, const std::string& path,
                                 CompiledRule& out) {
  out.jsonPath = path;
  const MetricTrigger& trigger = rule.metricTrigger;
  const std::string triggerPath = path + ".metricTrigger";
  const std::string actionPath = path + ".scaleAction";
  out.metricName = trigger.metricName;
  out.metricResourceUri = trigger.metricResourceUri;
  if (out.metricName.empty()) {
    return Error{"engine.missingValue",
                 triggerPath + ".metricName: the rule names no metric; set metricName"};
  }
  for (std::size_t i = 0; i < trigger.dimensions.size(); ++i) {
    const MetricDimension& dim = trigger.dimensions[i];
    DimensionFilter filter{dim.name, DimensionOperator::Equals, dim.values};
    const std::string dimPath = triggerPath + ".dimensions[" + std::to_string(i) + "]";
    if (auto e = literal(dim.op, dimPath + ".Operator", "the dimension operator", filter.op))
      return e;
    out.dimensions.push_back(std::move(filter));
  }
  if (auto e =
          literal(trigger.timeGrainSeconds, triggerPath + ".timeGrain", "timeGrain", out.timeGrain))
    return e;
  if (auto e = literal(trigger.statistic, triggerPath + ".statistic", "statistic", out.statistic))
    return e;
  if (auto e = literal(trigger.timeWindowSeconds, triggerPath + ".timeWindow", "timeWindow",
                       out.timeWindow))
    return e;
  if (auto e = literal(trigger.timeAggregation, triggerPath + ".timeAggregation", "timeAggregation",
                       out.timeAggregation, std::optional(TimeAggregation::Average))) {
    return e;
  }
  if (auto e = literal(trigger.op, triggerPath + ".operator", "operator", out.op)) return e;
  if (auto e = literal(trigger.threshold, triggerPath + ".threshold", "threshold", out.threshold))
    return e;
  if (auto e = literal(trigger.dividePerInstance, triggerPath + ".dividePerInstance",
                       "dividePerInstance", out.dividePerInstance, std::optional(false))) {
    return e;
  }
  if (auto e = literal(rule.scaleAction.direction, actionPath + ".direction", "direction",
                       out.direction))
    return e;
  if (auto e = literal(rule.scaleAction.type, actionPath + ".type", "type", out.type)) return e;
  if (auto e = literal(rule.scaleAction.value, actionPath + ".value", "value", out.value,
                       std::optional(1LL)))
    return e;
  if (auto e = literal(rule.scaleAction.cooldownSeconds, actionPath + ".cooldown", "cooldown",
                       out.cooldown))
    return e;
  out.band = ThresholdBand(out.op, out.threshold);
  if (out.timeGrain < 60 || out.timeGrain % 60 != 0) {
    return Error{"engine.missingValue", triggerPath +
                                            ".timeGrain: the grain must be whole minutes "
                                            "(PT1M or more)"};
  }
  if (out.timeWindow < out.timeGrain) {
    return Error{"engine.missingValue",
                 triggerPath +
                     ".timeWindow: the window is shorter than the grain; make it at least "
                     "one grain long"};
  }
  if (out.value < 0 || out.cooldown < 0) {
    return Error{"engine.missingValue", actionPath + ": value and cooldown must not be negative"};
  }
  return std::nullopt;
}

std::optional<Error> compileFixedDate(const FixedDate& fixed, const std::string& path,
                                      const SimulationOptions& options, CompiledProfile& out) {
  const auto zone = scheduleTimeZone(fixed.timeZone);
  if (!zone) {
    return Error{"engine.timeZone", path + ".timeZone: '" + fixed.timeZone +
                                        "' is not a Windows time zone id; use one such as "
                                        "\"Pacific Standard Time\" or \"UTC\""};
  }
  auto instant = [&](const std::string& text) -> std::optional<EpochSeconds> {
    if (timestampHasOffset(text) && options.fixedDateOffsets == FixedDateOffsets::OffsetWins) {
      return parseUtcTimestamp(text);
    }
    const auto wall = parseWallClock(text);
    if (!wall) return std::nullopt;
    return localToUtc(*zone, *wall);
  };
  const auto start = instant(fixed.start);
  const auto end = instant(fixed.end);
  if (!start || !end) {
    return Error{"engine.fixedDate", path + (start ? ".end" : ".start") + ": '" +
                                         (start ? fixed.end : fixed.start) +
                                         "' is not a date and time; write it like "
                                         "2024-12-26T00:00:00"};
  }
  if (*end < *start) {
    return Error{"engine.fixedDate", path + ".end: the end comes before the start"};
  }
  out.kind = ProfileKind::FixedDate;
  out.fixedStart = *start;
  out.fixedEnd = *end;
  return std::nullopt;
}

std::optional<Error> compileRecurrence(const Recurrence& recurrence, const std::string& path,
                                       const SimulationOptions& options, CompiledProfile& out) {
  if (!namesEqual(recurrence.frequency, "Week")) {
    return Error{"engine.recurrence", path + ".frequency: '" + recurrence.frequency +
                                          "' is not supported; autoscale recurrences must be "
                                          "\"Week\""};
  }
  const RecurrentSchedule& schedule = recurrence.schedule;
  const std::string schedulePath = path + ".schedule";
  const auto zone = scheduleTimeZone(schedule.timeZone);
  if (!zone) {
    return Error{"engine.timeZone", schedulePath + ".timeZone: '" + schedule.timeZone +
                                        "' is not a Windows time zone id; use one such as "
                                        "\"Pacific Standard Time\" or \"UTC\""};
  }
  out.kind = ProfileKind::Recurring;
  out.recurrence.zone = *zone;
  out.recurrence.zoneId = schedule.timeZone;
  for (std::size_t i = 0; i < schedule.days.size(); ++i) {
    const auto day = parseDay(schedule.days[i]);
    if (!day) {
      return Error{"engine.recurrence", schedulePath + ".days[" + std::to_string(i) + "]: '" +
                                            schedule.days[i] +
                                            "' is not a day; use Sunday … Saturday"};
    }
    out.recurrence.weekdays = static_cast<std::uint8_t>(out.recurrence.weekdays | (1u << *day));
  }
  for (int hour : schedule.hours) {
    if (hour < 0 || hour > 23) {
      return Error{"engine.recurrence",
                   schedulePath + ".hours: " + std::to_string(hour) + " is not an hour; use 0–23"};
    }
  }
  for (int minute : schedule.minutes) {
    if (minute < 0 || minute > 59) {
      return Error{"engine.recurrence", schedulePath + ".minutes: " + std::to_string(minute) +
                                            " is not a minute; use 0–59"};
    }
  }
  if (out.recurrence.weekdays == 0 || schedule.hours.empty() || schedule.minutes.empty()) {
    return Error{"engine.recurrence", schedulePath +
                                          ": the schedule needs at least one day, one hour and "
                                          "one minute"};
  }
  if (options.recurrenceTimes == RecurrenceTimes::Pairwise) {
    const std::size_t n = std::min(schedule.hours.size(), schedule.minutes.size());
    for (std::size_t i = 0; i < n; ++i) {
      out.recurrence.minutesOfDay.push_back(schedule.hours[i] * 60 + schedule.minutes[i]);
    }
  } else {
    for (int hour : schedule.hours) {
      for (int minute : schedule.minutes) out.recurrence.minutesOfDay.push_back(hour * 60 + minute);
    }
  }
  std::sort(out.recurrence.minutesOfDay.begin(), out.recurrence.minutesOfDay.end());
  out.recurrence.minutesOfDay.erase(
      std::unique(out.recurrence.minutesOfDay.begin(), out.recurrence.minutesOfDay.end()),
      out.recurrence.minutesOfDay.end());
  return std::nullopt;
}

std::optional<Error> compileProfile(const ScaleProfile& profile, const std::string& path,
                                    const SimulationOptions& options, CompiledProfile& out) {
  out.jsonPath = path;
  out.name = profile.name;
  out.label = profile.paired ? profile.paired->name + " (after " + profile.paired->forProfile + ")"
                             : profile.name;
  const std::string capacityPath = path + ".capacity";
  if (auto e =
          literal(profile.capacity.minimum, capacityPath + ".minimum", "the minimum", out.minimum))
    return e;
  if (auto e =
          literal(profile.capacity.maximum, capacityPath + ".maximum", "the maximum", out.maximum))
    return e;
  if (auto e = literal(profile.capacity.defaultCount, capacityPath + ".default", "the default",
                       out.defaultCount)) {
    return e;
  }
  if (out.minimum < 0 || out.maximum < out.minimum) {
    return Error{"engine.missingValue", capacityPath +
                                            ": the limits must satisfy 0 ≤ minimum ≤ maximum; "
                                            "fix minimum or maximum"};
  }
  for (std::size_t i = 0; i < profile.rules.size(); ++i) {
    CompiledRule rule;
    const std::string rulePath =
        orDefault(profile.rules[i].jsonPath, path + ".rules[" + std::to_string(i) + "]");
    if (auto e = compileRule(profile.rules[i], rulePath, rule)) return e;
    const bool followsCount = rule.direction == ScaleDirection::None ||
                              (rule.type == ScaleType::ExactCount &&
                               options.exactCountGrouping == ExactCountGrouping::ByTarget);
    out.groupsFollowCount = out.groupsFollowCount || followsCount;
    (rule.direction == ScaleDirection::Increase ? out.scaleOutRules : out.scaleInRules)
        .push_back(static_cast<int>(i));
    out.rules.push_back(std::move(rule));
  }
  if (profile.fixedDate)
    return compileFixedDate(*profile.fixedDate, path + ".fixedDate", options, out);
  if (profile.recurrence)
    return compileRecurrence(*profile.recurrence, path + ".recurrence", options, out);
  return std::nullopt;
}

}  // namespace

Result<CompiledSetting> compileSetting(const AutoscaleSetting& setting,
                                       const SimulationOptions& options) {
  CompiledSetting compiled;
  const std::string propertiesPath = orDefault(setting.propertiesJsonPath, "$.properties");
  if (setting.profiles.empty()) {
    return Error{"engine.noProfiles",
                 propertiesPath +
                     ".profiles: the setting has no profiles; add a default profile "
                     "with instance limits"};
  }
  if (setting.enabled.isExpression()) {
    compiled.notes.push_back("enabled is the expression " + *setting.enabled.expression +
                             "; simulated as enabled");
  } else if (!setting.enabled.hasValue()) {
    compiled.notes.push_back(
        "enabled is not set (the service's default is false); simulated as enabled");
  } else {
    compiled.enabled = *setting.enabled.value;
  }
  for (std::size_t i = 0; i < setting.profiles.size(); ++i) {
    CompiledProfile profile;
    const std::string path = orDefault(setting.profiles[i].jsonPath,
                                       propertiesPath + ".profiles[" + std::to_string(i) + "]");
    if (auto e = compileProfile(setting.profiles[i], path, options, profile)) return *e;
    if (profile.kind == ProfileKind::Recurring && profile.recurrence.minutesOfDay.size() > 1) {
      compiled.notes.push_back(path +
                               ": several start times in one recurrence; each combination of hour "
                               "and minute starts the profile (option recurrenceTimes)");
    }
    compiled.profiles.push_back(std::move(profile));
  }
  return compiled;
}

}  // namespace autoscale::models
