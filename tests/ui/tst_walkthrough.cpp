// Builds the Azure ML walkthrough setting through the Configure tab's widgets alone, saves it
// and compares the file with a hand-written fixture; then undoes and redoes every step.
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <nlohmann/json.hpp>

#include "guihelpers.h"
#include "models/setting/settingtemplates.h"
#include "ui/configure/conditioncardwidget.h"
#include "ui/configure/configuretab.h"
#include "ui/document/editordocument.h"
#include "ui/rules/scalerulepanel.h"
#include "ui/shell/documentmanager.h"
#include "ui/shell/documentview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentfiles.h"

using namespace autoscale::ui;

namespace {

const QString kEndpoint = QStringLiteral(
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/"
    "Microsoft.MachineLearningServices/workspaces/ml-workspace/onlineEndpoints/my-endpoint");

nlohmann::json parse(const QByteArray& bytes) {
  return nlohmann::json::parse(bytes.toStdString(), nullptr, false);
}

}  // namespace

class TestWalkthrough final : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void buildsTheWalkthroughThroughTheWidgets() {
    DocumentManager documents(nullptr);
    RecentFiles recent;
    MainWindow window(documents, recent, DocumentTabRegistry::withStandardTabs());
    window.setConfirmClose(false);
    // The starting point: a blank setting on the deployment (what the portal opens on it).
    autoscale::models::BlankSettingOptions blank;
    blank.name = "blue-autoscale";
    blank.location = "westus2";
    blank.targetResourceUri = (kEndpoint + QStringLiteral("/deployments/blue")).toStdString();
    documents.create(QByteArray::fromStdString(autoscale::models::blankSetting(blank).text()),
                     QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DocumentView* view = window.currentView();
    QVERIFY(view);
    EditorDocument& document = view->document();
    const QByteArray original = document.bytes();
    ConfigureTab* configure = view->configureTab();
    QVERIFY(configure);

    // Setting name.
    typeInto(child<QLineEdit>(configure, "settingNameEdit"), QStringLiteral("my-scale-settings"));

    // The default condition: renamed, metric based, min 2 / max 5 / default 2.
    QCOMPARE(configure->cards().size(), std::size_t{1});
    QWidget* card = configure->cards().at(0);
    QVERIFY(child<QLabel>(card, "defaultConditionNote")->isVisible());
    QVERIFY(!child<QAbstractButton>(card, "deleteConditionButton")->isEnabled());
    typeInto(child<QLineEdit>(card, "conditionNameEdit"), QStringLiteral("my-scale-settings"));
    click(child<QRadioButton>(card, "scaleByMetricRadio"));
    typeInto(child<QSpinBox>(card, "maximumSpin"), QStringLiteral("5"));
    typeInto(child<QSpinBox>(card, "minimumSpin"), QStringLiteral("2"));
    typeInto(child<QSpinBox>(card, "defaultSpin"), QStringLiteral("2"));

    // Rule 1: +2 when CpuUtilizationPercentage > 70, average over 5 minutes.
    click(child<QPushButton>(card, "addRuleButton"));
    ScaleRulePanel* panel = configure->rulePanel();
    QVERIFY(panel && panel->isVisible());
    QCOMPARE(child<QComboBox>(panel, "metricNameCombo")->currentData().toString(),
             QStringLiteral("CpuUtilizationPercentage"));
    QCOMPARE(child<QDoubleSpinBox>(panel, "thresholdSpin")->value(), 70.0);  // portal default
    QCOMPARE(child<QSpinBox>(panel, "durationSpin")->value(), 10);           // portal default
    QCOMPARE(child<QSpinBox>(panel, "cooldownSpin")->value(), 5);            // portal default
    typeInto(child<QSpinBox>(panel, "durationSpin"), QStringLiteral("5"));
    typeInto(child<QSpinBox>(panel, "instanceCountSpin"), QStringLiteral("2"));
    // Only a scale-out rule so far: the panel says so.
    QVERIFY(child<QLabel>(panel, "ruleWarningsLabel")->text().contains(QStringLiteral("scale-in")));
    click(child<QPushButton>(panel, "acceptRuleButton"));
    QCOMPARE(document.setting().profiles.at(0).rules.size(), std::size_t{1});

    // Rule 2: −1 when CpuUtilizationPercentage < 30, average over 5 minutes.
    click(child<QPushButton>(card, "addRuleButton"));
    child<QComboBox>(panel, "operatorCombo")->setCurrentIndex(2);  // Less than
    typeInto(child<QDoubleSpinBox>(panel, "thresholdSpin"), QStringLiteral("30"));
    typeInto(child<QSpinBox>(panel, "durationSpin"), QStringLiteral("5"));
    child<QComboBox>(panel, "operationCombo")->setCurrentIndex(3);  // Decrease count by
    typeInto(child<QSpinBox>(panel, "instanceCountSpin"), QStringLiteral("1"));
    click(child<QPushButton>(panel, "acceptRuleButton"));

    // Rule 3: +1 when the endpoint's RequestLatency > 70, average over 5 minutes.
    click(child<QPushButton>(card, "addRuleButton"));
    child<QComboBox>(panel, "metricSourceCombo")->setCurrentIndex(1);  // Other resource
    auto* resource = child<QLineEdit>(panel, "metricResourceEdit");
    QVERIFY(resource->isEnabled());
    resource->selectAll();
    QTest::keyClicks(resource, kEndpoint);
    auto* metricNamespace = child<QComboBox>(panel, "metricNamespaceCombo");
    metricNamespace->setCurrentIndex(1);  // the endpoint's namespace
    auto* metric = child<QComboBox>(panel, "metricNameCombo");
    const int latency = metric->findData(QStringLiteral("RequestLatency"));
    QVERIFY(latency >= 0);
    metric->setCurrentIndex(latency);
    typeInto(child<QSpinBox>(panel, "durationSpin"), QStringLiteral("5"));
    click(child<QPushButton>(panel, "acceptRuleButton"));

    // Every rule reads as one plain-language line.
    auto* rules = child<QAbstractItemView>(card, "rulesView");
    QCOMPARE(rules->model()->rowCount(), 3);
    QCOMPARE(rules->model()->index(0, 0).data().toString(),
             QStringLiteral("Increase count by 2 when average CpuUtilizationPercentage > 70 over "
                            "5 minutes"));

    // The weekend condition: Saturday and Sunday, Pacific Standard Time, 2/2/2.
    click(child<QPushButton>(configure, "addConditionButton"));
    QCOMPARE(configure->cards().size(), std::size_t{2});
    QWidget* weekend = configure->cards().at(1);
    typeInto(child<QLineEdit>(weekend, "conditionNameEdit"), QStringLiteral("weekend-profile"));
    click(child<QRadioButton>(weekend, "scaleToCountRadio"));
    typeInto(child<QSpinBox>(weekend, "instanceCountSpin"), QStringLiteral("2"));
    QVERIFY(child<QRadioButton>(weekend, "repeatDaysRadio")->isChecked());
    auto* zone = child<QComboBox>(weekend, "timeZoneCombo");
    const int pacific = zone->findText(QStringLiteral("Pacific Standard Time"));
    QVERIFY(pacific >= 0);
    zone->setCurrentIndex(pacific);
    for (const char* day : {"dayMonday", "dayTuesday", "dayWednesday", "dayThursday", "dayFriday",
                            "daySaturday", "daySunday"}) {
      click(child<QCheckBox>(weekend, day));  // weekdays off, weekend on
    }
    click(child<QCheckBox>(weekend, "endTimeCheck"));
    child<QTimeEdit>(weekend, "endTimeEdit")->setTime(QTime(23, 59));

    // Written with the paired default profile, shown as one card.
    QCOMPARE(document.setting().profiles.size(), std::size_t{3});
    QCOMPARE(configure->cards().size(), std::size_t{2});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my-scale-settings.json"));
    QVERIFY(window.saveDocumentAs(&document, path));
    QVERIFY(!document.isModified());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray result = saved.readAll();
    QFile fixture(QStringLiteral(AUTOSCALE_SOURCE_DIR "/tests/ui/data/walkthrough-expected.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const auto expected = parse(fixture.readAll());
    const auto actual = parse(result);
    QVERIFY(!actual.is_discarded());
    if (actual != expected) {
      QFAIL(qPrintable(QStringLiteral("saved file differs from the fixture:\n") +
                       QString::fromUtf8(result)));
    }
    // The same setting as File → New from template → Azure ML deployment produces.
    autoscale::models::AzureMlDeployment where;
    where.resourceGroup = "ml-rg";
    where.workspace = "ml-workspace";
    where.location = "westus2";
    where.settingName = "my-scale-settings";
    const auto fromTemplate = parse(
        QByteArray::fromStdString(autoscale::models::azureMlDeploymentSettingJson(where).dump()));
    QCOMPARE(QString::fromStdString(actual.dump(2)), QString::fromStdString(fromTemplate.dump(2)));

    // Undo every step: the original bytes; redo every step: the result again.
    QUndoStack* stack = document.undoStack();
    QVERIFY(stack->count() >= 12);  // schedule changes of one condition merge into one step
    int steps = 0;
    while (stack->canUndo() && steps++ < 1000) stack->undo();
    QCOMPARE(document.bytes(), original);
    QCOMPARE(configure->cards().size(), std::size_t{1});
    steps = 0;
    while (stack->canRedo() && steps++ < 1000) stack->redo();
    QCOMPARE(document.bytes(), result);
    QVERIFY(!document.isModified());
  }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
