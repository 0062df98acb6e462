// Literals of each target language give back the exact text, whatever characters it holds.
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "backend/exporters/durationtext.h"
#include "backend/exporters/textquoting.h"

using namespace autoscale::backend;

namespace {

QString runAndCapture(const QString& program, const QStringList& arguments) {
  QProcess process;
  process.start(program, arguments);
  if (!process.waitForStarted(30000) || !process.waitForFinished(30000))
    return QStringLiteral("<failed>");
  return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace

class TestTextQuoting final : public QObject {
  Q_OBJECT

 private slots:
  void tricky_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Percentage CPU");
    QTest::newRow("single quote") << QStringLiteral("it's");
    QTest::newRow("dollar") << QStringLiteral("$HOME ${x} $(rm -rf /) `id`");
    QTest::newRow("double quote backslash") << QStringLiteral("a\"b\\c");
    QTest::newRow("newline tab") << QStringLiteral("line1\nline2\tend");
    QTest::newRow("glob and semicolon") << QStringLiteral("*; echo pwned #");
    QTest::newRow("unicode") << QStringLiteral("Zürich – 東京");
    QTest::newRow("empty") << QString();
  }

  void shellQuoteRoundTripsThroughBash_data() { tricky_data(); }
  void shellQuoteRoundTripsThroughBash() {
    QFETCH(QString, text);
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty()) QSKIP("bash is not installed");
    const std::string quoted = shellQuote(text.toStdString());
    const QString printed = runAndCapture(
        bash,
        {QStringLiteral("-c"), QStringLiteral("printf %s ") + QString::fromStdString(quoted)});
    QCOMPARE(printed, text);
  }

  void pythonStringRoundTripsThroughPython_data() { tricky_data(); }
  void pythonStringRoundTripsThroughPython() {
    QFETCH(QString, text);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) QSKIP("python3 is not installed");
    const std::string literal = pythonString(text.toStdString());
    const QString printed = runAndCapture(
        python, {QStringLiteral("-c"), QStringLiteral("import sys; sys.stdout.buffer.write((") +
                                           QString::fromStdString(literal) +
                                           QStringLiteral(").encode())")});
    QCOMPARE(printed, text);
  }

  void hclAndBicepKeepTemplatesLiteral() {
    QCOMPARE(hclString("a ${b} %{c} \"d\""), std::string("\"a $${b} %%{c} \\\"d\\\"\""));
    QCOMPARE(hclString("cost $5"), std::string("\"cost $5\""));
    QCOMPARE(bicepString("it's ${x}"), std::string("'it\\'s \\${x}'"));
    QCOMPARE(bicepString("a\\b\nc"), std::string("'a\\\\b\\nc'"));
  }

  void armLiteralsEscapeBrackets() {
    QCOMPARE(armLiteral("[not an expression]"), std::string("[[not an expression]"));
    QCOMPARE(armLiteral("[[already]"), std::string("[[[already]"));
    QCOMPARE(armLiteral("plain [x]"), std::string("plain [x]"));
    QVERIFY(isArmExpression("[parameters('x')]"));
    QVERIFY(!isArmExpression("[[parameters('x')]"));
  }

  void durationsReadLenientlyAndPrintCanonically_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qlonglong>("seconds");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("minutes") << QStringLiteral("PT5M") << 300LL << QStringLiteral("PT5M");
    QTest::newRow("lower case") << QStringLiteral("pt1h") << 3600LL << QStringLiteral("PT1H");
    QTest::newRow("cli order") << QStringLiteral("PT30M1H") << 5400LL << QStringLiteral("PT1H30M");
    QTest::newRow("cli day") << QStringLiteral("P1DT") << 86400LL << QStringLiteral("P1D");
    QTest::newRow("timespan") << QStringLiteral("00:10:00") << 600LL << QStringLiteral("PT10M");
    QTest::newRow("timespan days")
        << QStringLiteral("1.02:00:30") << 93630LL << QStringLiteral("P1DT2H30S");
    QTest::newRow("seconds") << QStringLiteral("PT90S") << 90LL << QStringLiteral("PT1M30S");
  }
  void durationsReadLenientlyAndPrintCanonically() {
    QFETCH(QString, text);
    QFETCH(qlonglong, seconds);
    QFETCH(QString, canonical);
    const auto parsed = parseDurationSeconds(text.toStdString());
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, seconds);
    QCOMPARE(QString::fromStdString(isoDuration(*parsed)), canonical);
  }

  void notDurationsAreRejected() {
    for (const char* text : {"", "5m", "P1M", "PT", "P", "PTxM", "P1Y", "10:", "PT5"}) {
      QVERIFY2(!parseDurationSeconds(text).has_value(), text);
    }
  }
};

QTEST_GUILESS_MAIN(TestTextQuoting)
#include "tst_textquoting.moc"
