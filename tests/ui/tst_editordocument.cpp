#include <QSignalSpy>
#include <QTest>

#include "ui/document/editordocument.h"

using autoscale::models::JsonPath;
using autoscale::ui::EditorDocument;

namespace {

// Odd but valid formatting that a lossless editor must keep byte for byte.
const QByteArray kSetting = R"({
    "location": "westus2",
    "properties": {
        "name": "s",  "enabled": true,
        "targetResourceUri": "/subscriptions/x/resourceGroups/rg/providers/p/t/n",
        "profiles": [ { "name": "default",
            "capacity": { "minimum": "1", "maximum": "3", "default": "1" },
            "rules": [] } ]
    }
}
)";

JsonPath maximum() {
  return JsonPath()
      .child("properties")
      .child("profiles")
      .index(0)
      .child("capacity")
      .child("maximum");
}

}  // namespace

class TestEditorDocument final : public QObject {
  Q_OBJECT

 private slots:
  void undoGivesBackTheExactBytes() {
    EditorDocument document;
    document.load(kSetting);
    QVERIFY(document.hasSetting());
    QVERIFY(!document.isModified());
    QVERIFY(document.setValue(maximum(), "7", QStringLiteral("max"), false).ok());
    QVERIFY(
        document.removeValue(JsonPath().child("properties").child("enabled"), QStringLiteral("rm"))
            .ok());
    QVERIFY(document.isModified());
    QVERIFY(document.bytes() != kSetting);
    const QByteArray edited = document.bytes();
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.bytes(), kSetting);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    document.undoStack()->redo();
    QCOMPARE(document.bytes(), edited);
    QCOMPARE(document.setting().profiles.at(0).capacity.maximum.value, 7LL);
  }

  void typingIntoOneFieldIsOneStep() {
    EditorDocument document;
    document.load(kSetting);
    for (const char* value : {"1", "10", "100"}) {
      QVERIFY(document.setValue(maximum(), value, QStringLiteral("max")).ok());
    }
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.setting().profiles.at(0).capacity.maximum.value, 100LL);
    // Another field starts a new step.
    QVERIFY(
        document.setValue(JsonPath().child("properties").child("name"), "t", QStringLiteral("name"))
            .ok());
    QCOMPARE(document.undoStack()->count(), 2);
  }

  void typingBackTheOldValueLeavesNothingToUndo() {
    EditorDocument document;
    document.load(kSetting);
    QVERIFY(document.setValue(maximum(), "4", QStringLiteral("max")).ok());
    QVERIFY(document.setValue(maximum(), "3", QStringLiteral("max")).ok());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.bytes(), kSetting);
    QVERIFY(!document.isModified());
  }

  void savedStateIsTheCleanState() {
    EditorDocument document;
    document.load(kSetting);
    QSignalSpy modified(&document, &EditorDocument::modifiedChanged);
    QVERIFY(document.setValue(maximum(), "5", QStringLiteral("max")).ok());
    QCOMPARE(modified.count(), 1);
    document.markSaved();
    QVERIFY(!document.isModified());
    // An edit after saving does not merge into the saved step.
    QVERIFY(document.setValue(maximum(), "6", QStringLiteral("max")).ok());
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
  }

  void failedEditsChangeNothing() {
    EditorDocument document;
    document.load(kSetting);
    const auto status = document.removeValue(
        JsonPath().child("properties").child("profiles").index(9), QStringLiteral("rm"));
    QVERIFY(!status.ok());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.bytes(), kSetting);
  }

  void invalidJsonIsNeverApplied() {
    EditorDocument document;
    document.load(kSetting);
    const auto status = document.replaceText("{ \"properties\": ", QStringLiteral("json"));
    QVERIFY(!status.ok());
    QCOMPARE(document.bytes(), kSetting);
    QVERIFY(
        document.replaceText("{\"properties\":{\"profiles\":[]}}", QStringLiteral("json")).ok());
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.bytes(), kSetting);
  }

  void unparsedFileKeepsItsTextAndRefusesFormEdits() {
    EditorDocument document;
    const QByteArray broken = "{ \"properties\": { \"name\": \"x\", } \n";
    document.load(broken);
    QVERIFY(!document.isParsed());
    QVERIFY(document.state().syntaxError.has_value());
    QVERIFY(document.state().syntaxError->location.line >= 1);
    QCOMPARE(document.bytes(), broken);
    QVERIFY(!document.setValue(maximum(), "2", QStringLiteral("max")).ok());
    // Fixing the text in the JSON tab makes it a setting again, undoably.
    QVERIFY(document.replaceText(kSetting.toStdString(), QStringLiteral("fix")).ok());
    QVERIFY(document.hasSetting());
    document.undoStack()->undo();
    QCOMPARE(document.bytes(), broken);
  }
};

QTEST_GUILESS_MAIN(TestEditorDocument)
#include "tst_editordocument.moc"
