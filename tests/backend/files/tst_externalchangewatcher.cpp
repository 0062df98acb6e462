#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "backend/files/documentfile.h"
#include "backend/files/externalchangewatcher.h"

using autoscale::backend::contentHash;
using autoscale::backend::DocumentFile;
using autoscale::backend::ExternalChangeWatcher;

namespace {

void writePlain(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
  file.write(bytes);
}

}  // namespace

class TestExternalChangeWatcher final : public QObject {
  Q_OBJECT

 private slots:
  void reportsAChangeBySomeoneElse() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    writePlain(path, "mine");
    ExternalChangeWatcher watcher;
    watcher.watch(path, contentHash("mine"));
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::fileChanged);
    writePlain(path, "theirs");
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    QCOMPARE(changed.at(0).at(0).toString(), ExternalChangeWatcher::canonicalPath(path));
    QCOMPARE(changed.at(0).at(1).toByteArray(), QByteArray("theirs"));
  }

  void ignoresOurOwnAtomicSaves() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    writePlain(path, "v1");
    ExternalChangeWatcher watcher;
    watcher.watch(path, contentHash("v1"));
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::fileChanged);
    QSignalSpy removed(&watcher, &ExternalChangeWatcher::fileRemoved);
    for (const QByteArray& version : {QByteArray("v2"), QByteArray("v3")}) {
      watcher.setKnownHash(path, contentHash(version));
      QVERIFY(DocumentFile::writeAtomically(path, version).ok());
      watcher.setKnownHash(path, contentHash(version));
    }
    QTest::qWait(800);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 0);
    // After our saves the file is still watched: a later outside edit is seen.
    writePlain(path, "outside");
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
  }

  void seesAFileReplacedByRename() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    writePlain(path, "old");
    ExternalChangeWatcher watcher;
    watcher.watch(path, contentHash("old"));
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::fileChanged);
    const QString temp = dir.filePath(QStringLiteral("s.json.tmp"));
    writePlain(temp, "replaced");
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(temp, path));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    QCOMPARE(changed.at(0).at(1).toByteArray(), QByteArray("replaced"));
  }

  void reportsRemoval() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    writePlain(path, "x");
    ExternalChangeWatcher watcher;
    watcher.watch(path, contentHash("x"));
    const QString canonical = ExternalChangeWatcher::canonicalPath(path);
    QSignalSpy removed(&watcher, &ExternalChangeWatcher::fileRemoved);
    QVERIFY(QFile::remove(path));
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
    QCOMPARE(removed.at(0).at(0).toString(), canonical);
  }

  void unwatchedFilesAreSilent() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json"));
    writePlain(path, "a");
    ExternalChangeWatcher watcher;
    watcher.watch(path, contentHash("a"));
    watcher.unwatch(path);
    QVERIFY(!watcher.isWatching(path));
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::fileChanged);
    writePlain(path, "b");
    QTest::qWait(600);
    QCOMPARE(changed.count(), 0);
  }
};

QTEST_GUILESS_MAIN(TestExternalChangeWatcher)
#include "tst_externalchangewatcher.moc"
