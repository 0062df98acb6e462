#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "backend/files/recoverystore.h"

using autoscale::backend::RecoveryEntry;
using autoscale::backend::RecoveryStore;

namespace {

RecoveryEntry entry(const QString& key, const QByteArray& bytes) {
  RecoveryEntry e;
  e.key = key;
  e.originalPath = QStringLiteral("/data/") + key + QStringLiteral(".json");
  e.title = key;
  e.bytes = bytes;
  return e;
}

// Starts the helper, which autosaves `bytes` and waits; returns once it has.
bool startHelper(QProcess& process, const QString& root, const QByteArray& bytes) {
  process.start(QStringLiteral(RECOVERY_HELPER), {root, QString::fromUtf8(bytes)});
  if (!process.waitForStarted(10000)) return false;
  return process.waitForReadyRead(10000) && process.readAllStandardOutput().contains("ready");
}

}  // namespace

class TestRecoveryStore final : public QObject {
  Q_OBJECT

 private slots:
  void savesReplacesAndDiscardsSnapshots() {
    QTemporaryDir root;
    RecoveryStore store(root.path());
    QVERIFY(store.begin().ok());
    QVERIFY(store.save(entry(QStringLiteral("a"), "first")).ok());
    QVERIFY(store.save(entry(QStringLiteral("a"), "second")).ok());
    QVERIFY(store.save(entry(QStringLiteral("b"), "other")).ok());
    auto entries = store.entries();
    QCOMPARE(entries.size(), std::size_t{2});
    for (const auto& e : entries) {
      QCOMPARE(e.bytes, e.key == QStringLiteral("a") ? QByteArray("second") : QByteArray("other"));
      QCOMPARE(e.originalPath, QStringLiteral("/data/") + e.key + QStringLiteral(".json"));
      QVERIFY(e.savedAt.isValid());
    }
    store.discard(QStringLiteral("a"));
    entries = store.entries();
    QCOMPARE(entries.size(), std::size_t{1});
    QCOMPARE(entries.front().key, QStringLiteral("b"));
  }

  void rejectsKeysThatCouldEscapeTheFolder() {
    QTemporaryDir root;
    RecoveryStore store(root.path());
    QVERIFY(store.begin().ok());
    QVERIFY(!store.save(entry(QStringLiteral("../evil"), "x")).ok());
    QVERIFY(!store.save(entry(QString(), "x")).ok());
  }

  void cleanExitLeavesNothingToRecover() {
    QTemporaryDir root;
    {
      RecoveryStore store(root.path());
      QVERIFY(store.begin().ok());
      QVERIFY(store.save(entry(QStringLiteral("a"), "unsaved")).ok());
    }
    QVERIFY(QDir(root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    RecoveryStore next(root.path());
    QVERIFY(next.begin().ok());
    QVERIFY(next.claimOrphans().empty());
  }

  void runningSessionIsNotAnOrphan() {
    QTemporaryDir root;
    RecoveryStore first(root.path());
    QVERIFY(first.begin().ok());
    QVERIFY(first.save(entry(QStringLiteral("a"), "live")).ok());
    QProcess helper;
    QVERIFY(startHelper(helper, root.path(), "live in another process"));
    RecoveryStore second(root.path());
    QVERIFY(second.begin().ok());
    QVERIFY(second.claimOrphans().empty());
    helper.kill();
    helper.waitForFinished(10000);
  }

  void killedSessionIsOfferedOnceAndForgotten() {
    QTemporaryDir root;
    QProcess helper;
    QVERIFY(startHelper(helper, root.path(), "{\"edited\": true}"));
    ::kill(static_cast<pid_t>(helper.processId()), SIGKILL);
    QVERIFY(helper.waitForFinished(10000));

    RecoveryStore store(root.path());
    QVERIFY(store.begin().ok());
    auto orphans = store.claimOrphans();
    QCOMPARE(orphans.size(), std::size_t{1});
    QCOMPARE(orphans.front().bytes, QByteArray("{\"edited\": true}"));
    QCOMPARE(orphans.front().originalPath, QStringLiteral("/tmp/original.json"));

    // While this store holds the claim, another studio does not see the orphan.
    RecoveryStore other(root.path());
    QVERIFY(other.begin().ok());
    QVERIFY(other.claimOrphans().empty());

    store.forgetOrphans();
    RecoveryStore later(root.path());
    QVERIFY(later.begin().ok());
    QVERIFY(later.claimOrphans().empty());
  }

  void undecidedOrphansSurviveTheNextCleanExit() {
    QTemporaryDir root;
    QProcess helper;
    QVERIFY(startHelper(helper, root.path(), "pending"));
    ::kill(static_cast<pid_t>(helper.processId()), SIGKILL);
    QVERIFY(helper.waitForFinished(10000));
    {
      RecoveryStore store(root.path());
      QVERIFY(store.begin().ok());
      QCOMPARE(store.claimOrphans().size(), std::size_t{1});
    }
    RecoveryStore next(root.path());
    QVERIFY(next.begin().ok());
    auto orphans = next.claimOrphans();
    QCOMPARE(orphans.size(), std::size_t{1});
    QCOMPARE(orphans.front().bytes, QByteArray("pending"));
  }
};

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
