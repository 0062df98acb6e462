#include "ui/rules/metriccatalog.h"

#include <QCoreApplication>

namespace autoscale::ui {
namespace {

struct Row {
  bool deployment;
  const char* name;
  const char* display;
  const char* unit;
  const char* dimensions;
};

// Spec §5: one row per metric; display names are translated at use.
constexpr Row kRows[] = {
    {true, "CpuUtilizationPercentage", QT_TRANSLATE_NOOP("Metrics", "CPU Utilization Percentage"),
     "Percent", "instanceId"},
    {true, "CpuMemoryUtilizationPercentage",
     QT_TRANSLATE_NOOP("Metrics", "CPU Memory Utilization Percentage"), "Percent", "instanceId"},
    {true, "GpuUtilizationPercentage", QT_TRANSLATE_NOOP("Metrics", "GPU Utilization Percentage"),
     "Percent", "instanceId"},
    {true, "GpuMemoryUtilizationPercentage",
     QT_TRANSLATE_NOOP("Metrics", "GPU Memory Utilization Percentage"), "Percent", "instanceId"},
    {true, "GpuEnergyJoules", QT_TRANSLATE_NOOP("Metrics", "GPU Energy in Joules"), "Count",
     "instanceId"},
    {true, "DiskUtilization", QT_TRANSLATE_NOOP("Metrics", "Disk Utilization"), "Percent",
     "instanceId,disk"},
    {true, "DeploymentCapacity", QT_TRANSLATE_NOOP("Metrics", "Deployment Capacity"), "Count",
     "instanceId,State"},
    {true, "RequestsPerMinute", QT_TRANSLATE_NOOP("Metrics", "Requests Per Minute"), "Count",
     "envoy_response_code"},
    {true, "RequestLatency_P50", QT_TRANSLATE_NOOP("Metrics", "Request Latency P50"),
     "Milliseconds", ""},
    {true, "RequestLatency_P90", QT_TRANSLATE_NOOP("Metrics", "Request Latency P90"),
     "Milliseconds", ""},
    {true, "RequestLatency_P95", QT_TRANSLATE_NOOP("Metrics", "Request Latency P95"),
     "Milliseconds", ""},
    {true, "RequestLatency_P99", QT_TRANSLATE_NOOP("Metrics", "Request Latency P99"),
     "Milliseconds", ""},
    {true, "DataCollectionEventsPerMinute",
     QT_TRANSLATE_NOOP("Metrics", "Data Collection Events Per Minute"), "Count", "instanceId,type"},
    {true, "DataCollectionErrorsPerMinute",
     QT_TRANSLATE_NOOP("Metrics", "Data Collection Errors Per Minute"), "Count",
     "instanceId,reason,type"},
    {false, "RequestLatency", QT_TRANSLATE_NOOP("Metrics", "Request Latency"), "Milliseconds",
     "deployment"},
    {false, "RequestLatency_P50", QT_TRANSLATE_NOOP("Metrics", "Request Latency P50"),
     "Milliseconds", "deployment"},
    {false, "RequestLatency_P90", QT_TRANSLATE_NOOP("Metrics", "Request Latency P90"),
     "Milliseconds", "deployment"},
    {false, "RequestLatency_P95", QT_TRANSLATE_NOOP("Metrics", "Request Latency P95"),
     "Milliseconds", "deployment"},
    {false, "RequestLatency_P99", QT_TRANSLATE_NOOP("Metrics", "Request Latency P99"),
     "Milliseconds", "deployment"},
    {false, "RequestsPerMinute", QT_TRANSLATE_NOOP("Metrics", "Requests Per Minute"), "Count",
     "deployment,statusCode,statusCodeClass,modelStatusCode"},
    {false, "ConnectionsActive", QT_TRANSLATE_NOOP("Metrics", "Connections Active"), "Count", ""},
    {false, "NewConnectionsPerSecond", QT_TRANSLATE_NOOP("Metrics", "New Connections Per Second"),
     "CountPerSecond", ""},
    {false, "NetworkBytes", QT_TRANSLATE_NOOP("Metrics", "Network Bytes"), "BytesPerSecond", ""},
    {false, "DataCollectionEventsPerMinute",
     QT_TRANSLATE_NOOP("Metrics", "Data Collection Events Per Minute"), "Count", "deployment,type"},
    {false, "DataCollectionErrorsPerMinute",
     QT_TRANSLATE_NOOP("Metrics", "Data Collection Errors Per Minute"), "Count",
     "deployment,reason,type"},
};

}  // namespace

const std::vector<MetricInfo>& machineLearningMetrics() {
  static const std::vector<MetricInfo> metrics = [] {
    std::vector<MetricInfo> result;
    for (const Row& row : kRows) {
      MetricInfo info;
      info.metricNamespace = row.deployment ? kDeploymentNamespace : kEndpointNamespace;
      info.name = QLatin1String(row.name);
      info.displayName = QCoreApplication::translate("Metrics", row.display);
      info.unit = QLatin1String(row.unit);
      const QString dims = QLatin1String(row.dimensions);
      if (!dims.isEmpty()) info.dimensions = dims.split(u',');
      result.push_back(std::move(info));
    }
    return result;
  }();
  return metrics;
}

QStringList metricNamespaces() {
  return {kDeploymentNamespace, kEndpointNamespace};
}

std::vector<MetricInfo> metricsOf(const QString& metricNamespace) {
  std::vector<MetricInfo> result;
  for (const auto& metric : machineLearningMetrics()) {
    if (metric.metricNamespace.compare(metricNamespace, Qt::CaseInsensitive) == 0) {
      result.push_back(metric);
    }
  }
  return result;
}

}  // namespace autoscale::ui
