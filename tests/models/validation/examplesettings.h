#pragma once

// The autoscale settings inside the official API examples: request bodies and responses, each
// as the JSON text a user would save from it.

#include <QDir>
#include <QFile>
#include <QString>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../testfiles.h"

struct ExampleSetting {
  QString name;  // "createOrUpdateAutoscaleSetting.json $.parameters.parameters"
  std::string text;
};

inline void collectSettings(const nlohmann::ordered_json& value, const QString& where,
                            std::vector<ExampleSetting>& out, const QString& file) {
  if (value.is_object()) {
    const auto properties = value.find("properties");
    if (properties != value.end() && properties->is_object() && properties->contains("profiles")) {
      out.push_back({file + QLatin1Char(' ') + where, value.dump(2)});
      return;
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
      collectSettings(*it, where + QLatin1Char('.') + QString::fromStdString(it.key()), out, file);
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      collectSettings(value[i], where + QStringLiteral("[%1]").arg(i), out, file);
    }
  }
}

inline std::vector<ExampleSetting> exampleSettings() {
  std::vector<ExampleSetting> settings;
  const QDir dir(referenceExamplesDir());
  for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
    QFile in(dir.filePath(file));
    if (!in.open(QIODevice::ReadOnly)) continue;
    const QByteArray bytes = in.readAll();
    const auto tree = nlohmann::ordered_json::parse(bytes.begin(), bytes.end(), nullptr, false);
    collectSettings(tree, QStringLiteral("$"), settings, file);
  }
  return settings;
}

inline std::string createOrUpdateRequestBody() {
  for (const auto& setting : exampleSettings()) {
    if (setting.name.startsWith(QLatin1String("createOrUpdate")) &&
        setting.name.endsWith(QLatin1String("$.parameters.parameters"))) {
      return setting.text;
    }
  }
  return {};
}
