#include "backend/exporters/armtemplateexporter.h"

#include "backend/exporters/parameterplan.h"
#include "backend/exporters/textquoting.h"

namespace autoscale::backend {
namespace {

std::string parameterExpression(const std::string& name, bool asString) {
  const std::string reference = "parameters('" + name + "')";
  return "[" + (asString ? "string(" + reference + ")" : reference) + "]";
}

// Copies `value` with parameter references at the planned places and ARM-escaped literals.
Json templateValue(const Json& value, const Json::json_pointer& pointer,
                   const ParameterPlan& plan) {
  if (const ParameterUse* use = plan.useAt(pointer)) {
    return parameterExpression(use->parameter, use->asString);
  }
  if (value.is_string()) return armLiteral(value.get_ref<const std::string&>());
  if (value.is_object()) {
    Json out = Json::object();
    for (auto it = value.begin(); it != value.end(); ++it) {
      out[it.key()] = templateValue(it.value(), pointer / it.key(), plan);
    }
    return out;
  }
  if (value.is_array()) {
    Json out = Json::array();
    for (std::size_t i = 0; i < value.size(); ++i) {
      out.push_back(templateValue(value[i], pointer / i, plan));
    }
    return out;
  }
  return value;
}

Json templateParameters(const ParameterPlan& plan) {
  Json parameters = Json::object();
  for (const auto& parameter : plan.parameters) {
    Json entry = Json::object();
    entry["type"] = parameter.type == ParameterType::Int ? "int" : "string";
    entry["defaultValue"] = parameter.defaultsToResourceGroupLocation
                                ? Json("[resourceGroup().location]")
                                : (parameter.defaultValue.is_string()
                                       ? Json(armLiteral(parameter.defaultValue.get<std::string>()))
                                       : parameter.defaultValue);
    if (parameter.type == ParameterType::Int) {
      entry["minValue"] = 0;
      entry["maxValue"] = 1000;
    }
    entry["metadata"] = Json{{"description", parameter.description}};
    parameters[parameter.name] = std::move(entry);
  }
  return parameters;
}

}  // namespace

bool isReadOnlyEnvelopeKey(std::string_view key) {
  return equalsIgnoringCase(key, "id") || equalsIgnoringCase(key, "systemData") ||
         equalsIgnoringCase(key, "type");
}

models::Result<ExportResult> exportArmTemplate(const nlohmann::ordered_json& resource) {
  auto outline = outlineSetting(resource);
  if (!outline) return outline.error();
  const ParameterPlan plan = planParameters(*outline);

  Json templateResource = Json::object();
  templateResource["type"] = kAutoscaleResourceType;
  templateResource["apiVersion"] = kAutoscaleApiVersion;
  templateResource["name"] = parameterExpression(kNameParameter, false);
  templateResource["location"] = parameterExpression(kLocationParameter, false);
  for (auto it = resource.begin(); it != resource.end(); ++it) {
    const std::string& key = it.key();
    if (isReadOnlyEnvelopeKey(key) || equalsIgnoringCase(key, "name") ||
        equalsIgnoringCase(key, "location") || equalsIgnoringCase(key, "apiVersion")) {
      continue;
    }
    templateResource[key] = templateValue(it.value(), Json::json_pointer() / key, plan);
  }

  Json document = Json::object();
  document["$schema"] =
      "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
  document["contentVersion"] = "1.0.0.0";
  document["parameters"] = templateParameters(plan);
  document["resources"] = Json::array({std::move(templateResource)});

  ExportResult result;
  result.text = document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  return result;
}

}  // namespace autoscale::backend
