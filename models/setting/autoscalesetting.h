#pragma once

// Typed snapshot of a Microsoft.Insights/autoscalesettings resource (api-version 2022-10-01).
//
// The JSON tree of the document stays the source of truth (see SettingDocument); these structs
// are read from it for the engine, validation and the UI. Each element remembers the JSONPath
// it was read from so that diagnostics and edits can point back into the file.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace autoscale::models {

// A scalar slot that may hold an ARM template expression such as "[parameters('max')]"
// instead of a literal. `value` is set when the slot holds a usable literal; `expression`
// when it holds an expression (kept verbatim); neither when it is absent or malformed, in
// which case `raw` keeps the JSON text that was found.
template <typename T>
struct Slot {
  std::optional<T> value;
  std::optional<std::string> expression;
  std::string raw;
  bool present = false;

  bool hasValue() const { return value.has_value(); }
  bool isExpression() const { return expression.has_value(); }
  T valueOr(T fallback) const { return value.value_or(fallback); }
};

enum class MetricStatistic { Average, Min, Max, Sum, Count };
enum class TimeAggregation { Average, Minimum, Maximum, Total, Count, Last };
enum class ComparisonOperator {
  Equals,
  NotEquals,
  GreaterThan,
  GreaterThanOrEqual,
  LessThan,
  LessThanOrEqual
};
enum class ScaleDirection { None, Increase, Decrease };
enum class ScaleType { ChangeCount, PercentChangeCount, ExactCount, ServiceAllowedNextValue };
enum class DimensionOperator { Equals, NotEquals };
enum class PredictiveScaleMode { Disabled, ForecastOnly, Enabled };

struct MetricDimension {
  std::string name;
  Slot<DimensionOperator> op;
  std::vector<std::string> values;
};

// Durations are held in whole seconds; see models/time/duration.h for parsing and printing.
struct MetricTrigger {
  std::string metricName;
  std::string metricNamespace;
  std::string metricResourceUri;
  std::string metricResourceLocation;
  Slot<long long> timeGrainSeconds;
  Slot<MetricStatistic> statistic;
  Slot<long long> timeWindowSeconds;
  Slot<TimeAggregation> timeAggregation;
  Slot<ComparisonOperator> op;
  Slot<double> threshold;
  std::vector<MetricDimension> dimensions;
  Slot<bool> dividePerInstance;
};

struct ScaleAction {
  Slot<ScaleDirection> direction;
  Slot<ScaleType> type;
  Slot<long long> value;  // written as a string in JSON
  Slot<long long> cooldownSeconds;
};

struct ScaleRule {
  std::string jsonPath;
  MetricTrigger metricTrigger;
  ScaleAction scaleAction;
};

// Instance limits; all three are integer strings in JSON.
struct ScaleCapacity {
  Slot<long long> minimum;
  Slot<long long> maximum;
  Slot<long long> defaultCount;
};

struct FixedDate {
  std::string timeZone;  // Windows time zone id
  std::string start;     // as written: local wall clock, or with Z / an offset
  std::string end;
};

struct RecurrentSchedule {
  std::string timeZone;  // Windows time zone id
  std::vector<std::string> days;
  std::vector<int> hours;
  std::vector<int> minutes;
};

struct Recurrence {
  std::string frequency;  // must be "Week"
  RecurrentSchedule schedule;
};

// The name of a portal/CLI paired default profile is a JSON object as a string:
// {"name":"<default profile name>","for":"<recurring profile name>"}.
struct PairedProfileName {
  std::string name;
  std::string forProfile;
};

struct ScaleProfile {
  std::string jsonPath;
  std::string name;
  std::optional<PairedProfileName> paired;
  ScaleCapacity capacity;
  std::vector<ScaleRule> rules;
  std::optional<FixedDate> fixedDate;
  std::optional<Recurrence> recurrence;

  bool isDefault() const { return !fixedDate && !recurrence; }
};

struct WebhookNotification {
  std::string serviceUri;
  std::vector<std::pair<std::string, std::string>> properties;
};

struct EmailNotification {
  Slot<bool> sendToSubscriptionAdministrator;
  Slot<bool> sendToSubscriptionCoAdministrators;
  std::vector<std::string> customEmails;
};

struct AutoscaleNotification {
  std::string jsonPath;
  std::string operation;
  std::optional<EmailNotification> email;
  std::vector<WebhookNotification> webhooks;
};

struct PredictiveAutoscalePolicy {
  Slot<PredictiveScaleMode> scaleMode;
  Slot<long long> scaleLookAheadSeconds;
};

// The resource envelope and its properties. For a bare `properties` document the envelope
// fields stay empty.
struct AutoscaleSetting {
  std::string jsonPath;            // path of the resource (or of the bare properties object)
  std::string propertiesJsonPath;  // path of its properties object
  std::string id;
  std::string resourceName;
  std::string type;
  std::string location;
  std::vector<std::pair<std::string, std::string>> tags;

  std::string name;  // properties.name
  std::vector<ScaleProfile> profiles;
  std::vector<AutoscaleNotification> notifications;
  Slot<bool> enabled;
  std::optional<PredictiveAutoscalePolicy> predictiveAutoscalePolicy;
  std::string targetResourceUri;
  std::string targetResourceLocation;
};

// Enum names exactly as the API spells them.
const char* toString(MetricStatistic value);
const char* toString(TimeAggregation value);
const char* toString(ComparisonOperator value);
const char* toString(ScaleDirection value);
const char* toString(ScaleType value);
const char* toString(DimensionOperator value);
const char* toString(PredictiveScaleMode value);

// Case-insensitive parsing of the API's enum names.
std::optional<MetricStatistic> parseMetricStatistic(std::string_view text);
std::optional<TimeAggregation> parseTimeAggregation(std::string_view text);
std::optional<ComparisonOperator> parseComparisonOperator(std::string_view text);
std::optional<ScaleDirection> parseScaleDirection(std::string_view text);
std::optional<ScaleType> parseScaleType(std::string_view text);
std::optional<DimensionOperator> parseDimensionOperator(std::string_view text);
std::optional<PredictiveScaleMode> parsePredictiveScaleMode(std::string_view text);

}  // namespace autoscale::models
