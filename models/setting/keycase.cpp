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

}  // namespace

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
