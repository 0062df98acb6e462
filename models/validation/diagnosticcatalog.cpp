#include "models/validation/diagnosticcatalog.h"

#include <algorithm>
#include <array>

namespace autoscale::models {
namespace {

using enum DiagnosticCode;
constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

// In enum order, so that diagnosticInfo() is an index (checked below and by a test).
constexpr std::array kCatalog{
    DiagnosticInfo{SyntaxError, "AS0001", E, "The file is not valid JSON.",
                   "Fix the JSON at the reported line and column (a missing comma, quote or "
                   "bracket is the usual cause)."},
    DiagnosticInfo{NoAutoscaleSetting, "AS1001", E, "The document holds no autoscale setting.",
                   "Open a Microsoft.Insights/autoscalesettings resource, its `properties` "
                   "object, or an ARM template that declares one."},
    DiagnosticInfo{MissingProperty, "AS1002", E, "A required property is missing or empty.",
                   "Add the property with a value (see the API reference of "
                   "Microsoft.Insights/autoscalesettings, api-version 2022-10-01)."},
    DiagnosticInfo{WrongType, "AS1003", E, "A value has the wrong JSON type.",
                   "Write the value with the type the API expects (capacity and scale "
                   "`value` are strings, `threshold`, `hours` and `minutes` are numbers)."},
    DiagnosticInfo{ExpressionNotChecked, "AS1004", I,
                   "An ARM template expression is kept as written and not checked.",
                   "Check the value after template deployment, or write a literal to have "
                   "it checked here."},
    DiagnosticInfo{ConvertedType, "AS1005", W,
                   "A value has another JSON type than the API declares; the service converts "
                   "it.",
                   "Write it with the declared type, e.g. capacity \"2\" as a string, "
                   "`threshold` 70 as a number."},
    DiagnosticInfo{BadDuration, "AS1006", E, "A duration is not an ISO-8601 duration.",
                   "Write durations like PT1M, PT5M, PT1H or P1D."},
    DiagnosticInfo{BadDateTime, "AS1007", E, "A date and time is not ISO-8601.",
                   "Write it like 2024-06-01T08:00:00 (local to `timeZone`) or "
                   "2024-06-01T08:00:00Z."},
    DiagnosticInfo{NotAnInteger, "AS1008", E, "A value that must be a whole number is not.",
                   "Write a whole number, e.g. \"3\" for a capacity or scale `value`, 5 for an "
                   "hour."},
    DiagnosticInfo{FixedDateAndRecurrence, "AS1009", E,
                   "A profile has both `fixedDate` and `recurrence`.",
                   "Keep one: `fixedDate` for a single period, `recurrence` for a weekly "
                   "schedule."},
    DiagnosticInfo{EmptyArray, "AS1010", E, "A list that needs at least one item is empty.",
                   "Add at least one item (a profile, a day, an hour, a minute or a dimension "
                   "value)."},
    DiagnosticInfo{MissingLocation, "AS1011", W,
                   "The resource has no `location`; creating it (PUT) needs one.",
                   "Add the Azure region, e.g. \"location\": \"West Europe\" (a PATCH body "
                   "may leave it out)."},
    DiagnosticInfo{TooManyProfiles, "AS2001", E, "More than 20 profiles in one setting.",
                   "Merge or remove profiles; the service accepts at most 20."},
    DiagnosticInfo{TooManyRules, "AS2002", E, "More than 10 rules in one profile.",
                   "Remove rules or split the schedule; the service accepts at most 10 rules "
                   "per profile."},
    DiagnosticInfo{UnknownEnumValue, "AS2003", E,
                   "A value is not one of the values the API allows.",
                   "Use one of the listed values (case does not matter)."},
    DiagnosticInfo{FrequencyNotWeek, "AS2004", E, "`recurrence.frequency` is not Week.",
                   "Set \"frequency\": \"Week\" and give the days in `schedule.days`."},
    DiagnosticInfo{TimeGrainOutOfRange, "AS2010", E, "`timeGrain` is outside 1 minute to 12 hours.",
                   "Use a grain the metric supports between PT1M and PT12H; PT1M is usual."},
    DiagnosticInfo{TimeWindowOutOfRange, "AS2011", E,
                   "`timeWindow` is outside 1 minute to 12 hours.",
                   "Use a window between PT5M and PT12H, e.g. PT10M."},
    DiagnosticInfo{TimeWindowBelowFiveMinutes, "AS2012", W,
                   "`timeWindow` is shorter than the documented minimum of 5 minutes.",
                   "Use PT5M or more; shorter windows are not documented and react to "
                   "metric ingestion delay."},
    DiagnosticInfo{CooldownOutOfRange, "AS2013", E, "`cooldown` is outside 1 minute to 1 week.",
                   "Use a cooldown between PT1M and P7D; PT5M is the portal default."},
    DiagnosticInfo{LookAheadOutOfRange, "AS2014", E,
                   "`scaleLookAheadTime` is outside 1 to 60 minutes.",
                   "Use a look-ahead between PT1M and PT60M."},
    DiagnosticInfo{LookAheadBelowPortalMinimum, "AS2015", W,
                   "`scaleLookAheadTime` is below the portal's minimum of 5 minutes.",
                   "Use PT5M or more; the portal offers 5 to 60 minutes."},
    DiagnosticInfo{NegativeCapacity, "AS2020", E, "An instance limit is negative.",
                   "Use a count of 0 or more."},
    DiagnosticInfo{CapacityAbove1000, "AS2021", W, "An instance limit is above 1000.",
                   "Use at most 1000; scale sets and the common tools reject larger counts."},
    DiagnosticInfo{MinimumAboveMaximum, "AS2022", W,
                   "The minimum instance count is above the maximum.",
                   "Make `minimum` ≤ `maximum`."},
    DiagnosticInfo{DefaultOutsideLimits, "AS2023", W,
                   "The default instance count is outside [minimum, maximum].",
                   "Make `minimum` ≤ `default` ≤ `maximum`; the service is reported to reject "
                   "a minimum above the default."},
    DiagnosticInfo{ActionValueBelowOne, "AS2024", E, "A scale action `value` is below 1.",
                   "Use a value of 1 or more."},
    DiagnosticInfo{ActionValueAboveRange, "AS2025", W,
                   "A scale action changes the count by more than maximum − minimum.",
                   "Use a value ≤ maximum − minimum; the service is reported to answer "
                   "InvalidActionValue."},
    DiagnosticInfo{FixedDateEndNotAfterStart, "AS2030", E,
                   "A fixed-date profile ends before or when it starts.",
                   "Make `end` later than `start`."},
    DiagnosticInfo{FixedDateTooLong, "AS2031", E, "A fixed-date profile spans more than 365 days.",
                   "Shorten the period to at most 365 days, or use a recurring profile."},
    DiagnosticInfo{UnknownDay, "AS2040", E, "A recurrence day is not a day of the week.",
                   "Use full English day names: Monday … Sunday."},
    DiagnosticInfo{NumericDay, "AS2041", W,
                   "A recurrence day is written as a number; its meaning is not documented.",
                   "Write the day name (\"1\" is usually read as Monday, \"0\" as Sunday)."},
    DiagnosticInfo{HourOutOfRange, "AS2042", E, "A recurrence hour is outside 0–23.",
                   "Use the 24-hour clock: 0 to 23."},
    DiagnosticInfo{MinuteOutOfRange, "AS2043", E, "A recurrence minute is outside 0–59.",
                   "Use a minute from 0 to 59."},
    DiagnosticInfo{TooManyTags, "AS2050", E, "More than 15 tags.",
                   "Keep at most 15 tags on the setting."},
    DiagnosticInfo{TagKeyTooLong, "AS2051", E, "A tag name is longer than 128 characters.",
                   "Shorten the tag name to 128 characters or fewer."},
    DiagnosticInfo{TagValueTooLong, "AS2052", E, "A tag value is longer than 256 characters.",
                   "Shorten the tag value to 256 characters or fewer."},
    DiagnosticInfo{BadWebhookUri, "AS2060", E,
                   "A webhook `serviceUri` is not an absolute http(s) URL.",
                   "Write the full URL, e.g. https://example.com/hooks/autoscale."},
    DiagnosticInfo{NoDefaultProfile, "AS2070", W,
                   "No default profile (one without `fixedDate` and `recurrence`).",
                   "Add a default profile so that some limits apply when no schedule matches."},
    DiagnosticInfo{SeveralDefaultProfiles, "AS2071", W,
                   "More than one default profile; which one applies is not documented.",
                   "Keep one default profile and give the others a schedule."},
    DiagnosticInfo{FlappingRisk, "AS3001", W,
                   "Scale-in and scale-out thresholds are so close that a scale-in would "
                   "trigger the scale-out rule (flapping).",
                   "Widen the gap between the thresholds, or scale in by fewer instances."},
    DiagnosticInfo{ScaleOutWithoutScaleIn, "AS3002", W,
                   "The profile scales out but never scales in.",
                   "Add a scale-in rule (direction Decrease), e.g. on the same metric with a "
                   "lower threshold."},
    DiagnosticInfo{ScaleInWithoutScaleOut, "AS3003", W,
                   "The profile scales in but never scales out.",
                   "Add a scale-out rule (direction Increase), e.g. on the same metric with a "
                   "higher threshold."},
    DiagnosticInfo{OverlappingFixedDates, "AS3004", W,
                   "Two fixed-date profiles overlap; the first in the list wins.",
                   "Make the periods disjoint, or reorder the profiles."},
    DiagnosticInfo{RecurrenceWithoutEnd, "AS3005", W,
                   "A recurring profile has nothing that ends it, so it runs all week.",
                   "Add a recurring profile that starts when this one should end (the portal "
                   "adds a copy of the default profile for that)."},
    DiagnosticInfo{UnknownTimeZone, "AS3006", W,
                   "The time zone is not a known Windows time zone id; the service silently "
                   "drops the schedule.",
                   "Use a Windows time zone id such as UTC, W. Europe Standard Time or Pacific "
                   "Standard Time."},
    DiagnosticInfo{BadEmail, "AS3007", W, "A notification e-mail address looks malformed.",
                   "Write one address per entry, like name@example.com."},
    DiagnosticInfo{WebhookNotHttps, "AS3008", W, "A webhook uses plain http.",
                   "Use an https URL so that the payload and its token are encrypted."},
    DiagnosticInfo{CooldownShorterThanWindow, "AS3009", W,
                   "The cooldown is shorter than the rule's time window.",
                   "Make the cooldown at least the time window, so that the next decision sees "
                   "metrics taken after the last scale action."},
    DiagnosticInfo{PredictiveWithoutCpuRule, "AS3010", W,
                   "Predictive autoscale needs a scale-out rule on Percentage CPU with "
                   "Average aggregation.",
                   "Add such a rule, or set `scaleMode` to Disabled."},
    DiagnosticInfo{PinnedCountWithRules, "AS3011", W,
                   "Minimum equals maximum, so the profile's rules can never act.",
                   "Widen the instance limits, or remove the rules for a fixed count."},
    DiagnosticInfo{WindowShorterThanGrain, "AS3012", W,
                   "The time window is shorter than the time grain.",
                   "Use a window that holds at least one grain, e.g. PT1M grain with PT10M "
                   "window."},
    DiagnosticInfo{SeveralStartTimes, "AS3013", W,
                   "A recurrence lists several hours or minutes; how they combine is not "
                   "documented.",
                   "Use one hour and one minute per profile; add profiles for other start "
                   "times."},
    DiagnosticInfo{EnabledNotWritten, "AS3014", W,
                   "`enabled` is not written; its default differs between API revisions.",
                   "Write \"enabled\": true (or false) explicitly."},
    DiagnosticInfo{UnknownProperty, "AS3015", W,
                   "A property is unknown to the API and is ignored (a typo?).",
                   "Check the spelling against the API reference, or remove the property."},
    DiagnosticInfo{DuplicateProfileName, "AS3016", W, "Two profiles have the same name.",
                   "Give every profile its own name."},
    DiagnosticInfo{DanglingPairedProfile, "AS3017", W,
                   "A paired default profile names a profile that does not exist.",
                   "Rename the `for` part to an existing recurring profile, or delete the "
                   "copy."},
    DiagnosticInfo{RetiredAdminEmail, "AS3018", W,
                   "E-mail to subscription (co-)administrators is retired and no longer sent.",
                   "Set it to false and list the addresses in `customEmails`."},
    DiagnosticInfo{DirectionNoneWithoutExactCount, "AS3019", W,
                   "A scale action with direction None changes nothing unless it is an "
                   "ExactCount.",
                   "Use Increase or Decrease, or type ExactCount to set a count."},
    DiagnosticInfo{ScaleInShadowed, "AS3020", W,
                   "Whenever this scale-in rule triggers, a scale-out rule on the same metric "
                   "triggers too, so it never scales in.",
                   "Give the scale-in rule a condition that excludes the scale-out condition, "
                   "e.g. LessThan a lower threshold."},
    DiagnosticInfo{MissingMetricNamespace, "AS3021", I,
                   "The rule has no `metricNamespace`; some clients then fail to read the "
                   "metric.",
                   "Write the namespace, e.g. microsoft.machinelearningservices/workspaces/"
                   "onlineendpoints/deployments."},
    DiagnosticInfo{OffsetWithOtherTimeZone, "AS3022", W,
                   "A fixed-date time carries a UTC offset that contradicts its `timeZone`.",
                   "Write the local time without an offset, or set `timeZone` to UTC."},
    DiagnosticInfo{NoRulesWithRange, "AS3023", W,
                   "A profile without rules has minimum ≠ maximum, so the count only gets "
                   "clamped.",
                   "Add rules, or set minimum = maximum = default for a fixed count."},
};

constexpr bool catalogInEnumOrder() {
  for (std::size_t i = 0; i < kCatalog.size(); ++i) {
    if (static_cast<std::size_t>(kCatalog[i].id) != i) return false;
  }
  return true;
}
static_assert(catalogInEnumOrder(), "kCatalog must list the codes in DiagnosticCode order");

}  // namespace

std::span<const DiagnosticInfo> diagnosticCatalog() {
  return kCatalog;
}

const DiagnosticInfo& diagnosticInfo(DiagnosticCode id) {
  return kCatalog[static_cast<std::size_t>(id)];
}

const DiagnosticInfo* findDiagnosticInfo(std::string_view code) {
  const auto it = std::find_if(kCatalog.begin(), kCatalog.end(),
                               [code](const DiagnosticInfo& info) { return info.code == code; });
  return it == kCatalog.end() ? nullptr : &*it;
}

}  // namespace autoscale::models
