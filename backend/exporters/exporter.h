#pragma once

// Exports one autoscale setting, given as its resource JSON (what the portal's JSON view and
// a GET return), as text in another tool's language. Output is deterministic: the same input
// gives the same bytes.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/core/result.h"

namespace autoscale::backend {

enum class ExportFormat { ArmTemplate, Bicep, Terraform, AzCli, Python };

struct ExportFormatInfo {
  ExportFormat format;
  const char* name;         // as given to `autoscale export --to`
  const char* fileSuffix;   // conventional file name ending, e.g. ".bicep"
  const char* description;  // one line for help texts and menus
};

const std::vector<ExportFormatInfo>& exportFormats();
const ExportFormatInfo& exportFormatInfo(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(std::string_view name);  // case-insensitive

struct ExportResult {
  std::string text;
  // What the target cannot express exactly (each also stated as a comment in `text` where
  // the language has comments), one sentence each.
  std::vector<std::string> notes;
};

// Never throws. Fails when `resource` is not the resource JSON of an autoscale setting.
models::Result<ExportResult> exportSetting(const nlohmann::ordered_json& resource,
                                           ExportFormat format);

}  // namespace autoscale::backend
