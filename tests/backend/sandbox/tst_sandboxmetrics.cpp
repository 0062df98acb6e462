// The metrics API of the sandbox's emulated Azure ML deployment, over real HTTP on loopback.
#include <QTest>
#include <set>
#include <thread>

#include "sandboxfixture.h"

using namespace autoscale::backend;
using nlohmann::ordered_json;

namespace {

// The newest data point of `metric` that has `aggregation`, or -1.
double latest(const ordered_json& answer, const std::string& metric,
              const std::string& aggregation) {
  for (const auto& entry : answer["value"]) {
    if (entry["name"]["value"] != metric || entry["timeseries"].empty()) continue;
    const auto& data = entry["timeseries"][0]["data"];
    for (auto it = data.rbegin(); it != data.rend(); ++it) {
      if (it->contains(aggregation)) return (*it)[aggregation].get<double>();
    }
  }
  return -1;
}

}  // namespace

class TestSandboxMetrics final : public QObject {
  Q_OBJECT

 private slots:
  void deploymentMetricsHaveTheApiShape() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    MetricsQuery query;
    query.metricNames = {"CpuUtilizationPercentage", "DeploymentCapacity"};
    query.timespan = "PT30M";
    query.interval = "PT5M";
    query.aggregations = {"average", "maximum"};
    auto answer = sandbox.client->listMetrics(sandbox.blueId(), query);
    QVERIFY2(answer.ok(), answer.ok() ? "" : answer.error().message.c_str());
    QCOMPARE((*answer)["interval"].get<std::string>(), std::string("PT5M"));
    QCOMPARE(
        (*answer)["namespace"].get<std::string>(),
        std::string("microsoft.machinelearningservices/workspaces/onlineendpoints/deployments"));
    const auto& value = (*answer)["value"];
    QCOMPARE(value.size(), std::size_t(2));
    QCOMPARE(value[0]["name"]["value"].get<std::string>(), std::string("CpuUtilizationPercentage"));
    QCOMPARE(value[0]["unit"].get<std::string>(), std::string("Percent"));
    QCOMPARE(value[0]["errorCode"].get<std::string>(), std::string("Success"));
    const auto& data = value[0]["timeseries"][0]["data"];
    QVERIFY(data.size() >= 6 && data.size() <= 7);
    int withValues = 0;
    for (const auto& point : data) {
      QVERIFY(point.contains("timeStamp"));
      QVERIFY(!point.contains("minimum"));  // only what was asked for
      if (!point.contains("average")) continue;
      ++withValues;
      QVERIFY(point["average"].get<double>() > 0 && point["average"].get<double>() <= 100);
      QVERIFY(point["maximum"].get<double>() >= point["average"].get<double>());
    }
    QVERIFY(withValues >= 5);
    QCOMPARE(latest(*answer, "DeploymentCapacity", "average"),
             2.0);  // two instances out of the box
  }

  void splittingByInstanceGivesOneSeriesPerInstance() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    MetricsQuery query;
    query.metricNames = {"CpuUtilizationPercentage"};
    query.timespan = "PT10M";
    query.filter = "instanceId eq '*'";
    auto answer = sandbox.client->listMetrics(sandbox.blueId(), query);
    QVERIFY(answer.ok());
    const auto& timeseries = (*answer)["value"][0]["timeseries"];
    QCOMPARE(timeseries.size(), std::size_t(2));
    QCOMPARE(timeseries[0]["metadatavalues"][0]["name"]["value"].get<std::string>(),
             std::string("instanceid"));
    QVERIFY(timeseries[0]["metadatavalues"][0]["value"] !=
            timeseries[1]["metadatavalues"][0]["value"]);
  }

  void endpointMetricsAndDefinitions() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    MetricsQuery query;
    query.metricNames = {"RequestLatency", "RequestsPerMinute"};
    query.timespan = "PT15M";
    query.filter = "deployment eq 'blue'";
    auto answer = sandbox.client->listMetrics(sandbox.endpointId(), query);
    QVERIFY2(answer.ok(), answer.ok() ? "" : answer.error().message.c_str());
    QVERIFY(latest(*answer, "RequestLatency", "average") > 0);
    QVERIFY(latest(*answer, "RequestsPerMinute", "average") > 0);

    auto definitions = sandbox.client->listMetricDefinitions(sandbox.blueId());
    QVERIFY(definitions.ok());
    std::set<std::string> names;
    for (const auto& definition : (*definitions)["value"]) {
      names.insert(definition["name"]["value"].get<std::string>());
      QVERIFY(!definition["metricAvailabilities"].empty());
      QVERIFY(definition.contains("primaryAggregationType"));
    }
    for (const char* expected :
         {"CpuUtilizationPercentage", "CpuMemoryUtilizationPercentage", "DeploymentCapacity",
          "DiskUtilization", "GpuUtilizationPercentage", "RequestLatency_P99", "RequestsPerMinute",
          "DataCollectionErrorsPerMinute"}) {
      QVERIFY2(names.count(expected), expected);
    }
  }

  void badQueriesAreClearErrors() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    MetricsQuery query;
    query.metricNames = {"NoSuchMetric"};
    auto unknown = sandbox.client->listMetrics(sandbox.blueId(), query);
    QCOMPARE(unknown.error().code, std::string("BadRequest"));
    QVERIFY(unknown.error().message.find("NoSuchMetric") != std::string::npos);

    query.metricNames = {"CpuUtilizationPercentage"};
    query.interval = "PT30S";
    QVERIFY(sandbox.client->listMetrics(sandbox.blueId(), query).error().message.find("interval") !=
            std::string::npos);

    query.interval = "PT1M";
    auto elsewhere = sandbox.client->listMetrics(
        sandbox.identity().endpointId("other") + "/deployments/x", query);
    QCOMPARE(elsewhere.error().code, std::string("ResourceNotFound"));
  }

  void deployedLimitsDriveTheInstanceCount() {
    SandboxFixture sandbox;
    SandboxOptions options;
    options.acceleration = 1200;  // a simulated minute every 50 ms
    options.workload = "constant:300";
    QVERIFY(sandbox.start(options));
    const auto id = sandbox.settingId("blue-autoscale");
    QVERIFY(
        sandbox.client->createOrUpdateAutoscaleSetting(id, blueSetting(sandbox.blueId(), 3, 6, 3))
            .ok());

    MetricsQuery query;
    query.metricNames = {"DeploymentCapacity"};
    query.timespan = "PT5M";
    double capacity = 0;
    // Bounded: 100 polls of 50 ms.
    for (int i = 0; i < 100 && capacity < 3; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      auto answer = sandbox.client->listMetrics(sandbox.blueId(), query);
      QVERIFY(answer.ok());
      capacity = latest(*answer, "DeploymentCapacity", "average");
    }
    QCOMPARE(capacity, 3.0);
  }
};

QTEST_GUILESS_MAIN(TestSandboxMetrics)
#include "tst_sandboxmetrics.moc"
