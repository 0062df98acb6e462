// Golden files: each export format of each sample setting must give exactly the reviewed
// text under tests/data/golden/exports. After an intended change, regenerate them with
// AUTOSCALE_UPDATE_GOLDEN=1 and review the diff.
#include <QDir>
#include <QSaveFile>
#include <QTest>

#include "backend/exporters/exporter.h"
#include "settingsamples.h"

using autoscale::backend::ExportFormat;
using autoscale::backend::exportFormatInfo;
using autoscale::backend::exportFormats;
using autoscale::backend::exportSetting;
using samples::Json;

Q_DECLARE_METATYPE(ExportFormat)

class TestExportGolden final : public QObject {
  Q_OBJECT

 private slots:
  void samplesLoad() {
    for (const auto& sample : samples::settingSamples()) {
      QVERIFY2(sample.resource.is_object(), sample.name.c_str());
    }
  }

  void matchesGolden_data() {
    QTest::addColumn<int>("sampleIndex");
    QTest::addColumn<ExportFormat>("format");
    const auto all = samples::settingSamples();
    for (std::size_t i = 0; i < all.size(); ++i) {
      for (const auto& info : exportFormats()) {
        QTest::addRow("%s/%s", all[i].name.c_str(), info.name)
            << static_cast<int>(i) << info.format;
      }
    }
  }

  void matchesGolden() {
    QFETCH(int, sampleIndex);
    QFETCH(ExportFormat, format);
    const auto sample = samples::settingSamples()[static_cast<std::size_t>(sampleIndex)];
    const auto exported = exportSetting(sample.resource, format);
    QVERIFY2(exported.ok(), exported.ok() ? "" : exported.error().message.c_str());
    const QString path =
        samples::goldenDir() + QStringLiteral("/exports/%1/%1%2")
                                   .arg(QString::fromStdString(sample.name),
                                        QLatin1String(exportFormatInfo(format).fileSuffix));
    if (qEnvironmentVariableIsSet("AUTOSCALE_UPDATE_GOLDEN")) {
      QDir().mkpath(QFileInfo(path).absolutePath());
      QSaveFile file(path);
      QVERIFY(file.open(QIODevice::WriteOnly));
      file.write(QByteArray::fromStdString(exported->text));
      QVERIFY(file.commit());
      qWarning("updated %s", qPrintable(path));
    }
    const std::string golden = samples::readText(path);
    QVERIFY2(!golden.empty(), qPrintable(QStringLiteral("missing golden file ") + path));
    QCOMPARE(QString::fromStdString(exported->text), QString::fromStdString(golden));
  }

  // Same input, same bytes: the output depends on nothing but the setting.
  void isDeterministic_data() { matchesGolden_data(); }
  void isDeterministic() {
    QFETCH(int, sampleIndex);
    QFETCH(ExportFormat, format);
    const auto sample = samples::settingSamples()[static_cast<std::size_t>(sampleIndex)];
    const auto first = exportSetting(sample.resource, format);
    const auto second = exportSetting(Json::parse(sample.resource.dump()), format);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->text, second->text);
  }

  // Whatever a target cannot hold is reported, and stated in the output itself.
  void notesAppearInTheOutput_data() { matchesGolden_data(); }
  void notesAppearInTheOutput() {
    QFETCH(int, sampleIndex);
    QFETCH(ExportFormat, format);
    const auto sample = samples::settingSamples()[static_cast<std::size_t>(sampleIndex)];
    const auto exported = exportSetting(sample.resource, format);
    QVERIFY(exported.ok());
    for (const auto& note : exported->notes) {
      QVERIFY2(exported->text.find(note) != std::string::npos, note.c_str());
    }
  }

  void officialExampleHasKnownLimits() {
    const auto example = samples::settingSamples()[1].resource;
    const auto cli = exportSetting(example, ExportFormat::AzCli);
    QVERIFY(cli.ok());
    auto mentions = [&](const std::string& text) {
      for (const auto& note : cli->notes) {
        if (note.find(text) != std::string::npos) return true;
      }
      return false;
    };
    QVERIFY(mentions("no default profile"));
    QVERIFY(mentions("\"UTC\""));  // not in the CLI's time zone list
    QVERIFY(mentions("\"1\" is written as Monday"));
    QVERIFY(mentions("adds one ending at 23:59"));
  }

  void lastAggregationAndCountStatisticAreFlagged() {
    Json setting = samples::settingSamples()[0].resource;
    Json& trigger = setting["properties"]["profiles"][0]["rules"][0]["metricTrigger"];
    trigger["timeAggregation"] = "Last";
    trigger["statistic"] = "Count";
    const auto cli = exportSetting(setting, ExportFormat::AzCli);
    QVERIFY(cli.ok());
    QVERIFY(cli->text.find("# Cannot express: $.properties.profiles[0].rules[0].metricTrigger."
                           "timeAggregation is Last") != std::string::npos);
    QVERIFY(cli->text.find("statistic is Count") != std::string::npos);
    const auto terraform = exportSetting(setting, ExportFormat::Terraform);
    QVERIFY(terraform.ok());
    QVERIFY(terraform->text.find("statistic is Count, which azurerm does not accept") !=
            std::string::npos);
  }

  void inexpressibleRuleIsLeftCommentedOut() {
    Json setting = samples::settingSamples()[0].resource;
    setting["properties"]["profiles"][0]["rules"][0]["scaleAction"]["type"] =
        "ServiceAllowedNextValue";
    const auto cli = exportSetting(setting, ExportFormat::AzCli);
    QVERIFY(cli.ok());
    QVERIFY(cli->text.find("# az monitor autoscale rule create \\\n#   --resource-group") !=
            std::string::npos);
    QVERIFY(cli->text.find("has no --scale form") != std::string::npos);
  }

  void badInputGivesAClearError_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("array") << QStringLiteral("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("no properties")
        << QStringLiteral("{\"name\":\"x\"}") << QStringLiteral("$.properties");
    QTest::newRow("profiles not array") << QStringLiteral("{\"properties\":{\"profiles\":{}}}")
                                        << QStringLiteral("$.properties.profiles");
    QTest::newRow("profile not object") << QStringLiteral("{\"properties\":{\"profiles\":[1]}}")
                                        << QStringLiteral("$.properties.profiles[0]");
  }
  void badInputGivesAClearError() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    for (const auto& info : exportFormats()) {
      const auto exported = exportSetting(Json::parse(json.toStdString()), info.format);
      QVERIFY(!exported.ok());
      QVERIFY2(QString::fromStdString(exported.error().message).contains(expected),
               exported.error().message.c_str());
    }
  }
};

QTEST_GUILESS_MAIN(TestExportGolden)
#include "tst_exportgolden.moc"
