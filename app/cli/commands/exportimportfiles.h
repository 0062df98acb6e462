#pragma once

// Files of `autoscale export` and `autoscale import`: reading the one setting of a settings
// file, and writing a result to a file or standard output.

#include <QString>
#include <nlohmann/json.hpp>
#include <string>

namespace autoscale::cli {

// The resource JSON of the one setting in a settings file: the resource itself, a bare
// `properties` object (wrapped), or the first autoscale setting of an ARM template. Prints
// what went wrong (with line and column for JSON syntax errors) and returns false on failure.
bool loadSettingResource(const QString& path, nlohmann::ordered_json& resource);

// Writes `text` to `path` atomically, or to standard output when `path` is empty or "-".
bool writeOutput(const QString& path, const std::string& text);

}  // namespace autoscale::cli
