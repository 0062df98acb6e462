// `autoscale export --to FORMAT FILE [-o OUT]`: a settings file as an ARM template, Bicep,
// Terraform, an az CLI script or a Python script.
#include <nlohmann/json.hpp>

#include "backend/exporters/exporter.h"
#include "cliio.h"
#include "commandtable.h"
#include "exportimportfiles.h"
#include "settingfile.h"

namespace autoscale::cli {
namespace {

using Json = nlohmann::ordered_json;

QString formatList() {
  QString text;
  for (const auto& info : backend::exportFormats()) {
    text += QStringLiteral("  %1 %2\n")
                .arg(QLatin1String(info.name), -14)
                .arg(QLatin1String(info.description));
  }
  return text;
}

QString usage() {
  return QStringLiteral(
             "Usage: autoscale export --to FORMAT FILE [-o OUT] [--setting N]\n\n"
             "Writes the autoscale setting in FILE (resource JSON, bare properties or an ARM\n"
             "template) in another tool's language, to OUT or standard output. What the target\n"
             "cannot express is listed on standard error and in comments of the output.\n"
             "--setting N picks a setting of a file that holds several (default 0).\n\n"
             "Formats:\n") +
         formatList();
}

int runExport(const QStringList& arguments) {
  QStringList args = arguments;
  const auto settingIndex = takeSettingOption(args);
  if (!settingIndex) return ExitUsage;
  QString formatName;
  QString input;
  QString output;
  for (int i = 0; i < args.size(); ++i) {
    const QString& arg = args[i];
    if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
      printOut(usage());
      return ExitOk;
    }
    if ((arg == QLatin1String("--to") || arg == QLatin1String("-o") ||
         arg == QLatin1String("--output")) &&
        i + 1 < args.size()) {
      (arg == QLatin1String("--to") ? formatName : output) = args[++i];
    } else if (arg.startsWith(QLatin1String("--to="))) {
      formatName = arg.mid(5);
    } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
      return usageError(QStringLiteral("export: unknown option %1\n").arg(arg) + usage());
    } else if (input.isEmpty()) {
      input = arg;
    } else {
      return usageError(
          QStringLiteral("export: one settings file at a time (got %1 and %2)").arg(input, arg));
    }
  }
  if (formatName.isEmpty() || input.isEmpty()) {
    return usageError(QStringLiteral("export: give --to FORMAT and a settings FILE\n") + usage());
  }
  const auto format = backend::exportFormatFromName(formatName.toStdString());
  if (!format) {
    return usageError(QStringLiteral("export: unknown format '%1'; formats:\n").arg(formatName) +
                      formatList());
  }
  Json resource;
  if (!loadSettingResource(input, *settingIndex, resource)) return ExitUsage;
  const auto exported = backend::exportSetting(resource, *format);
  if (!exported) {
    printErr(QStringLiteral("%1: error: %2\n")
                 .arg(input, QString::fromStdString(exported.error().message)));
    return ExitFindings;
  }
  for (const auto& note : exported->notes) {
    printErr(QStringLiteral("%1: note: %2\n").arg(input, QString::fromStdString(note)));
  }
  return writeOutput(output, exported->text) ? ExitOk : ExitUsage;
}

const CommandRegistration registration{
    {"export", "write a setting as ARM template, Bicep, Terraform, az CLI or Python", 400,
     &runExport}};

}  // namespace
}  // namespace autoscale::cli
