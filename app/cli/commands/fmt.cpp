// `autoscale fmt FILE…`: canonical layout of settings files (only whitespace changes).
#include "cliio.h"
#include "commandtable.h"
#include "settingfile.h"

namespace autoscale::cli {
namespace {

const char* const kUsage =
    "Usage: autoscale fmt FILE... [--write | --check]\n\n"
    "Lays a settings file out canonically: two-space indentation, one member per line,\n"
    "keys in file order, the file's line ending and a final newline. Only whitespace\n"
    "changes; numbers and strings keep their spelling. Formatting is idempotent.\n\n"
    "Options:\n"
    "  (none)   print the formatted text (one FILE)\n"
    "  --write  rewrite the files that are not formatted, in place\n"
    "  --check  change nothing; list the files that are not formatted\n\n"
    "Exit codes: 0 done (or all formatted), 1 --check found unformatted files,\n"
    "2 usage or file error.\n";

int runFmt(const QStringList& arguments) {
  QStringList args = arguments;
  if (takeFlag(args, QStringLiteral("--help")) || takeFlag(args, QStringLiteral("-h"))) {
    printOut(QString::fromUtf8(kUsage));
    return ExitOk;
  }
  const bool write = takeFlag(args, QStringLiteral("--write"));
  const bool check = takeFlag(args, QStringLiteral("--check"));
  if (write && check) return usageError(QStringLiteral("fmt takes --write or --check, not both"));
  if (args.isEmpty())
    return usageError(QStringLiteral("fmt needs a FILE; see 'autoscale fmt --help'"));
  if (!write && !check && args.size() > 1) {
    return usageError(QStringLiteral("fmt prints one file; use --write or --check for several"));
  }
  for (const QString& option : args) {
    if (option.startsWith(QLatin1String("--"))) {
      return usageError(QStringLiteral("unknown option '%1' for fmt").arg(option));
    }
  }
  int exitCode = ExitOk;
  for (const QString& file : args) {
    const auto document = loadSettingFile(file);
    if (!document) return ExitUsage;
    const std::string formatted = document->canonicalText();
    const bool formattedAlready = formatted == document->text();
    if (check) {
      if (!formattedAlready) {
        printOut(QStringLiteral("%1: not formatted\n").arg(file));
        exitCode = ExitFindings;
      }
    } else if (write) {
      if (!formattedAlready && !saveSettingFile(file, formatted)) return ExitUsage;
    } else {
      printOut(QString::fromStdString(formatted));
    }
  }
  return exitCode;
}

const CommandRegistration registration{
    {"fmt", "lay settings files out canonically (--check, --write)", 22, &runFmt}};

}  // namespace
}  // namespace autoscale::cli
