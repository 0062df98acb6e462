#pragma once

// Reads the typed snapshot of one setting out of the JSON tree. Lenient: unreadable slots stay
// empty (with their raw text kept), because validation, not reading, reports problems.

#include <nlohmann/json.hpp>

#include "models/setting/autoscalesetting.h"
#include "models/setting/settingdocument.h"

namespace autoscale::models {

AutoscaleSetting readSetting(const nlohmann::ordered_json& root, const SettingLocation& location);

// The portal/CLI paired default profile name `{"name":"…","for":"…"}`, if `profileName` is one.
std::optional<PairedProfileName> decodePairedProfileName(std::string_view profileName);

}  // namespace autoscale::models
