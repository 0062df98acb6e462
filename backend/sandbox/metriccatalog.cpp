#include "backend/sandbox/metriccatalog.h"

#include "backend/net/httpmessage.h"

namespace autoscale::backend {
namespace {

const std::vector<std::string> kMinMaxAvg{"Minimum", "Maximum", "Average"};
const std::vector<std::string> kAverage{"Average"};

MetricInfo deploymentMetric(std::string name, std::string display, std::string unit,
                            std::vector<std::string> aggregations,
                            std::vector<std::string> dimensions) {
  return {std::move(name),         std::move(display),    std::move(unit),         "Average",
          std::move(aggregations), std::move(dimensions), MetricScope::Deployment, false};
}

MetricInfo summedDeploymentMetric(std::string name, std::string display, std::string unit,
                                  std::vector<std::string> aggregations,
                                  std::vector<std::string> dimensions) {
  MetricInfo metric = deploymentMetric(std::move(name), std::move(display), std::move(unit),
                                       std::move(aggregations), std::move(dimensions));
  metric.sumOverInstances = true;
  return metric;
}

MetricInfo endpointMetric(std::string name, std::string display, std::string unit,
                          std::vector<std::string> aggregations,
                          std::vector<std::string> dimensions) {
  return {std::move(name),         std::move(display),    std::move(unit),       "Average",
          std::move(aggregations), std::move(dimensions), MetricScope::Endpoint, false};
}

std::vector<double> sameForEachInstance(const DeploymentSample& sample, double value) {
  return std::vector<double>(static_cast<std::size_t>(sample.capacity), value);
}

}  // namespace

const std::vector<MetricInfo>& metricCatalog(MetricScope scope) {
  static const std::vector<MetricInfo> deployment{
      deploymentMetric("CpuMemoryUtilizationPercentage", "CPU Memory Utilization Percentage",
                       "Percent", kMinMaxAvg, {"instanceId"}),
      deploymentMetric("CpuUtilizationPercentage", "CPU Utilization Percentage", "Percent",
                       kMinMaxAvg, {"instanceId"}),
      deploymentMetric("DataCollectionErrorsPerMinute", "Data Collection Errors Per Minute",
                       "Count", kMinMaxAvg, {"instanceId", "reason", "type"}),
      deploymentMetric("DataCollectionEventsPerMinute", "Data Collection Events Per Minute",
                       "Count", kMinMaxAvg, {"instanceId", "type"}),
      summedDeploymentMetric("DeploymentCapacity", "Deployment Capacity", "Count", kMinMaxAvg,
                             {"instanceId", "State"}),
      deploymentMetric("DiskUtilization", "Disk Utilization", "Percent", kMinMaxAvg,
                       {"instanceId", "disk"}),
      deploymentMetric("GpuEnergyJoules", "GPU Energy in Joules", "Count", kMinMaxAvg,
                       {"instanceId"}),
      deploymentMetric("GpuMemoryUtilizationPercentage", "GPU Memory Utilization Percentage",
                       "Percent", kMinMaxAvg, {"instanceId"}),
      deploymentMetric("GpuUtilizationPercentage", "GPU Utilization Percentage", "Percent",
                       kMinMaxAvg, {"instanceId"}),
      deploymentMetric("RequestLatency_P50", "Request Latency P50", "MilliSeconds", kAverage, {}),
      deploymentMetric("RequestLatency_P90", "Request Latency P90", "MilliSeconds", kAverage, {}),
      deploymentMetric("RequestLatency_P95", "Request Latency P95", "MilliSeconds", kAverage, {}),
      deploymentMetric("RequestLatency_P99", "Request Latency P99", "MilliSeconds", kAverage, {}),
      deploymentMetric("RequestsPerMinute", "Requests Per Minute", "Count", kAverage,
                       {"envoy_response_code"}),
  };
  static const std::vector<MetricInfo> endpoint{
      endpointMetric("ConnectionsActive", "Connections Active", "Count", kAverage, {}),
      endpointMetric("DataCollectionErrorsPerMinute", "Data Collection Errors Per Minute", "Count",
                     kMinMaxAvg, {"deployment", "reason", "type"}),
      endpointMetric("DataCollectionEventsPerMinute", "Data Collection Events Per Minute", "Count",
                     kMinMaxAvg, {"deployment", "type"}),
      endpointMetric("NetworkBytes", "Network Bytes", "BytesPerSecond", kAverage, {}),
      endpointMetric("NewConnectionsPerSecond", "New Connections Per Second", "CountPerSecond",
                     kAverage, {}),
      endpointMetric("RequestLatency", "Request Latency", "MilliSeconds", kAverage, {"deployment"}),
      endpointMetric("RequestLatency_P50", "Request Latency P50", "MilliSeconds", kAverage,
                     {"deployment"}),
      endpointMetric("RequestLatency_P90", "Request Latency P90", "MilliSeconds", kAverage,
                     {"deployment"}),
      endpointMetric("RequestLatency_P95", "Request Latency P95", "MilliSeconds", kAverage,
                     {"deployment"}),
      endpointMetric("RequestLatency_P99", "Request Latency P99", "MilliSeconds", kAverage,
                     {"deployment"}),
      endpointMetric("RequestsPerMinute", "Requests Per Minute", "Count", kAverage,
                     {"deployment", "statusCode", "statusCodeClass", "modelStatusCode"}),
  };
  return scope == MetricScope::Deployment ? deployment : endpoint;
}

const MetricInfo* findMetric(MetricScope scope, std::string_view name) {
  const std::string wanted = toLower(name);
  for (const auto& metric : metricCatalog(scope)) {
    if (toLower(metric.name) == wanted) return &metric;
  }
  return nullptr;
}

std::vector<double> metricValues(const MetricInfo& metric, const DeploymentSample& s) {
  const std::string& n = metric.name;
  if (n == "CpuUtilizationPercentage") return s.cpuPerInstance;
  if (n == "CpuMemoryUtilizationPercentage") return sameForEachInstance(s, s.memoryPercent);
  // Each instance counts one; summed over instances this is the instance count.
  if (n == "DeploymentCapacity") return sameForEachInstance(s, 1.0);
  if (n == "DiskUtilization") return sameForEachInstance(s, 12.0);
  if (n == "DataCollectionErrorsPerMinute" || n == "DataCollectionEventsPerMinute") {
    return metric.scope == MetricScope::Deployment ? sameForEachInstance(s, 0.0)
                                                   : std::vector<double>{0.0};
  }
  if (n == "RequestsPerMinute") return {s.requestsPerMinute};
  if (n == "RequestLatency" || n == "RequestLatency_P50") return {s.latencyP50Ms};
  if (n == "RequestLatency_P90") return {s.latencyP90Ms};
  if (n == "RequestLatency_P95") return {s.latencyP95Ms};
  if (n == "RequestLatency_P99") return {s.latencyP99Ms};
  // Little's law: requests in flight = arrival rate × time in the system.
  if (n == "ConnectionsActive") return {s.requestsPerMinute / 60.0 * s.latencyP50Ms / 1000.0};
  if (n == "NewConnectionsPerSecond") return {s.requestsPerMinute / 60.0};
  if (n == "NetworkBytes") return {s.requestsPerMinute / 60.0 * 6144.0};
  return {};  // GPU metrics: a CPU deployment has none
}

}  // namespace autoscale::backend
