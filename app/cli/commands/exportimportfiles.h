#pragma once

// Files of `autoscale export` and `autoscale import`: reading one setting of a settings file
// as resource JSON, and writing a result to a file or standard output.

#include <QString>
#include <nlohmann/json.hpp>
#include <string>

#include "models/core/diagnostic.h"

namespace autoscale::cli {

// The resource JSON of setting `settingIndex` in a settings file: the resource itself, a bare
// `properties` object (wrapped), or an autoscale setting of an ARM template (parameters at
// their default values). Prints what went wrong (with line and column for JSON syntax errors)
// and returns false on failure.
bool loadSettingResource(const QString& path, std::size_t settingIndex,
                         nlohmann::ordered_json& resource);

// The diagnostic with its JSON path put in front of the message.
models::Diagnostic withPath(models::Diagnostic diagnostic);

// Writes `text` to `path` atomically, or to standard output when `path` is empty or "-".
bool writeOutput(const QString& path, const std::string& text);

}  // namespace autoscale::cli
