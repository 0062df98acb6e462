// `autoscale set FILE PATH=VALUE…`: edits values of a settings file in place, changing only
// the text of those values, and refuses edits that would make the file invalid.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "cliio.h"
#include "commandtable.h"
#include "models/setting/fieldtypes.h"
#include "settingfile.h"

namespace autoscale::cli {
namespace {

using Json = nlohmann::ordered_json;

const char* const kUsage =
    "Usage: autoscale set FILE PATH=VALUE... [--setting N] [--force]\n\n"
    "Sets values in a settings file and saves it in place. Only the text of the edited\n"
    "values changes; the rest of the file keeps its bytes, key order and layout.\n"
    "VALUE is read as JSON when it parses (70, true, [\"Saturday\"], {\"a\": 1}) and as a\n"
    "string otherwise; fields that the API spells as strings stay strings, so\n"
    "properties.profiles[0].capacity.maximum=5 writes \"5\". A missing last key is added.\n"
    "PATH is a JSONPath ($.properties.enabled) or its short form (properties.enabled).\n\n"
    "Options:\n"
    "  --setting N  the setting that short paths refer to (default 0)\n"
    "  --force      write even when the edit makes the file invalid\n\n"
    "Exit codes: 0 written, 1 refused (the edit would make the file invalid),\n"
    "2 usage or file error.\n";

struct Assignment {
  QString path;
  QString value;
};

// Splits at the first '=' outside brackets and quotes, so `$['a=b'].c=1` works.
std::optional<Assignment> splitAssignment(const QString& text) {
  int depth = 0;
  QChar quote;
  for (int i = 0; i < text.size(); ++i) {
    const QChar c = text.at(i);
    if (!quote.isNull()) {
      if (c == quote) quote = QChar();
    } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
      quote = c;
    } else if (c == QLatin1Char('[')) {
      ++depth;
    } else if (c == QLatin1Char(']')) {
      --depth;
    } else if (c == QLatin1Char('=') && depth == 0 && i > 0) {
      return Assignment{text.left(i), text.mid(i + 1)};
    }
  }
  return std::nullopt;
}

Json valueFor(const QString& text, std::optional<models::JsonFieldType> type) {
  const QByteArray utf8 = text.toUtf8();
  const Json parsed = Json::parse(utf8.constData(), utf8.constData() + utf8.size(), nullptr, false);
  if (parsed.is_null() && text.trimmed() == QLatin1String("null")) return parsed;
  const bool stringSlot =
      type == models::JsonFieldType::String || type == models::JsonFieldType::IntegerString;
  if (parsed.is_discarded() || (stringSlot && !parsed.is_string())) return text.toStdString();
  return parsed;
}

// The problems that make a file invalid, so that an edit can be refused when it adds one.
models::Diagnostics problemsOf(const models::SettingDocument& document) {
  return models::checkFieldTypes(document);
}

bool sameProblem(const models::Diagnostic& a, const models::Diagnostic& b) {
  return a.code == b.code && a.jsonPath == b.jsonPath && a.message == b.message;
}

int runSet(const QStringList& arguments) {
  QStringList args = arguments;
  if (takeFlag(args, QStringLiteral("--help")) || takeFlag(args, QStringLiteral("-h"))) {
    printOut(QString::fromUtf8(kUsage));
    return ExitOk;
  }
  const bool force = takeFlag(args, QStringLiteral("--force"));
  const auto settingIndex = takeSettingOption(args);
  if (!settingIndex) return ExitUsage;
  if (args.size() < 2) {
    return usageError(QStringLiteral("set needs FILE and PATH=VALUE; see 'autoscale set --help'"));
  }
  const QString file = args.takeFirst();
  auto document = loadSettingFile(file);
  if (!document) return ExitUsage;
  const models::Diagnostics before = problemsOf(*document);

  for (const QString& argument : args) {
    const auto assignment = splitAssignment(argument);
    if (!assignment) {
      return usageError(QStringLiteral("'%1' is not PATH=VALUE").arg(argument));
    }
    const auto path = resolveUserPath(*document, assignment->path, *settingIndex);
    if (!path) return ExitUsage;
    const Json value = valueFor(assignment->value, models::schemaFieldType(*document, *path));
    const models::Status status = document->setValue(*path, value);
    if (!status) {
      return usageError(
          QStringLiteral("%1: %2").arg(file, QString::fromStdString(status.error.message)));
    }
  }

  models::Diagnostics introduced;
  for (const models::Diagnostic& problem : problemsOf(*document)) {
    const bool old = std::any_of(before.begin(), before.end(), [&](const models::Diagnostic& b) {
      return sameProblem(problem, b);
    });
    if (!old) introduced.push_back(problem);
  }
  if (!introduced.empty()) {
    for (const models::Diagnostic& problem : introduced) printErr(formatDiagnostic(file, problem));
    if (!force) {
      printErr(QStringLiteral("autoscale: %1 was not changed: the edit would make it invalid "
                              "(use --force to write it anyway)\n")
                   .arg(file));
      return ExitFindings;
    }
  }
  if (!document->isModified()) return ExitOk;
  return saveSettingFile(file, document->text()) ? ExitOk : ExitUsage;
}

const CommandRegistration registration{
    {"set", "edit values of a settings file in place, keeping its layout", 21, &runSet}};

}  // namespace
}  // namespace autoscale::cli
