// The ARM template export re-imports identical: parsing the exported template and taking its
// autoscale resource (parameters at their default values) gives back the input setting,
// less the read-only envelope fields.
#include <QTest>

#include "backend/exporters/exporter.h"
#include "backend/importers/armtemplateimporter.h"
#include "settingsamples.h"

using autoscale::backend::ExportFormat;
using autoscale::backend::exportSetting;
using autoscale::backend::importArmTemplate;
using samples::Json;

namespace {

// The setting as a template deploys it: without the fields the service sets.
Json deployable(Json resource) {
  for (const char* key : {"id", "systemData", "type"}) resource.erase(key);
  return resource;
}

Json exportAndReimport(const Json& resource, const std::map<std::string, Json>& parameters = {}) {
  const auto exported = exportSetting(resource, ExportFormat::ArmTemplate);
  if (!exported.ok()) return Json();
  const Json armTemplate = Json::parse(exported->text, nullptr, false);
  const auto imported = importArmTemplate(armTemplate, parameters);
  if (imported.settings.size() != 1) return Json();
  return imported.settings.front();
}

}  // namespace

class TestArmTemplateRoundTrip final : public QObject {
  Q_OBJECT

 private slots:
  void reimportsIdentical_data() {
    QTest::addColumn<int>("sampleIndex");
    const auto all = samples::settingSamples();
    for (std::size_t i = 0; i < all.size(); ++i)
      QTest::newRow(all[i].name.c_str()) << static_cast<int>(i);
  }
  void reimportsIdentical() {
    QFETCH(int, sampleIndex);
    const Json input = samples::settingSamples()[static_cast<std::size_t>(sampleIndex)].resource;
    const Json reimported = exportAndReimport(input);
    QVERIFY(reimported.is_object());
    QCOMPARE(QString::fromStdString(reimported["type"].get<std::string>()),
             QStringLiteral("Microsoft.Insights/autoscalesettings"));
    const std::string difference =
        samples::firstDifference(deployable(input), deployable(reimported));
    QVERIFY2(difference.empty(), difference.c_str());
    // Number spellings survive too (threshold 70.0 stays a float).
    QCOMPARE(QString::fromStdString(deployable(reimported).dump()),
             QString::fromStdString(deployable(input).dump()));
  }

  void templateIsParameterised() {
    const Json input = samples::settingSamples()[0].resource;  // walkthrough
    const auto exported = exportSetting(input, ExportFormat::ArmTemplate);
    QVERIFY(exported.ok());
    const Json armTemplate = Json::parse(exported->text);
    QCOMPARE(
        armTemplate["$schema"].get<std::string>(),
        std::string(
            "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"));
    QCOMPARE(armTemplate["contentVersion"].get<std::string>(), std::string("1.0.0.0"));
    for (const char* name : {"autoscaleSettingName", "location", "targetResourceUri",
                             "minimumCapacity", "maximumCapacity", "defaultCapacity"}) {
      QVERIFY2(armTemplate["parameters"].contains(name), name);
    }
    // The walkthrough has no location: the template deploys to the resource group's region.
    QCOMPARE(armTemplate["parameters"]["location"]["defaultValue"].get<std::string>(),
             std::string("[resourceGroup().location]"));
    const Json& resource = armTemplate["resources"][0];
    QCOMPARE(resource["apiVersion"].get<std::string>(), std::string("2022-10-01"));
    QCOMPARE(resource["properties"]["profiles"][0]["capacity"]["maximum"].get<std::string>(),
             std::string("[string(parameters('maximumCapacity'))]"));
    // The paired copy of the default profile follows the same parameters.
    QCOMPARE(resource["properties"]["profiles"][2]["capacity"]["maximum"].get<std::string>(),
             std::string("[string(parameters('maximumCapacity'))]"));
    // The weekend profile's own limits stay literal.
    QCOMPARE(resource["properties"]["profiles"][1]["capacity"]["maximum"].get<std::string>(),
             std::string("2"));
  }

  void parametersChangeEveryPlaceTheyHold() {
    const Json input = samples::settingSamples()[0].resource;
    const Json reimported = exportAndReimport(
        input, {{"maximumCapacity", 9}, {"targetResourceUri", "/subscriptions/x/other"}});
    QVERIFY(reimported.is_object());
    const Json& properties = reimported["properties"];
    QCOMPARE(properties["profiles"][0]["capacity"]["maximum"].get<std::string>(), std::string("9"));
    QCOMPARE(properties["profiles"][2]["capacity"]["maximum"].get<std::string>(), std::string("9"));
    QCOMPARE(properties["targetResourceUri"].get<std::string>(),
             std::string("/subscriptions/x/other"));
    // Rules on the deployment follow the target; the rule on the endpoint keeps its source.
    QCOMPARE(properties["profiles"][0]["rules"][0]["metricTrigger"]["metricResourceUri"]
                 .get<std::string>(),
             std::string("/subscriptions/x/other"));
    QVERIFY(properties["profiles"][0]["rules"][2]["metricTrigger"]["metricResourceUri"]
                .get<std::string>() != "/subscriptions/x/other");
  }

  void unknownKeysAndBracketedLiteralsSurvive() {
    Json input = samples::settingSamples()[2].resource;
    input["properties"]["profiles"][0]["futureField"] = Json{{"nested", Json::array({1, "two"})}};
    input["tags"]["note"] = "[not an expression]";
    input["kind"] = "custom";
    const auto exported = exportSetting(input, ExportFormat::ArmTemplate);
    QVERIFY(exported.ok());
    QVERIFY(exported->text.find("\"[[not an expression]\"") != std::string::npos);
    const Json reimported = exportAndReimport(input);
    const std::string difference =
        samples::firstDifference(deployable(input), deployable(reimported));
    QVERIFY2(difference.empty(), difference.c_str());
  }

  void pascalCaseInputKeepsItsKeys() {
    const Json input =
        Json::parse(R"({"Name":"p","Location":"westus","Properties":{"Profiles":[{"Name":"default",
      "Capacity":{"Minimum":"1","Maximum":"3","Default":"1"},"Rules":[]}],"TargetResourceUri":"/subscriptions/s/r"}})");
    const Json reimported = exportAndReimport(input);
    QVERIFY(reimported.is_object());
    QCOMPARE(reimported["name"].get<std::string>(), std::string("p"));
    QCOMPARE(reimported["location"].get<std::string>(), std::string("westus"));
    QCOMPARE(reimported["Properties"]["Profiles"][0]["Capacity"]["Maximum"].get<std::string>(),
             std::string("3"));
    QCOMPARE(reimported["Properties"]["TargetResourceUri"].get<std::string>(),
             std::string("/subscriptions/s/r"));
  }
};

QTEST_GUILESS_MAIN(TestArmTemplateRoundTrip)
#include "tst_armtemplateroundtrip.moc"
