#include <QTest>

#include "../testfiles.h"
#include "models/setting/fieldtypes.h"

using namespace autoscale::models;
using Json = nlohmann::ordered_json;

namespace {

SettingDocument load(const std::string& text) {
  return *SettingDocument::load(text).document;
}
JsonPath path(const char* text) {
  return *JsonPath::parse(text);
}

}  // namespace

class TestFieldTypes final : public QObject {
  Q_OBJECT

 private slots:
  void validFilesHaveNoTypeErrors() {
    QStringList files = referenceExampleFiles();
    for (const char* name : {"pascalcase.json", "template.json", "bare-properties.json",
                             "crlf.json", "minified.json"}) {
      files << settingsFixturesDir() + QLatin1Char('/') + QLatin1String(name);
    }
    for (const QString& file : files) {
      const Diagnostics problems = checkFieldTypes(load(readFileBytes(file)));
      QVERIFY2(problems.empty(),
               qPrintable(file + QStringLiteral(": ") +
                          QString::fromStdString(problems.empty() ? "" : problems[0].message)));
    }
  }

  void knowsTheSchemaTypes() {
    const SettingDocument document =
        load(readFileBytes(settingsFixturesDir() + QStringLiteral("/pascalcase.json")));
    auto typeAt = [&document](const char* p) { return schemaFieldType(document, path(p)); };
    QCOMPARE(typeAt("$.Properties.Profiles[0].Capacity.Maximum"),
             std::optional(JsonFieldType::IntegerString));
    QCOMPARE(typeAt("$.Properties.Profiles[0].Rules[0].ScaleAction.Value"),
             std::optional(JsonFieldType::IntegerString));
    QCOMPARE(typeAt("$.Properties.Profiles[0].Rules[0].MetricTrigger.Threshold"),
             std::optional(JsonFieldType::Number));
    QCOMPARE(typeAt("$.Properties.Enabled"), std::optional(JsonFieldType::Boolean));
    QCOMPARE(typeAt("$.Properties.Profiles[3].Recurrence.Schedule.Hours[0]"),
             std::optional(JsonFieldType::Integer));
    QCOMPARE(typeAt("$.Properties.Profiles"), std::optional(JsonFieldType::Array));
    QCOMPARE(typeAt("$.Location"), std::optional(JsonFieldType::String));
    QCOMPARE(typeAt("$.Properties.Profiles[0].Unknown"), std::nullopt);
    QCOMPARE(typeAt("$.Tags.owner"), std::nullopt);
    QCOMPARE(typeAt("$.Elsewhere"), std::nullopt);
  }

  void reportsWrongTypesWithPathAndLine() {
    SettingDocument document =
        load(readFileBytes(referenceExamplesDir() + QStringLiteral("/getAutoscaleSetting.json")));
    const JsonPath maximum = document.settingPath(path("properties.profiles[0].capacity.maximum"));
    QVERIFY(document.setValue(maximum, 5).ok());
    const JsonPath threshold =
        document.settingPath(path("properties.profiles[0].rules[0].metricTrigger.threshold"));
    QVERIFY(document.setValue(threshold, "high").ok());
    const JsonPath enabled = document.settingPath(path("properties.enabled"));
    QVERIFY(document.setValue(enabled, "[parameters('on')]").ok());  // expressions are fine
    const JsonPath hours =
        document.settingPath(path("properties.profiles[1].recurrence.schedule.hours"));
    QVERIFY(document.setValue(hours, Json::array({5.5})).ok());
    const Diagnostics problems = checkFieldTypes(document);
    QCOMPARE(problems.size(), std::size_t(3));
    QCOMPARE(problems[0].code, std::string("AS0010"));
    QCOMPARE(problems[0].jsonPath, maximum.toString());
    QCOMPARE(problems[0].location.line, document.locate(maximum).line);
    QVERIFY(problems[0].location.line > 0);
    QVERIFY(!problems[0].hint.empty());
    QCOMPARE(problems[1].jsonPath, threshold.toString());
    QVERIFY(
        QString::fromStdString(problems[1].message).contains(QStringLiteral("must be a number")));
    QCOMPARE(problems[2].jsonPath, hours.toString() + "[0]");
  }

  void integerStringsMustHoldIntegers() {
    SettingDocument document =
        load(readFileBytes(settingsFixturesDir() + QStringLiteral("/bare-properties.json")));
    QVERIFY(document.setValue(path("$.profiles[0].capacity.minimum"), "two").ok());
    QVERIFY(document.setValue(path("$.profiles[0].capacity.maximum"), " 7 ").ok());
    const Diagnostics problems = checkFieldTypes(document);
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(problems[0].jsonPath, std::string("$.profiles[0].capacity.minimum"));
  }
};

QTEST_GUILESS_MAIN(TestFieldTypes)
#include "tst_fieldtypes.moc"
