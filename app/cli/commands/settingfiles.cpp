#include "settingfiles.h"

#include <QFile>
#include <QSaveFile>

namespace autoscale::cli {

models::Result<nlohmann::ordered_json> readJsonFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    return models::Result<nlohmann::ordered_json>::failure(
        "IO", "cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
  }
  const std::string text = file.readAll().toStdString();
  try {
    return nlohmann::ordered_json::parse(text);
  } catch (const nlohmann::ordered_json::parse_error& error) {
    // Line and column of the byte where parsing stopped.
    const std::size_t end = std::min<std::size_t>(error.byte > 0 ? error.byte - 1 : 0, text.size());
    int line = 1, column = 1;
    for (std::size_t i = 0; i < end; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    return models::Result<nlohmann::ordered_json>::failure(
        "AS0001", path.toStdString() + ":" + std::to_string(line) + ":" + std::to_string(column) +
                      ": not valid JSON; fix the syntax there (" + error.what() + ")");
  }
}

models::Status writeJsonFile(const QString& path, const nlohmann::ordered_json& json) {
  const std::string text = json.dump(2) + "\n";
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(text.data(), static_cast<qint64>(text.size())) !=
          static_cast<qint64>(text.size()) ||
      !file.commit()) {
    return models::Status::failure(
        "IO", "cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
  }
  return models::Status::success();
}

QString pulledCopyPath(const QString& documentPath) {
  return documentPath + QStringLiteral(".pulled");
}

}  // namespace autoscale::cli
