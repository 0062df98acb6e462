#include "settingfile.h"

#include <QFile>
#include <QSaveFile>

#include "cliio.h"

namespace autoscale::cli {

std::optional<models::SettingDocument> loadSettingFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    usageError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return std::nullopt;
  }
  const QByteArray bytes = file.readAll();
  auto loaded =
      models::SettingDocument::load(std::string(bytes.constData(), std::size_t(bytes.size())));
  if (!loaded.document) {
    printErr(formatDiagnostic(path, *loaded.syntaxError));
    return std::nullopt;
  }
  return std::move(*loaded.document);
}

bool saveSettingFile(const QString& path, const std::string& text) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
    usageError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return false;
  }
  return true;
}

QString formatDiagnostic(const QString& file, const models::Diagnostic& diagnostic) {
  QString text = file;
  if (diagnostic.location.line > 0) {
    text += QStringLiteral(":%1:%2").arg(diagnostic.location.line).arg(diagnostic.location.column);
  }
  text += QStringLiteral(": %1: %2")
              .arg(QLatin1String(models::severityName(diagnostic.severity)),
                   QString::fromStdString(diagnostic.message));
  if (!diagnostic.code.empty()) {
    text += QStringLiteral(" [%1]").arg(QString::fromStdString(diagnostic.code));
  }
  text += QLatin1Char('\n');
  if (!diagnostic.hint.empty()) {
    text += QStringLiteral("  hint: %1\n").arg(QString::fromStdString(diagnostic.hint));
  }
  return text;
}

std::optional<models::JsonPath> resolveUserPath(const models::SettingDocument& document,
                                                const QString& text, std::size_t settingIndex) {
  const QByteArray utf8 = text.toUtf8();
  const auto parsed =
      models::JsonPath::parse(std::string_view(utf8.constData(), std::size_t(utf8.size())));
  if (!parsed) {
    usageError(QStringLiteral("'%1' is not a path; write it like $.properties.profiles[0].name "
                              "or properties.profiles[0].name")
                   .arg(text));
    return std::nullopt;
  }
  if (text.trimmed().startsWith(QLatin1Char('$'))) return parsed;
  const models::JsonPath inSetting = document.settingPath(*parsed, settingIndex);
  const bool reachable =
      document.find(inSetting) || (!inSetting.isRoot() && document.find(inSetting.parent()));
  if (!reachable && document.find(*parsed)) return parsed;
  return inSetting;
}

std::optional<std::size_t> takeSettingOption(QStringList& args) {
  const int at = args.indexOf(QStringLiteral("--setting"));
  if (at < 0) return std::size_t(0);
  bool ok = false;
  const int index = at + 1 < args.size() ? args.at(at + 1).toInt(&ok) : -1;
  if (!ok || index < 0) {
    usageError(QStringLiteral("--setting needs the index of a setting in the file (0, 1, …)"));
    return std::nullopt;
  }
  args.remove(at, 2);
  return std::size_t(index);
}

bool takeFlag(QStringList& args, const QString& flag) {
  return args.removeAll(flag) > 0;
}

}  // namespace autoscale::cli
