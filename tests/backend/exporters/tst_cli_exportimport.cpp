// `autoscale export` and `autoscale import` through the real binary on real files.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"
#include "settingsamples.h"

using samples::Json;

namespace {

QString settingFile(const char* name) {
  return samples::goldenDir() + QStringLiteral("/settings/") + QLatin1String(name) +
         QStringLiteral(".json");
}

QStringList walkthroughVariableArguments() {
  QStringList arguments;
  for (const auto& [name, value] : samples::walkthroughVariables()) {
    arguments << QStringLiteral("--var") << QString::fromStdString(name + "=" + value);
  }
  return arguments;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestCliExportImport final : public QObject {
  Q_OBJECT

 private slots:
  void importsTheWalkthroughScript() {
    const auto result =
        runCli(QStringList{QStringLiteral("import"), QStringLiteral("az-cli"),
                           samples::goldenDir() + QStringLiteral("/scripts/walkthrough.sh")} +
               walkthroughVariableArguments());
    QCOMPARE(result.exitCode, 0);
    const Json expected = samples::readJson(settingFile("walkthrough"));
    const std::string difference =
        samples::firstDifference(Json::parse(result.out.toStdString()), expected);
    QVERIFY2(difference.empty(), difference.c_str());
    QVERIFY2(result.err.contains(QStringLiteral("walkthrough.sh:12:1: warning:")),
             qPrintable(result.err));
  }

  void exportToFileThenImportBack() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("checkout.sh"));
    const auto exported =
        runCli({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("az-cli"),
                settingFile("checkout-fixed-date"), QStringLiteral("-o"), script});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.isEmpty());
    const QString output = dir.filePath(QStringLiteral("checkout.json"));
    const auto imported = runCli(
        {QStringLiteral("import"), QStringLiteral("az-cli"), script, QStringLiteral("-o"), output});
    QCOMPARE(imported.exitCode, 0);
    Json expected = samples::readJson(settingFile("checkout-fixed-date"));
    expected.erase("id");
    const std::string difference = samples::firstDifference(samples::readJson(output), expected);
    QVERIFY2(difference.empty(), difference.c_str());
  }

  void exportsAnArmTemplateAndReadsItAgain() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString armTemplate = dir.filePath(QStringLiteral("template.json"));
    QCOMPARE(
        runCli({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("arm-template"),
                settingFile("walkthrough"), QStringLiteral("-o"), armTemplate})
            .exitCode,
        0);
    // An ARM template is a settings file too: export it on to Terraform …
    const auto terraform = runCli({QStringLiteral("export"), QStringLiteral("--to"),
                                   QStringLiteral("terraform"), armTemplate});
    QCOMPARE(terraform.exitCode, 0);
    QVERIFY(
        terraform.out.contains(QStringLiteral("resource \"azurerm_monitor_autoscale_setting\"")));
    QVERIFY(terraform.out.contains(QStringLiteral("maximum = 5")));
    // … and import it with a changed parameter.
    const auto imported =
        runCli({QStringLiteral("import"), QStringLiteral("arm-template"), armTemplate,
                QStringLiteral("--parameter"), QStringLiteral("maximumCapacity=7")});
    QCOMPARE(imported.exitCode, 0);
    const Json resource = Json::parse(imported.out.toStdString());
    QCOMPARE(resource["properties"]["profiles"][0]["capacity"]["maximum"].get<std::string>(),
             std::string("7"));
  }

  void everyFormatIsOffered() {
    for (const char* format : {"arm-template", "bicep", "terraform", "az-cli", "python"}) {
      const auto result = runCli({QStringLiteral("export"), QStringLiteral("--to"),
                                  QLatin1String(format), settingFile("checkout-fixed-date")});
      QVERIFY2(result.exitCode == 0, format);
      QVERIFY2(!result.out.isEmpty(), format);
    }
  }

  void notesGoToStandardError() {
    const auto result = runCli({QStringLiteral("export"), QStringLiteral("--to"),
                                QStringLiteral("terraform"), settingFile("checkout-fixed-date")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains(
        QStringLiteral("note: $.properties.profiles[1].rules[0].scaleAction.direction is None")));
  }

  void usageErrors() {
    QCOMPARE(runCli({QStringLiteral("export"), settingFile("walkthrough")}).exitCode, 2);
    const auto unknown = runCli({QStringLiteral("export"), QStringLiteral("--to"),
                                 QStringLiteral("yaml"), settingFile("walkthrough")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("unknown format 'yaml'")));
    QVERIFY(unknown.err.contains(QStringLiteral("bicep")));
    QCOMPARE(
        runCli({QStringLiteral("import"), QStringLiteral("yaml"), QStringLiteral("x")}).exitCode,
        2);
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("az-cli"),
                     QStringLiteral("/no/such/file")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--help")}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--help")}).exitCode, 0);
  }

  void brokenJsonIsReportedWithLineAndColumn() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(path, "{\n  \"properties\": {\n    \"profiles\": [,]\n  }\n}\n"));
    const auto result =
        runCli({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("bicep"), path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("broken.json:3:18: error: JSON syntax error")),
             qPrintable(result.err));
  }

  void scriptErrorsGiveFindingsWithLines() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sh"));
    QVERIFY(
        writeFile(path,
                  "az monitor autoscale create -n s --resource /subscriptions/s/x --count 1 -l x\n"
                  "az monitor autoscale rule create --autoscale-name s \\\n"
                  "  --condition \"cpu > 70 avg\" --scale out 1\n"));
    const auto result = runCli({QStringLiteral("import"), QStringLiteral("az-cli"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QStringLiteral("bad.sh:3:")), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("expected a period")));
  }

  void readsTheScriptFromStandardInput() {
    const auto result = runCli(
        {QStringLiteral("import"), QStringLiteral("az-cli"), QStringLiteral("-")},
        "az monitor autoscale create -n piped --resource /subscriptions/s/x --count 1 -l x\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(Json::parse(result.out.toStdString())["name"].get<std::string>(),
             std::string("piped"));
  }
};

QTEST_GUILESS_MAIN(TestCliExportImport)
#include "tst_cli_exportimport.moc"
