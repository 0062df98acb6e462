#include "ui/rules/rulejson.h"

#include <cctype>
#include <cmath>
#include <optional>

namespace autoscale::ui {
namespace {

using Json = nlohmann::ordered_json;

int minutesOf(const models::Slot<long long>& seconds, int fallback) {
  return seconds.value ? static_cast<int>(*seconds.value / 60) : fallback;
}

// Finds `key` case-insensitively (files may be PascalCase) and returns the spelling used.
std::string keyIn(const Json& object, const std::string& key) {
  if (!object.is_object()) return key;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (it.key().size() == key.size() &&
        std::equal(key.begin(), key.end(), it.key().begin(),
                   [](char a, char b) { return std::tolower(a) == std::tolower(b); })) {
      return it.key();
    }
  }
  return key;
}

void put(Json& object, const std::string& key, const Json& value) {
  const std::string actual = keyIn(object, key);
  // Keep the original spelling of a value that did not change (10.0 vs 10, "5" vs 5).
  if (object.contains(actual) && object[actual] == value) return;
  object[actual] = value;
}

// Seconds of an ISO-8601 duration such as PT5M or P1DT2H; nullopt if it is not one.
std::optional<long long> isoSeconds(const std::string& text) {
  long long total = 0;
  long long number = -1;
  bool inTime = false;
  if (text.empty() || (text[0] != 'P' && text[0] != 'p')) return std::nullopt;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    if (std::isdigit(static_cast<unsigned char>(c))) {
      number = (number < 0 ? 0 : number) * 10 + (c - '0');
      if (number > 1'000'000'000) return std::nullopt;
      continue;
    }
    if (c == 'T') {
      inTime = true;
      continue;
    }
    if (number < 0) return std::nullopt;
    const long long unit = c == 'D'   ? 86400
                           : c == 'H' ? 3600
                           : c == 'M' ? (inTime ? 60 : -1)
                           : c == 'S' ? 1
                                      : -1;
    if (unit < 0) return std::nullopt;
    total += number * unit;
    number = -1;
  }
  if (number >= 0) return std::nullopt;
  return total;
}

// Writes a duration unless the one there already means the same (PT5M vs PT300S).
void putDuration(Json& object, const std::string& key, int minutes) {
  const std::string actual = keyIn(object, key);
  if (object.contains(actual) && object[actual].is_string()) {
    const auto seconds = isoSeconds(object[actual].get<std::string>());
    if (seconds && *seconds == static_cast<long long>(minutes) * 60) return;
  }
  object[actual] = isoDurationMinutes(minutes);
}

Json number(double value) {
  if (std::floor(value) == value && std::abs(value) < 1e15) {
    return Json(static_cast<long long>(value));
  }
  return Json(value);
}

}  // namespace

std::string isoDurationMinutes(long long minutes) {
  if (minutes <= 0) return "PT0M";
  const long long days = minutes / (24 * 60);
  const long long hours = (minutes / 60) % 24;
  const long long rest = minutes % 60;
  std::string text = "P";
  if (days) text += std::to_string(days) + "D";
  if (hours || rest) text += "T";
  if (hours) text += std::to_string(hours) + "H";
  if (rest) text += std::to_string(rest) + "M";
  return text;
}

RuleFields ruleFieldsOf(const models::ScaleRule& rule) {
  const auto& trigger = rule.metricTrigger;
  const auto& action = rule.scaleAction;
  RuleFields fields;
  fields.metricResourceUri = QString::fromStdString(trigger.metricResourceUri);
  fields.metricNamespace = QString::fromStdString(trigger.metricNamespace);
  fields.metricName = QString::fromStdString(trigger.metricName);
  for (const auto& dimension : trigger.dimensions) {
    RuleFields::Dimension d;
    d.name = QString::fromStdString(dimension.name);
    d.op = dimension.op.valueOr(models::DimensionOperator::Equals);
    for (const auto& value : dimension.values) d.values.push_back(QString::fromStdString(value));
    fields.dimensions.push_back(std::move(d));
  }
  fields.dividePerInstance = trigger.dividePerInstance.valueOr(false);
  fields.op = trigger.op.valueOr(fields.op);
  fields.threshold = trigger.threshold.valueOr(fields.threshold);
  fields.durationMinutes = minutesOf(trigger.timeWindowSeconds, fields.durationMinutes);
  fields.timeGrainMinutes = minutesOf(trigger.timeGrainSeconds, fields.timeGrainMinutes);
  fields.statistic = trigger.statistic.valueOr(fields.statistic);
  fields.aggregation = trigger.timeAggregation.valueOr(fields.aggregation);
  fields.direction = action.direction.valueOr(fields.direction);
  fields.type = action.type.valueOr(fields.type);
  fields.value = action.value.valueOr(fields.value);
  fields.cooldownMinutes = minutesOf(action.cooldownSeconds, fields.cooldownMinutes);
  return fields;
}

Json ruleJson(const RuleFields& fields, const Json* original) {
  Json rule = original && original->is_object() ? *original : Json::object();
  const std::string triggerKey = keyIn(rule, "metricTrigger");
  const std::string actionKey = keyIn(rule, "scaleAction");
  Json trigger =
      rule.contains(triggerKey) && rule[triggerKey].is_object() ? rule[triggerKey] : Json::object();
  Json action =
      rule.contains(actionKey) && rule[actionKey].is_object() ? rule[actionKey] : Json::object();

  put(trigger, "metricName", fields.metricName.toStdString());
  put(trigger, "metricNamespace", fields.metricNamespace.toStdString());
  put(trigger, "metricResourceUri", fields.metricResourceUri.toStdString());
  putDuration(trigger, "timeGrain", fields.timeGrainMinutes);
  put(trigger, "statistic", models::toString(fields.statistic));
  putDuration(trigger, "timeWindow", fields.durationMinutes);
  put(trigger, "timeAggregation", models::toString(fields.aggregation));
  put(trigger, "operator", models::toString(fields.op));
  put(trigger, "threshold", number(fields.threshold));
  if (!fields.dimensions.empty() || trigger.contains(keyIn(trigger, "dimensions"))) {
    Json dimensions = Json::array();
    for (const auto& d : fields.dimensions) {
      Json values = Json::array();
      for (const QString& v : d.values) values.push_back(v.toStdString());
      dimensions.push_back(Json{{"DimensionName", d.name.toStdString()},
                                {"Operator", models::toString(d.op)},
                                {"Values", values}});
    }
    put(trigger, "dimensions", dimensions);
  }
  put(trigger, "dividePerInstance", fields.dividePerInstance);

  put(action, "direction", models::toString(fields.direction));
  put(action, "type", models::toString(fields.type));
  put(action, "value", std::to_string(fields.value));
  putDuration(action, "cooldown", fields.cooldownMinutes);

  rule[triggerKey] = trigger;
  rule[actionKey] = action;
  return rule;
}

}  // namespace autoscale::ui
