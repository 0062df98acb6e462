#include "models/setting/keycase.h"

#include <array>
#include <cctype>

#include "models/setting/jsonaccess.h"

namespace autoscale::models {
namespace {

constexpr std::array<std::string_view, 55> kSchemaKeys{"id",
                                                       "name",
                                                       "type",
                                                       "location",
                                                       "tags",
                                                       "properties",
                                                       "systemData",
                                                       "profiles",
                                                       "notifications",
                                                       "enabled",
                                                       "predictiveAutoscalePolicy",
                                                       "targetResourceUri",
                                                       "targetResourceLocation",
                                                       "capacity",
                                                       "rules",
                                                       "fixedDate",
                                                       "recurrence",
                                                       "minimum",
                                                       "maximum",
                                                       "default",
                                                       "metricTrigger",
                                                       "scaleAction",
                                                       "metricName",
                                                       "metricNamespace",
                                                       "metricResourceUri",
                                                       "metricResourceLocation",
                                                       "timeGrain",
                                                       "statistic",
                                                       "timeWindow",
                                                       "timeAggregation",
                                                       "operator",
                                                       "threshold",
                                                       "dimensions",
                                                       "dividePerInstance",
                                                       "DimensionName",
                                                       "Values",
                                                       "direction",
                                                       "value",
                                                       "cooldown",
                                                       "timeZone",
                                                       "start",
                                                       "end",
                                                       "frequency",
                                                       "schedule",
                                                       "days",
                                                       "hours",
                                                       "minutes",
                                                       "scaleMode",
                                                       "scaleLookAheadTime",
                                                       "operation",
                                                       "email",
                                                       "webhooks",
                                                       "sendToSubscriptionAdministrator",
                                                       "sendToSubscriptionCoAdministrators",
                                                       "customEmails"};

enum class CaseStyle { Upper, Lower, Mixed };

CaseStyle siblingStyle(const nlohmann::ordered_json& object) {
  bool upper = false;
  bool lower = false;
  for (const auto& [key, value] : object.items()) {
    if (key.empty() || !std::isalpha(static_cast<unsigned char>(key.front()))) continue;
    (std::isupper(static_cast<unsigned char>(key.front())) ? upper : lower) = true;
  }
  if (upper == lower) return CaseStyle::Mixed;
  return upper ? CaseStyle::Upper : CaseStyle::Lower;
}

// The style of the keys an array's elements use (its first object element decides).
CaseStyle containerStyle(const nlohmann::ordered_json& container) {
  if (container.is_object()) return siblingStyle(container);
  if (container.is_array()) {
    for (const auto& element : container) {
      if (element.is_object() && !element.empty()) return siblingStyle(element);
    }
  }
  return CaseStyle::Mixed;
}

nlohmann::ordered_json capitalised(const nlohmann::ordered_json& value) {
  if (value.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& element : value) out.push_back(capitalised(element));
    return out;
  }
  if (!value.is_object()) return value;
  // A webhook's property bag holds user keys, like tags do.
  const bool isWebhook = findMember(value, "serviceUri") != nullptr;
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const auto& [key, child] : value.items()) {
    std::string name = key;
    if (isSchemaKey(name) && !name.empty()) {
      name.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(name.front())));
    }
    const bool userMap =
        equalsIgnoringCase(key, "tags") || (isWebhook && equalsIgnoringCase(key, "properties"));
    out[name] = userMap ? child : capitalised(child);
  }
  return out;
}

}  // namespace

nlohmann::ordered_json adaptValueKeys(const nlohmann::ordered_json& value,
                                      const nlohmann::ordered_json& destination) {
  if (!value.is_structured() || containerStyle(destination) != CaseStyle::Upper) return value;
  return capitalised(value);
}

bool isSchemaKey(std::string_view key) {
  if (equalsIgnoringCase(key, "serviceUri")) return true;
  for (std::string_view known : kSchemaKeys) {
    if (equalsIgnoringCase(key, known)) return true;
  }
  return false;
}

std::string adaptKeyCase(const std::string& key, const nlohmann::ordered_json& object) {
  if (key.empty() || !object.is_object() || !isSchemaKey(key)) return key;
  std::string out = key;
  const auto first = static_cast<unsigned char>(out.front());
  switch (siblingStyle(object)) {
    case CaseStyle::Upper:
      out.front() = static_cast<char>(std::toupper(first));
      break;
    case CaseStyle::Lower:
      out.front() = static_cast<char>(std::tolower(first));
      break;
    case CaseStyle::Mixed:
      break;
  }
  return out;
}

}  // namespace autoscale::models
