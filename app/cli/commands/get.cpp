// `autoscale get FILE PATH`: prints one value of a settings file.
#include <nlohmann/json.hpp>

#include "cliio.h"
#include "commandtable.h"
#include "models/json/textstyle.h"
#include "settingfile.h"

namespace autoscale::cli {
namespace {

const char* const kUsage =
    "Usage: autoscale get FILE PATH [--setting N]\n\n"
    "Prints the value at PATH: strings as they are, everything else as JSON.\n"
    "PATH is a JSONPath ($.properties.profiles[0].capacity.maximum) or its short form\n"
    "(properties.profiles[0].capacity.maximum), read relative to the setting, so the same\n"
    "path works for resource files, ARM templates and bare properties.\n\n"
    "Options:\n"
    "  --setting N  the setting to read in files that hold several (default 0)\n\n"
    "Exit codes: 0 printed, 1 no value at PATH, 2 usage or file error.\n";

int runGet(const QStringList& arguments) {
  QStringList args = arguments;
  if (takeFlag(args, QStringLiteral("--help")) || takeFlag(args, QStringLiteral("-h"))) {
    printOut(QString::fromUtf8(kUsage));
    return ExitOk;
  }
  const auto settingIndex = takeSettingOption(args);
  if (!settingIndex) return ExitUsage;
  if (args.size() != 2)
    return usageError(QStringLiteral("get needs FILE and PATH; see 'autoscale get --help'"));
  const auto document = loadSettingFile(args.at(0));
  if (!document) return ExitUsage;
  const auto path = resolveUserPath(*document, args.at(1), *settingIndex);
  if (!path) return ExitUsage;
  const nlohmann::ordered_json* value = document->find(*path);
  if (!value) {
    printErr(QStringLiteral("autoscale: %1 has no value at %2\n")
                 .arg(args.at(0), QString::fromStdString(path->toString())));
    return ExitFindings;
  }
  std::string text;
  if (value->is_string()) {
    text = value->get<std::string>();
  } else if (value->is_structured()) {
    text = models::renderJson(*value, models::TextStyle{}, models::RenderPlacement{"", true});
  } else {
    text = std::string(document->sourceText(*path));  // keeps the spelling, e.g. 10.0
  }
  printOut(QString::fromStdString(text) + QLatin1Char('\n'));
  return ExitOk;
}

const CommandRegistration registration{{"get", "print one value of a settings file", 20, &runGet}};

}  // namespace
}  // namespace autoscale::cli
