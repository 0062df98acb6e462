#include <QRegularExpression>
#include <QTest>

#include "clirunner.h"

class TestCliBasics final : public QObject {
  Q_OBJECT

 private slots:
  void everyProgramAnswersVersion_data() {
    QTest::addColumn<QString>("program");
    QTest::newRow("cli") << QStringLiteral("autoscale");
    QTest::newRow("sandbox") << QStringLiteral("autoscale-sandbox");
    QTest::newRow("studio") << QStringLiteral("autoscale-studio");
  }
  void everyProgramAnswersVersion() {
    QFETCH(QString, program);
    const auto result = runProgram(program, {QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))),
             qPrintable(result.out));
  }

  void everyProgramAnswersHelp_data() { everyProgramAnswersVersion_data(); }
  void everyProgramAnswersHelp() {
    QFETCH(QString, program);
    const auto result = runProgram(program, {QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Usage:")), qPrintable(result.out));
  }

  void unknownCommandIsAUsageError() {
    const auto result = runCli({QStringLiteral("no-such-command")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("unknown command")));
  }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
