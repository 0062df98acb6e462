#pragma once

// Which values of a setting become template parameters in the ARM template and Bicep exports:
// the setting name, its location, the target resource and the instance limits of the default
// profile. A value is parameterised at every place that holds it (the metric source of a rule
// that reads the target's own metric follows the target; the paired copies of the default
// profile follow its limits), so that changing one parameter keeps the setting consistent.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "backend/exporters/settingoutline.h"

namespace autoscale::backend {

enum class ParameterType { String, Int };

struct TemplateParameter {
  std::string name;
  ParameterType type = ParameterType::String;
  Json defaultValue;  // null: no literal default (see `defaultsToResourceGroup`)
  bool defaultsToResourceGroupLocation = false;
  std::string description;
};

// A place in the resource (JSON pointer relative to the resource object) that takes the
// value of a parameter. `asString` marks int parameters in string slots (capacity values are
// strings in the API).
struct ParameterUse {
  Json::json_pointer pointer;
  std::string parameter;
  bool asString = false;
};

struct ParameterPlan {
  std::vector<TemplateParameter> parameters;
  std::vector<ParameterUse> uses;
  std::map<std::string, std::size_t> usesByPointer;  // pointer text → index in `uses`

  const ParameterUse* useAt(const Json::json_pointer& pointer) const;
};

// Parameter names used by both template exports.
inline constexpr const char* kNameParameter = "autoscaleSettingName";
inline constexpr const char* kLocationParameter = "location";
inline constexpr const char* kTargetParameter = "targetResourceUri";

ParameterPlan planParameters(const SettingOutline& outline);

}  // namespace autoscale::backend
