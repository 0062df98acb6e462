// `autoscale validate FILE...`: schema checks and lint of settings files, printed like a
// compiler's diagnostics or as JSON; `--list-codes` prints the table of every code.
#include <QFile>
#include <QStringList>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cliio.h"
#include "commandtable.h"
#include "models/validation/diagnosticcatalog.h"
#include "models/validation/validator.h"

namespace autoscale::cli {
namespace {

using models::Diagnostic;
using models::Diagnostics;
using models::Severity;

enum class Format { Text, Json, Markdown };

struct Options {
  Format format = Format::Text;
  bool listCodes = false;
  bool quiet = false;  // leave out Info diagnostics
  QStringList files;
};

struct FileReport {
  QString file;
  Diagnostics diagnostics;
};

QString help() {
  return QStringLiteral(
      "Usage: autoscale validate [OPTIONS] FILE...\n\n"
      "Checks autoscale settings files (resource JSON, ARM templates, bare properties) against\n"
      "the API's schema and limits, and lints them for settings that probably do not do what\n"
      "was meant. '-' reads standard input.\n\n"
      "Options:\n"
      "  --format text|json   output format (default text)\n"
      "  -q, --quiet          leave out info diagnostics\n"
      "  --list-codes         print every diagnostic code (--format text|json|markdown)\n"
      "  -h, --help           show this help\n\n"
      "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.\n");
}

QString fromStd(const std::string& text) {
  return QString::fromStdString(text);
}

// Parses the arguments; returns an exit code when the command must stop here.
std::optional<int> parseArguments(const QStringList& args, Options& options) {
  for (qsizetype i = 0; i < args.size(); ++i) {
    const QString& arg = args[i];
    if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
      printOut(help());
      return ExitOk;
    }
    if (arg == QLatin1String("-q") || arg == QLatin1String("--quiet")) {
      options.quiet = true;
    } else if (arg == QLatin1String("--list-codes")) {
      options.listCodes = true;
    } else if (arg == QLatin1String("--format") || arg.startsWith(QLatin1String("--format="))) {
      QString value = arg.mid(9);
      if (arg == QLatin1String("--format")) {
        if (++i >= args.size()) return usageError(QStringLiteral("--format needs a value"));
        value = args[i];
      }
      if (value == QLatin1String("text")) {
        options.format = Format::Text;
      } else if (value == QLatin1String("json")) {
        options.format = Format::Json;
      } else if (value == QLatin1String("markdown")) {
        options.format = Format::Markdown;
      } else {
        return usageError(
            QStringLiteral("unknown format '%1'; use text, json or markdown").arg(value));
      }
    } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
      return usageError(
          QStringLiteral("unknown option '%1'; see 'autoscale validate --help'").arg(arg));
    } else {
      options.files.append(arg);
    }
  }
  if (options.listCodes) return std::nullopt;
  if (options.files.isEmpty()) {
    return usageError(QStringLiteral("validate needs at least one FILE; see --help"));
  }
  if (options.format == Format::Markdown) {
    return usageError(QStringLiteral("--format markdown is only for --list-codes"));
  }
  return std::nullopt;
}

std::optional<QByteArray> readInput(const QString& file) {
  QFile in;
  if (file == QLatin1String("-")) {
    if (!in.open(stdin, QIODevice::ReadOnly)) return std::nullopt;
  } else {
    in.setFileName(file);
    if (!in.open(QIODevice::ReadOnly)) {
      printErr(QStringLiteral("autoscale: cannot read %1: %2\n").arg(file, in.errorString()));
      return std::nullopt;
    }
  }
  return in.readAll();
}

QString textLine(const QString& file, const Diagnostic& d) {
  QString where = file;
  if (d.location.line > 0) {
    where += QStringLiteral(":%1:%2").arg(d.location.line).arg(d.location.column);
  }
  QString line = QStringLiteral("%1: %2[%3]: %4 (at %5)\n")
                     .arg(where, QLatin1String(models::severityName(d.severity)), fromStd(d.code),
                          fromStd(d.message), fromStd(d.jsonPath));
  if (!d.hint.empty()) line += QStringLiteral("    hint: %1\n").arg(fromStd(d.hint));
  return line;
}

nlohmann::ordered_json diagnosticJson(const Diagnostic& d) {
  return {{"severity", models::severityName(d.severity)},
          {"code", d.code},
          {"path", d.jsonPath},
          {"line", d.location.line},
          {"column", d.location.column},
          {"message", d.message},
          {"hint", d.hint}};
}

std::string dumpJson(const nlohmann::ordered_json& json) {
  return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::size_t countOf(const std::vector<FileReport>& reports, Severity severity) {
  std::size_t count = 0;
  for (const auto& report : reports) {
    for (const auto& d : report.diagnostics) count += d.severity == severity;
  }
  return count;
}

void printReports(const std::vector<FileReport>& reports, Format format) {
  const std::size_t errors = countOf(reports, Severity::Error);
  const std::size_t warnings = countOf(reports, Severity::Warning);
  const std::size_t infos = countOf(reports, Severity::Info);
  if (format == Format::Json) {
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const auto& report : reports) {
      nlohmann::ordered_json list = nlohmann::ordered_json::array();
      for (const auto& d : report.diagnostics) list.push_back(diagnosticJson(d));
      files.push_back({{"file", report.file.toStdString()}, {"diagnostics", std::move(list)}});
    }
    const nlohmann::ordered_json out = {
        {"files", std::move(files)},
        {"summary", {{"errors", errors}, {"warnings", warnings}, {"infos", infos}}}};
    printOut(fromStd(dumpJson(out)));
    return;
  }
  for (const auto& report : reports) {
    for (const auto& d : report.diagnostics) printOut(textLine(report.file, d));
  }
  printErr(QStringLiteral("%1 file(s) checked: %2 error(s), %3 warning(s), %4 info(s)\n")
               .arg(reports.size())
               .arg(errors)
               .arg(warnings)
               .arg(infos));
}

std::string markdownCell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

void printCatalog(Format format) {
  const auto catalog = models::diagnosticCatalog();
  if (format == Format::Json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& info : catalog) {
      list.push_back({{"code", info.code},
                      {"severity", models::severityName(info.severity)},
                      {"summary", info.summary},
                      {"hint", info.hint}});
    }
    printOut(fromStd(dumpJson(list)));
    return;
  }
  if (format == Format::Text) {
    for (const auto& info : catalog) {
      printOut(QStringLiteral("%1 %2 %3\n    hint: %4\n")
                   .arg(QString::fromUtf8(info.code.data(), qsizetype(info.code.size())),
                        QString::fromLatin1(models::severityName(info.severity)).leftJustified(7),
                        QString::fromUtf8(info.summary.data(), qsizetype(info.summary.size())),
                        QString::fromUtf8(info.hint.data(), qsizetype(info.hint.size()))));
    }
    return;
  }
  std::string out =
      "# Diagnostics of `autoscale validate`\n\n"
      "<!-- Generated by `autoscale validate --list-codes --format markdown`; a test keeps this "
      "file in step with the code. Do not edit by hand. -->\n\n"
      "Every finding of the validator has a stable code. Errors are settings the service "
      "rejects or cannot run; warnings are legal settings that probably do not do what was "
      "meant, or points where the sources disagree; infos mark what could not be checked.\n\n"
      "Codes are grouped: AS0xxx syntax, AS1xxx schema and types, AS2xxx limits and enum "
      "values, AS3xxx lint. Every diagnostic also carries the JSON path of the value it is "
      "about and, for files, its line and column.\n\n"
      "| Code | Severity | Meaning | Fix |\n"
      "|---|---|---|---|\n";
  for (const auto& info : catalog) {
    out += "| " + std::string(info.code) + " | " + models::severityName(info.severity) + " | " +
           markdownCell(info.summary) + " | " + markdownCell(info.hint) + " |\n";
  }
  printOut(fromStd(out));
}

int runValidate(const QStringList& args) {
  Options options;
  if (const auto exit = parseArguments(args, options)) return *exit;
  if (options.listCodes) {
    printCatalog(options.format);
    return ExitOk;
  }
  std::vector<FileReport> reports;
  bool ioFailed = false;
  for (const QString& file : options.files) {
    const auto bytes = readInput(file);
    if (!bytes) {
      ioFailed = true;
      continue;
    }
    FileReport report{file, models::validateText(
                                std::string_view(bytes->constData(), std::size_t(bytes->size())))};
    if (options.quiet) {
      std::erase_if(report.diagnostics,
                    [](const Diagnostic& d) { return d.severity == Severity::Info; });
    }
    reports.push_back(std::move(report));
  }
  printReports(reports, options.format);
  if (ioFailed) return ExitUsage;
  return countOf(reports, Severity::Error) > 0 ? ExitFindings : ExitOk;
}

const CommandRegistration registration{
    {"validate", "check settings files against the API's schema and lint them", 10, &runValidate}};

}  // namespace
}  // namespace autoscale::cli
