// The shapes a settings file comes in (PascalCase resource, ARM template, bare properties,
// other layouts), read and edited through SettingDocument.
#include <QTest>

#include "../testfiles.h"
#include "models/setting/settingdocument.h"

using namespace autoscale::models;
using Json = nlohmann::ordered_json;

namespace {

SettingDocument loadFixture(const char* name) {
  const std::string text =
      readFileBytes(settingsFixturesDir() + QLatin1Char('/') + QLatin1String(name));
  auto loaded = SettingDocument::load(text);
  if (!loaded.document) qFatal("%s does not load", name);
  if (loaded.document->text() != text) qFatal("%s does not round-trip", name);
  return *loaded.document;
}

JsonPath path(const char* text) {
  return *JsonPath::parse(text);
}

// The bytes that differ between two texts, as (removed, added).
std::pair<std::string, std::string> changedBytes(const std::string& a, const std::string& b) {
  std::size_t first = 0;
  while (first < a.size() && first < b.size() && a[first] == b[first]) ++first;
  std::size_t endA = a.size();
  std::size_t endB = b.size();
  while (endA > first && endB > first && a[endA - 1] == b[endB - 1]) --endA, --endB;
  return {a.substr(first, endA - first), b.substr(first, endB - first)};
}

}  // namespace

class TestSettingShapes final : public QObject {
  Q_OBJECT

 private slots:
  void pascalCaseResourceReads() {
    const SettingDocument document = loadFixture("pascalcase.json");
    QCOMPARE(document.shape(), DocumentShape::Resource);
    QCOMPARE(document.settings().size(), std::size_t(1));
    QCOMPARE(document.settings()[0].properties.toString(), std::string("$.Properties"));
    const AutoscaleSetting setting = document.setting();
    QCOMPARE(setting.resourceName, std::string("pascal"));
    QCOMPARE(setting.location, std::string("West Europe"));
    QCOMPARE(setting.tags.size(), std::size_t(1));
    QCOMPARE(setting.tags[0].first, std::string("$type"));
    QCOMPARE(setting.enabled.valueOr(false), true);
    QCOMPARE(setting.profiles.size(), std::size_t(1));
    const ScaleProfile& profile = setting.profiles[0];
    QCOMPARE(profile.jsonPath, std::string("$.Properties.Profiles[0]"));
    QVERIFY(profile.isDefault());
    QCOMPARE(profile.capacity.defaultCount.valueOr(0), 2LL);
    const ScaleRule& rule = profile.rules[0];
    QCOMPARE(rule.jsonPath, std::string("$.Properties.Profiles[0].Rules[0]"));
    QCOMPARE(rule.metricTrigger.metricName, std::string("CpuPercentage"));
    QCOMPARE(rule.metricTrigger.op.value, std::optional(ComparisonOperator::GreaterThanOrEqual));
    QCOMPARE(rule.metricTrigger.threshold.valueOr(0), 80.0);
    QCOMPARE(rule.metricTrigger.timeWindowSeconds.valueOr(0), 600LL);
    QCOMPARE(rule.metricTrigger.dimensions.size(), std::size_t(1));
    QCOMPARE(rule.metricTrigger.dimensions[0].name, std::string("Instance"));
    QCOMPARE(rule.metricTrigger.dimensions[0].values, std::vector<std::string>{"*"});
    QCOMPARE(rule.scaleAction.direction.value, std::optional(ScaleDirection::Increase));
    QCOMPARE(rule.scaleAction.cooldownSeconds.valueOr(0), 600LL);
  }

  void pascalCaseResourceEditsKeepItsCase() {
    SettingDocument document = loadFixture("pascalcase.json");
    const std::string original = document.text();
    // camelCase paths reach PascalCase keys; only the value text changes.
    QVERIFY(document.setValue(path("$.properties.profiles[0].capacity.maximum"), "6").ok());
    QCOMPARE(changedBytes(original, document.text()),
             std::make_pair(std::string("4"), std::string("6")));
    // A new key joins in PascalCase, and so do the keys inside a new object.
    QVERIFY(document
                .setValue(
                    path("$.properties.profiles[0].rules[0].metricTrigger.metricResourceLocation"),
                    "westeurope")
                .ok());
    QVERIFY(document.text().find("\"MetricResourceLocation\": \"westeurope\"") !=
            std::string::npos);
    QVERIFY(document
                .setValue(path("$.properties.predictiveAutoscalePolicy"),
                          Json{{"scaleMode", "Disabled"}, {"scaleLookAheadTime", "PT10M"}})
                .ok());
    QVERIFY(document.text().find(
                "\"PredictiveAutoscalePolicy\": {\n      \"ScaleMode\": \"Disabled\",\n"
                "      \"ScaleLookAheadTime\": \"PT10M\"\n    }") != std::string::npos);
    QVERIFY(document.setting().predictiveAutoscalePolicy.has_value());
    QCOMPARE(document.setting().predictiveAutoscalePolicy->scaleLookAheadSeconds.valueOr(0), 600LL);
    // Tag keys are user data and keep their spelling.
    QVERIFY(document.setValue(path("$.tags.name"), "owner").ok());
    QVERIFY(document.text().find("\"name\": \"owner\"") != std::string::npos);
    // A new rule in a PascalCase Rules array is PascalCase too.
    QVERIFY(document
                .insertValue(path("$.properties.profiles[0].rules[1]"),
                             Json{{"scaleAction", {{"direction", "Decrease"}}}})
                .ok());
    QVERIFY(document.text().find("\"ScaleAction\": {\n              \"Direction\": \"Decrease\"") !=
            std::string::npos);
  }

  void armTemplateKeepsExpressions() {
    const SettingDocument document = loadFixture("template.json");
    QCOMPARE(document.shape(), DocumentShape::ArmTemplate);
    QCOMPARE(document.settings().size(), std::size_t(2));
    QCOMPARE(document.settings()[0].resource.toString(), std::string("$.resources[1]"));
    QCOMPARE(document.settings()[1].resource.toString(),
             std::string("$.resources[1].resources[0]"));
    const AutoscaleSetting setting = document.setting(0);
    QCOMPARE(setting.type, std::string("Microsoft.Insights/autoscalesettings"));
    QCOMPARE(setting.enabled.expression,
             std::optional<std::string>("[parameters('autoscaleEnabled')]"));
    QVERIFY(!setting.enabled.hasValue());
    const ScaleCapacity& capacity = setting.profiles[0].capacity;
    QCOMPARE(capacity.minimum.expression, std::optional<std::string>("[parameters('min')]"));
    QCOMPARE(capacity.maximum.expression, std::optional<std::string>("[parameters('max')]"));
    QVERIFY(capacity.maximum.present && !capacity.maximum.hasValue());
    const MetricTrigger& trigger = setting.profiles[0].rules[0].metricTrigger;
    QCOMPARE(trigger.threshold.expression,
             std::optional<std::string>("[parameters('cpuThreshold')]"));
    QCOMPARE(trigger.timeGrainSeconds.valueOr(0), 60LL);
    const AutoscaleSetting nested = document.setting(1);
    QCOMPARE(nested.resourceName, std::string("nested-autoscale"));
    QCOMPARE(nested.enabled.value, std::optional(false));
    QCOMPARE(nested.profiles[0].capacity.maximum.valueOr(0), 2LL);
    QVERIFY(nested.profiles[0].rules.empty());
  }

  void armTemplateEditsOneSettingAndKeepsTheRest() {
    SettingDocument document = loadFixture("template.json");
    const std::string original = document.text();
    const JsonPath nestedMax =
        document.settingPath(path("properties.profiles[0].capacity.maximum"), 1);
    QCOMPARE(nestedMax.toString(),
             std::string("$.resources[1].resources[0].properties.profiles[0].capacity.maximum"));
    QVERIFY(document.setValue(nestedMax, "4").ok());
    const auto [removed, added] = changedBytes(original, document.text());
    QCOMPARE(removed, std::string("2"));
    QCOMPARE(added, std::string("4"));
    QVERIFY(document.text().find("\"maximum\": \"[parameters('max')]\"") != std::string::npos);
    // Replacing an expression with a literal is an ordinary edit.
    QVERIFY(document
                .setValue(document.settingPath(
                              path("properties.profiles[0].rules[0].metricTrigger.threshold")),
                          80)
                .ok());
    QCOMPARE(document.setting().profiles[0].rules[0].metricTrigger.threshold.valueOr(0), 80.0);
    QVERIFY(document.text().find("[parameters('cpuThreshold')]") == std::string::npos);
  }

  void barePropertiesRead() {
    const SettingDocument document = loadFixture("bare-properties.json");
    QCOMPARE(document.shape(), DocumentShape::BareProperties);
    QVERIFY(document.settings()[0].resource.isRoot());
    QVERIFY(document.settings()[0].properties.isRoot());
    const AutoscaleSetting setting = document.setting();
    QCOMPARE(setting.jsonPath, std::string("$"));
    QVERIFY(setting.resourceName.empty());
    QCOMPARE(setting.profiles.size(), std::size_t(3));
    QVERIFY(setting.profiles[0].isDefault());
    QVERIFY(!setting.profiles[0].paired);
    QCOMPARE(setting.profiles[1].recurrence->schedule.timeZone,
             std::string("Pacific Standard Time"));
    QCOMPARE(setting.profiles[1].recurrence->schedule.days,
             (std::vector<std::string>{"Saturday", "Sunday"}));
    QCOMPARE(setting.profiles[1].recurrence->schedule.hours, std::vector<int>{0});
    const auto& paired = setting.profiles[2].paired;
    QVERIFY(paired.has_value());
    QCOMPARE(paired->name, std::string("default"));
    QCOMPARE(paired->forProfile, std::string("weekend-profile"));
    QCOMPARE(setting.profiles[2].recurrence->schedule.hours, std::vector<int>{23});
    QCOMPARE(setting.profiles[2].recurrence->schedule.minutes, std::vector<int>{59});
    QCOMPARE(setting.profiles[0].rules[0].metricTrigger.threshold.valueOr(0), 70.0);
    QCOMPARE(document.sourceText(*JsonPath::parse(setting.profiles[0].rules[0].jsonPath +
                                                  ".metricTrigger.threshold")),
             std::string_view("70.0"));
    QCOMPARE(setting.notifications.size(), std::size_t(1));
    QCOMPARE(setting.notifications[0].operation, std::string("scale"));
    QCOMPARE(setting.notifications[0].webhooks[0].properties.size(), std::size_t(1));
    QCOMPARE(setting.notifications[0].email->sendToSubscriptionAdministrator.value,
             std::optional(false));
    QVERIFY(setting.predictiveAutoscalePolicy.has_value());
    QCOMPARE(setting.predictiveAutoscalePolicy->scaleMode.value,
             std::optional(PredictiveScaleMode::Disabled));
    // `"scaleLookAheadTime": null` counts as unset.
    QVERIFY(!setting.predictiveAutoscalePolicy->scaleLookAheadSeconds.present);
    QCOMPARE(setting.predictiveAutoscalePolicy->scaleLookAheadSeconds.raw, std::string("null"));
  }

  void barePropertiesTakeResourceStylePaths() {
    SettingDocument document = loadFixture("bare-properties.json");
    const JsonPath target = document.settingPath(path("properties.profiles[0].capacity.maximum"));
    QCOMPARE(target.toString(), std::string("$.profiles[0].capacity.maximum"));
    const std::string original = document.text();
    QVERIFY(document.setValue(target, "8").ok());
    QCOMPARE(changedBytes(original, document.text()),
             std::make_pair(std::string("5"), std::string("8")));
  }

  void otherLayoutsRoundTripAndEdit_data() {
    QTest::addColumn<QString>("file");
    for (const char* name :
         {"four-spaces.json", "tabs.json", "crlf.json", "no-final-newline.json", "minified.json"}) {
      QTest::newRow(name) << QString::fromLatin1(name);
    }
  }
  void otherLayoutsRoundTripAndEdit() {
    QFETCH(QString, file);
    SettingDocument document = loadFixture(file.toLatin1().constData());
    QCOMPARE(document.shape(), DocumentShape::Resource);
    QCOMPARE(document.sourceText(path("$.properties.profiles[0].rules[0].metricTrigger.threshold")),
             std::string_view("60.0"));
    const std::string original = document.text();
    QVERIFY(
        document.setValue(path("$.properties.profiles[0].rules[0].metricTrigger.threshold"), 65.5)
            .ok());
    QCOMPARE(changedBytes(original, document.text()),
             std::make_pair(std::string("0.0"), std::string("5.5")));
    QVERIFY(document.isModified());
    QVERIFY(
        document.setValue(path("$.properties.profiles[0].rules[0].metricTrigger.threshold"), 60.0)
            .ok());
    QVERIFY(!document.isModified());  // back to the loaded bytes
  }

  void embeddedListResponse() {
    const std::string text =
        readFileBytes(referenceExamplesDir() + QStringLiteral("/listAutoscaleSetting.json"));
    const SettingDocument document = *SettingDocument::load(text).document;
    QCOMPARE(document.shape(), DocumentShape::Embedded);
    QCOMPARE(document.settings()[0].resource.toString(),
             std::string("$.responses['200'].body.value[0]"));
    QCOMPARE(document.setting().resourceName, std::string("MySetting"));
  }

  void unknownJsonHasNoSettings() {
    const SettingDocument document = *SettingDocument::load("{\"hello\": [1, 2]}").document;
    QCOMPARE(document.shape(), DocumentShape::Unknown);
    QVERIFY(document.settings().empty());
    QVERIFY(document.setting(0).profiles.empty());
    QCOMPARE(document.settingPath(path("properties.name")).toString(),
             std::string("$.properties.name"));
  }
};

QTEST_GUILESS_MAIN(TestSettingShapes)
#include "tst_settingshapes.moc"
