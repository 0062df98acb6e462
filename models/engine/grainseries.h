#pragma once

// The metric a rule reads, reduced to one value per time grain (spec §2.2 steps 1–2): the
// series of the trace that match the rule's metric, resource and dimension filters, bucketed
// into `timeGrain` buckets and reduced with `statistic` across all their samples.

#include <cstdint>
#include <string>
#include <vector>

#include "models/engine/compiledsetting.h"
#include "models/engine/metricscaling.h"
#include "models/metrics/metricseries.h"

namespace autoscale::models {

// What a rule asks of the trace; rules that ask the same share one grain series.
struct MetricQuery {
  std::string metric;
  std::string resourceUri;
  std::vector<DimensionFilter> dimensions;
  EpochSeconds grain = 60;
  MetricStatistic statistic = MetricStatistic::Average;

  static MetricQuery of(const CompiledRule& rule);
  bool sameAs(const MetricQuery& other) const;
};

// The series of `set` that a query reads. Without dimension filters, series without
// dimensions are preferred (they are the metric's total); with filters, a series must carry
// every filtered dimension with a matching value (`*` matches any). Series whose resource is
// empty match any resource. When the trace holds several aggregations of a series, the one
// that matches the statistic is used. `note` explains a fallback or an empty selection.
struct SeriesSelection {
  std::vector<const MetricSeries*> series;
  std::string note;
};
SeriesSelection selectSeries(const MetricSet& set, const MetricQuery& query);

struct GrainSeries {
  MetricQuery query;
  MetricScaling scaling = MetricScaling::Load;
  bool rescaled = false;  // closed loop on a per-instance metric: `values` moves with capacity
  std::int64_t firstBucket = 0;   // bucket b covers [b × grain, (b + 1) × grain)
  std::vector<double> raw;        // per bucket from firstBucket; NaN = no sample
  std::vector<double> values;     // rescaled copy, filled as buckets become visible
  std::int64_t finalizedEnd = 0;  // buckets below this are final in `values`
  // The last end bucket asked for and the first visible-until time it covers, so that the
  // next run (usually the same bucket or the next) needs no division.
  std::int64_t cachedEnd = 0;
  EpochSeconds cachedFrom = 0;  // cachedEnd × grain

  const std::vector<double>& data() const { return rescaled ? values : raw; }

  // floorDiv(visibleUntil, grain): the first bucket that is not yet visible.
  std::int64_t endBucket(EpochSeconds visibleUntil) {
    const EpochSeconds grainSeconds = query.grain;
    if (visibleUntil >= cachedFrom && visibleUntil < cachedFrom + grainSeconds) return cachedEnd;
    if (visibleUntil >= cachedFrom + grainSeconds && visibleUntil < cachedFrom + 2 * grainSeconds) {
      cachedFrom += grainSeconds;
      return ++cachedEnd;
    }
    cachedEnd = floorDiv(visibleUntil, grainSeconds);
    cachedFrom = cachedEnd * grainSeconds;
    return cachedEnd;
  }
};

// Buckets [firstBucket, endBucket) of the selected series.
GrainSeries buildGrainSeries(const MetricQuery& query, const SeriesSelection& selection,
                             std::int64_t firstBucket, std::int64_t endBucket);

}  // namespace autoscale::models
