#include "backend/exporters/pythonexporter.h"

#include <regex>

#include "backend/exporters/durationtext.h"
#include "backend/exporters/exportnotes.h"
#include "backend/exporters/settingoutline.h"
#include "backend/exporters/textquoting.h"

namespace autoscale::backend {
namespace {

constexpr std::string_view kTarget = "the Azure SDK for Python";

// A Python expression: a literal, a call with keyword arguments, or a list.
struct PyValue {
  enum class Kind { Literal, Call, List } kind = Kind::Literal;
  std::string text;  // the literal, or the callee
  std::vector<std::pair<std::string, PyValue>> keywords;
  std::vector<PyValue> items;

  static PyValue literal(std::string text) { return {Kind::Literal, std::move(text), {}, {}}; }
  static PyValue call(std::string callee) { return {Kind::Call, std::move(callee), {}, {}}; }
  static PyValue list() { return {Kind::List, {}, {}, {}}; }
  PyValue& arg(std::string keyword, PyValue value) {
    keywords.emplace_back(std::move(keyword), std::move(value));
    return *this;
  }
};

std::string render(const PyValue& value, int indent) {
  const std::string inner(indent + 4, ' ');
  switch (value.kind) {
    case PyValue::Kind::Literal:
      return value.text;
    case PyValue::Kind::Call: {
      if (value.keywords.empty()) return value.text + "()";
      std::string out = value.text + "(\n";
      for (const auto& [keyword, argument] : value.keywords) {
        out += inner + keyword + "=" + render(argument, indent + 4) + ",\n";
      }
      return out + std::string(indent, ' ') + ")";
    }
    case PyValue::Kind::List: {
      if (value.items.empty()) return "[]";
      std::string out = "[\n";
      for (const auto& item : value.items) out += inner + render(item, indent + 4) + ",\n";
      return out + std::string(indent, ' ') + "]";
    }
  }
  return {};
}

PyValue stringValue(const Json& object, std::string_view key) {
  return PyValue::literal(pythonString(memberString(object, key)));
}

PyValue stringDict(const Json* object) {
  std::string out = "{";
  if (object && object->is_object()) {
    bool first = true;
    for (auto it = object->begin(); it != object->end(); ++it) {
      out += (first ? "" : ", ") + pythonString(it.key()) + ": " +
             pythonString(scalarText(it.value()));
      first = false;
    }
  }
  return PyValue::literal(out + "}");
}

class PythonExporter final {
 public:
  explicit PythonExporter(const SettingOutline& outline) : m_outline(outline) {}

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

    PyValue setting = PyValue::call("AutoscaleSettingResource");
    if (m_outline.location.empty()) {
      m_notes.push_back("The setting has no location; the script reads it from AZURE_LOCATION.");
      setting.arg("location", PyValue::literal("os.environ[\"AZURE_LOCATION\"]"));
    } else {
      setting.arg("location", PyValue::literal(pythonString(m_outline.location)));
    }
    if (const Json* tags = member(resource, "tags"); tags && tags->is_object()) {
      setting.arg("tags", stringDict(tags));
    }
    const Json* enabled = member(properties, "enabled");
    setting.arg("enabled", PyValue::literal(enabled && enabled->is_boolean() && enabled->get<bool>()
                                                ? "True"
                                                : "False"));
    if (member(properties, "name"))
      setting.arg("name_properties_name", stringValue(properties, "name"));
    setting.arg("target_resource_uri", stringValue(properties, "targetResourceUri"));
    if (!memberString(properties, "targetResourceLocation").empty()) {
      setting.arg("target_resource_location", stringValue(properties, "targetResourceLocation"));
    }
    if (const Json* policy = member(properties, "predictiveAutoscalePolicy");
        policy && policy->is_object()) {
      PyValue value = PyValue::call("PredictiveAutoscalePolicy");
      value.arg("scale_mode", stringValue(*policy, "scaleMode"));
      if (!memberString(*policy, "scaleLookAheadTime").empty()) {
        value.arg("scale_look_ahead_time",
                  duration(*policy, "scaleLookAheadTime",
                           PathText().key("properties").key("predictiveAutoscalePolicy")));
      }
      setting.arg("predictive_autoscale_policy", std::move(value));
    }
    PyValue profiles = PyValue::list();
    for (const auto& profile : m_outline.profiles) {
      profiles.items.push_back(profileValue(
          *profile.json, PathText().key("properties").key("profiles").index(profile.index)));
    }
    setting.arg("profiles", std::move(profiles));
    const auto notifications = memberElements(properties, "notifications");
    if (member(properties, "notifications")) {
      PyValue list = PyValue::list();
      for (std::size_t i = 0; i < notifications.size(); ++i) {
        list.items.push_back(notificationValue(
            *notifications[i], PathText().key("properties").key("notifications").index(i)));
      }
      setting.arg("notifications", std::move(list));
    }

    std::string group = resourceGroupOf(memberString(resource, "id"));
    if (group.empty()) group = resourceGroupOf(m_outline.targetResourceUri);
    ExportResult result;
    result.text = header() + "SUBSCRIPTION_ID = os.environ[\"AZURE_SUBSCRIPTION_ID\"]\n" +
                  "RESOURCE_GROUP = os.environ.get(\"RESOURCE_GROUP\", " + pythonString(group) +
                  ")\nSETTING_NAME = " + pythonString(m_outline.name) +
                  "\n\nSETTING = " + render(setting, 0) + "\n\n" + footer();
    result.notes = std::move(m_notes);
    return result;
  }

 private:
  std::string header() const {
    std::string out =
        "#!/usr/bin/env python3\n"
        "# Autoscale setting " +
        singleLine(m_outline.name) +
        " for the Azure SDK for Python (azure-mgmt-monitor).\n"
        "# Needs: pip install azure-identity azure-mgmt-monitor; AZURE_SUBSCRIPTION_ID set.\n";
    for (const auto& text : m_notes) out += "# Not carried over: " + singleLine(text) + "\n";
    out +=
        "import os\n"
        "from datetime import datetime, timedelta\n\n"
        "from azure.identity import DefaultAzureCredential\n"
        "from azure.mgmt.monitor import MonitorManagementClient\n"
        "from azure.mgmt.monitor.models import (\n"
        "    AutoscaleNotification,\n"
        "    AutoscaleProfile,\n"
        "    AutoscaleSettingResource,\n"
        "    EmailNotification,\n"
        "    MetricTrigger,\n"
        "    PredictiveAutoscalePolicy,\n"
        "    Recurrence,\n"
        "    RecurrentSchedule,\n"
        "    ScaleAction,\n"
        "    ScaleCapacity,\n"
        "    ScaleRule,\n"
        "    ScaleRuleMetricDimension,\n"
        "    TimeWindow,\n"
        "    WebhookNotification,\n"
        ")\n\n";
    return out;
  }

  static std::string footer() {
    return "\ndef main() -> None:\n"
           "    client = MonitorManagementClient(DefaultAzureCredential(), SUBSCRIPTION_ID)\n"
           "    result = client.autoscale_settings.create_or_update(\n"
           "        RESOURCE_GROUP, SETTING_NAME, SETTING\n"
           "    )\n"
           "    print(\"created or updated\", result.id)\n\n\n"
           "if __name__ == \"__main__\":\n"
           "    main()\n";
  }

  PyValue duration(const Json& object, std::string_view key, const PathText& path) {
    const std::string text = memberString(object, key);
    const auto seconds = parseDurationSeconds(text);
    if (!seconds) {
      m_notes.push_back(path.key(key).str() + " (" + text + ") is no duration; passed as text.");
      return PyValue::literal(pythonString(text));
    }
    long long rest = *seconds;
    std::string arguments;
    for (const auto& [unit, size] :
         {std::pair{"days", 86400LL}, {"hours", 3600LL}, {"minutes", 60LL}, {"seconds", 1LL}}) {
      if (rest >= size) {
        arguments +=
            (arguments.empty() ? "" : ", ") + std::string(unit) + "=" + std::to_string(rest / size);
        rest %= size;
      }
    }
    return PyValue::literal("timedelta(" + (arguments.empty() ? "0" : arguments) + ")");
  }

  PyValue dateTime(const Json& object, std::string_view key, const PathText& path) {
    static const std::regex isoDateTime(
        "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|z|[+-][0-9]{2}:[0-"
        "9]{2})?");
    std::string text = memberString(object, key);
    if (!std::regex_match(text, isoDateTime)) {
      m_notes.push_back(path.key(key).str() + " (" + text +
                        ") is no ISO date-time; passed as text.");
      return PyValue::literal(pythonString(text));
    }
    // fromisoformat() reads a trailing Z only from Python 3.11 on.
    if (text.back() == 'Z' || text.back() == 'z') text = text.substr(0, text.size() - 1) + "+00:00";
    return PyValue::literal("datetime.fromisoformat(" + pythonString(text) + ")");
  }

  PyValue stringList(const Json& object, std::string_view key) {
    PyValue list = PyValue::literal("[");
    bool first = true;
    for (const Json* item : memberElements(object, key)) {
      list.text += (first ? "" : ", ") + pythonString(scalarText(*item));
      first = false;
    }
    list.text += "]";
    return list;
  }

  PyValue numberList(const Json& object, std::string_view key) {
    std::string text = "[";
    bool first = true;
    for (const Json* item : memberElements(object, key)) {
      text += (first ? "" : ", ") +
              (item->is_number() ? item->dump() : pythonString(scalarText(*item)));
      first = false;
    }
    return PyValue::literal(text + "]");
  }

  PyValue profileValue(const Json& profile, const PathText& path) {
    noteUnknownKeys(profile, {"name", "capacity", "rules", "fixedDate", "recurrence"}, path,
                    kTarget, m_notes);
    PyValue value = PyValue::call("AutoscaleProfile");
    value.arg("name", stringValue(profile, "name"));
    const Json* capacity = member(profile, "capacity");
    PyValue capacityValue = PyValue::call("ScaleCapacity");
    for (const char* key : {"minimum", "maximum", "default"}) {
      const Json* limit = capacity ? member(*capacity, key) : nullptr;
      capacityValue.arg(key, PyValue::literal(pythonString(limit ? scalarText(*limit) : "")));
    }
    value.arg("capacity", std::move(capacityValue));
    PyValue rules = PyValue::list();
    const auto ruleElements = memberElements(profile, "rules");
    for (std::size_t i = 0; i < ruleElements.size(); ++i) {
      rules.items.push_back(ruleValue(*ruleElements[i], path.key("rules").index(i)));
    }
    value.arg("rules", std::move(rules));
    if (const Json* window = member(profile, "fixedDate")) {
      PyValue timeWindow = PyValue::call("TimeWindow");
      if (member(*window, "timeZone"))
        timeWindow.arg("time_zone", stringValue(*window, "timeZone"));
      timeWindow.arg("start", dateTime(*window, "start", path.key("fixedDate")));
      timeWindow.arg("end", dateTime(*window, "end", path.key("fixedDate")));
      value.arg("fixed_date", std::move(timeWindow));
    }
    if (const Json* recurrence = member(profile, "recurrence")) {
      const Json* schedule = member(*recurrence, "schedule");
      PyValue scheduleValue = PyValue::call("RecurrentSchedule");
      if (schedule) {
        scheduleValue.arg("time_zone", stringValue(*schedule, "timeZone"));
        scheduleValue.arg("days", stringList(*schedule, "days"));
        scheduleValue.arg("hours", numberList(*schedule, "hours"));
        scheduleValue.arg("minutes", numberList(*schedule, "minutes"));
      }
      PyValue recurrenceValue = PyValue::call("Recurrence");
      recurrenceValue.arg("frequency", stringValue(*recurrence, "frequency"));
      recurrenceValue.arg("schedule", std::move(scheduleValue));
      value.arg("recurrence", std::move(recurrenceValue));
    }
    return value;
  }

  PyValue ruleValue(const Json& rule, const PathText& path) {
    noteUnknownKeys(rule, {"metricTrigger", "scaleAction"}, path, kTarget, m_notes);
    PyValue value = PyValue::call("ScaleRule");
    const Json empty = Json::object();
    const Json* triggerJson = member(rule, "metricTrigger");
    const Json& trigger = triggerJson ? *triggerJson : empty;
    const PathText triggerPath = path.key("metricTrigger");
    noteUnknownKeys(trigger,
                    {"metricName", "metricNamespace", "metricResourceUri", "metricResourceLocation",
                     "timeGrain", "statistic", "timeWindow", "timeAggregation", "operator",
                     "threshold", "dimensions", "dividePerInstance"},
                    triggerPath, kTarget, m_notes);
    PyValue triggerValue = PyValue::call("MetricTrigger");
    triggerValue.arg("metric_name", stringValue(trigger, "metricName"));
    if (member(trigger, "metricNamespace")) {
      triggerValue.arg("metric_namespace", stringValue(trigger, "metricNamespace"));
    }
    triggerValue.arg("metric_resource_uri", stringValue(trigger, "metricResourceUri"));
    if (member(trigger, "metricResourceLocation")) {
      triggerValue.arg("metric_resource_location", stringValue(trigger, "metricResourceLocation"));
    }
    triggerValue.arg("time_grain", duration(trigger, "timeGrain", triggerPath));
    triggerValue.arg("statistic", stringValue(trigger, "statistic"));
    triggerValue.arg("time_window", duration(trigger, "timeWindow", triggerPath));
    triggerValue.arg("time_aggregation", stringValue(trigger, "timeAggregation"));
    triggerValue.arg("operator", stringValue(trigger, "operator"));
    const Json* threshold = member(trigger, "threshold");
    if (threshold && threshold->is_number()) {
      triggerValue.arg("threshold", PyValue::literal(threshold->dump()));
    } else {
      m_notes.push_back(triggerPath.key("threshold").str() + " is not a number.");
      triggerValue.arg("threshold",
                       PyValue::literal(pythonString(threshold ? scalarText(*threshold) : "")));
    }
    const auto dimensions = memberElements(trigger, "dimensions");
    if (member(trigger, "dimensions")) {
      PyValue list = PyValue::list();
      for (const Json* dimension : dimensions) {
        PyValue item = PyValue::call("ScaleRuleMetricDimension");
        item.arg("dimension_name", stringValue(*dimension, "DimensionName"));
        item.arg("operator", stringValue(*dimension, "Operator"));
        item.arg("values", stringList(*dimension, "Values"));
        list.items.push_back(std::move(item));
      }
      triggerValue.arg("dimensions", std::move(list));
    }
    if (const Json* divide = member(trigger, "dividePerInstance"); divide && divide->is_boolean()) {
      triggerValue.arg("divide_per_instance",
                       PyValue::literal(divide->get<bool>() ? "True" : "False"));
    }
    value.arg("metric_trigger", std::move(triggerValue));

    const Json* actionJson = member(rule, "scaleAction");
    const Json& action = actionJson ? *actionJson : empty;
    noteUnknownKeys(action, {"direction", "type", "value", "cooldown"}, path.key("scaleAction"),
                    kTarget, m_notes);
    PyValue actionValue = PyValue::call("ScaleAction");
    actionValue.arg("direction", stringValue(action, "direction"));
    actionValue.arg("type", stringValue(action, "type"));
    if (const Json* amount = member(action, "value")) {
      actionValue.arg("value", PyValue::literal(pythonString(scalarText(*amount))));
    }
    actionValue.arg("cooldown", duration(action, "cooldown", path.key("scaleAction")));
    value.arg("scale_action", std::move(actionValue));
    return value;
  }

  PyValue notificationValue(const Json& notification, const PathText& path) {
    noteUnknownKeys(notification, {"operation", "email", "webhooks"}, path, kTarget, m_notes);
    if (!equalsIgnoringCase(memberString(notification, "operation"), "scale")) {
      m_notes.push_back(path.key("operation").str() +
                        " becomes Scale, the only operation the SDK has.");
    }
    PyValue value = PyValue::call("AutoscaleNotification");
    if (const Json* email = member(notification, "email"); email && email->is_object()) {
      PyValue emailValue = PyValue::call("EmailNotification");
      for (const auto& [key, keyword] :
           {std::pair{"sendToSubscriptionAdministrator", "send_to_subscription_administrator"},
            {"sendToSubscriptionCoAdministrators", "send_to_subscription_co_administrators"}}) {
        const Json* flag = member(*email, key);
        if (flag && flag->is_boolean()) {
          emailValue.arg(keyword, PyValue::literal(flag->get<bool>() ? "True" : "False"));
        }
      }
      if (member(*email, "customEmails"))
        emailValue.arg("custom_emails", stringList(*email, "customEmails"));
      value.arg("email", std::move(emailValue));
    }
    if (member(notification, "webhooks")) {
      PyValue list = PyValue::list();
      for (const Json* webhook : memberElements(notification, "webhooks")) {
        PyValue item = PyValue::call("WebhookNotification");
        item.arg("service_uri", stringValue(*webhook, "serviceUri"));
        if (const Json* bag = member(*webhook, "properties"))
          item.arg("properties", stringDict(bag));
        list.items.push_back(std::move(item));
      }
      value.arg("webhooks", std::move(list));
    }
    return value;
  }

  const SettingOutline& m_outline;
  std::vector<std::string> m_notes;
};

}  // namespace

models::Result<ExportResult> exportPython(const nlohmann::ordered_json& resource) {
  auto outline = outlineSetting(resource);
  if (!outline) return outline.error();
  return PythonExporter(*outline).run();
}

}  // namespace autoscale::backend
