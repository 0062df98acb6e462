#include <QAbstractItemModelTester>
#include <QTest>

#include "models/setting/settingdocument.h"
#include "ui/itemmodels/problemsmodel.h"
#include "ui/itemmodels/rulesmodel.h"

using namespace autoscale;

class TestItemModels final : public QObject {
  Q_OBJECT

 private slots:
  void rulesModelShowsOneLinePerRule() {
    const std::string text = R"({"properties":{"name":"s","targetResourceUri":"/x","profiles":[
      {"name":"d","capacity":{"minimum":"1","maximum":"4","default":"1"},"rules":[
        {"metricTrigger":{"metricName":"CpuUtilizationPercentage","metricResourceUri":"/x",
          "timeGrain":"PT1M","statistic":"Average","timeWindow":"PT5M","timeAggregation":"Average",
          "operator":"GreaterThan","threshold":70},
         "scaleAction":{"direction":"Increase","type":"ChangeCount","value":"2","cooldown":"PT5M"}},
        {"scaleAction":{"direction":"Decrease","type":"PercentChangeCount","value":"20","cooldown":"PT10M"},
         "metricTrigger":{"metricName":"RequestsPerMinute","metricResourceUri":"/x",
          "timeGrain":"PT1M","statistic":"Average","timeWindow":"PT15M","timeAggregation":"Total",
          "operator":"LessThanOrEqual","threshold":10.5,"dividePerInstance":true}}]}]}})";
    auto loaded = models::SettingDocument::load(text);
    QVERIFY(loaded.document);
    const auto setting = loaded.document->setting();

    ui::RulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRules(setting.profiles.at(0).rules);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(),
             QStringLiteral("Increase count by 2 when average CpuUtilizationPercentage > 70 over 5 "
                            "minutes"));
    QCOMPARE(model.index(1, 0).data().toString(),
             QStringLiteral("Decrease percent by 20 when total RequestsPerMinute ≤ 10.5 over 15 "
                            "minutes, per instance"));
    QCOMPARE(model.index(1, 0).data(ui::RulesModel::JsonPathRole).toString(),
             QStringLiteral("$.properties.profiles[0].rules[1]"));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("grain")));
    model.setRules({});
    QCOMPARE(model.rowCount(), 0);
  }

  void problemsModelListsDiagnostics() {
    ui::ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    models::Diagnostic error;
    error.severity = models::Severity::Error;
    error.code = "AS0301";
    error.jsonPath = "$.properties.profiles[0].capacity";
    error.message = "The minimum is above the maximum.";
    error.location = {12, 7};
    models::Diagnostic warning;
    warning.severity = models::Severity::Warning;
    warning.jsonPath = "$.properties.profiles[0]";
    warning.message = "No scale-in rule.";
    model.setDiagnostics({error, warning});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 1);
    QVERIFY(model.index(0, ui::ProblemsModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("AS0301")));
    QVERIFY(model.index(0, ui::ProblemsModel::LocationColumn)
                .data()
                .toString()
                .contains(QStringLiteral("line 12")));
    QCOMPARE(model.index(0, 0).data(ui::ProblemsModel::LineRole).toInt(), 12);
    QCOMPARE(model.index(1, 0).data(ui::ProblemsModel::JsonPathRole).toString(),
             QStringLiteral("$.properties.profiles[0]"));
    model.setDiagnostics({});
    QCOMPARE(model.rowCount(), 0);
  }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
