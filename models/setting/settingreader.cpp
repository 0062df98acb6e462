#include "models/setting/settingreader.h"

#include <charconv>
#include <cmath>

#include "models/setting/jsonaccess.h"
#include "models/time/duration.h"

namespace autoscale::models {
namespace {

using Json = nlohmann::ordered_json;

// A value in the tree (or nothing). Paths are built only for the elements that carry one
// (profiles, rules, notifications): building them for every value would cost more than
// reading the setting.
struct Node {
  const Json* value = nullptr;

  explicit operator bool() const { return value != nullptr; }
  Node operator[](std::string_view key) const {
    return {value ? findMember(*value, key) : nullptr};
  }
  Node operator[](std::size_t i) const {
    if (!value || !value->is_array() || i >= value->size()) return {};
    return {&(*value)[i]};
  }
  std::size_t size() const { return value && value->is_array() ? value->size() : 0; }
};

// The printed path of member `key` of the object at `path`, with the key as the file spells it.
std::string memberPath(const std::string& path, const Node& object, std::string_view key) {
  std::string spelling(key);
  if (object) findMember(*object.value, key, &spelling);
  return path + JsonPath().child(std::move(spelling)).toString().substr(1);
}

std::string elementPath(const std::string& path, std::size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

Node nodeAt(const Json& root, const JsonPath& path) {
  const Json* current = &root;
  for (const auto& segment : path.segments()) {
    if (const auto* key = std::get_if<std::string>(&segment)) {
      current = findMember(*current, *key);
    } else {
      const std::size_t i = std::get<std::size_t>(segment);
      current = current->is_array() && i < current->size() ? &(*current)[i] : nullptr;
    }
    if (!current) return {};
  }
  return {current};
}

std::string stringOf(const Node& node) {
  if (!node) return {};
  if (node.value->is_string()) return node.value->get<std::string>();
  if (node.value->is_null()) return {};
  return node.value->dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::vector<std::string> stringsOf(const Node& node) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < node.size(); ++i) out.push_back(stringOf(node[i]));
  return out;
}

std::string trimmed(const std::string& text) {
  const auto begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

std::optional<long long> integerOf(const Json& value) {
  if (value.is_number_integer()) return value.get<long long>();
  if (value.is_number_float()) {
    const double d = value.get<double>();
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9e15) {
      return static_cast<long long>(d);
    }
    return std::nullopt;
  }
  if (value.is_string()) {
    const std::string text = trimmed(value.get<std::string>());
    long long out = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    if (!text.empty() && result.ec == std::errc() && result.ptr == text.data() + text.size()) {
      return out;
    }
  }
  return std::nullopt;
}

std::optional<double> doubleOf(const Json& value) {
  if (value.is_number()) return value.get<double>();
  if (value.is_string()) {
    const std::string text = trimmed(value.get<std::string>());
    double out = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    if (!text.empty() && result.ec == std::errc() && result.ptr == text.data() + text.size()) {
      return out;
    }
  }
  return std::nullopt;
}

std::optional<bool> boolOf(const Json& value) {
  if (value.is_boolean()) return value.get<bool>();
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    if (equalsIgnoringCase(text, "true")) return true;
    if (equalsIgnoringCase(text, "false")) return false;
  }
  return std::nullopt;
}

std::optional<long long> durationSecondsOf(const Json& value) {
  if (!value.is_string()) return std::nullopt;
  const auto duration = Duration::parse(value.get_ref<const std::string&>());
  if (!duration) return std::nullopt;
  return duration->seconds();
}

template <typename Parse>
auto enumOf(Parse parse) {
  return [parse](const Json& value) -> decltype(parse(std::string_view())) {
    if (!value.is_string()) return std::nullopt;
    return parse(value.get_ref<const std::string&>());
  };
}

template <typename T, typename Convert>
Slot<T> slotOf(const Node& node, Convert convert) {
  Slot<T> slot;
  if (!node) return slot;
  // Responses echo `null` for unset optional fields (`"scaleLookAheadTime": null`).
  slot.present = !node.value->is_null();
  if (slot.present) {
    if (node.value->is_string() && isArmExpression(node.value->get_ref<const std::string&>())) {
      slot.expression = node.value->get<std::string>();
      return slot;
    }
    slot.value = convert(*node.value);
    if (slot.value) return slot;
  }
  // Only what could not be read keeps its JSON text (serialising every slot would double the
  // cost of reading a setting).
  slot.raw = node.value->dump(-1, ' ', false, Json::error_handler_t::replace);
  return slot;
}

MetricDimension readDimension(const Node& node) {
  MetricDimension dimension;
  dimension.name = stringOf(node["DimensionName"]);
  dimension.op = slotOf<DimensionOperator>(node["Operator"], enumOf(parseDimensionOperator));
  dimension.values = stringsOf(node["Values"]);
  return dimension;
}

MetricTrigger readTrigger(const Node& node) {
  MetricTrigger trigger;
  trigger.metricName = stringOf(node["metricName"]);
  trigger.metricNamespace = stringOf(node["metricNamespace"]);
  trigger.metricResourceUri = stringOf(node["metricResourceUri"]);
  trigger.metricResourceLocation = stringOf(node["metricResourceLocation"]);
  trigger.timeGrainSeconds = slotOf<long long>(node["timeGrain"], durationSecondsOf);
  trigger.statistic = slotOf<MetricStatistic>(node["statistic"], enumOf(parseMetricStatistic));
  trigger.timeWindowSeconds = slotOf<long long>(node["timeWindow"], durationSecondsOf);
  trigger.timeAggregation =
      slotOf<TimeAggregation>(node["timeAggregation"], enumOf(parseTimeAggregation));
  trigger.op = slotOf<ComparisonOperator>(node["operator"], enumOf(parseComparisonOperator));
  trigger.threshold = slotOf<double>(node["threshold"], doubleOf);
  const Node dimensions = node["dimensions"];
  for (std::size_t i = 0; i < dimensions.size(); ++i) {
    trigger.dimensions.push_back(readDimension(dimensions[i]));
  }
  trigger.dividePerInstance = slotOf<bool>(node["dividePerInstance"], boolOf);
  return trigger;
}

ScaleAction readAction(const Node& node) {
  ScaleAction action;
  action.direction = slotOf<ScaleDirection>(node["direction"], enumOf(parseScaleDirection));
  action.type = slotOf<ScaleType>(node["type"], enumOf(parseScaleType));
  action.value = slotOf<long long>(node["value"], integerOf);
  action.cooldownSeconds = slotOf<long long>(node["cooldown"], durationSecondsOf);
  return action;
}

std::vector<int> intsOf(const Node& node) {
  std::vector<int> out;
  for (std::size_t i = 0; i < node.size(); ++i) {
    if (const auto value = integerOf(*node[i].value);
        value && *value >= INT32_MIN && *value <= INT32_MAX) {
      out.push_back(static_cast<int>(*value));
    }
  }
  return out;
}

ScaleProfile readProfile(const Node& node, std::string path) {
  ScaleProfile profile;
  profile.jsonPath = std::move(path);
  profile.name = stringOf(node["name"]);
  profile.paired = decodePairedProfileName(profile.name);
  const Node capacity = node["capacity"];
  profile.capacity.minimum = slotOf<long long>(capacity["minimum"], integerOf);
  profile.capacity.maximum = slotOf<long long>(capacity["maximum"], integerOf);
  profile.capacity.defaultCount = slotOf<long long>(capacity["default"], integerOf);
  const Node rules = node["rules"];
  const std::string rulesPath = rules.size() ? memberPath(profile.jsonPath, node, "rules") : "";
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Node rule = rules[i];
    profile.rules.push_back({elementPath(rulesPath, i), readTrigger(rule["metricTrigger"]),
                             readAction(rule["scaleAction"])});
  }
  if (const Node fixed = node["fixedDate"]; fixed && fixed.value->is_object()) {
    profile.fixedDate =
        FixedDate{stringOf(fixed["timeZone"]), stringOf(fixed["start"]), stringOf(fixed["end"])};
  }
  if (const Node recurrence = node["recurrence"]; recurrence && recurrence.value->is_object()) {
    const Node schedule = recurrence["schedule"];
    profile.recurrence =
        Recurrence{stringOf(recurrence["frequency"]),
                   RecurrentSchedule{stringOf(schedule["timeZone"]), stringsOf(schedule["days"]),
                                     intsOf(schedule["hours"]), intsOf(schedule["minutes"])}};
  }
  return profile;
}

AutoscaleNotification readNotification(const Node& node, std::string path) {
  AutoscaleNotification notification;
  notification.jsonPath = std::move(path);
  notification.operation = stringOf(node["operation"]);
  if (const Node email = node["email"]; email && email.value->is_object()) {
    EmailNotification out;
    out.sendToSubscriptionAdministrator =
        slotOf<bool>(email["sendToSubscriptionAdministrator"], boolOf);
    out.sendToSubscriptionCoAdministrators =
        slotOf<bool>(email["sendToSubscriptionCoAdministrators"], boolOf);
    out.customEmails = stringsOf(email["customEmails"]);
    notification.email = std::move(out);
  }
  const Node webhooks = node["webhooks"];
  for (std::size_t i = 0; i < webhooks.size(); ++i) {
    WebhookNotification webhook;
    webhook.serviceUri = stringOf(webhooks[i]["serviceUri"]);
    if (const Node properties = webhooks[i]["properties"];
        properties && properties.value->is_object()) {
      for (const auto& [key, value] : properties.value->items()) {
        webhook.properties.emplace_back(key, stringOf(Node{&value}));
      }
    }
    notification.webhooks.push_back(std::move(webhook));
  }
  return notification;
}

}  // namespace

std::optional<PairedProfileName> decodePairedProfileName(std::string_view profileName) {
  if (profileName.empty() || profileName.front() != '{') return std::nullopt;
  const Json decoded = Json::parse(profileName, nullptr, false);
  if (!decoded.is_object()) return std::nullopt;
  const Json* name = findMember(decoded, "name");
  const Json* forProfile = findMember(decoded, "for");
  if (!name || !forProfile || !name->is_string() || !forProfile->is_string()) return std::nullopt;
  return PairedProfileName{name->get<std::string>(), forProfile->get<std::string>()};
}

AutoscaleSetting readSetting(const Json& root, const SettingLocation& location) {
  AutoscaleSetting setting;
  setting.jsonPath = location.resource.toString();
  setting.propertiesJsonPath = location.properties.toString();
  const Node resource = nodeAt(root, location.resource);
  if (!resource) return setting;
  if (!(location.resource == location.properties)) {
    setting.id = stringOf(resource["id"]);
    setting.resourceName = stringOf(resource["name"]);
    setting.type = stringOf(resource["type"]);
    setting.location = stringOf(resource["location"]);
    if (const Node tags = resource["tags"]; tags && tags.value->is_object()) {
      for (const auto& [key, value] : tags.value->items()) {
        setting.tags.emplace_back(key, stringOf(Node{&value}));
      }
    }
  }
  const Node properties = nodeAt(root, location.properties);
  if (!properties || !properties.value->is_object()) return setting;
  setting.name = stringOf(properties["name"]);
  const Node profiles = properties["profiles"];
  const std::string profilesPath = memberPath(setting.propertiesJsonPath, properties, "profiles");
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    setting.profiles.push_back(readProfile(profiles[i], elementPath(profilesPath, i)));
  }
  const Node notifications = properties["notifications"];
  const std::string notificationsPath =
      memberPath(setting.propertiesJsonPath, properties, "notifications");
  for (std::size_t i = 0; i < notifications.size(); ++i) {
    setting.notifications.push_back(
        readNotification(notifications[i], elementPath(notificationsPath, i)));
  }
  setting.enabled = slotOf<bool>(properties["enabled"], boolOf);
  if (const Node policy = properties["predictiveAutoscalePolicy"];
      policy && policy.value->is_object()) {
    PredictiveAutoscalePolicy out;
    out.scaleMode =
        slotOf<PredictiveScaleMode>(policy["scaleMode"], enumOf(parsePredictiveScaleMode));
    out.scaleLookAheadSeconds = slotOf<long long>(policy["scaleLookAheadTime"], durationSecondsOf);
    setting.predictiveAutoscalePolicy = std::move(out);
  }
  setting.targetResourceUri = stringOf(properties["targetResourceUri"]);
  setting.targetResourceLocation = stringOf(properties["targetResourceLocation"]);
  return setting;
}

}  // namespace autoscale::models
