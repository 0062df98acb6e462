#include "backend/importers/azcliimporter.h"

#include "backend/importers/azclicommand.h"
#include "backend/importers/azclisettingbuilder.h"
#include "backend/importers/shellscript.h"

namespace autoscale::backend {

AzCliImport importAzCliScript(std::string_view script, const AzCliImportOptions& options) {
  AzCliImport result;
  try {
    ShellScript parsed = parseShellScript(script, options.variables);
    result.diagnostics = std::move(parsed.diagnostics);
    AzCliSettingBuilder builder(result.diagnostics);
    for (const auto& command : parsed.commands) {
      if (auto autoscale = recognizeAzAutoscaleCommand(command, result.diagnostics)) {
        builder.apply(*autoscale);
      }
    }
    result.settings = builder.takeSettings();
    if (result.settings.empty() && result.ok()) {
      result.diagnostics.push_back(
          models::Diagnostic{models::Severity::Error,
                             "import.noSetting",
                             {},
                             "the script creates no autoscale setting",
                             "an import needs an `az monitor autoscale create` command",
                             {1, 1}});
    }
  } catch (const std::exception& error) {
    // The import uses non-throwing APIs; this only guards the library boundary.
    result.diagnostics.push_back(models::Diagnostic{models::Severity::Error,
                                                    "import.internal",
                                                    {},
                                                    std::string("import failed: ") + error.what(),
                                                    {},
                                                    {}});
  }
  return result;
}

}  // namespace autoscale::backend
