#pragma once

// Validation and lint of autoscale settings (see docs/diagnostics.md for every code).
// Nothing here throws; bad input of any kind comes back as diagnostics.

#include <nlohmann/json.hpp>
#include <string_view>

#include "models/core/diagnostic.h"

namespace autoscale::models {

class SettingDocument;

// Checks a settings file as text: a JSON syntax error (AS0001, with line and column) stops
// there; otherwise every autoscale setting in the document is validated as by validate().
Diagnostics validateText(std::string_view text);

// Validates every autoscale setting of a loaded document. Diagnostics carry JSON paths and
// the line and column of the value they point at, ordered by position in the file.
Diagnostics validate(const SettingDocument& document);

// The checks that need only the JSON tree (schema, limits, single-value lint), without
// source locations. For callers that hold a tree but no document.
Diagnostics validateJson(const nlohmann::ordered_json& tree);

}  // namespace autoscale::models
