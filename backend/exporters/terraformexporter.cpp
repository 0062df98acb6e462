#include "backend/exporters/terraformexporter.h"

#include <cctype>

#include "backend/exporters/durationtext.h"
#include "backend/exporters/exportnotes.h"
#include "backend/exporters/hclwriter.h"
#include "backend/exporters/settingoutline.h"
#include "backend/exporters/textquoting.h"
#include "models/setting/autoscalesetting.h"

namespace autoscale::backend {
namespace {

constexpr std::string_view kTarget = "azurerm_monitor_autoscale_setting";

std::string resourceLabel(std::string_view name) {
  std::string label;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    label += std::isalnum(u) || c == '_' || c == '-' ? static_cast<char>(std::tolower(u)) : '_';
  }
  if (label.empty() ||
      !(std::isalpha(static_cast<unsigned char>(label.front())) || label.front() == '_')) {
    label = "autoscale_" + label;
  }
  return label;
}

std::string hclList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out + "]";
}

class TerraformExporter final {
 public:
  explicit TerraformExporter(const SettingOutline& outline) : m_outline(outline) {}

  ExportResult run() {
    const Json& resource = *m_outline.resource;
    const Json& properties = *m_outline.properties;
    noteUnknownKeys(resource,
                    {"id", "name", "type", "location", "tags", "properties", "systemData"},
                    PathText(), kTarget, m_notes);
    noteUnknownKeys(properties,
                    {"profiles", "notifications", "enabled", "predictiveAutoscalePolicy", "name",
                     "targetResourceUri", "targetResourceLocation"},
                    PathText().key("properties"), kTarget, m_notes);

    std::string group = resourceGroupOf(memberString(resource, "id"));
    if (group.empty()) group = resourceGroupOf(m_outline.targetResourceUri);
    m_hcl.openBlock("variable \"resource_group_name\"");
    m_hcl.attribute("type", "string");
    m_hcl.attribute("description", hclString("Resource group of the autoscale setting."));
    m_hcl.attribute("default", hclString(group));
    m_hcl.closeBlock();

    if (m_outline.location.empty()) {
      // No region in the setting (Azure would use the resource group's): the caller gives one.
      m_hcl.openBlock("variable \"location\"");
      m_hcl.attribute("type", "string");
      m_hcl.attribute("description", hclString("Region of the autoscale setting."));
      m_hcl.closeBlock();
    }

    m_hcl.openBlock("resource \"azurerm_monitor_autoscale_setting\" \"" +
                    resourceLabel(m_outline.name) + "\"");
    m_hcl.attribute("name", hclString(m_outline.name));
    m_hcl.attribute("resource_group_name", "var.resource_group_name");
    m_hcl.attribute("location",
                    m_outline.location.empty() ? "var.location" : hclString(m_outline.location));
    m_hcl.attribute("target_resource_id", hclString(m_outline.targetResourceUri));
    const Json* enabled = member(properties, "enabled");
    m_hcl.attribute("enabled",
                    enabled && enabled->is_boolean() && !enabled->get<bool>() ? "false" : "true");
    if (!enabled) {
      m_notes.push_back("$.properties.enabled is absent; azurerm writes enabled = true.");
    }
    writeTags(resource);
    writePredictive(properties);
    const auto profiles = memberElements(properties, "profiles");
    for (std::size_t i = 0; i < profiles.size(); ++i) {
      writeProfile(*profiles[i], PathText().key("properties").key("profiles").index(i));
    }
    writeNotification(properties);
    m_hcl.closeBlock();

    ExportResult result;
    std::string header = "# Autoscale setting " + singleLine(m_outline.name) +
                         " as a Terraform azurerm_monitor_autoscale_setting resource.\n";
    for (const auto& note : m_notes) header += "# Not carried over: " + singleLine(note) + "\n";
    result.text = header + "\n" + m_hcl.finish();
    result.notes = std::move(m_notes);
    return result;
  }

 private:
  std::string duration(const Json& object, std::string_view key, const PathText& path) {
    const std::string text = memberString(object, key);
    if (const auto seconds = parseDurationSeconds(text)) return hclString(isoDuration(*seconds));
    m_notes.push_back(path.key(key).str() + " (" + text + ") is no ISO-8601 duration.");
    return hclString(text);
  }

  std::string count(const Json& object, std::string_view key, const PathText& path) {
    const std::string text = scalarText(member(object, key) ? *member(object, key) : Json());
    if (!text.empty() && text.size() < 10 &&
        text.find_first_not_of("0123456789") == std::string::npos) {
      return std::to_string(std::stol(text));
    }
    m_notes.push_back(path.key(key).str() + " (" + text + ") is not a whole number, which " +
                      std::string(kTarget) + " requires.");
    return hclString(text);
  }

  void writeTags(const Json& resource) {
    const Json* tags = member(resource, "tags");
    if (!tags || !tags->is_object() || tags->empty()) return;
    std::vector<std::pair<std::string, std::string>> entries;
    for (auto it = tags->begin(); it != tags->end(); ++it) {
      entries.emplace_back(it.key(), hclString(scalarText(it.value())));
    }
    m_hcl.mapAttribute("tags", entries);
  }

  void writePredictive(const Json& properties) {
    const Json* policy = member(properties, "predictiveAutoscalePolicy");
    if (!policy || !policy->is_object()) return;
    m_hcl.openBlock("predictive");
    m_hcl.attribute("scale_mode", hclString(memberString(*policy, "scaleMode")));
    const Json* lookAhead = member(*policy, "scaleLookAheadTime");
    if (lookAhead && lookAhead->is_string()) {
      m_hcl.attribute("look_ahead_time",
                      duration(*policy, "scaleLookAheadTime",
                               PathText().key("properties").key("predictiveAutoscalePolicy")));
    }
    m_hcl.closeBlock();
  }

  void writeProfile(const Json& profile, const PathText& path) {
    noteUnknownKeys(profile, {"name", "capacity", "rules", "fixedDate", "recurrence"}, path,
                    kTarget, m_notes);
    m_hcl.openBlock("profile");
    m_hcl.attribute("name", hclString(memberString(profile, "name")));
    if (const Json* capacity = member(profile, "capacity")) {
      m_hcl.openBlock("capacity");
      m_hcl.attribute("default", count(*capacity, "default", path.key("capacity")));
      m_hcl.attribute("minimum", count(*capacity, "minimum", path.key("capacity")));
      m_hcl.attribute("maximum", count(*capacity, "maximum", path.key("capacity")));
      m_hcl.closeBlock();
    }
    const auto rules = memberElements(profile, "rules");
    for (std::size_t i = 0; i < rules.size(); ++i) {
      writeRule(*rules[i], path.key("rules").index(i));
    }
    if (const Json* fixedDate = member(profile, "fixedDate")) {
      writeFixedDate(*fixedDate, path.key("fixedDate"));
    }
    if (const Json* recurrence = member(profile, "recurrence")) {
      writeRecurrence(*recurrence, path.key("recurrence"));
    }
    m_hcl.closeBlock();
  }

  void writeRule(const Json& rule, const PathText& path) {
    m_hcl.openBlock("rule");
    if (const Json* trigger = member(rule, "metricTrigger")) {
      writeTrigger(*trigger, path.key("metricTrigger"));
    }
    if (const Json* action = member(rule, "scaleAction")) {
      writeAction(*action, path.key("scaleAction"));
    }
    m_hcl.closeBlock();
  }

  void writeTrigger(const Json& trigger, const PathText& path) {
    noteUnknownKeys(trigger,
                    {"metricName", "metricNamespace", "metricResourceUri", "timeGrain", "statistic",
                     "timeWindow", "timeAggregation", "operator", "threshold", "dimensions",
                     "dividePerInstance"},
                    path, kTarget, m_notes);
    m_hcl.openBlock("metric_trigger");
    m_hcl.attribute("metric_name", hclString(memberString(trigger, "metricName")));
    m_hcl.attribute("metric_resource_id", hclString(memberString(trigger, "metricResourceUri")));
    const std::string metricNamespace = memberString(trigger, "metricNamespace");
    if (!metricNamespace.empty()) m_hcl.attribute("metric_namespace", hclString(metricNamespace));
    m_hcl.attribute("time_grain", duration(trigger, "timeGrain", path));
    const std::string statistic = memberString(trigger, "statistic");
    const auto parsedStatistic = models::parseMetricStatistic(statistic);
    if (parsedStatistic == models::MetricStatistic::Count) {
      m_notes.push_back(path.key("statistic").str() +
                        " is Count, which azurerm does not accept (Average, Min, Max, Sum).");
    }
    m_hcl.attribute("statistic",
                    hclString(parsedStatistic ? models::toString(*parsedStatistic) : statistic));
    m_hcl.attribute("time_window", duration(trigger, "timeWindow", path));
    const std::string aggregation = memberString(trigger, "timeAggregation");
    const auto parsedAggregation = models::parseTimeAggregation(aggregation);
    m_hcl.attribute(
        "time_aggregation",
        hclString(parsedAggregation ? models::toString(*parsedAggregation) : aggregation));
    const std::string op = memberString(trigger, "operator");
    const auto parsedOperator = models::parseComparisonOperator(op);
    m_hcl.attribute("operator", hclString(parsedOperator ? models::toString(*parsedOperator) : op));
    const Json* threshold = member(trigger, "threshold");
    if (threshold && threshold->is_number()) {
      m_hcl.attribute("threshold", threshold->dump());
    } else {
      m_notes.push_back(path.key("threshold").str() + " is not a number.");
      m_hcl.attribute("threshold", hclString(threshold ? scalarText(*threshold) : ""));
    }
    if (const Json* divide = member(trigger, "dividePerInstance"); divide && divide->is_boolean()) {
      m_hcl.attribute("divide_by_instance_count", divide->get<bool>() ? "true" : "false");
    }
    const auto dimensions = memberElements(trigger, "dimensions");
    for (const Json* dimension : dimensions) {
      m_hcl.openBlock("dimensions");
      m_hcl.attribute("name", hclString(memberString(*dimension, "DimensionName")));
      const auto parsed = models::parseDimensionOperator(memberString(*dimension, "Operator"));
      m_hcl.attribute("operator", hclString(parsed ? models::toString(*parsed)
                                                   : memberString(*dimension, "Operator")));
      std::vector<std::string> values;
      for (const Json* value : memberElements(*dimension, "Values")) {
        values.push_back(hclString(scalarText(*value)));
      }
      m_hcl.attribute("values", hclList(values));
      m_hcl.closeBlock();
    }
    m_hcl.closeBlock();
  }

  void writeAction(const Json& action, const PathText& path) {
    m_hcl.openBlock("scale_action");
    const std::string direction = memberString(action, "direction");
    const auto parsedDirection = models::parseScaleDirection(direction);
    const auto parsedType = models::parseScaleType(memberString(action, "type"));
    std::string directionText = parsedDirection ? models::toString(*parsedDirection) : direction;
    if (parsedDirection == models::ScaleDirection::None) {
      // azurerm accepts only Increase and Decrease; ExactCount ignores the direction.
      directionText = "Increase";
      m_notes.push_back(path.key("direction").str() +
                        " is None, which azurerm does not accept; written as Increase" +
                        (parsedType == models::ScaleType::ExactCount
                             ? " (ExactCount ignores the direction)."
                             : "."));
    }
    m_hcl.attribute("direction", hclString(directionText));
    m_hcl.attribute("type", hclString(parsedType ? models::toString(*parsedType)
                                                 : memberString(action, "type")));
    if (member(action, "value")) {
      m_hcl.attribute("value", count(action, "value", path));
    } else {
      m_hcl.attribute("value", "1");  // the API's documented default
    }
    m_hcl.attribute("cooldown", duration(action, "cooldown", path));
    m_hcl.closeBlock();
  }

  std::string rfc3339(const Json& window, std::string_view key, const PathText& path) {
    std::string text = memberString(window, key);
    const bool hasOffset = text.size() > 19 && (text.back() == 'Z' || text.back() == 'z' ||
                                                text.find_first_of("+-", 19) != std::string::npos);
    if (!hasOffset) {
      m_notes.push_back(path.key(key).str() + " (" + text +
                        ") has no UTC offset, which azurerm requires; written with Z.");
      text += "Z";
    }
    return hclString(text);
  }

  void writeFixedDate(const Json& window, const PathText& path) {
    m_hcl.openBlock("fixed_date");
    const std::string zone = memberString(window, "timeZone");
    if (!zone.empty()) m_hcl.attribute("timezone", hclString(zone));
    m_hcl.attribute("start", rfc3339(window, "start", path));
    m_hcl.attribute("end", rfc3339(window, "end", path));
    m_hcl.closeBlock();
  }

  std::string firstNumber(const Json& schedule, std::string_view key, const PathText& path) {
    const auto values = memberElements(schedule, key);
    if (values.size() > 1) {
      m_notes.push_back(path.key(key).str() + " holds " + std::to_string(values.size()) +
                        " values; azurerm takes one, the first is written.");
    }
    return values.empty() ? "0" : scalarText(*values.front());
  }

  void writeRecurrence(const Json& recurrence, const PathText& path) {
    const Json* schedule = member(recurrence, "schedule");
    if (!schedule) return;
    const PathText schedulePath = path.key("schedule");
    m_hcl.openBlock("recurrence");
    m_hcl.attribute("timezone", hclString(memberString(*schedule, "timeZone")));
    std::vector<std::string> days;
    for (const Json* day : memberElements(*schedule, "days")) {
      const std::string text = scalarText(*day);
      const auto name = dayName(text);
      if (name && *name != text) {
        m_notes.push_back(schedulePath.key("days").str() + " holds \"" + text + "\", written as " +
                          *name + " (azurerm takes day names).");
      }
      days.push_back(hclString(name ? *name : text));
    }
    m_hcl.attribute("days", hclList(days));
    m_hcl.attribute("hours", "[" + firstNumber(*schedule, "hours", schedulePath) + "]");
    m_hcl.attribute("minutes", "[" + firstNumber(*schedule, "minutes", schedulePath) + "]");
    m_hcl.closeBlock();
  }

  void writeNotification(const Json& properties) {
    const auto notifications = memberElements(properties, "notifications");
    if (notifications.empty()) return;
    if (notifications.size() > 1) {
      m_notes.push_back("$.properties.notifications holds " + std::to_string(notifications.size()) +
                        " notifications; azurerm takes one, the first is written.");
    }
    const Json& notification = *notifications.front();
    const Json* email = member(notification, "email");
    const auto webhooks = memberElements(notification, "webhooks");
    if (!email && webhooks.empty()) return;
    m_hcl.openBlock("notification");
    if (email && email->is_object()) {
      m_hcl.openBlock("email");
      const Json* admin = member(*email, "sendToSubscriptionAdministrator");
      const Json* coAdmin = member(*email, "sendToSubscriptionCoAdministrators");
      m_hcl.attribute("send_to_subscription_administrator",
                      admin && admin->is_boolean() && admin->get<bool>() ? "true" : "false");
      m_hcl.attribute("send_to_subscription_co_administrator",
                      coAdmin && coAdmin->is_boolean() && coAdmin->get<bool>() ? "true" : "false");
      std::vector<std::string> emails;
      for (const Json* address : memberElements(*email, "customEmails")) {
        emails.push_back(hclString(scalarText(*address)));
      }
      m_hcl.attribute("custom_emails", hclList(emails));
      m_hcl.closeBlock();
    }
    for (const Json* webhook : webhooks) {
      m_hcl.openBlock("webhook");
      m_hcl.attribute("service_uri", hclString(memberString(*webhook, "serviceUri")));
      const Json* bag = member(*webhook, "properties");
      if (bag && bag->is_object() && !bag->empty()) {
        std::vector<std::pair<std::string, std::string>> entries;
        for (auto it = bag->begin(); it != bag->end(); ++it) {
          entries.emplace_back(it.key(), hclString(scalarText(it.value())));
        }
        m_hcl.mapAttribute("properties", entries);
      }
      m_hcl.closeBlock();
    }
    m_hcl.closeBlock();
  }

  const SettingOutline& m_outline;
  HclWriter m_hcl;
  std::vector<std::string> m_notes;
};

}  // namespace

models::Result<ExportResult> exportTerraform(const nlohmann::ordered_json& resource) {
  auto outline = outlineSetting(resource);
  if (!outline) return outline.error();
  return TerraformExporter(*outline).run();
}

}  // namespace autoscale::backend
