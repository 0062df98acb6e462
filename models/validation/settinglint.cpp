#include "models/validation/settinglint.h"

#include <algorithm>
#include <optional>
#include <set>

#include "models/setting/jsonaccess.h"
#include "models/validation/flappinglint.h"
#include "models/validation/slotreader.h"
#include "models/validation/valueformats.h"

namespace autoscale::models::validation {
namespace {

void lintDirections(Reporter& reporter, const ScaleProfile& profile) {
  const auto count = [&](ScaleDirection direction) {
    return std::count_if(profile.rules.begin(), profile.rules.end(), [&](const ScaleRule& rule) {
      return rule.scaleAction.direction.value == direction;
    });
  };
  const auto out = count(ScaleDirection::Increase);
  const auto in = count(ScaleDirection::Decrease);
  if (out > 0 && in == 0) {
    reporter.report(DiagnosticCode::ScaleOutWithoutScaleIn, profile.jsonPath + ".rules",
                    "profile " + inQuotes(profile.name) + " has " + std::to_string(out) +
                        " scale-out rule(s) and no scale-in rule");
  } else if (in > 0 && out == 0) {
    reporter.report(DiagnosticCode::ScaleInWithoutScaleOut, profile.jsonPath + ".rules",
                    "profile " + inQuotes(profile.name) + " has " + std::to_string(in) +
                        " scale-in rule(s) and no scale-out rule");
  }
}

struct Period {
  QDateTime start;
  QDateTime end;
};

std::optional<Period> periodOf(const FixedDate& fixedDate) {
  const auto start = parseDateTime(fixedDate.start);
  const auto end = parseDateTime(fixedDate.end);
  if (!start || !end) return std::nullopt;
  Period period{resolveInstant(*start, fixedDate.timeZone),
                resolveInstant(*end, fixedDate.timeZone)};
  if (period.start >= period.end) return std::nullopt;  // reported by the schema checks
  return period;
}

void lintFixedDates(Reporter& reporter, const AutoscaleSetting& setting) {
  std::vector<std::pair<const ScaleProfile*, Period>> periods;
  for (const ScaleProfile& profile : setting.profiles) {
    if (!profile.fixedDate || profile.recurrence) continue;
    const auto period = periodOf(*profile.fixedDate);
    if (!period) continue;
    for (const auto& [earlier, other] : periods) {
      if (period->start < other.end && other.start < period->end) {
        reporter.report(DiagnosticCode::OverlappingFixedDates, profile.jsonPath + ".fixedDate",
                        "profile " + inQuotes(profile.name) + " overlaps profile " +
                            inQuotes(earlier->name) + " (" + earlier->jsonPath +
                            "), which comes first and wins while both apply");
        break;
      }
    }
    periods.emplace_back(&profile, *period);
  }
}

void lintRecurrences(Reporter& reporter, const AutoscaleSetting& setting) {
  const auto isRecurring = [](const ScaleProfile& profile) {
    return profile.recurrence && !profile.fixedDate;
  };
  if (std::count_if(setting.profiles.begin(), setting.profiles.end(), isRecurring) != 1) return;
  const auto it = std::find_if(setting.profiles.begin(), setting.profiles.end(), isRecurring);
  reporter.report(DiagnosticCode::RecurrenceWithoutEnd, it->jsonPath + ".recurrence",
                  "profile " + inQuotes(it->name) +
                      " is the only recurring profile, so once it starts it stays active all "
                      "week" +
                      (std::any_of(setting.profiles.begin(), setting.profiles.end(),
                                   [](const ScaleProfile& p) { return p.isDefault(); })
                           ? " and the default profile never applies"
                           : ""));
}

void lintNames(Reporter& reporter, const AutoscaleSetting& setting) {
  std::set<std::string> seen;
  for (const ScaleProfile& profile : setting.profiles) {
    if (profile.name.empty()) continue;
    if (!seen.insert(profile.name).second) {
      reporter.report(DiagnosticCode::DuplicateProfileName, profile.jsonPath + ".name",
                      "another profile is also named " + inQuotes(profile.name));
    }
  }
  for (const ScaleProfile& profile : setting.profiles) {
    if (!profile.paired) continue;
    const bool found = std::any_of(
        setting.profiles.begin(), setting.profiles.end(),
        [&](const ScaleProfile& other) { return other.name == profile.paired->forProfile; });
    if (!found) {
      reporter.report(DiagnosticCode::DanglingPairedProfile, profile.jsonPath + ".name",
                      "this copy of the default profile ends " +
                          inQuotes(profile.paired->forProfile) + ", which no profile is named");
    }
  }
}

bool isPredictiveCpuRule(const ScaleRule& rule) {
  return equalsIgnoringCase(rule.metricTrigger.metricName, "Percentage CPU") &&
         rule.scaleAction.direction.value == ScaleDirection::Increase &&
         rule.metricTrigger.timeAggregation.value == TimeAggregation::Average;
}

void lintPredictive(Reporter& reporter, const AutoscaleSetting& setting) {
  if (!setting.predictiveAutoscalePolicy) return;
  const auto mode = setting.predictiveAutoscalePolicy->scaleMode.value;
  if (!mode || *mode == PredictiveScaleMode::Disabled) return;
  const bool found =
      std::any_of(setting.profiles.begin(), setting.profiles.end(), [](const ScaleProfile& p) {
        return std::any_of(p.rules.begin(), p.rules.end(), isPredictiveCpuRule);
      });
  if (!found) {
    reporter.report(DiagnosticCode::PredictiveWithoutCpuRule,
                    setting.propertiesJsonPath + ".predictiveAutoscalePolicy.scaleMode",
                    std::string("scaleMode is ") + toString(*mode) +
                        " but no profile has a scale-out rule on Percentage CPU with Average "
                        "aggregation");
  }
}

}  // namespace

void lintSetting(Reporter& reporter, const AutoscaleSetting& setting) {
  for (const ScaleProfile& profile : setting.profiles) {
    lintDirections(reporter, profile);
    lintFlapping(reporter, profile);
  }
  lintFixedDates(reporter, setting);
  lintRecurrences(reporter, setting);
  lintNames(reporter, setting);
  lintPredictive(reporter, setting);
}

}  // namespace autoscale::models::validation
