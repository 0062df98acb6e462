#pragma once

// The closed-loop preview needs to know how a metric reacts when the simulation runs a
// different instance count than the one the trace was recorded at (ARCHITECTURE §3):
// a per-instance metric (CPU %) moves as value × recorded / simulated count, saturating at
// 100 for percentages; a load metric (requests per minute at the endpoint) does not move.

#include <string_view>

#include "models/engine/simulationoptions.h"
#include "models/metrics/metricseries.h"

namespace autoscale::models {

enum class MetricScaling { Load, PerInstance, PerInstancePercent };

// Built in: CpuUtilizationPercentage, CpuMemoryUtilizationPercentage,
// GpuUtilizationPercentage, GpuMemoryUtilizationPercentage, GpuEnergyJoules, Percentage CPU,
// CpuPercentage, MemoryPercentage. The options' perInstanceMetrics and loadMetrics override.
MetricScaling metricScaling(std::string_view metric, const SimulationOptions& options);

// The value a per-instance metric recorded at `recordedCount` instances would have at
// `simulatedCount` instances.
double rescaleToCapacity(double value, MetricScaling scaling, double recordedCount,
                         double simulatedCount);

// The trace's record of the instance count (options.capacityMetric, e.g. DeploymentCapacity),
// preferring a series without dimensions; nullptr when the trace has none.
const MetricSeries* findCapacitySeries(const MetricSet& metrics, const SimulationOptions& options);

// The recorded count at `time`: the last point at or before it (the first point before the
// series starts).
double recordedCapacityAt(const MetricSeries& capacity, EpochSeconds time);

}  // namespace autoscale::models
