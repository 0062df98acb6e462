#include "backend/importers/armtemplateimporter.h"

#include <cctype>
#include <regex>

#include "backend/exporters/jsonaccess.h"
#include "backend/exporters/textquoting.h"

namespace autoscale::backend {
namespace {

using models::Diagnostic;
using models::Severity;

bool isResourceGroupLocation(const std::string& text) {
  std::string compact;
  for (char c : text) {
    if (c != ' ') compact += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return compact == "[resourcegroup().location]";
}

class Resolver final {
 public:
  Resolver(const Json& armTemplate, const std::map<std::string, Json>& given,
           models::Diagnostics& diagnostics)
      : m_diagnostics(diagnostics) {
    if (const Json* parameters = member(armTemplate, "parameters");
        parameters && parameters->is_object()) {
      for (auto it = parameters->begin(); it != parameters->end(); ++it) {
        if (const Json* value = member(it.value(), "defaultValue")) m_values[it.key()] = *value;
      }
    }
    for (const auto& [name, value] : given) m_values[name] = value;
  }

  Json resolve(const Json& value, const PathText& path) {
    if (value.is_string()) return resolveString(value.get<std::string>(), path);
    if (value.is_object()) {
      Json out = Json::object();
      for (auto it = value.begin(); it != value.end(); ++it) {
        out[it.key()] = resolve(it.value(), path.key(it.key()));
      }
      return out;
    }
    if (value.is_array()) {
      Json out = Json::array();
      for (std::size_t i = 0; i < value.size(); ++i)
        out.push_back(resolve(value[i], path.index(i)));
      return out;
    }
    return value;
  }

 private:
  Json resolveString(const std::string& text, const PathText& path) {
    if (text.rfind("[[", 0) == 0) return text.substr(1);  // an escaped literal
    if (!isArmExpression(text)) return text;
    static const std::regex reference(
        R"(\[\s*(?:(string|int)\s*\(\s*)?parameters\s*\(\s*'([^']*)'\s*\)\s*(\))?\s*\])",
        std::regex::icase);
    std::smatch match;
    if (std::regex_match(text, match, reference) && match[1].matched == match[3].matched) {
      const auto it = m_values.find(match[2].str());
      if (it == m_values.end()) {
        warn(path, "the parameter " + match[2].str() + " has no value; the expression is kept");
        return text;
      }
      const std::string conversion = match[1].str();
      const Json& value = it->second;
      if (equalsIgnoringCase(conversion, "string")) {
        return value.is_string() ? value : Json(value.dump());
      }
      if (equalsIgnoringCase(conversion, "int") && value.is_string()) {
        const Json parsed = Json::parse(value.get<std::string>(), nullptr, false);
        if (parsed.is_number_integer()) return parsed;
      }
      if (value.is_string() && isArmExpression(value.get<std::string>()) &&
          !isResourceGroupLocation(value.get<std::string>())) {
        warn(path, "the parameter " + match[2].str() + " defaults to the expression " +
                       value.get<std::string>() + ", which is kept");
      }
      return value;
    }
    warn(path, "the expression " + text + " cannot be evaluated here; it is kept as text");
    return text;
  }

  void warn(const PathText& path, std::string message) {
    m_diagnostics.push_back(
        Diagnostic{Severity::Warning,
                   "import.armExpression",
                   path.str(),
                   std::move(message),
                   "give the parameter's value, or edit the value in the studio",
                   {}});
  }

  std::map<std::string, Json> m_values;
  models::Diagnostics& m_diagnostics;
};

bool isAutoscaleResource(const Json& resource) {
  return equalsIgnoringCase(memberString(resource, "type"), "Microsoft.Insights/autoscalesettings");
}

// Keys of a template resource that steer the deployment and are no part of the resource.
bool isDeploymentKey(const std::string& key) {
  for (const char* name : {"apiVersion", "dependsOn", "condition", "copy", "comments", "scope",
                           "metadata", "existing"}) {
    if (equalsIgnoringCase(key, name)) return true;
  }
  return false;
}

}  // namespace

bool isArmTemplate(const nlohmann::ordered_json& json) {
  return json.is_object() && member(json, "resources") &&
         (member(json, "$schema") || member(json, "contentVersion"));
}

ArmTemplateImport importArmTemplate(
    const nlohmann::ordered_json& armTemplate,
    const std::map<std::string, nlohmann::ordered_json>& parameterValues) {
  ArmTemplateImport result;
  try {
    const Json* resources = member(armTemplate, "resources");
    if (!resources || !(resources->is_array() || resources->is_object())) {
      result.diagnostics.push_back(
          Diagnostic{Severity::Error,
                     "import.noResources",
                     "$.resources",
                     "the template has no resources",
                     "an ARM template lists its resources under `resources`",
                     {}});
      return result;
    }
    Resolver resolver(armTemplate, parameterValues, result.diagnostics);
    // `resources` is an array, or (languageVersion 2.0) an object of symbolic names.
    std::vector<std::pair<PathText, const Json*>> candidates;
    const PathText base = PathText().key("resources");
    if (resources->is_array()) {
      for (std::size_t i = 0; i < resources->size(); ++i)
        candidates.emplace_back(base.index(i), &(*resources)[i]);
    } else {
      for (auto it = resources->begin(); it != resources->end(); ++it) {
        candidates.emplace_back(base.key(it.key()), &it.value());
      }
    }
    for (const auto& [path, resource] : candidates) {
      if (!isAutoscaleResource(*resource)) continue;
      Json setting = Json::object();
      for (auto it = resource->begin(); it != resource->end(); ++it) {
        if (isDeploymentKey(it.key())) continue;
        Json value = resolver.resolve(it.value(), path.key(it.key()));
        // Deployed to the resource group's region: a region the template does not know, which
        // a settings file leaves out (as an az CLI import without --location does).
        if (equalsIgnoringCase(it.key(), "location") && value.is_string() &&
            isResourceGroupLocation(value.get<std::string>())) {
          continue;
        }
        setting[it.key()] = std::move(value);
      }
      result.settings.push_back(std::move(setting));
    }
    if (result.settings.empty()) {
      result.diagnostics.push_back(
          Diagnostic{Severity::Error,
                     "import.noAutoscaleSetting",
                     "$.resources",
                     "the template holds no Microsoft.Insights/autoscalesettings resource",
                     "export the template of the autoscale setting, not of the scaled resource",
                     {}});
    }
  } catch (const std::exception& error) {
    result.diagnostics.push_back(Diagnostic{Severity::Error,
                                            "import.internal",
                                            "$",
                                            std::string("import failed: ") + error.what(),
                                            {},
                                            {}});
  }
  return result;
}

}  // namespace autoscale::backend
