#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "backend/files/documentfile.h"

using autoscale::backend::contentHash;
using autoscale::backend::DocumentFile;

class TestDocumentFile final : public QObject {
  Q_OBJECT

 private slots:
  void writeThenReadGivesTheSameBytes() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("setting.json"));
    const QByteArray bytes = "{\n  \"name\": \"s\",\n  \"threshold\": 10.0\n}\n";
    auto written = DocumentFile::writeAtomically(path, bytes);
    QVERIFY2(written.ok(), written.ok() ? "" : written.error().message.c_str());
    QCOMPARE(written->contentHash, contentHash(bytes));
    auto read = DocumentFile::read(path);
    QVERIFY(read.ok());
    QCOMPARE(read->bytes, bytes);
    QCOMPARE(read->contentHash, written->contentHash);
    QVERIFY(read->lastModified.isValid());
  }

  void replacingKeepsNoTemporaryFiles() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.json"));
    QVERIFY(DocumentFile::writeAtomically(path, "one").ok());
    QVERIFY(DocumentFile::writeAtomically(path, "two").ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.json")});
    QCOMPARE(DocumentFile::read(path)->bytes, QByteArray("two"));
  }

  void missingFileIsAClearError() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nope.json"));
    auto read = DocumentFile::read(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, std::string("file.read"));
    QVERIFY(QString::fromStdString(read.error().message).contains(path));
  }

  void writeIntoMissingFolderFails() {
    QTemporaryDir dir;
    auto written =
        DocumentFile::writeAtomically(dir.filePath(QStringLiteral("no/such/dir/x.json")), "x");
    QVERIFY(!written.ok());
    QVERIFY(!written.error().message.empty());
  }
};

QTEST_GUILESS_MAIN(TestDocumentFile)
#include "tst_documentfile.moc"
