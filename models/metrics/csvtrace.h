#pragma once

// The CSV trace format (see docs/engine.md): a header row naming the columns `timestamp`,
// `metric`, `value`, and optionally `resource`, `aggregation`, `unit` and `dim.<name>`, then
// one point per row. Timestamps are ISO-8601 UTC; an empty value is a missing point.

#include <string>
#include <string_view>

#include "models/core/result.h"
#include "models/metrics/metricseries.h"

namespace autoscale::models {

// Parses a whole file. Errors name the line and column and say how to fix the row
// (code "trace.csv").
Result<MetricSet> readMetricsCsv(std::string_view text);

// Writes every series, one row per point, with only the optional columns that are needed.
std::string writeMetricsCsv(const MetricSet& set);

}  // namespace autoscale::models
