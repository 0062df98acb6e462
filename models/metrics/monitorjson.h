#pragma once

// The JSON of the Azure Monitor metrics REST API (`GET {resource}/providers/Microsoft.Insights/
// metrics`), which is also what `az monitor metrics list -o json` prints.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/core/result.h"
#include "models/metrics/metricseries.h"

namespace autoscale::models {

// One series per metric, dimension combination and aggregation present in the response
// (`average`, `minimum`, …); a data point without a key is a missing point. Metrics whose
// `errorCode` is not `Success` are skipped with a note. Errors (code "trace.json") carry the
// line and column of a syntax error or the JSON path of a bad value.
Result<MetricSet> readMonitorMetricsJson(std::string_view text);

struct MonitorJsonOptions {
  std::optional<EpochSeconds> from;  // timespan; defaults to the data's own extent
  std::optional<EpochSeconds> to;    // exclusive
  EpochSeconds intervalSeconds = 60;
  // Aggregations written for raw series; series that hold one aggregation write that one.
  std::vector<PointAggregation> aggregations{PointAggregation::Average};
  std::string metricNamespace;
  std::string resourceRegion;
};

// The response document for `set`: points are grouped into `interval` buckets (a bucket's
// time is its start), empty buckets inside the timespan carry only their `timeStamp`.
nlohmann::ordered_json toMonitorMetricsJson(const MetricSet& set,
                                            const MonitorJsonOptions& options);
std::string writeMonitorMetricsJson(const MetricSet& set, const MonitorJsonOptions& options);

// `PT1M`, `PT5M`, `PT1H`, `P1D` — the ISO-8601 duration the API writes for an interval.
std::string isoDurationText(EpochSeconds seconds);

}  // namespace autoscale::models
