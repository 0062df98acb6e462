#pragma once

// An autoscale setting checked and reduced to what the engine needs: every slot holds a
// literal, durations are seconds, fixed dates are UTC instants, recurrences are resolved
// time zones. Settings that still hold ARM template expressions, or lack a value the engine
// needs, give an error naming the JSON path and the fix.

#include <QTimeZone>
#include <cstdint>
#include <string>
#include <vector>

#include "models/core/result.h"
#include "models/engine/comparison.h"
#include "models/engine/simulationoptions.h"
#include "models/metrics/timestamp.h"
#include "models/setting/autoscalesetting.h"

namespace autoscale::models {

struct DimensionFilter {
  std::string name;
  DimensionOperator op = DimensionOperator::Equals;
  std::vector<std::string> values;
};

struct CompiledRule {
  std::string jsonPath;
  std::string metricName;
  std::string metricResourceUri;
  std::vector<DimensionFilter> dimensions;
  EpochSeconds timeGrain = 60;
  MetricStatistic statistic = MetricStatistic::Average;
  EpochSeconds timeWindow = 300;
  TimeAggregation timeAggregation = TimeAggregation::Average;
  ComparisonOperator op = ComparisonOperator::GreaterThan;
  double threshold = 0.0;
  ThresholdBand band;  // op and threshold, ready to compare
  bool dividePerInstance = false;
  ScaleDirection direction = ScaleDirection::Increase;
  ScaleType type = ScaleType::ChangeCount;
  long long value = 1;
  EpochSeconds cooldown = 300;
};

enum class ProfileKind { Default, FixedDate, Recurring };

struct CompiledRecurrence {
  QTimeZone zone;
  std::string zoneId;
  std::uint8_t weekdays = 0;      // bit d set: day d, 0 = Sunday … 6 = Saturday
  std::vector<int> minutesOfDay;  // start times, minutes after local midnight
};

struct CompiledProfile {
  std::string jsonPath;
  std::string name;   // as written (a JSON text for portal-paired profiles)
  std::string label;  // for people: the name, or "<default name> (after <profile>)"
  ProfileKind kind = ProfileKind::Default;
  int minimum = 1;
  int maximum = 1;
  int defaultCount = 1;
  std::vector<CompiledRule> rules;
  // The scale-out and scale-in groups (§2.5). They are fixed unless a rule's group follows
  // the current count (ExactCount or direction None, §8.14).
  std::vector<int> scaleOutRules;
  std::vector<int> scaleInRules;
  bool groupsFollowCount = false;
  EpochSeconds fixedStart = 0;  // FixedDate: active while fixedStart ≤ t ≤ fixedEnd
  EpochSeconds fixedEnd = 0;
  CompiledRecurrence recurrence;
};

struct CompiledSetting {
  bool enabled = true;
  std::vector<CompiledProfile> profiles;
  std::vector<std::string> notes;  // assumptions the engine made, for the user
};

// Error codes: "engine.expression" (an ARM expression where a literal is needed),
// "engine.missingValue", "engine.timeZone", "engine.fixedDate", "engine.recurrence",
// "engine.noProfiles".
Result<CompiledSetting> compileSetting(const AutoscaleSetting& setting,
                                       const SimulationOptions& options);

}  // namespace autoscale::models
