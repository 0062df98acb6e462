#pragma once

// Reads the autoscale settings out of an ARM template: each
// `Microsoft.Insights/autoscalesettings` resource becomes the resource JSON of a setting.
// Parameter references (`[parameters('x')]`, also inside string() and int()) are replaced by
// the given parameter values or else the template's default values; the "[[" escape of
// literal brackets is undone. Other expressions are kept verbatim, with a warning.

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "models/core/diagnostic.h"

namespace autoscale::backend {

struct ArmTemplateImport {
  std::vector<nlohmann::ordered_json> settings;  // resource JSON, in template order
  models::Diagnostics diagnostics;               // jsonPath set, no line numbers
};

// Never throws.
ArmTemplateImport importArmTemplate(
    const nlohmann::ordered_json& armTemplate,
    const std::map<std::string, nlohmann::ordered_json>& parameterValues = {});

// Whether `json` looks like an ARM template (a `resources` member and a deployment schema or
// content version).
bool isArmTemplate(const nlohmann::ordered_json& json);

}  // namespace autoscale::backend
