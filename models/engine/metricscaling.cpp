#include "models/engine/metricscaling.h"

#include <algorithm>
#include <array>

#include "models/metrics/metricseries.h"

namespace autoscale::models {
namespace {

constexpr std::array<std::string_view, 8> kPerInstanceMetrics{"CpuUtilizationPercentage",
                                                              "CpuMemoryUtilizationPercentage",
                                                              "GpuUtilizationPercentage",
                                                              "GpuMemoryUtilizationPercentage",
                                                              "GpuEnergyJoules",
                                                              "Percentage CPU",
                                                              "CpuPercentage",
                                                              "MemoryPercentage"};

bool listed(std::string_view metric, const auto& names) {
  return std::any_of(names.begin(), names.end(),
                     [metric](const auto& name) { return namesEqual(metric, name); });
}

}  // namespace

MetricScaling metricScaling(std::string_view metric, const SimulationOptions& options) {
  if (listed(metric, options.loadMetrics)) return MetricScaling::Load;
  if (listed(metric, options.perInstanceMetrics) || listed(metric, kPerInstanceMetrics)) {
    return looksLikePercentage(metric) ? MetricScaling::PerInstancePercent
                                       : MetricScaling::PerInstance;
  }
  return MetricScaling::Load;
}

double rescaleToCapacity(double value, MetricScaling scaling, double recordedCount,
                         double simulatedCount) {
  if (scaling == MetricScaling::Load || recordedCount <= 0.0) return value;
  if (simulatedCount <= 0.0) return scaling == MetricScaling::PerInstancePercent ? 100.0 : value;
  const double scaled = value * recordedCount / simulatedCount;
  return scaling == MetricScaling::PerInstancePercent ? std::min(scaled, 100.0) : scaled;
}

const MetricSeries* findCapacitySeries(const MetricSet& metrics, const SimulationOptions& options) {
  const MetricSeries* found = nullptr;
  for (const auto& series : metrics.series) {
    if (namesEqual(series.metric, options.capacityMetric) && !series.points.empty() &&
        (!found || series.dimensions.empty())) {
      found = &series;
    }
  }
  return found;
}

double recordedCapacityAt(const MetricSeries& capacity, EpochSeconds time) {
  const auto& points = capacity.points;
  auto after = std::upper_bound(points.begin(), points.end(), time,
                                [](EpochSeconds t, const MetricPoint& p) { return t < p.time; });
  return after == points.begin() ? points.front().value : std::prev(after)->value;
}

}  // namespace autoscale::models
