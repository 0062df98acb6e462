// `autoscale import az-cli SCRIPT [-o OUT] [--var NAME=VALUE]… [--name SETTING]` and
// `autoscale import arm-template TEMPLATE [-o OUT] [--parameter NAME=VALUE]…`: a script of
// `az monitor autoscale` commands, or an ARM template, as the resource JSON of a setting.
#include <QFile>
#include <QTextStream>
#include <nlohmann/json.hpp>

#include "backend/exporters/jsonaccess.h"
#include "backend/importers/armtemplateimporter.h"
#include "backend/importers/azcliimporter.h"
#include "cliio.h"
#include "commandtable.h"
#include "exportimportfiles.h"
#include "settingfile.h"

namespace autoscale::cli {
namespace {

using Json = nlohmann::ordered_json;

QString usage() {
  return QStringLiteral(
      "Usage: autoscale import az-cli SCRIPT [-o OUT] [--var NAME=VALUE]... [--name SETTING]\n"
      "       autoscale import arm-template TEMPLATE [-o OUT] [--parameter NAME=VALUE]...\n\n"
      "Turns a bash script of `az monitor autoscale` commands (or an ARM template) into the\n"
      "resource JSON of the setting, written to OUT or standard output. SCRIPT may be - for\n"
      "standard input. Variables the script uses but cannot set (e.g. values from $(...)) are\n"
      "given with --var; unknown ones are kept as ${NAME} placeholders with a warning.\n"
      "--name picks one setting when the script creates several.\n\n"
      "Exit status: 0 imported, 1 the input has errors (listed with line and column), 2 usage.\n");
}

struct ImportArguments {
  QString format;
  QString input;
  QString output;
  QString settingName;
  std::map<std::string, std::string> variables;
};

bool readInput(const QString& path, std::string& text) {
  QFile file;
  const bool opened = path == QLatin1String("-")
                          ? file.open(stdin, QIODevice::ReadOnly)
                          : (file.setFileName(path), file.open(QIODevice::ReadOnly));
  if (!opened) {
    usageError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return false;
  }
  text = file.readAll().toStdString();
  return true;
}

void printDiagnostics(const QString& input, const models::Diagnostics& diagnostics) {
  for (const auto& diagnostic : diagnostics)
    printErr(formatDiagnostic(input, withPath(diagnostic)));
}

int writeResource(const ImportArguments& arguments, const Json& resource) {
  return writeOutput(arguments.output,
                     resource.dump(2, ' ', false, Json::error_handler_t::replace) + "\n")
             ? ExitOk
             : ExitUsage;
}

int importAzCli(const ImportArguments& arguments, const std::string& text) {
  const auto imported = backend::importAzCliScript(text, {arguments.variables});
  printDiagnostics(arguments.input, imported.diagnostics);
  if (!imported.ok()) return ExitFindings;
  const backend::ImportedSetting* chosen = nullptr;
  if (arguments.settingName.isEmpty()) {
    if (imported.settings.size() > 1) {
      QString names;
      for (const auto& setting : imported.settings)
        names += QStringLiteral(" ") + QString::fromStdString(setting.name);
      return usageError(
          QStringLiteral("import: the script creates several settings; pick one with --name:") +
          names);
    }
    chosen = &imported.settings.front();
  } else {
    for (const auto& setting : imported.settings) {
      if (backend::equalsIgnoringCase(setting.name, arguments.settingName.toStdString()))
        chosen = &setting;
    }
    if (!chosen) {
      return usageError(QStringLiteral("import: the script creates no setting named %1")
                            .arg(arguments.settingName));
    }
  }
  return writeResource(arguments, chosen->resource);
}

int importArmTemplate(const ImportArguments& arguments, const std::string& text) {
  const Json json = Json::parse(text, nullptr, false);
  if (json.is_discarded()) {
    printErr(QStringLiteral("%1: error: not valid JSON\n").arg(arguments.input));
    return ExitFindings;
  }
  std::map<std::string, Json> parameters;
  for (const auto& [name, value] : arguments.variables) {
    // Numbers and booleans keep their type; anything else is a string.
    const Json parsed = Json::parse(value, nullptr, false);
    parameters[name] = parsed.is_discarded() || parsed.is_structured() || parsed.is_string()
                           ? Json(value)
                           : parsed;
  }
  const auto imported = backend::importArmTemplate(json, parameters);
  printDiagnostics(arguments.input, imported.diagnostics);
  if (imported.settings.empty()) return ExitFindings;
  return writeResource(arguments, imported.settings.front());
}

int runImport(const QStringList& args) {
  ImportArguments arguments;
  for (int i = 0; i < args.size(); ++i) {
    const QString& arg = args[i];
    const bool hasValue = i + 1 < args.size();
    if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
      printOut(usage());
      return ExitOk;
    }
    if ((arg == QLatin1String("-o") || arg == QLatin1String("--output")) && hasValue) {
      arguments.output = args[++i];
    } else if (arg == QLatin1String("--name") && hasValue) {
      arguments.settingName = args[++i];
    } else if ((arg == QLatin1String("--var") || arg == QLatin1String("--parameter")) && hasValue) {
      const QString pair = args[++i];
      const int equals = pair.indexOf(QLatin1Char('='));
      if (equals <= 0)
        return usageError(QStringLiteral("import: %1 takes NAME=VALUE, not '%2'").arg(arg, pair));
      arguments.variables[pair.left(equals).toStdString()] = pair.mid(equals + 1).toStdString();
    } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
      return usageError(QStringLiteral("import: unknown option %1\n").arg(arg) + usage());
    } else if (arguments.format.isEmpty()) {
      arguments.format = arg;
    } else if (arguments.input.isEmpty()) {
      arguments.input = arg;
    } else {
      return usageError(QStringLiteral("import: unexpected argument '%1'").arg(arg));
    }
  }
  if (arguments.format.isEmpty() || arguments.input.isEmpty()) {
    return usageError(QStringLiteral("import: give a format and an input file\n") + usage());
  }
  const bool azCli = arguments.format == QLatin1String("az-cli");
  if (!azCli && arguments.format != QLatin1String("arm-template")) {
    return usageError(QStringLiteral("import: unknown format '%1' (az-cli or arm-template)")
                          .arg(arguments.format));
  }
  std::string text;
  if (!readInput(arguments.input, text)) return ExitUsage;
  return azCli ? importAzCli(arguments, text) : importArmTemplate(arguments, text);
}

const CommandRegistration registration{
    {"import", "turn an az CLI script or ARM template into a settings file", 410, &runImport}};

}  // namespace
}  // namespace autoscale::cli
