// `autoscale validate` run as a real process on real files: output format, JSON output, exit
// codes, standard input, and the generated docs/diagnostics.md.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "clirunner.h"

namespace {

QString fixture(const char* name) {
  return QStringLiteral(AUTOSCALE_SOURCE_DIR "/tests/data/invalid/") + QLatin1String(name);
}

QByteArray readAll(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestCliValidate final : public QObject {
  Q_OBJECT

 private slots:
  void cleanFileExitsZeroAndPrintsNothing() {
    const auto result = runCli({QStringLiteral("validate"), fixture("baseline-clean.json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(QStringLiteral("0 error(s), 0 warning(s)")),
             qPrintable(result.err));
  }

  void warningsAloneExitZero() {
    const auto result = runCli({QStringLiteral("validate"), fixture("as3008-http-webhook.json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral(": warning[AS3008]: ")), qPrintable(result.out));
  }

  void errorsPrintCompilerStyleLinesAndExitOne() {
    const QString file = fixture("as2010-grain-30s.json");
    const auto result = runCli({QStringLiteral("validate"), file});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QRegularExpression format(QStringLiteral(
        "^(.+):(\\d+):(\\d+): error\\[AS2010\\]: timeGrain is PT30S; .+ "
        "\\(at \\$\\.properties\\.profiles\\[0\\]\\.rules\\[0\\]\\.metricTrigger\\.timeGrain\\)$"));
    const auto match = format.match(lines[0]);
    QVERIFY2(match.hasMatch(), qPrintable(lines[0]));
    QCOMPARE(match.captured(1), file);
    QVERIFY2(lines[1].startsWith(QStringLiteral("    hint: ")), qPrintable(lines[1]));
    // LINE:COL is where the offending value starts in the file.
    const QList<QByteArray> fileLines = readAll(file).split('\n');
    const int line = match.captured(2).toInt();
    const int column = match.captured(3).toInt();
    QVERIFY(line >= 1 && line <= fileLines.size());
    QCOMPARE(fileLines[line - 1].mid(column - 1, 7), QByteArray("\"PT30S\""));
  }

  void syntaxErrorsNameLineAndColumn() {
    const auto result = runCli({QStringLiteral("validate"), fixture("as0001-trailing-comma.json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("as0001-trailing-comma.json:5:3: error[AS0001]: ")),
             qPrintable(result.out));
  }

  void jsonFormatForMachines() {
    const auto result =
        runCli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"),
                fixture("baseline-clean.json"), fixture("as2024-value-zero.json")});
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray files = root.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0].toObject().value(QStringLiteral("diagnostics")).toArray().size(), 0);
    const QJsonObject first =
        files[1].toObject().value(QStringLiteral("diagnostics")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("AS2024"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(),
             QStringLiteral("$.properties.profiles[0].rules[0].scaleAction.value"));
    QVERIFY(first.value(QStringLiteral("line")).toInt() > 0);
    QVERIFY(first.value(QStringLiteral("column")).toInt() > 0);
    QVERIFY(!first.value(QStringLiteral("hint")).toString().isEmpty());
    QCOMPARE(
        root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(),
        1);
  }

  void readsStandardInput() {
    const auto result = runCli({QStringLiteral("validate"), QStringLiteral("-")},
                               readAll(fixture("as2043-minute-60.json")));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.startsWith(QStringLiteral("-:")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("error[AS2043]")));
  }

  void quietLeavesOutInfos() {
    const QString file = fixture("as3021-no-namespace.json");
    QVERIFY(
        runCli({QStringLiteral("validate"), file}).out.contains(QStringLiteral("info[AS3021]")));
    const auto quiet = runCli({QStringLiteral("validate"), QStringLiteral("-q"), file});
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.out, QString());
  }

  void usageAndInputProblemsExitTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{} << QStringLiteral("needs at least one FILE");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("unknown option");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--format"), QStringLiteral("xml"),
                       fixture("baseline-clean.json")}
        << QStringLiteral("unknown format");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/setting.json")}
                                  << QStringLiteral("cannot read /nonexistent/setting.json");
    // I/O trouble wins over findings in other files.
    QTest::newRow("missing and invalid")
        << QStringList{fixture("as2024-value-zero.json"), QStringLiteral("/nonexistent/x.json")}
        << QStringLiteral("cannot read");
  }
  void usageAndInputProblemsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto result = runCli(QStringList{QStringLiteral("validate")} + args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
  }

  void helpDescribesTheExitCodes() {
    const auto result = runCli({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Exit status")));
  }

  void diagnosticsDocIsGeneratedFromTheCatalog() {
    const auto result = runCli({QStringLiteral("validate"), QStringLiteral("--list-codes"),
                                QStringLiteral("--format"), QStringLiteral("markdown")});
    QCOMPARE(result.exitCode, 0);
    const QString doc =
        QString::fromUtf8(readAll(QStringLiteral(AUTOSCALE_SOURCE_DIR "/docs/diagnostics.md")));
    QVERIFY2(doc == result.out,
             "docs/diagnostics.md is out of date: regenerate it with "
             "`autoscale validate --list-codes --format markdown > docs/diagnostics.md`");
    // Every code in the JSON listing has its row in the doc.
    const auto json = runCli({QStringLiteral("validate"), QStringLiteral("--list-codes"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray codes = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY(codes.size() >= 60);
    for (const auto& code : codes) {
      const QJsonObject info = code.toObject();
      QVERIFY(doc.contains(QStringLiteral("| %1 | %2 |")
                               .arg(info.value(QStringLiteral("code")).toString(),
                                    info.value(QStringLiteral("severity")).toString())));
    }
  }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
