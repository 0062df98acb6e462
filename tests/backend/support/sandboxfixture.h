#pragma once

#include <QFile>
#include <QTemporaryDir>
#include <fstream>
#include <memory>
#include <sstream>

#include "backend/arm/armclient.h"
#include "backend/sandbox/sandboxserver.h"

// An in-process sandbox on a free loopback port and an ARM client signed in to it.
struct SandboxFixture {
  QTemporaryDir dataDir;
  std::unique_ptr<autoscale::backend::SandboxServer> server;
  std::unique_ptr<autoscale::backend::ArmClient> client;
  std::string error;

  bool start(autoscale::backend::SandboxOptions options = {}) {
    if (options.dataDir.isEmpty()) options.dataDir = dataDir.path();
    if (options.token.empty())
      options.token = "test-token-" + autoscale::backend::SandboxServer::generateToken();
    auto started = autoscale::backend::SandboxServer::start(std::move(options));
    if (!started) {
      error = started.error().message;
      return false;
    }
    server = std::move(*started);
    client = makeClient({});
    return true;
  }

  std::unique_ptr<autoscale::backend::ArmClient> makeClient(
      autoscale::backend::ArmClientOptions options, std::string token = {}) const {
    options.endpoint = server->baseUrl();
    options.http.retry.baseDelay = std::chrono::milliseconds(10);
    if (options.http.caBundlePath.empty() && server->options().tls) {
      options.http.caBundlePath = server->certificatePath().toStdString();
    }
    return std::make_unique<autoscale::backend::ArmClient>(
        options, std::make_shared<autoscale::backend::StaticTokenCredential>(
                     token.empty() ? server->token() : token));
  }

  const autoscale::backend::WorkspaceIdentity& identity() const {
    return server->workspace().identity();
  }
  std::string blueId() const { return identity().deploymentId("demo-endpoint", "blue"); }
  std::string endpointId() const { return identity().endpointId("demo-endpoint"); }
  autoscale::backend::AutoscaleSettingId settingId(const std::string& name,
                                                   std::string group = {}) const {
    return {identity().subscriptionId, group.empty() ? identity().resourceGroup : group, name};
  }
};

// The request body of the official createOrUpdate example (a test vector of the API).
inline nlohmann::ordered_json officialCreateBody() {
  std::ifstream file(AUTOSCALE_SHARED_DIR
                     "/reference/azure/2022-10-01/examples/createOrUpdateAutoscaleSetting.json");
  std::stringstream text;
  text << file.rdbuf();
  const auto example = nlohmann::ordered_json::parse(text.str(), nullptr, false);
  if (example.is_discarded()) return {};
  return example["parameters"]["parameters"];
}

// A setting for the emulated deployment `blue` with the given limits and a CPU scale-out rule.
inline nlohmann::ordered_json blueSetting(const std::string& target, int minimum, int maximum,
                                          int defaultCount, double cpuThreshold = 70) {
  using nlohmann::ordered_json;
  const auto rule = [&](const char* op, double threshold, const char* direction) {
    return ordered_json{{"metricTrigger",
                         {{"metricName", "CpuUtilizationPercentage"},
                          {"metricNamespace", ""},
                          {"metricResourceUri", target},
                          {"timeGrain", "PT1M"},
                          {"statistic", "Average"},
                          {"timeWindow", "PT5M"},
                          {"timeAggregation", "Average"},
                          {"operator", op},
                          {"threshold", threshold},
                          {"dividePerInstance", false}}},
                        {"scaleAction",
                         {{"direction", direction},
                          {"type", "ChangeCount"},
                          {"value", "1"},
                          {"cooldown", "PT5M"}}}};
  };
  return ordered_json{
      {"location", "westeurope"},
      {"tags", ordered_json::object()},
      {"properties",
       {{"profiles",
         ordered_json::array(
             {{{"name", "my-scale-settings"},
               {"capacity",
                {{"minimum", std::to_string(minimum)},
                 {"maximum", std::to_string(maximum)},
                 {"default", std::to_string(defaultCount)}}},
               {"rules", ordered_json::array({rule("GreaterThan", cpuThreshold, "Increase"),
                                              rule("LessThan", 10, "Decrease")})}}})},
        {"enabled", true},
        {"targetResourceUri", target}}}};
}

// True when every key of `sent` is in `got` with the same value (objects recursively).
inline bool containsAll(const nlohmann::ordered_json& got, const nlohmann::ordered_json& sent) {
  if (!sent.is_object()) return got == sent;
  if (!got.is_object()) return false;
  for (const auto& [key, value] : sent.items()) {
    const auto it = got.find(key);
    if (it == got.end() || !containsAll(*it, value)) return false;
  }
  return true;
}
