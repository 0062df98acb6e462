#include "models/setting/settinglocator.h"

#include "models/json/jsonsource.h"
#include "models/setting/jsonaccess.h"

namespace autoscale::models {
namespace {

using Json = nlohmann::ordered_json;

bool endsWithIgnoringCase(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         equalsIgnoringCase(text.substr(text.size() - suffix.size()), suffix);
}

bool namesAutoscaleType(const Json& type) {
  return type.is_string() &&
         endsWithIgnoringCase(type.get_ref<const std::string&>(), "/autoscalesettings");
}

bool holdsProfiles(const Json& object) {
  return findMember(object, "profiles") != nullptr;
}

// The location of a setting rooted at `object`, if it is one.
std::optional<SettingLocation> settingAt(const Json& object, const JsonPath& path) {
  if (!object.is_object()) return std::nullopt;
  std::string propertiesKey = "properties";
  const Json* properties = findMember(object, "properties", &propertiesKey);
  const Json* type = findMember(object, "type");
  const bool resource = type
                            ? namesAutoscaleType(*type)
                            : (properties && properties->is_object() && holdsProfiles(*properties));
  if (resource) return SettingLocation{path, path.child(propertiesKey)};
  if (!type && holdsProfiles(object)) return SettingLocation{path, path};
  return std::nullopt;
}

void walk(const Json& value, const JsonPath& path, int depth, std::vector<SettingLocation>& out) {
  if (depth > kMaxJsonDepth) return;
  if (value.is_object()) {
    if (auto found = settingAt(value, path)) {
      const bool isResource = !(found->resource == found->properties);
      out.push_back(std::move(*found));
      // An ARM resource may hold child resources, settings among them.
      std::string childrenKey;
      const Json* children = isResource ? findMember(value, "resources", &childrenKey) : nullptr;
      if (children && children->is_array())
        walk(*children, path.child(childrenKey), depth + 1, out);
      return;
    }
    for (const auto& [key, child] : value.items()) {
      if (child.is_structured()) walk(child, path.child(key), depth + 1, out);
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (value[i].is_structured()) walk(value[i], path.index(i), depth + 1, out);
    }
  }
}

bool looksLikeArmTemplate(const Json& root) {
  if (!root.is_object()) return false;
  if (const Json* schema = findMember(root, "$schema"); schema && schema->is_string()) {
    const std::string& uri = schema->get_ref<const std::string&>();
    if (uri.find("deploymentTemplate") != std::string::npos) return true;
  }
  const Json* resources = findMember(root, "resources");
  return resources && resources->is_array() && !findMember(root, "properties");
}

}  // namespace

SettingScan scanSettings(const Json& root) {
  SettingScan scan;
  walk(root, JsonPath(), 0, scan.settings);
  if (looksLikeArmTemplate(root)) {
    scan.shape = DocumentShape::ArmTemplate;
  } else if (scan.settings.size() == 1 && scan.settings.front().resource.isRoot()) {
    scan.shape = scan.settings.front().properties.isRoot() ? DocumentShape::BareProperties
                                                           : DocumentShape::Resource;
  } else if (!scan.settings.empty()) {
    scan.shape = DocumentShape::Embedded;
  }
  return scan;
}

}  // namespace autoscale::models
