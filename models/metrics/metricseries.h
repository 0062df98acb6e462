#pragma once

// Metric traces: named series of timestamped points, as recorded by Azure Monitor, read from
// files or generated. A point stands for the minute (or coarser step) that starts at its time;
// a step without a point is missing data, never zero.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "models/metrics/timestamp.h"

namespace autoscale::models {

struct MetricPoint {
  EpochSeconds time = 0;
  double value = 0.0;
};

// What a point's value already is. Files written by hand or by the generators hold raw
// samples; the Azure Monitor metrics API returns one value per aggregation and interval.
enum class PointAggregation { Raw, Average, Minimum, Maximum, Total, Count };

const char* toString(PointAggregation aggregation);  // "raw", "average", "minimum", …
std::optional<PointAggregation> parsePointAggregation(std::string_view text);

using DimensionValues = std::vector<std::pair<std::string, std::string>>;  // name, value

struct MetricSeries {
  std::string metric;       // the metric's "Name in REST API", e.g. CpuUtilizationPercentage
  std::string resourceUri;  // ARM id of the emitting resource; empty when the trace does not say
  DimensionValues dimensions;
  PointAggregation aggregation = PointAggregation::Raw;
  std::string unit;                 // Azure Monitor unit ("Percent", "Count" …) when known
  std::vector<MetricPoint> points;  // strictly increasing times

  // The value of dimension `name` (matched case-insensitively), or nullopt.
  std::optional<std::string> dimension(std::string_view name) const;
  // True when metric, resource, dimensions and aggregation are the same (case-insensitively).
  bool sameSeriesAs(const MetricSeries& other) const;
  // A short label for messages: `CpuUtilizationPercentage{instanceId=i-1}`.
  std::string label() const;
};

struct MetricSet {
  std::vector<MetricSeries> series;
  std::vector<std::string> notes;  // what a reader skipped or assumed, to show the user

  bool empty() const;
  // First and last point time over all series; nullopt when there are no points.
  std::optional<EpochSeconds> firstTime() const;
  std::optional<EpochSeconds> lastTime() const;
  // Appends the series of `other` (and its notes).
  void append(MetricSet other);
};

// Case-insensitive ASCII comparison, as Azure compares metric and dimension names.
bool namesEqual(std::string_view a, std::string_view b);

// True for metrics whose values are percentages of one instance (CpuUtilizationPercentage,
// Percentage CPU, DiskUtilization …): values stay within 0–100.
bool looksLikePercentage(std::string_view metric);

}  // namespace autoscale::models
