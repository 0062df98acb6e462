#include <QTest>

#include "../testfiles.h"
#include "models/setting/settingdocument.h"

using namespace autoscale::models;

namespace {

SettingDocument loadOrFail(const std::string& text) {
  auto loaded = SettingDocument::load(text);
  if (!loaded.document) qFatal("load failed: %s", loaded.syntaxError->message.c_str());
  return *loaded.document;
}

// The first and last byte where two texts differ: [first, lastA) in a, [first, lastB) in b.
struct TextDiff {
  std::size_t first;
  std::size_t endA;
  std::size_t endB;
};

TextDiff diffRange(const std::string& a, const std::string& b) {
  std::size_t first = 0;
  while (first < a.size() && first < b.size() && a[first] == b[first]) ++first;
  std::size_t endA = a.size();
  std::size_t endB = b.size();
  while (endA > first && endB > first && a[endA - 1] == b[endB - 1]) --endA, --endB;
  return {first, endA, endB};
}

}  // namespace

class TestSettingDocument final : public QObject {
  Q_OBJECT

 private slots:
  void referenceExamplesRoundTrip_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("expectedSettings");
    const QStringList files = referenceExampleFiles();
    QCOMPARE(files.size(), 7);
    // Settings per file: createOrUpdate holds the request and the 200 and 201 bodies; the list
    // responses hold one setting each; patch holds the request and the response.
    const QMap<QString, int> counts{{QStringLiteral("GetPredictiveMetric.json"), 0},
                                    {QStringLiteral("createOrUpdateAutoscaleSetting.json"), 3},
                                    {QStringLiteral("deleteAutoscaleSetting.json"), 0},
                                    {QStringLiteral("getAutoscaleSetting.json"), 1},
                                    {QStringLiteral("listAutoscaleSetting.json"), 1},
                                    {QStringLiteral("listAutoscaleSettingBySubscription.json"), 1},
                                    {QStringLiteral("patchAutoscaleSetting.json"), 2}};
    for (const QString& file : files) {
      const QString name = QFileInfo(file).fileName();
      QTest::newRow(qPrintable(name)) << file << counts.value(name, -1);
    }
  }
  void referenceExamplesRoundTrip() {
    QFETCH(QString, file);
    QFETCH(int, expectedSettings);
    const std::string text = readFileBytes(file);
    QVERIFY(!text.empty());
    const SettingDocument document = loadOrFail(text);
    QCOMPARE(document.text(), text);
    QVERIFY(!document.isModified());
    QCOMPARE(int(document.settings().size()), expectedSettings);
    QCOMPARE(document.shape(), expectedSettings ? DocumentShape::Embedded : DocumentShape::Unknown);
    for (std::size_t i = 0; i < document.settings().size(); ++i) {
      const AutoscaleSetting setting = document.setting(i);
      QCOMPARE(setting.profiles.size(), std::size_t(2));
      QCOMPARE(setting.profiles[0].name, std::string("adios"));
      QCOMPARE(setting.profiles[0].capacity.maximum.valueOr(-1), 10LL);
      QCOMPARE(setting.profiles[0].rules.size(), std::size_t(2));
      QCOMPARE(setting.profiles[0].rules[0].metricTrigger.threshold.valueOr(0), 10.0);
      QCOMPARE(setting.profiles[0].rules[1].scaleAction.cooldownSeconds.valueOr(0), 360LL);
      QVERIFY(setting.profiles[0].fixedDate.has_value());
      QVERIFY(setting.profiles[1].recurrence.has_value());
      QCOMPARE(setting.profiles[1].recurrence->schedule.days,
               std::vector<std::string>{std::string("1")});
      // Each element's path leads back to it in the file.
      const auto rulePath = JsonPath::parse(setting.profiles[0].rules[1].jsonPath);
      QVERIFY(rulePath.has_value());
      const auto* rule = document.find(*rulePath);
      QVERIFY(rule);
      QCOMPARE((*rule)["scaleAction"]["value"].get<std::string>(), std::string("2"));
    }
  }

  void setOneFieldChangesOnlyItsText_data() { referenceExamplesRoundTrip_data(); }
  void setOneFieldChangesOnlyItsText() {
    QFETCH(QString, file);
    QFETCH(int, expectedSettings);
    const std::string text = readFileBytes(file);
    for (int i = 0; i < expectedSettings; ++i) {
      SettingDocument document = loadOrFail(text);
      const JsonPath path = document.settingPath(
          *JsonPath::parse("$.properties.profiles[1].capacity.maximum"), std::size_t(i));
      const SourceLocation before = document.locate(path);
      QVERIFY(before.line > 0);
      QVERIFY(document.setValue(path, "7").ok());
      QVERIFY(document.isModified());
      const TextDiff diff = diffRange(text, document.text());
      // Only the value's bytes changed: "10" became "7" at the value's own offset.
      QCOMPARE(text.substr(diff.first - 1, diff.endA - diff.first + 2), std::string("\"10\""));
      QCOMPARE(document.text().substr(diff.first - 1, diff.endB - diff.first + 2),
               std::string("\"7\""));
      QCOMPARE(document.locate(path).line, before.line);
      QCOMPARE(document.setting(std::size_t(i)).profiles[1].capacity.maximum.valueOr(0), 7LL);
    }
  }

  void structuralEditsAndTextReplacement() {
    const std::string text =
        readFileBytes(referenceExamplesDir() + QStringLiteral("/getAutoscaleSetting.json"));
    SettingDocument document = loadOrFail(text);
    const JsonPath rules = document.settingPath(*JsonPath::parse("properties.profiles[0].rules"));
    const std::string secondRule(document.sourceText(rules.index(1)));
    QVERIFY(document.moveArrayElement(rules.index(1), 0).ok());
    QCOMPARE(std::string(document.sourceText(rules.index(0))), secondRule);
    QCOMPARE(document.setting().profiles[0].rules[0].scaleAction.direction.value,
             std::optional(ScaleDirection::Decrease));
    QVERIFY(document.moveArrayElement(rules.index(0), 1).ok());
    QCOMPARE(document.text(), text);  // moved back: the same bytes
    QVERIFY(!document.isModified());

    QVERIFY(document.removeValue(rules.index(0)).ok());
    QCOMPARE(document.setting().profiles[0].rules.size(), std::size_t(1));
    QVERIFY(
        document
            .insertValue(rules.index(1), nlohmann::ordered_json{{"scaleAction", {{"value", "3"}}}})
            .ok());
    QCOMPARE(document.setting().profiles[0].rules[1].scaleAction.value.valueOr(0), 3LL);

    // Failed edits change nothing.
    const std::string before = document.text();
    QVERIFY(!document.removeValue(*JsonPath::parse("$.nothing.here")).ok());
    QVERIFY(!document.insertValue(rules.index(9), 1).ok());
    QVERIFY(!document.setValue(*JsonPath::parse("$.responses.missing.deeper"), 1).ok());
    const Status broken = document.replaceText("{\"a\": }");
    QVERIFY(!broken.ok());
    QVERIFY(
        QString::fromStdString(broken.error.message).contains(QStringLiteral("line 1, column 7")));
    QCOMPARE(document.text(), before);

    QVERIFY(document.replaceText(text).ok());
    QVERIFY(!document.isModified());
    QCOMPARE(document.settings().size(), std::size_t(1));
  }

  void copiesAreIndependentSnapshots() {
    SettingDocument document = loadOrFail(
        readFileBytes(referenceExamplesDir() + QStringLiteral("/getAutoscaleSetting.json")));
    const SettingDocument snapshot = document;
    QVERIFY(document.setValue(document.settingPath(*JsonPath::parse("properties.enabled")), false)
                .ok());
    QCOMPARE(snapshot.setting().enabled.value, std::optional(true));
    QCOMPARE(document.setting().enabled.value, std::optional(false));
  }

  void syntaxErrorsAreDiagnostics() {
    const auto loaded =
        SettingDocument::load("{\n  \"properties\": {\n    \"profiles\": [\n  }\n}");
    QVERIFY(!loaded.document);
    QVERIFY(loaded.syntaxError);
    QCOMPARE(loaded.syntaxError->code, std::string("AS0001"));
    QCOMPARE(loaded.syntaxError->severity, Severity::Error);
    QCOMPARE(loaded.syntaxError->location.line, 4);
    QCOMPARE(loaded.syntaxError->location.column, 3);
    QVERIFY(!loaded.syntaxError->message.empty());
  }
};

QTEST_GUILESS_MAIN(TestSettingDocument)
#include "tst_settingdocument.moc"
