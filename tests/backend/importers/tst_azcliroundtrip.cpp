// az CLI export → import round trip: the script that the az-cli export writes, read back by
// the az-cli import, gives the same setting for everything the CLI can express. Settings the
// CLI can express fully come back identical (less the read-only id); for the official example,
// which uses things the CLI cannot express, the parts it can express come back identical.
#include <QTest>

#include "../exporters/settingsamples.h"
#include "backend/exporters/exporter.h"
#include "backend/importers/azcliimporter.h"

using autoscale::backend::ExportFormat;
using autoscale::backend::exportSetting;
using autoscale::backend::importAzCliScript;
using samples::Json;

namespace {

Json roundTrip(const Json& input, QString& problems) {
  const auto exported = exportSetting(input, ExportFormat::AzCli);
  if (!exported.ok()) {
    problems = QString::fromStdString(exported.error().message);
    return Json();
  }
  const auto imported = importAzCliScript(exported->text);
  for (const auto& d : imported.diagnostics) {
    if (d.severity == autoscale::models::Severity::Error) {
      problems +=
          QStringLiteral("%1: %2\n").arg(d.location.line).arg(QString::fromStdString(d.message));
    }
  }
  return imported.settings.size() == 1 ? imported.settings.front().resource : Json();
}

}  // namespace

class TestAzCliRoundTrip final : public QObject {
  Q_OBJECT

 private slots:
  void expressibleSettingsComeBackIdentical_data() {
    QTest::addColumn<int>("sampleIndex");
    QTest::newRow("walkthrough") << 0;
    QTest::newRow("checkout-fixed-date") << 2;
  }
  void expressibleSettingsComeBackIdentical() {
    QFETCH(int, sampleIndex);
    Json input = samples::settingSamples()[static_cast<std::size_t>(sampleIndex)].resource;
    const auto exported = exportSetting(input, ExportFormat::AzCli);
    QVERIFY(exported.ok());
    QVERIFY2(exported->notes.empty(),
             exported->notes.empty() ? "" : exported->notes.front().c_str());
    QString problems;
    const Json output = roundTrip(input, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    input.erase("id");  // read-only: the CLI never sends it
    const std::string difference = samples::firstDifference(input, output);
    QVERIFY2(difference.empty(), difference.c_str());
  }

  // The official example uses what the CLI cannot express (no default profile, the time zone
  // UTC, the day "1", no paired profile, dividePerInstance, threshold spellings): the rules,
  // limits, schedules and notifications it can express come back the same.
  void officialExampleKeepsWhatTheCliCanExpress() {
    const Json input = samples::settingSamples()[1].resource;
    QString problems;
    const Json output = roundTrip(input, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QVERIFY(output.is_object());
    const Json& in = input["properties"];
    const Json& out = output["properties"];
    // The CLI adds a default profile first and a paired profile after `saludos`.
    QCOMPARE(out["profiles"].size(), std::size_t(4));
    QCOMPARE(out["profiles"][0]["name"].get<std::string>(), std::string("default"));
    const Json& adiosIn = in["profiles"][0];
    const Json& adiosOut = out["profiles"][1];
    const Json& saludosIn = in["profiles"][1];
    const Json& saludosOut = out["profiles"][2];
    QCOMPARE(adiosOut["capacity"], adiosIn["capacity"]);
    QCOMPARE(saludosOut["capacity"], saludosIn["capacity"]);
    for (const auto& [ruleIn, ruleOut] :
         {std::pair{&adiosIn, &adiosOut}, {&saludosIn, &saludosOut}}) {
      QCOMPARE((*ruleOut)["rules"].size(), (*ruleIn)["rules"].size());
      for (std::size_t i = 0; i < (*ruleIn)["rules"].size(); ++i) {
        Json triggerIn = (*ruleIn)["rules"][i]["metricTrigger"];
        triggerIn.erase("dividePerInstance");  // false: the CLI leaves it out, same meaning
        triggerIn["metricNamespace"] = "";     // absent: the CLI sends ""
        const std::string difference =
            samples::firstDifference(triggerIn, (*ruleOut)["rules"][i]["metricTrigger"]);
        QVERIFY2(difference.empty(), difference.c_str());
        QCOMPARE((*ruleOut)["rules"][i]["scaleAction"], (*ruleIn)["rules"][i]["scaleAction"]);
      }
    }
    QCOMPARE(adiosOut["fixedDate"]["start"].get<std::string>(),
             std::string("2015-03-05T14:00:00+00:00"));
    QCOMPARE(adiosOut["fixedDate"]["end"].get<std::string>(),
             std::string("2015-03-05T14:30:00+00:00"));
    QCOMPARE(saludosOut["recurrence"]["schedule"]["days"], Json::parse(R"(["Monday"])"));
    QCOMPARE(saludosOut["recurrence"]["schedule"]["hours"],
             saludosIn["recurrence"]["schedule"]["hours"]);
    QCOMPARE(saludosOut["recurrence"]["schedule"]["minutes"],
             saludosIn["recurrence"]["schedule"]["minutes"]);
    QCOMPARE(out["targetResourceUri"], in["targetResourceUri"]);
    QCOMPARE(out["enabled"], in["enabled"]);
    QCOMPARE(out["predictiveAutoscalePolicy"]["scaleMode"],
             in["predictiveAutoscalePolicy"]["scaleMode"]);
    Json notificationIn = in["notifications"][0];
    notificationIn["operation"] = "scale";  // the CLI's spelling
    const std::string difference =
        samples::firstDifference(notificationIn, out["notifications"][0]);
    QVERIFY2(difference.empty(), difference.c_str());
    QCOMPARE(output["tags"], input["tags"]);
    QCOMPARE(output["location"], input["location"]);
  }
};

QTEST_GUILESS_MAIN(TestAzCliRoundTrip)
#include "tst_azcliroundtrip.moc"
