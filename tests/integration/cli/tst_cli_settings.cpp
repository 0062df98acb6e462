// The settings commands (get, set, fmt) run as real processes on real files.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

namespace {

QString examplesDir() {
  return QStringLiteral(AUTOSCALE_SHARED_DIR "/reference/azure/2022-10-01/examples");
}
QString fixturesDir() {
  return QStringLiteral(AUTOSCALE_TEST_DATA_DIR "/settings");
}

QByteArray readAll(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Copies `source` into `dir` (writable) and returns the copy's path.
QString copyInto(const QTemporaryDir& dir, const QString& source, const QString& name = {}) {
  const QString target = dir.filePath(name.isEmpty() ? QFileInfo(source).fileName() : name);
  QFile::remove(target);
  QFile file(target);
  if (!file.open(QIODevice::WriteOnly)) return {};
  file.write(readAll(source));
  return target;
}

// The bytes that differ between two texts: (removed, added, offset of the change).
struct Change {
  QByteArray removed;
  QByteArray added;
  qsizetype offset;
};

Change changeBetween(const QByteArray& a, const QByteArray& b) {
  qsizetype first = 0;
  while (first < a.size() && first < b.size() && a[first] == b[first]) ++first;
  qsizetype endA = a.size();
  qsizetype endB = b.size();
  while (endA > first && endB > first && a[endA - 1] == b[endB - 1]) --endA, --endB;
  return {a.mid(first, endA - first), b.mid(first, endB - first), first};
}

}  // namespace

class TestCliSettings final : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QVERIFY(m_dir.isValid()); }

  void setChangesOnlyTheValueInEveryExampleSetting_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("setting");
    const QList<QPair<QString, int>> files{
        {QStringLiteral("createOrUpdateAutoscaleSetting.json"), 3},
        {QStringLiteral("getAutoscaleSetting.json"), 1},
        {QStringLiteral("listAutoscaleSetting.json"), 1},
        {QStringLiteral("listAutoscaleSettingBySubscription.json"), 1},
        {QStringLiteral("patchAutoscaleSetting.json"), 2}};
    for (const auto& [name, count] : files) {
      for (int i = 0; i < count; ++i) {
        QTest::addRow("%s #%d", qPrintable(name), i) << name << i;
      }
    }
  }
  void setChangesOnlyTheValueInEveryExampleSetting() {
    QFETCH(QString, file);
    QFETCH(int, setting);
    const QString original = examplesDir() + QLatin1Char('/') + file;
    const QString copy = copyInto(m_dir, original);
    const QString index = QString::number(setting);
    const auto before = runCli({QStringLiteral("get"), copy,
                                QStringLiteral("properties.profiles[1].capacity.maximum"),
                                QStringLiteral("--setting"), index});
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(before.out, QStringLiteral("10\n"));

    const auto set = runCli({QStringLiteral("set"), copy, QStringLiteral("--setting"), index,
                             QStringLiteral("properties.profiles[1].capacity.maximum=7")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const Change change = changeBetween(readAll(original), readAll(copy));
    // The number stays a string: only the digits inside the quotes changed.
    QCOMPARE(change.removed, QByteArray("10"));
    QCOMPARE(change.added, QByteArray("7"));
    QCOMPARE(readAll(copy).mid(change.offset - 1, 3), QByteArray("\"7\""));

    const auto value = runCli({QStringLiteral("get"), copy,
                               QStringLiteral("properties.profiles[1].capacity.maximum"),
                               QStringLiteral("--setting"), index});
    QCOMPARE(value.out, QStringLiteral("7\n"));
  }

  void getPrintsStringsRawAndOtherValuesAsJson() {
    const QString file = examplesDir() + QStringLiteral("/getAutoscaleSetting.json");
    auto get = [&file](const QString& path) { return runCli({QStringLiteral("get"), file, path}); };
    QCOMPARE(get(QStringLiteral("properties.profiles[0].name")).out, QStringLiteral("adios\n"));
    QCOMPARE(get(QStringLiteral("properties.profiles[0].rules[0].metricTrigger.threshold")).out,
             QStringLiteral("10.0\n"));
    QCOMPARE(get(QStringLiteral("properties.enabled")).out, QStringLiteral("true\n"));
    QCOMPARE(get(QStringLiteral("properties.profiles[0].capacity")).out,
             QStringLiteral(
                 "{\n  \"minimum\": \"1\",\n  \"maximum\": \"10\",\n  \"default\": \"1\"\n}\n"));
    QCOMPARE(get(QStringLiteral("$.responses['200'].body.name")).out,
             QStringLiteral("MySetting\n"));
    QCOMPARE(get(QStringLiteral("$.parameters.subscriptionId")).out,
             QStringLiteral("b67f7fec-69fc-4974-9099-a26bd6ffeda3\n"));
    const auto missing = get(QStringLiteral("properties.profiles[5]"));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(
        QStringLiteral("no value at $.responses['200'].body.properties.profiles[5]")));
    const auto badPath = get(QStringLiteral("properties..x"));
    QCOMPARE(badPath.exitCode, 2);
    QVERIFY(badPath.err.contains(QStringLiteral("not a path")));
  }

  void syntaxErrorsNameLineAndColumn() {
    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"properties\": {\n    \"enabled\": tru\n  }\n}\n");
    broken.close();
    for (const QString& command :
         {QStringLiteral("get"), QStringLiteral("set"), QStringLiteral("fmt")}) {
      QStringList args{command, broken.fileName()};
      if (command == QLatin1String("get")) args << QStringLiteral("properties.enabled");
      if (command == QLatin1String("set")) args << QStringLiteral("properties.enabled=true");
      const auto result = runCli(args);
      QCOMPARE(result.exitCode, 2);
      QVERIFY2(result.err.contains(broken.fileName() + QStringLiteral(":3:16: error:")),
               qPrintable(result.err));
      QVERIFY(result.err.contains(QStringLiteral("true")));
    }
    const auto missingFile = runCli(
        {QStringLiteral("get"), m_dir.filePath(QStringLiteral("nope.json")), QStringLiteral("x")});
    QCOMPARE(missingFile.exitCode, 2);
    QVERIFY(missingFile.err.contains(QStringLiteral("cannot read")));
  }

  void setRefusesEditsThatBreakTypesUnlessForced() {
    const QString original = examplesDir() + QStringLiteral("/getAutoscaleSetting.json");
    const QString copy = copyInto(m_dir, original, QStringLiteral("refuse.json"));
    const auto refused =
        runCli({QStringLiteral("set"), copy,
                QStringLiteral("properties.profiles[0].rules[0].metricTrigger.threshold=high")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QStringLiteral("must be a number")));
    QVERIFY(refused.err.contains(QStringLiteral("--force")));
    QCOMPARE(readAll(copy), readAll(original));  // untouched

    const auto forced =
        runCli({QStringLiteral("set"), copy, QStringLiteral("--force"),
                QStringLiteral("properties.profiles[0].rules[0].metricTrigger.threshold=high")});
    QCOMPARE(forced.exitCode, 0);
    const Change change = changeBetween(readAll(original), readAll(copy));
    QCOMPARE(change.removed, QByteArray("10.0"));
    QCOMPARE(change.added, QByteArray("\"high\""));
    // An existing problem does not block an unrelated edit.
    const auto unrelated =
        runCli({QStringLiteral("set"), copy, QStringLiteral("properties.profiles[0].name=hola")});
    QCOMPARE(unrelated.exitCode, 0);
  }

  void setParsesValuesAsJsonAndKeepsStringSlots() {
    const QString copy = copyInto(m_dir, fixturesDir() + QStringLiteral("/bare-properties.json"),
                                  QStringLiteral("bare.json"));
    const auto result =
        runCli({QStringLiteral("set"), copy,
                QStringLiteral("properties.profiles[0].rules[0].scaleAction.value=3"),
                QStringLiteral("properties.profiles[1].recurrence.schedule.days=[\"Friday\"]"),
                QStringLiteral("properties.enabled=false"),
                QStringLiteral("properties.profiles[0].rules[0].metricTrigger.threshold=72"),
                QStringLiteral("properties.profiles[0].name=3"),
                QStringLiteral("$.notifications[0].webhooks[0].properties['a=b']=c")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QByteArray text = readAll(copy);
    QVERIFY(text.contains("\"value\": \"3\""));
    QVERIFY(text.contains("\"days\": [\n            \"Friday\"\n          ]"));
    QVERIFY(text.contains("\"enabled\": false"));
    QVERIFY(text.contains("\"threshold\": 72,"));
    QVERIFY(text.contains("\"name\": \"3\""));
    QVERIFY(text.contains("\"team\": \"ml-platform\",\n            \"a=b\": \"c\""));
  }

  void setKeepsPascalCaseAndCrlf() {
    const QString pascal = copyInto(m_dir, fixturesDir() + QStringLiteral("/pascalcase.json"));
    QCOMPARE(runCli({QStringLiteral("set"), pascal,
                     QStringLiteral("properties.profiles[0].capacity.minimum=2"),
                     QStringLiteral("properties.profiles[0].rules[0].metricTrigger."
                                    "metricResourceLocation=westeurope")})
                 .exitCode,
             0);
    const QByteArray pascalText = readAll(pascal);
    QVERIFY(pascalText.contains("\"Minimum\": \"2\""));
    QVERIFY(pascalText.contains("\"MetricResourceLocation\": \"westeurope\""));

    const QString crlf = copyInto(m_dir, fixturesDir() + QStringLiteral("/crlf.json"));
    QCOMPARE(runCli({QStringLiteral("set"), crlf,
                     QStringLiteral("properties.profiles[0].capacity.maximum=9"),
                     QStringLiteral("tags.team=ml")})
                 .exitCode,
             0);
    const QByteArray crlfText = readAll(crlf);
    QVERIFY(crlfText.contains("\"maximum\": \"9\""));
    QVERIFY(crlfText.contains("\"tags\": {\r\n    \"team\": \"ml\"\r\n  }"));
    QCOMPARE(crlfText.count('\n'), crlfText.count("\r\n"));
  }

  void setOnATemplateReachesEachSetting() {
    const QString copy = copyInto(m_dir, fixturesDir() + QStringLiteral("/template.json"));
    QCOMPARE(runCli({QStringLiteral("set"), copy, QStringLiteral("--setting"), QStringLiteral("1"),
                     QStringLiteral("properties.profiles[0].capacity.maximum=3")})
                 .exitCode,
             0);
    const Change change =
        changeBetween(readAll(fixturesDir() + QStringLiteral("/template.json")), readAll(copy));
    QCOMPARE(change.removed, QByteArray("2"));
    QCOMPARE(change.added, QByteArray("3"));
    QCOMPARE(runCli({QStringLiteral("get"), copy,
                     QStringLiteral("properties.profiles[0].capacity.maximum")})
                 .out,
             QStringLiteral("[parameters('max')]\n"));
  }

  void fmtChecksWritesAndIsIdempotent() {
    for (const QString& name : QDir(examplesDir()).entryList({QStringLiteral("*.json")})) {
      QCOMPARE(runCli({QStringLiteral("fmt"), QStringLiteral("--check"),
                       examplesDir() + QLatin1Char('/') + name})
                   .exitCode,
               0);
    }
    const QString minified = copyInto(m_dir, fixturesDir() + QStringLiteral("/minified.json"));
    const QString tabs = copyInto(m_dir, fixturesDir() + QStringLiteral("/tabs.json"));
    const auto check = runCli({QStringLiteral("fmt"), QStringLiteral("--check"), minified, tabs});
    QCOMPARE(check.exitCode, 1);
    QVERIFY(check.out.contains(minified + QStringLiteral(": not formatted")));
    QVERIFY(check.out.contains(tabs + QStringLiteral(": not formatted")));

    const auto printed = runCli({QStringLiteral("fmt"), minified});
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(
        readAll(minified),
        readAll(fixturesDir() + QStringLiteral("/minified.json")));  // printing changes nothing
    QCOMPARE(runCli({QStringLiteral("fmt"), QStringLiteral("--write"), minified, tabs}).exitCode,
             0);
    QCOMPARE(QString::fromUtf8(readAll(minified)), printed.out);
    QCOMPARE(readAll(tabs),
             readAll(fixturesDir() + QStringLiteral("/four-spaces.json")).replace("    ", "  "));
    QCOMPARE(runCli({QStringLiteral("fmt"), QStringLiteral("--check"), minified, tabs}).exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("fmt"), minified}).out, printed.out);  // idempotent
    QCOMPARE(runCli({QStringLiteral("fmt"), QStringLiteral("--check"), QStringLiteral("--write"),
                     minified})
                 .exitCode,
             2);
  }

  void commandsAnswerHelp() {
    for (const QString& command :
         {QStringLiteral("get"), QStringLiteral("set"), QStringLiteral("fmt")}) {
      const auto result = runCli({command, QStringLiteral("--help")});
      QCOMPARE(result.exitCode, 0);
      QVERIFY(result.out.startsWith(QStringLiteral("Usage: autoscale ") + command));
    }
    QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("x.json")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("get"), QStringLiteral("x.json")}).exitCode, 2);
  }

 private:
  QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliSettings)
#include "tst_cli_settings.moc"
