#include <QTest>

#include "models/setting/fieldtypes.h"
#include "models/setting/settingtemplates.h"
#include "models/time/timezones.h"

using namespace autoscale::models;

class TestSettingTemplates final : public QObject {
  Q_OBJECT

 private slots:
  void blankSettingDocument() {
    BlankSettingOptions options;
    options.name = "my-setting";
    options.targetResourceUri =
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/v";
    options.instanceCount = 3;
    const SettingDocument document = autoscale::models::blankSetting(options);
    QCOMPARE(document.shape(), DocumentShape::Resource);
    QVERIFY(!document.isModified());
    QCOMPARE(document.canonicalText(), document.text());
    QVERIFY(checkFieldTypes(document).empty());
    const AutoscaleSetting setting = document.setting();
    QCOMPARE(setting.resourceName, std::string("my-setting"));
    QCOMPARE(setting.name, std::string("my-setting"));
    QCOMPARE(setting.enabled.value, std::optional(true));
    QCOMPARE(setting.targetResourceUri, options.targetResourceUri);
    QCOMPARE(setting.profiles.size(), std::size_t(1));
    QVERIFY(setting.profiles[0].isDefault());
    QCOMPARE(setting.profiles[0].capacity.maximum.valueOr(0), 3LL);
    QVERIFY(setting.profiles[0].rules.empty());
    // Instance counts are strings, as the API spells them.
    QVERIFY(document.json()["properties"]["profiles"][0]["capacity"]["minimum"].is_string());
  }

  void azureMlWalkthroughSetting() {
    AzureMlDeployment deployment;
    deployment.endpoint = "ep1";
    deployment.deployment = "blue";
    const SettingDocument document = azureMlDeploymentSetting(deployment);
    QCOMPARE(document.shape(), DocumentShape::Resource);
    QVERIFY(checkFieldTypes(document).empty());
    const AutoscaleSetting setting = document.setting();
    QCOMPARE(setting.targetResourceUri, deployment.deploymentResourceId());
    QVERIFY(setting.targetResourceUri.find("/onlineEndpoints/ep1/deployments/blue") !=
            std::string::npos);
    QCOMPARE(setting.profiles.size(), std::size_t(3));

    const ScaleProfile& main = setting.profiles[0];
    QCOMPARE(main.name, std::string("my-scale-settings"));
    QVERIFY(main.isDefault());
    QCOMPARE(main.capacity.minimum.valueOr(0), 2LL);
    QCOMPARE(main.capacity.maximum.valueOr(0), 5LL);
    QCOMPARE(main.capacity.defaultCount.valueOr(0), 2LL);
    QCOMPARE(main.rules.size(), std::size_t(3));
    const ScaleRule& out = main.rules[0];
    QCOMPARE(out.metricTrigger.metricName, std::string("CpuUtilizationPercentage"));
    QCOMPARE(out.metricTrigger.op.value, std::optional(ComparisonOperator::GreaterThan));
    QCOMPARE(out.metricTrigger.threshold.valueOr(0), 70.0);
    QCOMPARE(out.metricTrigger.timeWindowSeconds.valueOr(0), 300LL);
    QCOMPARE(out.metricTrigger.timeAggregation.value, std::optional(TimeAggregation::Average));
    QCOMPARE(out.scaleAction.direction.value, std::optional(ScaleDirection::Increase));
    QCOMPARE(out.scaleAction.value.valueOr(0), 2LL);
    const ScaleRule& in = main.rules[1];
    QCOMPARE(in.metricTrigger.op.value, std::optional(ComparisonOperator::LessThan));
    QCOMPARE(in.metricTrigger.threshold.valueOr(0), 30.0);
    QCOMPARE(in.scaleAction.direction.value, std::optional(ScaleDirection::Decrease));
    QCOMPARE(in.scaleAction.value.valueOr(0), 1LL);
    const ScaleRule& latency = main.rules[2];
    QCOMPARE(latency.metricTrigger.metricName, std::string("RequestLatency"));
    QCOMPARE(latency.metricTrigger.metricResourceUri, deployment.endpointResourceId());
    QCOMPARE(latency.scaleAction.value.valueOr(0), 1LL);

    const ScaleProfile& weekend = setting.profiles[1];
    QCOMPARE(weekend.name, std::string("weekend-profile"));
    QVERIFY(weekend.recurrence.has_value());
    QCOMPARE(weekend.recurrence->frequency, std::string("Week"));
    QCOMPARE(weekend.recurrence->schedule.days, (std::vector<std::string>{"Saturday", "Sunday"}));
    QVERIFY(isKnownWindowsTimeZone(weekend.recurrence->schedule.timeZone));
    QCOMPARE(weekend.recurrence->schedule.timeZone, std::string("Pacific Standard Time"));
    QCOMPARE(weekend.capacity.minimum.valueOr(0), 2LL);
    QCOMPARE(weekend.capacity.maximum.valueOr(0), 2LL);
    QVERIFY(weekend.rules.empty());

    const ScaleProfile& paired = setting.profiles[2];
    QVERIFY(paired.paired.has_value());
    QCOMPARE(paired.paired->name, std::string("my-scale-settings"));
    QCOMPARE(paired.paired->forProfile, std::string("weekend-profile"));
    QCOMPARE(paired.recurrence->schedule.days, weekend.recurrence->schedule.days);
    QCOMPARE(paired.recurrence->schedule.hours, std::vector<int>{23});
    QCOMPARE(paired.recurrence->schedule.minutes, std::vector<int>{59});
    QCOMPARE(paired.rules.size(), std::size_t(3));
    QCOMPARE(paired.capacity.maximum.valueOr(0), 5LL);
  }

  void templatesRoundTripThroughText() {
    const SettingDocument document = azureMlDeploymentSetting();
    const auto reloaded = SettingDocument::load(document.text());
    QVERIFY(reloaded.document);
    QCOMPARE(reloaded.document->text(), document.text());
    QVERIFY(reloaded.document->json() == azureMlDeploymentSettingJson());
  }
};

QTEST_GUILESS_MAIN(TestSettingTemplates)
#include "tst_settingtemplates.moc"
