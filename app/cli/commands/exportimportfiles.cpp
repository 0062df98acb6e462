#include "exportimportfiles.h"

#include <QFile>
#include <QSaveFile>

#include "backend/exporters/jsonaccess.h"
#include "backend/importers/armtemplateimporter.h"
#include "cliio.h"
#include "models/core/diagnostic.h"

namespace autoscale::cli {
namespace {

using Json = nlohmann::ordered_json;

// Line and column (1-based) of a byte offset.
QString position(const std::string& text, std::size_t offset) {
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return QStringLiteral("%1:%2").arg(line).arg(column);
}

// The resource JSON of the one setting in a settings file: the resource itself, a bare
// `properties` object (wrapped), or the first autoscale setting of an ARM template.
}  // namespace

bool loadSettingResource(const QString& path, Json& resource) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    usageError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return false;
  }
  const std::string text = file.readAll().toStdString();
  Json json;
  try {
    json = Json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    printErr(QStringLiteral("%1:%2: error: not valid JSON (%3)\n")
                 .arg(path, position(text, error.byte > 0 ? error.byte - 1 : 0),
                      QString::fromUtf8(error.what())));
    return false;
  }
  if (backend::isArmTemplate(json)) {
    const auto imported = backend::importArmTemplate(json);
    for (const auto& diagnostic : imported.diagnostics) {
      printErr(QStringLiteral("%1: %2: %3 %4\n")
                   .arg(path, QLatin1String(models::severityName(diagnostic.severity)),
                        QString::fromStdString(diagnostic.jsonPath),
                        QString::fromStdString(diagnostic.message)));
    }
    if (imported.settings.empty()) return false;
    if (imported.settings.size() > 1) {
      printErr(QStringLiteral("%1: note: the template holds %2 autoscale settings; the first is "
                              "exported\n")
                   .arg(path)
                   .arg(imported.settings.size()));
    }
    resource = imported.settings.front();
    return true;
  }
  if (json.is_object() && !backend::member(json, "properties") &&
      backend::member(json, "profiles")) {
    resource = Json{{"properties", std::move(json)}};
    return true;
  }
  resource = std::move(json);
  return true;
}

bool writeOutput(const QString& path, const std::string& text) {
  if (path.isEmpty() || path == QLatin1String("-")) {
    printOut(QString::fromStdString(text));
    return true;
  }
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(text.data(), static_cast<qint64>(text.size())) !=
          static_cast<qint64>(text.size()) ||
      !file.commit()) {
    usageError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return false;
  }
  return true;
}

}  // namespace autoscale::cli
