#include "models/validation/profilechecks.h"

#include <array>

#include "models/time/timezones.h"
#include "models/validation/rulechecks.h"
#include "models/validation/slotreader.h"
#include "models/validation/valueformats.h"

namespace autoscale::models::validation {
namespace {

constexpr std::size_t kMaxRules = 10;
constexpr long long kMaxCapacity = 1000;
constexpr long long kMaxFixedDateSeconds = 365LL * 24 * 3600;

std::optional<long long> readCapacity(SlotReader& read, Reporter& reporter, const Node& slot) {
  const auto count = read.integerString(slot, Presence::Required);
  if (!count) return std::nullopt;
  if (*count < 0) {
    reporter.report(DiagnosticCode::NegativeCapacity, slot,
                    "`" + std::string(slot.key()) + "` is " + std::to_string(*count));
  } else if (*count > kMaxCapacity) {
    reporter.report(DiagnosticCode::CapacityAbove1000, slot,
                    "`" + std::string(slot.key()) + "` is " + std::to_string(*count));
  }
  return count;
}

CapacityLimits checkCapacity(SlotReader& read, Reporter& reporter, const Node& capacity) {
  CapacityLimits limits;
  if (!read.object(capacity, Presence::Required)) return limits;
  read.unknownMembers(capacity, {"minimum", "maximum", "default"}, "the capacity");
  const Node minimumNode = capacity.member("minimum");
  const Node maximumNode = capacity.member("maximum");
  const Node defaultNode = capacity.member("default");
  limits.minimum = readCapacity(read, reporter, minimumNode);
  limits.maximum = readCapacity(read, reporter, maximumNode);
  limits.defaultCount = readCapacity(read, reporter, defaultNode);
  const auto& [minimum, maximum, defaultCount] = limits;
  if (minimum && maximum && *minimum > *maximum) {
    reporter.report(
        DiagnosticCode::MinimumAboveMaximum, minimumNode,
        "minimum " + std::to_string(*minimum) + " is above maximum " + std::to_string(*maximum));
  } else if (defaultCount &&
             ((minimum && *defaultCount < *minimum) || (maximum && *defaultCount > *maximum))) {
    reporter.report(DiagnosticCode::DefaultOutsideLimits, defaultNode,
                    "default " + std::to_string(*defaultCount) + " is outside [" +
                        (minimum ? std::to_string(*minimum) : std::string("?")) + ", " +
                        (maximum ? std::to_string(*maximum) : std::string("?")) + "]");
  }
  return limits;
}

void checkRules(SlotReader& read, Reporter& reporter, const Node& rules,
                const CapacityLimits& limits) {
  if (!read.array(rules, Presence::Required)) return;
  if (rules.size() > kMaxRules) {
    reporter.report(
        DiagnosticCode::TooManyRules, rules,
        "the profile has " + std::to_string(rules.size()) + " rules; at most 10 are allowed");
  }
  rules.forEachElement([&](const Node& rule) { checkRule(reporter, rule, limits); });
  if (!limits.minimum || !limits.maximum) return;
  if (rules.size() > 0 && *limits.minimum == *limits.maximum) {
    reporter.report(DiagnosticCode::PinnedCountWithRules, rules,
                    "minimum and maximum are both " + std::to_string(*limits.minimum) +
                        ", so none of the " + std::to_string(rules.size()) + " rules can act");
  } else if (rules.size() == 0 && *limits.minimum < *limits.maximum) {
    reporter.report(DiagnosticCode::NoRulesWithRange, rules,
                    "the profile has no rules but allows " + std::to_string(*limits.minimum) +
                        " to " + std::to_string(*limits.maximum) + " instances");
  }
}

std::optional<WrittenDateTime> readDateTime(SlotReader& read, Reporter& reporter,
                                            const Node& slot) {
  const auto text = read.string(slot, Presence::Required);
  if (!text) return std::nullopt;
  if (auto time = parseDateTime(*text)) return time;
  reporter.report(DiagnosticCode::BadDateTime, slot,
                  "`" + std::string(slot.key()) + "` is " + inQuotes(*text) +
                      ", not an ISO-8601 date and time");
  return std::nullopt;
}

void checkFixedDate(SlotReader& read, Reporter& reporter, const Node& fixedDate) {
  if (!read.object(fixedDate, Presence::Required)) return;
  read.unknownMembers(fixedDate, {"timeZone", "start", "end"}, "a fixed date");
  const Node zoneNode = fixedDate.member("timeZone");
  checkTimeZone(reporter, zoneNode, false);
  const std::string_view zone = zoneNode.text().empty() ? "UTC" : zoneNode.text();
  const Node startNode = fixedDate.member("start");
  const Node endNode = fixedDate.member("end");
  const auto start = readDateTime(read, reporter, startNode);
  const auto end = readDateTime(read, reporter, endNode);
  for (const auto& [time, node] : {std::pair{&start, &startNode}, std::pair{&end, &endNode}}) {
    if (*time && (*time)->offsetSeconds && !isUtcTimeZone(zone) && isKnownWindowsTimeZone(zone)) {
      reporter.report(DiagnosticCode::OffsetWithOtherTimeZone, *node,
                      "`" + std::string(node->key()) + "` has a UTC offset while timeZone is " +
                          inQuotes(zone));
    }
  }
  if (!start || !end) return;
  const QDateTime startInstant = resolveInstant(*start, zone);
  const QDateTime endInstant = resolveInstant(*end, zone);
  const qint64 span = startInstant.secsTo(endInstant);
  if (span <= 0) {
    reporter.report(
        DiagnosticCode::FixedDateEndNotAfterStart, endNode,
        "end " + inQuotes(endNode.text()) + " is not after start " + inQuotes(startNode.text()));
  } else if (span > kMaxFixedDateSeconds) {
    reporter.report(
        DiagnosticCode::FixedDateTooLong, endNode,
        "the period lasts " + std::to_string(span / 86400) + " days; at most 365 are allowed");
  }
}

void checkDays(SlotReader& read, Reporter& reporter, const Node& days) {
  if (!read.array(days, Presence::Required)) return;
  if (days.size() == 0) {
    reporter.report(DiagnosticCode::EmptyArray, days, "`days` lists no day",
                    "List the days the profile starts on, e.g. [\"Monday\", \"Friday\"].");
  }
  days.forEachElement([&](const Node& day) {
    const auto text = read.string(day, Presence::Required);
    if (!text) return;
    const auto parsed = parseRecurrenceDay(*text);
    if (!parsed) {
      reporter.report(DiagnosticCode::UnknownDay, day,
                      "day " + inQuotes(*text) + " is not a day of the week");
    } else if (parsed->numeric) {
      static constexpr std::array<const char*, 7> kNames{
          "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
      reporter.report(DiagnosticCode::NumericDay, day,
                      "day " + inQuotes(*text) + " is a number (probably " +
                          kNames[static_cast<std::size_t>(parsed->dayOfWeek)] + ")",
                      std::string("Write \"") +
                          kNames[static_cast<std::size_t>(parsed->dayOfWeek)] +
                          "\" if that is the day you mean.");
    }
  });
}

void checkClockValues(SlotReader& read, Reporter& reporter, const Node& values, long long limit,
                      DiagnosticCode outOfRange) {
  if (!read.array(values, Presence::Required)) return;
  const std::string name(values.key());
  if (values.size() == 0) {
    reporter.report(DiagnosticCode::EmptyArray, values, "`" + name + "` lists no value",
                    "Give the start time, e.g. \"hours\": [8], \"minutes\": [0].");
  } else if (values.size() > 1) {
    reporter.report(DiagnosticCode::SeveralStartTimes, values,
                    "`" + name + "` lists " + std::to_string(values.size()) + " values");
  }
  values.forEachElement([&](const Node& value) {
    const auto number = read.integerNumber(value, Presence::Required);
    if (number && (*number < 0 || *number > limit)) {
      reporter.report(
          outOfRange, value,
          name + " value " + std::to_string(*number) + " is outside 0–" + std::to_string(limit));
    }
  });
}

void checkRecurrence(SlotReader& read, Reporter& reporter, const Node& recurrence) {
  if (!read.object(recurrence, Presence::Required)) return;
  read.unknownMembers(recurrence, {"frequency", "schedule"}, "a recurrence");
  const Node frequency = recurrence.member("frequency");
  if (const auto text = read.string(frequency, Presence::Required)) {
    static constexpr std::array<std::string_view, 8> kFrequencies{
        "None", "Second", "Minute", "Hour", "Day", "Week", "Month", "Year"};
    const auto known = [&](std::string_view name) { return equalsIgnoringCase(*text, name); };
    if (!std::any_of(kFrequencies.begin(), kFrequencies.end(), known)) {
      reporter.report(DiagnosticCode::UnknownEnumValue, frequency,
                      "frequency is " + inQuotes(*text) + "; allowed: Week",
                      "Set \"frequency\": \"Week\".");
    } else if (!equalsIgnoringCase(*text, "Week")) {
      reporter.report(DiagnosticCode::FrequencyNotWeek, frequency,
                      "frequency is " + inQuotes(*text) + "; the service only runs Week");
    }
  }
  const Node schedule = recurrence.member("schedule");
  if (!read.object(schedule, Presence::Required)) return;
  read.unknownMembers(schedule, {"timeZone", "days", "hours", "minutes"}, "a schedule");
  checkTimeZone(reporter, schedule.member("timeZone"), true);
  checkDays(read, reporter, schedule.member("days"));
  checkClockValues(read, reporter, schedule.member("hours"), 23, DiagnosticCode::HourOutOfRange);
  checkClockValues(read, reporter, schedule.member("minutes"), 59,
                   DiagnosticCode::MinuteOutOfRange);
}

}  // namespace

void checkTimeZone(Reporter& reporter, const Node& slot, bool required) {
  SlotReader read(reporter);
  const auto zone = read.string(slot, required ? Presence::Required : Presence::Optional);
  if (zone && !isKnownWindowsTimeZone(*zone)) {
    reporter.report(DiagnosticCode::UnknownTimeZone, slot,
                    "time zone " + inQuotes(*zone) + " is not a known Windows time zone id");
  }
}

void checkProfile(Reporter& reporter, const Node& profile) {
  SlotReader read(reporter);
  if (!read.object(profile, Presence::Required)) return;
  read.unknownMembers(profile, {"name", "capacity", "rules", "fixedDate", "recurrence"},
                      "a profile");
  read.string(profile.member("name"), Presence::Required);
  const CapacityLimits limits = checkCapacity(read, reporter, profile.member("capacity"));
  checkRules(read, reporter, profile.member("rules"), limits);
  const Node fixedDate = profile.member("fixedDate");
  const Node recurrence = profile.member("recurrence");
  if (fixedDate.exists() && recurrence.exists()) {
    reporter.report(DiagnosticCode::FixedDateAndRecurrence, recurrence,
                    "the profile has both a fixed date and a recurrence");
  }
  if (fixedDate.exists()) checkFixedDate(read, reporter, fixedDate);
  if (recurrence.exists()) checkRecurrence(read, reporter, recurrence);
}

}  // namespace autoscale::models::validation
