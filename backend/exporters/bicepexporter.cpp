#include "backend/exporters/bicepexporter.h"

#include <cctype>

#include "backend/exporters/armtemplateexporter.h"
#include "backend/exporters/parameterplan.h"
#include "backend/exporters/textquoting.h"

namespace autoscale::backend {
namespace {

bool isBicepIdentifier(std::string_view key) {
  if (key.empty() || std::isdigit(static_cast<unsigned char>(key.front()))) return false;
  for (char c : key) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

class BicepWriter final {
 public:
  explicit BicepWriter(const ParameterPlan& plan) : m_plan(plan) {}

  void writeValue(const Json& value, const Json::json_pointer& pointer, int indent) {
    if (const ParameterUse* use = m_plan.useAt(pointer)) {
      m_out += use->asString ? "string(" + use->parameter + ")" : use->parameter;
      return;
    }
    switch (value.type()) {
      case Json::value_t::object:
        writeObject(value, pointer, indent);
        return;
      case Json::value_t::array:
        writeArray(value, pointer, indent);
        return;
      case Json::value_t::string: {
        const auto& text = value.get_ref<const std::string&>();
        if (isArmExpression(text)) {
          m_notes.push_back(pointer.to_string() + " holds the ARM expression " + text +
                            ", which Bicep keeps as a literal string.");
        }
        m_out += bicepString(text);
        return;
      }
      case Json::value_t::number_float:
        // Bicep has no literal for non-integers; json() keeps the number and its spelling.
        m_out += "json('" + value.dump() + "')";
        return;
      default:
        m_out += value.dump();
        return;
    }
  }

  void writeMember(std::string_view key, const std::string& valueText, int indent) {
    m_out += std::string(indent, ' ') + memberKey(key) + ": " + valueText + "\n";
  }

  void writeMemberValue(const std::string& key, const Json& value,
                        const Json::json_pointer& pointer, int indent) {
    m_out += std::string(indent, ' ') + memberKey(key) + ": ";
    writeValue(value, pointer, indent);
    m_out += "\n";
  }

  std::string& out() { return m_out; }
  std::vector<std::string>& notes() { return m_notes; }

 private:
  static std::string memberKey(std::string_view key) {
    return isBicepIdentifier(key) ? std::string(key) : bicepString(key);
  }

  void writeObject(const Json& value, const Json::json_pointer& pointer, int indent) {
    if (value.empty()) {
      m_out += "{}";
      return;
    }
    m_out += "{\n";
    for (auto it = value.begin(); it != value.end(); ++it) {
      writeMemberValue(it.key(), it.value(), pointer / it.key(), indent + 2);
    }
    m_out += std::string(indent, ' ') + "}";
  }

  void writeArray(const Json& value, const Json::json_pointer& pointer, int indent) {
    if (value.empty()) {
      m_out += "[]";
      return;
    }
    m_out += "[\n";
    for (std::size_t i = 0; i < value.size(); ++i) {
      m_out += std::string(indent + 2, ' ');
      writeValue(value[i], pointer / i, indent + 2);
      m_out += "\n";
    }
    m_out += std::string(indent, ' ') + "]";
  }

  const ParameterPlan& m_plan;
  std::string m_out;
  std::vector<std::string> m_notes;
};

void writeParameters(const ParameterPlan& plan, std::string& out) {
  for (const auto& parameter : plan.parameters) {
    out += "@description(" + bicepString(parameter.description) + ")\n";
    std::string defaultText;
    if (parameter.type == ParameterType::Int) {
      out += "@minValue(0)\n@maxValue(1000)\n";
      defaultText = parameter.defaultValue.dump();
    } else if (parameter.defaultsToResourceGroupLocation) {
      defaultText = "resourceGroup().location";
    } else {
      defaultText = bicepString(parameter.defaultValue.get<std::string>());
    }
    out += "param " + parameter.name + (parameter.type == ParameterType::Int ? " int" : " string") +
           " = " + defaultText + "\n\n";
  }
}

}  // namespace

models::Result<ExportResult> exportBicep(const nlohmann::ordered_json& resource) {
  auto outline = outlineSetting(resource);
  if (!outline) return outline.error();
  const ParameterPlan plan = planParameters(*outline);

  BicepWriter writer(plan);
  std::string& out = writer.out();
  out += "// Autoscale setting " + singleLine(outline->name) + " (" + kAutoscaleResourceType +
         ", api-version " + kAutoscaleApiVersion + ").\n";
  out +=
      "// Deploy: az deployment group create --resource-group <group> --template-file "
      "<this file>\n\n";
  writeParameters(plan, out);
  out += "resource autoscaleSetting '" + std::string(kAutoscaleResourceType) + "@" +
         kAutoscaleApiVersion + "' = {\n";
  writer.writeMember("name", kNameParameter, 2);
  writer.writeMember("location", kLocationParameter, 2);
  for (auto it = resource.begin(); it != resource.end(); ++it) {
    const std::string& key = it.key();
    if (isReadOnlyEnvelopeKey(key) || equalsIgnoringCase(key, "name") ||
        equalsIgnoringCase(key, "location") || equalsIgnoringCase(key, "apiVersion")) {
      continue;
    }
    writer.writeMemberValue(key, it.value(), Json::json_pointer() / key, 2);
  }
  out += "}\n";

  ExportResult result;
  std::string notes;
  for (const auto& note : writer.notes())
    notes += "// Not carried over: " + singleLine(note) + "\n";
  result.text = notes + out;
  result.notes = std::move(writer.notes());
  return result;
}

}  // namespace autoscale::backend
