// The shell: the Problems panel jumps to what it lists, templates, ARM import, recent files.
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include "backend/files/documentfile.h"
#include "guihelpers.h"
#include "models/validation/validator.h"
#include "ui/configure/configuretab.h"
#include "ui/document/editordocument.h"
#include "ui/itemmodels/problemsmodel.h"
#include "ui/shell/documentmanager.h"
#include "ui/shell/documentview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/problemsdock.h"
#include "ui/shell/recentfiles.h"

using namespace autoscale::ui;

namespace {

const QByteArray kFaulty = R"({
  "location": "westus2",
  "properties": {
    "name": "faulty",
    "enabled": true,
    "targetResourceUri": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/onlineEndpoints/e/deployments/d",
    "profiles": [
      {
        "name": "default",
        "capacity": { "minimum": "4", "maximum": "2", "default": "4" },
        "rules": []
      }
    ],
    "notifications": [
      { "operation": "Scale", "webhooks": [ { "serviceUri": "http://hooks.example.com/x", "properties": {} } ] }
    ]
  }
}
)";

struct Shell {
  DocumentManager documents{nullptr};
  RecentFiles recent;
  MainWindow window{documents, recent, DocumentTabRegistry::withStandardTabs()};
  Shell() {
    window.setConfirmClose(false);
    window.setDiagnosticsProvider([](const EditorDocument& document) {
      return autoscale::models::validate(*document.document());
    });
  }
};

int rowWhere(const ProblemsModel& model, const QString& pathPart) {
  for (int row = 0; row < model.rowCount(); ++row) {
    if (model.index(row, 0).data(ProblemsModel::JsonPathRole).toString().contains(pathPart)) {
      return row;
    }
  }
  return -1;
}

void clickRow(QTableView* view, int row) {
  const QRect cell = view->visualRect(view->model()->index(row, ProblemsModel::MessageColumn));
  QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

}  // namespace

class TestMainWindow final : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void problemsAreListedAndAClickJumpsThere() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("faulty.json"));
    QVERIFY(autoscale::backend::DocumentFile::writeAtomically(path, kFaulty).ok());
    Shell shell;
    QVERIFY(shell.window.openFile(path));
    shell.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shell.window));
    shell.window.refreshProblems();
    const ProblemsModel& model = *shell.window.problems()->model();
    QVERIFY(model.errorCount() >= 1);
    DocumentView* view = shell.window.currentView();
    QTableView* table = shell.window.problems()->view();

    const int webhook = rowWhere(model, QStringLiteral("webhooks"));
    QVERIFY(webhook >= 0);
    clickRow(table, webhook);
    QCOMPARE(view->tabs()->currentWidget(), view->tab(QStringLiteral("notify")));

    const int capacity = rowWhere(model, QStringLiteral("capacity"));
    QVERIFY(capacity >= 0);
    clickRow(table, capacity);
    QCOMPARE(view->tabs()->currentWidget(), view->tab(QStringLiteral("configure")));

    // Fixing the limits in the form clears that problem as you edit.
    typeInto(child<QSpinBox>(view->configureTab(), "maximumSpin"), QStringLiteral("6"));
    QTRY_COMPARE(rowWhere(model, QStringLiteral("capacity.m")), -1);
  }

  void aSyntaxErrorJumpsToItsLine() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(
        autoscale::backend::DocumentFile::writeAtomically(path, "{\n  \"a\": 1,\n  \"b\" 2\n}\n")
            .ok());
    Shell shell;
    QVERIFY(shell.window.openFile(path));
    shell.window.show();
    shell.window.refreshProblems();
    const ProblemsModel& model = *shell.window.problems()->model();
    QCOMPARE(model.rowCount(), 1);
    const int line = model.index(0, 0).data(ProblemsModel::LineRole).toInt();
    QCOMPARE(line, 3);
    clickRow(shell.window.problems()->view(), 0);
    DocumentView* view = shell.window.currentView();
    QCOMPARE(view->tabs()->currentWidget(), view->tab(QStringLiteral("json")));
    auto* editor = child<QPlainTextEdit>(view, "jsonEditor");
    QCOMPARE(editor->textCursor().blockNumber() + 1, line);
  }

  void newFromTemplates() {
    Shell shell;
    shell.window.newFromTemplate(QStringLiteral("blank"));
    shell.window.newFromTemplate(QStringLiteral("azureml-deployment"));
    QCOMPARE(shell.documents.documents().size(), 2);
    const EditorDocument* blank = shell.documents.documents().at(0);
    QVERIFY(blank->hasSetting());
    QCOMPARE(blank->setting().profiles.size(), std::size_t{1});
    QVERIFY(blank->filePath().isEmpty());
    const EditorDocument* azureMl = shell.documents.documents().at(1);
    QCOMPARE(azureMl->setting().profiles.size(), std::size_t{3});
    // The weekend condition and its end-time copy are one card.
    ConfigureTab* configure = shell.window.currentView()->configureTab();
    QCOMPARE(configure->cards().size(), std::size_t{2});
    // Deleting it (from its own card's button) takes the copy along, as one undo step.
    shell.window.show();
    click(child<QAbstractButton>(configure->cards().at(1), "deleteConditionButton"));
    QCOMPARE(azureMl->setting().profiles.size(), std::size_t{1});
    QCOMPARE(configure->cards().size(), std::size_t{1});
    const_cast<EditorDocument*>(azureMl)->undoStack()->undo();
    QCOMPARE(azureMl->setting().profiles.size(), std::size_t{3});
    QCOMPARE(configure->cards().size(), std::size_t{2});
  }

  void importsOneSettingOfAnArmTemplate() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("template.json"));
    const QByteArray arm = R"({
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "parameters": { "maxCount": { "type": "string", "defaultValue": "4" } },
      "resources": [
        { "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2022-09-01", "name": "st" },
        { "type": "Microsoft.Insights/autoscalesettings", "apiVersion": "2022-10-01",
          "name": "imported-setting", "location": "eastus",
          "properties": { "name": "imported-setting", "enabled": true, "targetResourceUri": "/x",
            "profiles": [ { "name": "default",
              "capacity": { "minimum": "1", "maximum": "[parameters('maxCount')]", "default": "1" },
              "rules": [] } ] } } ] })";
    QVERIFY(autoscale::backend::DocumentFile::writeAtomically(path, arm).ok());
    Shell shell;
    QVERIFY(shell.window.importArmTemplate(path));
    QCOMPARE(shell.documents.documents().size(), 1);
    const EditorDocument* imported = shell.documents.documents().front();
    QVERIFY(imported->filePath().isEmpty());  // a new document, the template stays as it is
    QCOMPARE(imported->setting().name, std::string("imported-setting"));
    // ARM expressions are kept verbatim.
    QCOMPARE(imported->setting().profiles.at(0).capacity.maximum.expression,
             std::optional<std::string>("[parameters('maxCount')]"));
  }

  void openedFilesBecomeRecent() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recent.json"));
    QVERIFY(autoscale::backend::DocumentFile::writeAtomically(path, kFaulty).ok());
    Shell shell;
    shell.recent.clear();
    QVERIFY(shell.window.openFile(path));
    QCOMPARE(shell.recent.files().value(0), QFileInfo(path).absoluteFilePath());
    QVERIFY(!shell.window.openFile(dir.filePath(QStringLiteral("missing.json"))));
    QCOMPARE(shell.recent.files().size(), 1);
  }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
