#pragma once

// Import of an az CLI script: the `az monitor autoscale` commands in it (create, update,
// delete, rule create|delete|copy, profile create|delete), parsed with the CLI's grammar and
// applied in order, give the resource JSON that the CLI would have produced. Other commands
// are ignored. Diagnostics carry the script's line and column.

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "models/core/diagnostic.h"

namespace autoscale::backend {

struct AzCliImportOptions {
  // Values for the script's variables; they win over assignments in the script.
  std::map<std::string, std::string> variables;
};

struct ImportedSetting {
  std::string name;
  nlohmann::ordered_json resource;  // the resource JSON (name, type, location, tags, properties)
  int line = 0;                     // line of the `az monitor autoscale create`
  bool deleted = false;             // the script deletes it afterwards (the JSON is kept)
};

struct AzCliImport {
  std::vector<ImportedSetting> settings;  // in the order the script creates them
  models::Diagnostics diagnostics;

  bool ok() const { return !models::hasErrors(diagnostics); }
};

// Never throws.
AzCliImport importAzCliScript(std::string_view script, const AzCliImportOptions& options = {});

}  // namespace autoscale::backend
