#pragma once

// Finds the autoscale settings in a JSON tree and names the shape of the file.

#include <nlohmann/json.hpp>
#include <vector>

#include "models/setting/settingdocument.h"

namespace autoscale::models {

struct SettingScan {
  DocumentShape shape = DocumentShape::Unknown;
  std::vector<SettingLocation> settings;  // in document order
};

// A setting is an object that is either
// * a resource: its `type` names autoscalesettings (any case), or it has no `type` and its
//   `properties` object holds `profiles`; or
// * a bare properties object: it holds `profiles` itself.
// The walk does not look inside a setting it has found (except into the `resources` array of
// an ARM resource, where child resources live), and descends at most kMaxJsonDepth levels.
SettingScan scanSettings(const nlohmann::ordered_json& root);

}  // namespace autoscale::models
