#pragma once

// Reading the fixture files the model tests share: the official API examples and the
// hand-written settings under tests/data/settings.

#include <QDir>
#include <QFile>
#include <QStringList>
#include <string>

inline QString referenceExamplesDir() {
  return QStringLiteral(AUTOSCALE_SHARED_DIR "/reference/azure/2022-10-01/examples");
}

inline QString settingsFixturesDir() {
  return QStringLiteral(AUTOSCALE_TEST_DATA_DIR "/settings");
}

inline QStringList referenceExampleFiles() {
  QStringList files;
  const QDir dir(referenceExamplesDir());
  for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
    files << dir.filePath(name);
  }
  return files;
}

inline std::string readFileBytes(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  const QByteArray bytes = file.readAll();
  return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}
