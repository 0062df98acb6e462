#pragma once

#include <QString>
#include <nlohmann/json.hpp>

#include "models/core/result.h"

// Files of `pull` and `deploy`: a settings document, and beside it the copy of the remote as
// it was pulled (`<file>.pulled`), which `deploy` uses to notice changes made remotely since.
namespace autoscale::cli {

models::Result<nlohmann::ordered_json> readJsonFile(const QString& path);
// Writes atomically (temporary file + rename), 2-space indentation, a newline at the end.
models::Status writeJsonFile(const QString& path, const nlohmann::ordered_json& json);
QString pulledCopyPath(const QString& documentPath);

}  // namespace autoscale::cli
