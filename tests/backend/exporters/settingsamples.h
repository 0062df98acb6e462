#pragma once

// Settings used by the export and import tests, and a semantic comparison of JSON values.

#include <QFile>
#include <QFloat16>  // complete before QCOMPARE sees JSON values (they convert to anything)
#include <QString>
#include <QTest>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace samples {

using Json = nlohmann::ordered_json;

inline QString goldenDir() {
  return QStringLiteral(AUTOSCALE_TEST_DATA_DIR "/golden");
}

inline std::string readText(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll().toStdString();
}

// Parsed JSON of a file; discarded when it is missing or not JSON.
inline Json readJson(const QString& path) {
  return Json::parse(readText(path), nullptr, false);
}

struct Sample {
  std::string name;
  Json resource;
};

// The walkthrough setting, the official createOrUpdate example (its response body: the
// resource as GET returns it) and a setting with a fixed date, dimensions, percent changes
// and webhooks.
inline std::vector<Sample> settingSamples() {
  const Json example = readJson(
      QStringLiteral(AUTOSCALE_SHARED_DIR
                     "/reference/azure/2022-10-01/examples/createOrUpdateAutoscaleSetting.json"));
  Json body = example.is_discarded() ? Json() : example["responses"]["200"]["body"];
  return {{"walkthrough", readJson(goldenDir() + QStringLiteral("/settings/walkthrough.json"))},
          {"createorupdate-example", std::move(body)},
          {"checkout-fixed-date",
           readJson(goldenDir() + QStringLiteral("/settings/checkout-fixed-date.json"))}};
}

inline std::map<std::string, std::string> walkthroughVariables() {
  std::map<std::string, std::string> variables;
  const std::string text = readText(goldenDir() + QStringLiteral("/scripts/walkthrough.vars"));
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    const std::string line = text.substr(start, end == std::string::npos ? end : end - start);
    if (const auto equals = line.find('='); equals != std::string::npos) {
      variables[line.substr(0, equals)] = line.substr(equals + 1);
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return variables;
}

// The JSONPath of the first place where `a` and `b` differ as JSON values (object key order
// does not matter, numbers compare by value), or "" when they are equal.
inline std::string firstDifference(const Json& a, const Json& b, const std::string& path = "$") {
  if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>() ? "" : path;
  if (a.type() != b.type()) return path + " (type)";
  if (a.is_object()) {
    if (a.size() != b.size()) {
      for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key())) return path + "." + it.key() + " (only left)";
      }
      for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key())) return path + "." + it.key() + " (only right)";
      }
    }
    for (auto it = a.begin(); it != a.end(); ++it) {
      if (!b.contains(it.key())) return path + "." + it.key() + " (only left)";
      const std::string difference =
          firstDifference(it.value(), b.at(it.key()), path + "." + it.key());
      if (!difference.empty()) return difference;
    }
    return "";
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return path + " (length)";
    for (std::size_t i = 0; i < a.size(); ++i) {
      const std::string difference =
          firstDifference(a[i], b[i], path + "[" + std::to_string(i) + "]");
      if (!difference.empty()) return difference;
    }
    return "";
  }
  return a == b ? "" : path;
}

}  // namespace samples

// QCOMPARE prints JSON values as JSON.
namespace QTest {
template <>
inline char* toString(const samples::Json& value) {
  return qstrdup(value.dump().c_str());
}
}  // namespace QTest
