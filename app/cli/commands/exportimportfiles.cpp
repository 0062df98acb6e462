#include "exportimportfiles.h"

#include "backend/importers/armtemplateimporter.h"
#include "cliio.h"
#include "settingfile.h"

namespace autoscale::cli {

using Json = nlohmann::ordered_json;

bool loadSettingResource(const QString& path, std::size_t settingIndex, Json& resource) {
  const auto document = loadSettingFile(path);
  if (!document) return false;
  const auto& settings = document->settings();
  if (document->shape() == models::DocumentShape::Unknown || settings.empty()) {
    printErr(
        QStringLiteral("%1: error: the file holds no autoscale setting\n"
                       "  hint: give the resource JSON of a setting, its properties object or "
                       "an ARM template with a Microsoft.Insights/autoscalesettings resource\n")
            .arg(path));
    return false;
  }
  if (settingIndex >= settings.size()) {
    usageError(QStringLiteral("%1 holds %2 settings; --setting takes 0 to %3")
                   .arg(path)
                   .arg(settings.size())
                   .arg(settings.size() - 1));
    return false;
  }
  switch (document->shape()) {
    case models::DocumentShape::ArmTemplate: {
      // Template parameters take their default values.
      auto imported = backend::importArmTemplate(document->json());
      for (const auto& diagnostic : imported.diagnostics)
        printErr(formatDiagnostic(path, withPath(diagnostic)));
      if (settingIndex >= imported.settings.size()) return false;
      resource = std::move(imported.settings[settingIndex]);
      return true;
    }
    case models::DocumentShape::BareProperties:
      resource = Json{{"properties", document->json()}};
      return true;
    default:
      resource = *document->find(settings[settingIndex].resource);
      return true;
  }
}

models::Diagnostic withPath(models::Diagnostic diagnostic) {
  if (!diagnostic.jsonPath.empty())
    diagnostic.message = diagnostic.jsonPath + ": " + diagnostic.message;
  return diagnostic;
}

bool writeOutput(const QString& path, const std::string& text) {
  if (path.isEmpty() || path == QLatin1String("-")) {
    printOut(QString::fromStdString(text));
    return true;
  }
  return saveSettingFile(path, text);
}

}  // namespace autoscale::cli
