// Behaviour of the validator beyond the fixtures: the catalog's own rules, source locations,
// path spelling, lenient formats, the flapping computation and robustness on odd trees.
#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "../testfiles.h"
#include "models/json/jsonpath.h"
#include "models/validation/diagnosticcatalog.h"
#include "models/validation/validator.h"

using namespace autoscale::models;
using Json = nlohmann::ordered_json;

namespace {

// A clean resource with one default profile: scale out above 70, in below `inThreshold`.
Json setting(double inThreshold = 30, const char* inType = "ChangeCount", const char* inValue = "1",
             const char* maximum = "5") {
  const auto rule = [](const char* direction, const char* op, double threshold, const char* type,
                       const char* value) {
    return Json{
        {"metricTrigger",
         {{"metricName", "CpuUtilizationPercentage"},
          {"metricNamespace",
           "microsoft.machinelearningservices/workspaces/"
           "onlineendpoints/deployments"},
          {"metricResourceUri", "/subscriptions/s/resourceGroups/g/providers/x/y/z"},
          {"timeGrain", "PT1M"},
          {"statistic", "Average"},
          {"timeWindow", "PT10M"},
          {"timeAggregation", "Average"},
          {"operator", op},
          {"threshold", threshold}}},
        {"scaleAction",
         {{"direction", direction}, {"type", type}, {"value", value}, {"cooldown", "PT10M"}}}};
  };
  return Json{{"location", "West Europe"},
              {"properties",
               {{"enabled", true},
                {"targetResourceUri", "/subscriptions/s/resourceGroups/g/providers/x/y/z"},
                {"profiles",
                 {{{"name", "default"},
                   {"capacity", {{"minimum", "1"}, {"maximum", maximum}, {"default", "1"}}},
                   {"rules",
                    {rule("Increase", "GreaterThan", 70, "ChangeCount", "1"),
                     rule("Decrease", "LessThan", inThreshold, inType, inValue)}}}}}}}};
}

const Diagnostic* findCode(const Diagnostics& diagnostics, const char* code) {
  const auto it = std::find_if(diagnostics.begin(), diagnostics.end(),
                               [code](const Diagnostic& d) { return d.code == code; });
  return it == diagnostics.end() ? nullptr : &*it;
}

QString describe(const Diagnostics& diagnostics) {
  QString text;
  for (const auto& d : diagnostics) {
    text += QStringLiteral("\n  %1 %2 %3")
                .arg(QString::fromStdString(d.code), QString::fromStdString(d.jsonPath),
                     QString::fromStdString(d.message));
  }
  return text;
}

}  // namespace

class TestValidator final : public QObject {
  Q_OBJECT

 private slots:
  void catalogCodesAreStableAndComplete() {
    const QRegularExpression format(QStringLiteral("^AS[0-3]\\d{3}$"));
    std::set<std::string_view> seen;
    std::string_view previous;
    for (const DiagnosticInfo& info : diagnosticCatalog()) {
      const QString code = QString::fromLatin1(info.code.data(), qsizetype(info.code.size()));
      QVERIFY2(format.match(code).hasMatch(), qPrintable(code));
      QVERIFY2(seen.insert(info.code).second, qPrintable(code + QStringLiteral(" twice")));
      QVERIFY2(previous < info.code, qPrintable(code + QStringLiteral(" out of order")));
      previous = info.code;
      QVERIFY(!info.summary.empty() && !info.hint.empty());
      QVERIFY2(info.summary.back() == '.' && info.hint.back() == '.', qPrintable(code));
      QCOMPARE(&diagnosticInfo(info.id), &info);
      QCOMPARE(findDiagnosticInfo(info.code), &info);
      // Lint never blocks: a legal setting is never an error.
      if (info.code.substr(0, 3) == "AS3") QVERIFY(info.severity != Severity::Error);
    }
    QCOMPARE(findDiagnosticInfo("AS9999"), nullptr);
  }

  void cleanSettingHasNoDiagnostics() {
    const Diagnostics diagnostics = validateText(setting().dump(2));
    QVERIFY2(diagnostics.empty(), qPrintable(describe(diagnostics)));
  }

  void locationsPointAtTheValue() {
    const std::string text =
        "{\n"
        "  \"location\": \"West Europe\",\n"
        "  \"properties\": {\n"
        "    \"enabled\": true,\n"
        "    \"targetResourceUri\": \"/subscriptions/s\",\n"
        "    \"profiles\": [\n"
        "      {\n"
        "        \"name\": \"default\",\n"
        "        \"capacity\": {\"minimum\": \"1\", \"maximum\": \"x\", \"default\": \"1\"},\n"
        "        \"rules\": []\n"
        "      }\n"
        "    ]\n"
        "  }\n"
        "}\n";
    const Diagnostics diagnostics = validateText(text);
    const Diagnostic* notInteger = findCode(diagnostics, "AS1008");
    QVERIFY2(notInteger, qPrintable(describe(diagnostics)));
    QCOMPARE(QString::fromStdString(notInteger->jsonPath),
             QStringLiteral("$.properties.profiles[0].capacity.maximum"));
    QCOMPARE(notInteger->location.line, 9);
    // The opening quote of "x" on line 9.
    const std::size_t line9 = text.find("        \"capacity\"");
    QCOMPARE(notInteger->location.column, int(text.find("\"x\"") - line9) + 1);
  }

  void missingPropertyPointsAtItsObject() {
    Json tree = setting();
    tree["properties"]["profiles"][0].erase("capacity");
    const std::string text = tree.dump(2);
    const Diagnostics diagnostics = validateText(text);
    const Diagnostic* missing = findCode(diagnostics, "AS1002");
    QVERIFY(missing);
    QCOMPARE(QString::fromStdString(missing->jsonPath),
             QStringLiteral("$.properties.profiles[0].capacity"));
    QCOMPARE(missing->location.line, 7);  // the `{` of the profile: `{`, location, properties,
                                          // enabled, target, profiles, then the profile
  }

  void diagnosticsComeInFileOrder() {
    Json tree = setting();
    tree["properties"]["profiles"][0]["rules"][1]["scaleAction"]["cooldown"] = "P9D";
    tree["location"] = 5;
    tree["properties"]["profiles"][0]["capacity"]["minimum"] = "-3";
    const Diagnostics diagnostics = validateText(tree.dump(2));
    QVERIFY(diagnostics.size() >= 3);
    QVERIFY(std::is_sorted(diagnostics.begin(), diagnostics.end(),
                           [](const Diagnostic& a, const Diagnostic& b) {
                             return a.location.line < b.location.line;
                           }));
  }

  void oddKeysPrintAsJsonPathAndParseBack() {
    Json tree = setting();
    tree["tags"] = {{"cost center", 42}};
    const Diagnostics diagnostics = validateText(tree.dump(2));
    const Diagnostic* converted = findCode(diagnostics, "AS1005");
    QVERIFY(converted);
    QCOMPARE(QString::fromStdString(converted->jsonPath), QStringLiteral("$.tags['cost center']"));
    const auto parsed = JsonPath::parse(converted->jsonPath);
    QVERIFY(parsed);
    QCOMPARE(parsed->toString(), converted->jsonPath);
    QVERIFY(converted->location.line > 0);
  }

  void validateJsonMatchesValidateTextWithoutLocations() {
    Json tree = setting();
    tree["properties"]["profiles"][0]["rules"][0]["metricTrigger"]["timeGrain"] = "PT20H";
    const Diagnostics fromTree = validateJson(tree);
    const Diagnostics fromText = validateText(tree.dump(2));
    QCOMPARE(fromTree.size(), fromText.size());
    QVERIFY(findCode(fromTree, "AS2010"));
    QCOMPARE(findCode(fromTree, "AS2010")->location.line, 0);
  }

  void durationsFollowTheService() {
    Json tree = setting();
    auto& trigger = tree["properties"]["profiles"][0]["rules"][0]["metricTrigger"];
    trigger["timeWindow"] = "PT10m";  // any case
    tree["properties"]["profiles"][0]["rules"][0]["scaleAction"]["cooldown"] = "PT5M5M";
    QVERIFY(!findCode(validateJson(tree), "AS1006"));
    trigger["timeWindow"] = "00:10:00";  // .NET TimeSpan: readable, but not what the API takes
    const Diagnostics diagnostics = validateJson(tree);
    const Diagnostic* bad = findCode(diagnostics, "AS1006");
    QVERIFY(bad);
    QCOMPARE(QString::fromStdString(bad->hint), QStringLiteral("Write it as PT10M."));
  }

  void timeZonesMatchIgnoringCase() {
    Json tree = setting();
    auto profile = tree["properties"]["profiles"][0];
    profile["name"] = "launch";
    profile["fixedDate"] = {{"timeZone", "pacific standard time"},
                            {"start", "2025-06-01T08:00:00"},
                            {"end", "2025-06-01T20:00:00"}};
    tree["properties"]["profiles"].push_back(profile);
    QVERIFY(!findCode(validateJson(tree), "AS3006"));
    tree["properties"]["profiles"][1]["fixedDate"]["timeZone"] = "Pacific Time";
    QVERIFY(findCode(validateJson(tree), "AS3006"));
  }

  void flappingUsesTheEngineEstimate_data() {
    QTest::addColumn<double>("inThreshold");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("maximum");
    QTest::addColumn<bool>("flapping");
    // 2 → 1 doubles the per-instance value: 30 → 60 stays below 70, 36 → 72 does not.
    QTest::newRow("30/70 by one") << 30.0 << "ChangeCount"
                                  << "1"
                                  << "5" << false;
    QTest::newRow("35/70 by one") << 35.0 << "ChangeCount"
                                  << "1"
                                  << "5" << false;
    QTest::newRow("36/70 by one") << 36.0 << "ChangeCount"
                                  << "1"
                                  << "5" << true;
    // Halving 10 → 5 doubles (40 → 80); 3 → 1 (half of 3 rounds to 2) triples (20 → 60).
    QTest::newRow("40/70 by half") << 40.0 << "PercentChangeCount"
                                   << "50"
                                   << "10" << true;
    QTest::newRow("20/70 by half") << 20.0 << "PercentChangeCount"
                                   << "50"
                                   << "10" << false;
    // Straight to 1 from 10: 10 → 100.
    QTest::newRow("10/70 to one") << 10.0 << "ExactCount"
                                  << "1"
                                  << "10" << true;
    QTest::newRow("6/70 to one") << 6.0 << "ExactCount"
                                 << "1"
                                 << "10" << false;
  }
  void flappingUsesTheEngineEstimate() {
    QFETCH(double, inThreshold);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, maximum);
    QFETCH(bool, flapping);
    const Diagnostics diagnostics = validateJson(
        setting(inThreshold, qPrintable(type), qPrintable(value), qPrintable(maximum)));
    QVERIFY2((findCode(diagnostics, "AS3001") != nullptr) == flapping,
             qPrintable(describe(diagnostics)));
  }

  void flappingNeedsTheSameMetric() {
    Json tree = setting(60);
    QVERIFY(findCode(validateJson(tree), "AS3001"));
    tree["properties"]["profiles"][0]["rules"][1]["metricTrigger"]["metricName"] = "RequestLatency";
    QVERIFY(!findCode(validateJson(tree), "AS3001"));
  }

  void expressionsAreInfoAndNotChecked() {
    Json tree = setting();
    tree["properties"]["profiles"][0]["rules"][0]["metricTrigger"]["threshold"] =
        "[parameters('threshold')]";
    tree["properties"]["enabled"] = "[parameters('enabled')]";
    const Diagnostics diagnostics = validateJson(tree);
    QVERIFY(!hasErrors(diagnostics));
    QCOMPARE(std::count_if(diagnostics.begin(), diagnostics.end(),
                           [](const Diagnostic& d) { return d.code == "AS1004"; }),
             2);
    QVERIFY(!findCode(diagnostics, "AS1003"));
  }

  void oddTreesGiveDiagnosticsNotCrashes_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("string") << QByteArray("\"properties\"");
    QTest::newRow("properties null") << QByteArray(R"({"properties": null})");
    QTest::newRow("profiles odd") << QByteArray(R"({"profiles": [null, 1, "x", [], {}]})");
    QTest::newRow("rules odd") << QByteArray(
        R"({"profiles": [{"name": 1, "capacity": [], "rules": [[], null, 3]}]})");
    QTest::newRow("triggers odd") << QByteArray(
        R"({"profiles": [{"rules": [{"metricTrigger": [], "scaleAction": "x"}]}]})");
    QTest::newRow("schedule odd") << QByteArray(
        R"({"profiles": [{"recurrence": {"schedule": {"days": [1, null], "hours": "8"}}}]})");
    QTest::newRow("huge numbers") << QByteArray(
        R"({"profiles": [{"capacity": {"minimum": 1e308, "maximum": "99999999999999999999",
            "default": 18446744073709551615}, "rules": []}]})");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
  }
  void oddTreesGiveDiagnosticsNotCrashes() {
    QFETCH(QByteArray, text);
    const Diagnostics diagnostics = validateText(text.toStdString());
    QVERIFY(hasErrors(diagnostics));
    for (const Diagnostic& d : diagnostics) {
      QVERIFY(!d.code.empty() && !d.message.empty() && !d.jsonPath.empty());
    }
  }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
