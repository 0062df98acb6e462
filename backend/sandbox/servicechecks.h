#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "backend/sandbox/apianswer.h"

namespace autoscale::backend {

// The checks the service makes on a PUT body before storing it (a subset of the schema
// limits of spec §1.13), answered as the service would: 400 with a code, a message and the
// JSON path of the offending value as `target`.
std::optional<ApiAnswer> checkSettingResource(const nlohmann::ordered_json& body);

// The same for a PATCH body: {"tags"?: {…}, "properties"?: {…}}.
std::optional<ApiAnswer> checkSettingPatch(const nlohmann::ordered_json& body);

}  // namespace autoscale::backend
