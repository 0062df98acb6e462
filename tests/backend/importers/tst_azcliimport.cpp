// Import of az CLI scripts: the walkthrough's commands give the walkthrough document, and the
// CLI's semantics (defaults, paired profiles, update rules, deletes) are reproduced; mistakes
// are reported with their line and column.
#include <QTest>

#include "../exporters/settingsamples.h"
#include "backend/importers/azcliimporter.h"

using autoscale::backend::AzCliImport;
using autoscale::backend::importAzCliScript;
using samples::Json;

namespace {

const char* kTarget =
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/vmss";

std::string create(const std::string& extra = {}) {
  return std::string("az monitor autoscale create -g rg -n s --resource ") + kTarget +
         " --count 2 --min-count 1 --max-count 5 --location westus " + extra + "\n";
}

const autoscale::models::Diagnostic* find(const AzCliImport& imported, const std::string& code) {
  for (const auto& diagnostic : imported.diagnostics) {
    if (diagnostic.code == code) return &diagnostic;
  }
  return nullptr;
}

QString describe(const AzCliImport& imported) {
  QString text;
  for (const auto& d : imported.diagnostics) {
    text += QStringLiteral("%1:%2 %3 %4\n")
                .arg(d.location.line)
                .arg(d.location.column)
                .arg(QString::fromStdString(d.code), QString::fromStdString(d.message));
  }
  return text;
}

}  // namespace

class TestAzCliImport final : public QObject {
  Q_OBJECT

 private slots:
  void walkthroughCommandsGiveTheWalkthroughDocument() {
    const std::string script =
        samples::readText(samples::goldenDir() + QStringLiteral("/scripts/walkthrough.sh"));
    QVERIFY(!script.empty());
    const auto imported = importAzCliScript(script, {samples::walkthroughVariables()});
    QVERIFY2(imported.ok(), qPrintable(describe(imported)));
    QCOMPARE(imported.settings.size(), std::size_t(1));
    const Json expected =
        samples::readJson(samples::goldenDir() + QStringLiteral("/settings/walkthrough.json"));
    const std::string difference =
        samples::firstDifference(imported.settings.front().resource, expected);
    QVERIFY2(difference.empty(), difference.c_str());
    QVERIFY(imported.settings.front().deleted);
    // No --location in the walkthrough, and a delete at its end: both are told.
    QCOMPARE(find(imported, "import.noLocation")->location.line, 1);
    QCOMPARE(find(imported, "import.deleted")->location.line, 12);
  }

  void unknownVariablesStayPlaceholders() {
    const std::string script =
        samples::readText(samples::goldenDir() + QStringLiteral("/scripts/walkthrough.sh"));
    const auto imported = importAzCliScript(script);
    QVERIFY2(imported.ok(), qPrintable(describe(imported)));
    const Json& resource = imported.settings.front().resource;
    QCOMPARE(resource["name"].get<std::string>(), std::string("${AUTOSCALE_SETTINGS_NAME}"));
    QCOMPARE(resource["properties"]["targetResourceUri"].get<std::string>(),
             std::string("${DEPLOYMENT_RESOURCE_ID}"));
    const auto* warning = find(imported, "import.unresolvedVariable");
    QVERIFY(warning);
    QCOMPARE(warning->location.line, 1);
    QVERIFY(QString::fromStdString(warning->hint).contains(QStringLiteral("--var")));
  }

  void scriptVariablesContinuationsAndQuotes() {
    const std::string script =
        "#!/bin/bash\n"
        "set -e\n"
        "RG=my-rg   # the group\n"
        "TARGET=\"" +
        std::string(kTarget) +
        "\"\n"
        "NAME='cpu scale'\n"
        "az group show -n \"$RG\" > /dev/null\n"
        "az monitor autoscale create \\\n"
        "    --resource-group \"$RG\" --name \"$NAME\" \\\n"
        "    --resource ${TARGET} --count 3 --location westus\n"
        "az monitor autoscale rule create -g $RG --autoscale-name \"$NAME\" \\\n"
        "  --condition \"\\\"Microsoft.Compute/virtualMachineScaleSets\\\" Percentage CPU >= 80.5 "
        "max 10m where VMName == vm1 or vm2\" \\\n"
        "  --scale out 20% --cooldown 10 --timegrain 'sum 2m'\n";
    const auto imported = importAzCliScript(script);
    QVERIFY2(imported.ok(), qPrintable(describe(imported)));
    const Json& resource = imported.settings.front().resource;
    QCOMPARE(resource["name"].get<std::string>(), std::string("cpu scale"));
    const Json& rule = resource["properties"]["profiles"][0]["rules"][0];
    const Json expectedTrigger = Json::parse(R"({
      "metricName": "Percentage CPU", "metricNamespace": "Microsoft.Compute/virtualMachineScaleSets",
      "metricResourceUri": ")" + std::string(kTarget) +
                                             R"(", "timeGrain": "PT2M", "statistic": "Sum",
      "timeWindow": "PT10M", "timeAggregation": "Maximum", "operator": "GreaterThanOrEqual",
      "threshold": 80.5,
      "dimensions": [{"DimensionName": "VMName", "Operator": "Equals", "Values": ["vm1", "vm2"]}]})");
    const std::string difference = samples::firstDifference(rule["metricTrigger"], expectedTrigger);
    QVERIFY2(difference.empty(), difference.c_str());
    QCOMPARE(
        rule["scaleAction"],
        Json::parse(
            R"({"direction":"Increase","type":"PercentChangeCount","value":"20","cooldown":"PT10M"})"));
  }

  void givenVariablesWinOverScriptAssignments() {
    const std::string script =
        "ID=$(az vmss show -n x --query id -o tsv)\n"
        "az monitor autoscale create -n s --resource $ID --count 1\n";
    const auto withoutValue = importAzCliScript(script);
    QVERIFY(find(withoutValue, "import.commandSubstitution"));
    QCOMPARE(withoutValue.settings.front()
                 .resource["properties"]["targetResourceUri"]
                 .get<std::string>(),
             std::string("${ID}"));
    const auto withValue = importAzCliScript(script, {{{"ID", kTarget}}});
    QVERIFY(!find(withValue, "import.commandSubstitution"));
    QVERIFY(!find(withValue, "import.unresolvedVariable"));
    QCOMPARE(
        withValue.settings.front().resource["properties"]["targetResourceUri"].get<std::string>(),
        std::string(kTarget));
  }

  void createDefaultsAndNotifications() {
    const auto imported = importAzCliScript(
        create("--tags env=prod owner= --email-administrator --action email a@x.com b@x.com "
               "--action webhook https://h.example/x k=v=w --scale-mode ForecastOnly "
               "--scale-look-ahead-time PT10M --disabled"));
    QVERIFY2(imported.ok(), qPrintable(describe(imported)));
    const Json& resource = imported.settings.front().resource;
    QCOMPARE(resource["tags"], Json::parse("{\"env\":\"prod\",\"owner\":\"\"}"));
    const Json& properties = resource["properties"];
    QCOMPARE(properties["enabled"].get<bool>(), false);
    QCOMPARE(properties["profiles"][0]["capacity"],
             Json::parse(R"({"minimum":"1","maximum":"5","default":"2"})"));
    QCOMPARE(properties["predictiveAutoscalePolicy"],
             Json::parse(R"({"scaleMode":"ForecastOnly","scaleLookAheadTime":"PT10M"})"));
    const Json expectedNotification = Json::parse(
        R"({"operation":"scale","email":{"customEmails":["a@x.com","b@x.com"],)"
        R"("sendToSubscriptionAdministrator":true,"sendToSubscriptionCoAdministrators":false},)"
        "\"webhooks\":[{\"serviceUri\":\"https://h.example/x\",\"properties\":{\"k\":\"v=w\"}}]}");
    const std::string difference =
        samples::firstDifference(properties["notifications"][0], expectedNotification);
    QVERIFY2(difference.empty(), difference.c_str());
  }

  void updateFollowsTheCli() {
    const std::string script =
        "az monitor autoscale create -n s --resource " + std::string(kTarget) +
        " --count 3 --location westus\n"
        "az monitor autoscale update -n s --count 4\n"  // pinned: all three move
        "az monitor autoscale update -n s --max-count 10 --enabled false\n"
        "az monitor autoscale update -n s --add-action email x@y.z --add-action webhook "
        "https://w.example\n"
        "az monitor autoscale update -n s --remove-action webhook https://w.example\n";
    const auto imported = importAzCliScript(script);
    QVERIFY2(imported.ok(), qPrintable(describe(imported)));
    const Json& properties = imported.settings.front().resource["properties"];
    QCOMPARE(properties["profiles"][0]["capacity"],
             Json::parse(R"({"minimum":"4","maximum":"10","default":"4"})"));
    QCOMPARE(properties["enabled"].get<bool>(), false);
    QCOMPARE(properties["notifications"].size(), std::size_t(1));
    QCOMPARE(properties["notifications"][0]["email"]["customEmails"], Json::parse(R"(["x@y.z"])"));
    QCOMPARE(properties["notifications"][0]["webhooks"], Json::array());
  }

  void unknownOptionsAreErrors() {
    const auto imported =
        importAzCliScript(create() +
                          "az monitor autoscale rule create -n x --autoscale-name s --condition "
                          "\"CPU > 1 avg 5m\" --scale out 1\n");
    QVERIFY(!imported.ok());
    const auto* unknownOption = find(imported, "import.unknownOption");
    QVERIFY(unknownOption);  // `rule create` has no -n
    QCOMPARE(unknownOption->location.line, 2);
    QCOMPARE(unknownOption->location.column, 34);
  }

  void profilesFollowTheCli() {
    const std::string script = create() +
                               "az monitor autoscale rule create --autoscale-name s --condition "
                               "\"Percentage CPU > 70 avg 5m\" --scale out 1\n"
                               "az monitor autoscale profile create --autoscale-name s -n holiday "
                               "--count 8 --timezone 'w. europe standard time' "
                               "--start 2026-12-24 --end '2026-12-26 18:30'\n"
                               "az monitor autoscale profile create --autoscale-name s -n nights "
                               "--count 1 --timezone UTC-11 "
                               "-r week mo tu we --start 22:00 --end 06:15 --copy-rules default\n";
    const auto imported = importAzCliScript(script);
    QVERIFY2(imported.ok(), qPrintable(describe(imported)));
    const Json& profiles = imported.settings.front().resource["properties"]["profiles"];
    QCOMPARE(profiles.size(), std::size_t(4));
    QCOMPARE(profiles[1]["fixedDate"], Json::parse(R"({"timeZone":"W. Europe Standard Time",
      "start":"2026-12-24T00:00:00+00:00","end":"2026-12-26T18:30:00+00:00"})"));
    QCOMPARE(profiles[1]["capacity"],
             Json::parse(R"({"minimum":"8","maximum":"8","default":"8"})"));
    QCOMPARE(
        profiles[2]["recurrence"]["schedule"],
        Json::parse(
            R"({"timeZone":"UTC-11","days":["Monday","Tuesday","Wednesday"],"hours":[22],"minutes":[0]})"));
    QCOMPARE(profiles[2]["rules"], profiles[0]["rules"]);  // --copy-rules default
    QCOMPARE(profiles[3]["name"].get<std::string>(),
             std::string(R"({"name": "default", "for": "nights"})"));
    QCOMPARE(profiles[3]["recurrence"]["schedule"]["hours"], Json::parse("[6]"));
    QCOMPARE(profiles[3]["recurrence"]["schedule"]["minutes"], Json::parse("[15]"));
    QCOMPARE(profiles[3]["capacity"], profiles[0]["capacity"]);

    const auto afterDelete =
        importAzCliScript(script +
                          "az monitor autoscale profile delete --autoscale-name s -n NIGHTS\n"
                          "az monitor autoscale rule delete --autoscale-name s --index 0\n");
    QVERIFY2(afterDelete.ok(), qPrintable(describe(afterDelete)));
    const Json& remaining = afterDelete.settings.front().resource["properties"]["profiles"];
    QCOMPARE(remaining.size(), std::size_t(2));  // the schedule and its paired profile are gone
    QCOMPARE(remaining[0]["rules"], Json::array());
  }

  void mistakesAreReportedWithLineAndColumn_data() {
    QTest::addColumn<QString>("line2");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("column");
    QTest::newRow("bad operator")
        << QStringLiteral(
               "az monitor autoscale rule create --autoscale-name s --condition \"Percentage CPU "
               "=> 70 avg 5m\" --scale out 1")
        << QStringLiteral("import.condition") << 81;
    QTest::newRow("last aggregation")
        << QStringLiteral(
               "az monitor autoscale rule create --autoscale-name s --condition \"Percentage CPU > "
               "70 last 5m\" --scale out 1")
        << QStringLiteral("import.condition") << 86;
    QTest::newRow("bad scale") << QStringLiteral(
                                      "az monitor autoscale rule create --autoscale-name s "
                                      "--condition \"Percentage CPU > 70 avg 5m\" --scale up 1")
                               << QStringLiteral("import.scale") << 102;
    QTest::newRow("unknown setting") << QStringLiteral(
                                            "az monitor autoscale rule create --autoscale-name "
                                            "other --condition \"CPU > 1 avg 5m\" --scale out 1")
                                     << QStringLiteral("import.unknownSetting") << 51;
    QTest::newRow("unknown profile")
        << QStringLiteral(
               "az monitor autoscale rule create --autoscale-name s --profile-name night "
               "--condition \"CPU > 1 avg 5m\" --scale out 1")
        << QStringLiteral("import.unknownProfile") << 68;
    QTest::newRow("bad day") << QStringLiteral(
                                    "az monitor autoscale profile create --autoscale-name s -n w "
                                    "--count 1 --timezone UTC-11 --recurrence week sat xday")
                             << QStringLiteral("import.recurrence") << 102;
    QTest::newRow("unknown command")
        << QStringLiteral("az monitor autoscale rules create --autoscale-name s")
        << QStringLiteral("import.unknownCommand") << 22;
    QTest::newRow("unclosed quote")
        << QStringLiteral("az monitor autoscale update -n s --tags \"a=b")
        << QStringLiteral("import.unterminatedQuote") << 41;
  }
  void mistakesAreReportedWithLineAndColumn() {
    QFETCH(QString, line2);
    QFETCH(QString, code);
    QFETCH(int, column);
    const auto imported = importAzCliScript(create() + line2.toStdString() + "\n");
    QVERIFY(!imported.ok());
    const auto* diagnostic = find(imported, code.toStdString());
    QVERIFY2(diagnostic, qPrintable(describe(imported)));
    QCOMPARE(diagnostic->location.line, 2);
    QCOMPARE(diagnostic->location.column, column);
    QVERIFY(!diagnostic->hint.empty() || code == QLatin1String("import.unknownSetting"));
  }

  void scriptWithoutCreateIsAnError() {
    const auto imported = importAzCliScript("echo hello\naz group list\n");
    QVERIFY(!imported.ok());
    QVERIFY(find(imported, "import.noSetting"));
  }

  void zeroLimitIsReadAsTheCliDoes() {
    const auto imported =
        importAzCliScript("az monitor autoscale create -n s --resource " + std::string(kTarget) +
                          " --count 2 --min-count 0 -l x\n");
    QVERIFY(find(imported, "import.zeroLimit"));
    QCOMPARE(imported.settings.front()
                 .resource["properties"]["profiles"][0]["capacity"]["minimum"]
                 .get<std::string>(),
             std::string("2"));
  }

  void severalSettingsAreKeptApart() {
    const auto imported = importAzCliScript(
        create() +
        "az monitor autoscale create -n t --resource /subscriptions/s/x --count 1 -l x\n"
        "az monitor autoscale rule create --autoscale-name T --condition \"CPU > 1 avg 5m\" "
        "--scale out 1\n");
    QVERIFY2(imported.ok(), qPrintable(describe(imported)));
    QCOMPARE(imported.settings.size(), std::size_t(2));
    QCOMPARE(imported.settings[0].resource["properties"]["profiles"][0]["rules"].size(),
             std::size_t(0));
    QCOMPARE(imported.settings[1].resource["properties"]["profiles"][0]["rules"].size(),
             std::size_t(1));
  }
};

QTEST_GUILESS_MAIN(TestAzCliImport)
#include "tst_azcliimport.moc"
