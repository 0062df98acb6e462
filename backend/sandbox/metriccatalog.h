#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backend/sandbox/emulateddeployment.h"

namespace autoscale::backend {

enum class MetricScope { Deployment, Endpoint };

// A metric of spec §5 as the sandbox serves it.
struct MetricInfo {
  std::string name;  // name in the REST API
  std::string displayName;
  std::string unit;
  std::string primaryAggregation;
  std::vector<std::string> aggregations;  // supported, as the API spells them
  std::vector<std::string> dimensions;
  MetricScope scope = MetricScope::Deployment;
  // How the values of several instances make one value when the series is not split by
  // instanceId: CPU is averaged, DeploymentCapacity adds up to the instance count.
  bool sumOverInstances = false;
};

inline constexpr const char* kDeploymentNamespace =
    "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments";
inline constexpr const char* kEndpointNamespace =
    "Microsoft.MachineLearningServices/workspaces/onlineEndpoints";

const std::vector<MetricInfo>& metricCatalog(MetricScope scope);
const MetricInfo* findMetric(MetricScope scope, std::string_view name);  // case-insensitive

// One value of a metric in one sample: per instance for metrics with the instanceId
// dimension at deployment scope, else a single value. Empty when the sandbox has no such
// signal (e.g. GPU metrics of a CPU deployment), which reads as "no data".
std::vector<double> metricValues(const MetricInfo& metric, const DeploymentSample& sample);

}  // namespace autoscale::backend
