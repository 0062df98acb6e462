// The JSON tab validates as you type, never applies invalid JSON, and applies valid text as
// one undoable edit; a file that does not parse opens there and is never overwritten.
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>

#include "backend/files/documentfile.h"
#include "guihelpers.h"
#include "ui/document/editordocument.h"
#include "ui/itemmodels/problemsmodel.h"
#include "ui/json/jsontab.h"
#include "ui/shell/documentmanager.h"
#include "ui/shell/documentview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/problemsdock.h"
#include "ui/shell/recentfiles.h"

using namespace autoscale::ui;

namespace {

const QByteArray kValid = R"({
  "properties": {
    "name": "s",
    "enabled": true,
    "targetResourceUri": "/x",
    "profiles": [
      { "name": "d", "capacity": { "minimum": "1", "maximum": "2", "default": "1" }, "rules": [] }
    ]
  }
}
)";

// Selects everything and pastes `text` over it, as a user pasting a fixed file would.
void replaceEditorText(QPlainTextEdit* editor, const QString& text) {
  editor->setFocus();
  editor->selectAll();
  editor->insertPlainText(text);
}

}  // namespace

class TestJsonTab final : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void invalidTextIsMarkedAndNeverApplied() {
    EditorDocument document;
    document.load(kValid);
    JsonTab tab(document);
    tab.show();
    auto* editor = child<QPlainTextEdit>(&tab, "jsonEditor");
    auto* apply = child<QPushButton>(&tab, "applyJsonButton");
    QCOMPARE(editor->toPlainText(), QString::fromUtf8(kValid));
    QVERIFY(!apply->isEnabled());

    replaceEditorText(editor, QStringLiteral("{\n  \"properties\": {\n    \"name\": ,\n  }\n}"));
    QTRY_VERIFY(
        child<QLabel>(&tab, "jsonStatusLabel")->text().startsWith(QStringLiteral("Line 3")));
    QVERIFY(!apply->isEnabled());
    QCOMPARE(editor->extraSelections().size(), 1);
    QCOMPARE(editor->extraSelections().front().cursor.blockNumber(), 2);
    tab.apply();  // even when asked directly
    QCOMPARE(document.bytes(), kValid);
    QCOMPARE(document.undoStack()->count(), 0);
  }

  void validTextIsOneUndoableEdit() {
    EditorDocument document;
    document.load(kValid);
    JsonTab tab(document);
    tab.show();
    auto* editor = child<QPlainTextEdit>(&tab, "jsonEditor");
    QString changed = QString::fromUtf8(kValid);
    changed.replace(QStringLiteral("\"maximum\": \"2\""), QStringLiteral("\"maximum\": \"6\""));
    replaceEditorText(editor, changed);
    auto* apply = child<QPushButton>(&tab, "applyJsonButton");
    QTRY_VERIFY(apply->isEnabled());
    click(apply);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.setting().profiles.at(0).capacity.maximum.value, 6LL);
    document.undoStack()->undo();
    QCOMPARE(document.bytes(), kValid);
    // The editor follows the document when it holds no edits of its own.
    QCOMPARE(editor->toPlainText(), QString::fromUtf8(kValid));
  }

  void unparsedFileOpensInJsonAndIsNeverOverwritten() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    const QByteArray broken = "{\n  \"properties\": {\n    \"name\": \"s\",,\n  }\n}\n";
    QVERIFY(autoscale::backend::DocumentFile::writeAtomically(path, broken).ok());

    DocumentManager documents(nullptr);
    RecentFiles recent;
    MainWindow window(documents, recent, DocumentTabRegistry::withStandardTabs());
    window.setConfirmClose(false);
    QVERIFY(window.openFile(path));
    window.show();
    DocumentView* view = window.currentView();
    QCOMPARE(view->tabs()->currentWidget(), view->tab(QStringLiteral("json")));
    window.refreshProblems();
    QCOMPARE(window.problems()->model()->errorCount(), 1);
    QVERIFY(window.problems()->model()->diagnostics().front().location.line == 3);

    // Typing keeps it broken: the save is refused and the file keeps its bytes.
    auto* editor = child<QPlainTextEdit>(view, "jsonEditor");
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" "));
    QVERIFY(!window.saveDocument(&view->document()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
    file.close();

    // Fixed and applied, it saves.
    replaceEditorText(editor, QString::fromUtf8(kValid));
    QTRY_VERIFY(child<QPushButton>(view, "applyJsonButton")->isEnabled());
    click(child<QPushButton>(view, "applyJsonButton"));
    QVERIFY(view->document().isParsed());
    QVERIFY(window.saveDocument(&view->document()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kValid);
  }

  void externalChangeIsOfferedNotApplied() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    QVERIFY(autoscale::backend::DocumentFile::writeAtomically(path, kValid).ok());
    DocumentManager documents(nullptr);
    RecentFiles recent;
    MainWindow window(documents, recent, DocumentTabRegistry::withStandardTabs());
    window.setConfirmClose(false);
    QVERIFY(window.openFile(path));
    window.show();
    DocumentView* view = window.currentView();
    QByteArray theirs = kValid;
    theirs.replace("\"name\": \"s\"", "\"name\": \"theirs\"");
    {
      QFile file(path);
      QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
      file.write(theirs);
    }
    QWidget* bar = child<QWidget>(view, "externalChangeBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
    QCOMPARE(view->document().bytes(), kValid);  // nothing changes until the user chooses
    click(child<QPushButton>(view, "reloadButton"));
    QCOMPARE(view->document().bytes(), theirs);
    QVERIFY(!view->document().isModified());
    QVERIFY(!bar->isVisible());
  }
};

QTEST_MAIN(TestJsonTab)
#include "tst_jsontab.moc"
