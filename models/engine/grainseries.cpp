#include "models/engine/grainseries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace autoscale::models {
namespace {

PointAggregation aggregationFor(MetricStatistic statistic) {
  switch (statistic) {
    case MetricStatistic::Average:
      return PointAggregation::Average;
    case MetricStatistic::Min:
      return PointAggregation::Minimum;
    case MetricStatistic::Max:
      return PointAggregation::Maximum;
    case MetricStatistic::Sum:
      return PointAggregation::Total;
    case MetricStatistic::Count:
      return PointAggregation::Count;
  }
  return PointAggregation::Average;
}

bool filterMatches(const MetricSeries& series, const DimensionFilter& filter) {
  const auto value = series.dimension(filter.name);
  if (!value) return false;
  const bool listed =
      std::any_of(filter.values.begin(), filter.values.end(),
                  [&](const std::string& v) { return v == "*" || namesEqual(v, *value); });
  return filter.op == DimensionOperator::Equals ? listed : !listed;
}

bool sameFilters(const std::vector<DimensionFilter>& a, const std::vector<DimensionFilter>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!namesEqual(a[i].name, b[i].name) || a[i].op != b[i].op || a[i].values != b[i].values) {
      return false;
    }
  }
  return true;
}

// Per-bucket running reduction of the samples that fall into it.
struct Accumulator {
  double sum = 0.0;
  double samples = 0.0;
  double count = 0.0;  // samples, or the sum of the values of a series of counts
  double minimum = std::numeric_limits<double>::infinity();
  double maximum = -std::numeric_limits<double>::infinity();
};

}  // namespace

MetricQuery MetricQuery::of(const CompiledRule& rule) {
  return MetricQuery{rule.metricName, rule.metricResourceUri, rule.dimensions, rule.timeGrain,
                     rule.statistic};
}

bool MetricQuery::sameAs(const MetricQuery& other) const {
  return namesEqual(metric, other.metric) && namesEqual(resourceUri, other.resourceUri) &&
         grain == other.grain && statistic == other.statistic &&
         sameFilters(dimensions, other.dimensions);
}

SeriesSelection selectSeries(const MetricSet& set, const MetricQuery& query) {
  std::vector<const MetricSeries*> candidates;
  for (const auto& series : set.series) {
    if (!namesEqual(series.metric, query.metric)) continue;
    if (!series.resourceUri.empty() && !query.resourceUri.empty() &&
        !namesEqual(series.resourceUri, query.resourceUri)) {
      continue;
    }
    candidates.push_back(&series);
  }
  SeriesSelection selection;
  if (candidates.empty()) {
    selection.note = "the trace has no series of " + query.metric;
    return selection;
  }
  std::vector<const MetricSeries*> matching;
  if (query.dimensions.empty()) {
    for (const auto* s : candidates) {
      if (s->dimensions.empty()) matching.push_back(s);
    }
    if (matching.empty()) matching = candidates;
  } else {
    for (const auto* s : candidates) {
      if (std::all_of(query.dimensions.begin(), query.dimensions.end(),
                      [s](const DimensionFilter& f) { return filterMatches(*s, f); })) {
        matching.push_back(s);
      }
    }
    if (matching.empty()) {
      selection.note = "no series of " + query.metric + " matches the rule's dimension filters";
      return selection;
    }
  }
  // Several aggregations of the same data: take the statistic's own, else raw samples.
  const PointAggregation wanted = aggregationFor(query.statistic);
  for (PointAggregation preferred : {wanted, PointAggregation::Raw}) {
    for (const auto* s : matching) {
      if (s->aggregation == preferred) selection.series.push_back(s);
    }
    if (!selection.series.empty()) return selection;
  }
  const PointAggregation available = matching.front()->aggregation;
  for (const auto* s : matching) {
    if (s->aggregation == available) selection.series.push_back(s);
  }
  selection.note = query.metric + ": the trace has no " + toString(wanted) + " values; its " +
                   toString(available) + " values are used";
  return selection;
}

namespace {

// The usual case: one series with at most one point per bucket; each value is its bucket's
// statistic. Returns false (having written nothing final) when a bucket gets two points.
bool buildFromOnePointPerBucket(const MetricQuery& query, const MetricSeries& series,
                                GrainSeries& grain) {
  const std::int64_t size = static_cast<std::int64_t>(grain.raw.size());
  const bool holdsCounts = series.aggregation == PointAggregation::Count;
  auto point =
      std::lower_bound(series.points.begin(), series.points.end(), grain.firstBucket * query.grain,
                       [](const MetricPoint& p, EpochSeconds t) { return p.time < t; });
  std::int64_t previous = -1;
  for (; point != series.points.end(); ++point) {
    const std::int64_t index = floorDiv(point->time, query.grain) - grain.firstBucket;
    if (index >= size) break;
    if (index == previous) return false;
    previous = index;
    grain.raw[static_cast<std::size_t>(index)] = query.statistic == MetricStatistic::Count
                                                     ? (holdsCounts ? point->value : 1.0)
                                                     : point->value;
  }
  return true;
}

}  // namespace

GrainSeries buildGrainSeries(const MetricQuery& query, const SeriesSelection& selection,
                             std::int64_t firstBucket, std::int64_t endBucket) {
  GrainSeries grain;
  grain.query = query;
  grain.firstBucket = firstBucket;
  grain.finalizedEnd = firstBucket;
  const std::size_t size =
      static_cast<std::size_t>(std::max<std::int64_t>(endBucket - firstBucket, 0));
  grain.raw.assign(size, std::numeric_limits<double>::quiet_NaN());
  if (selection.series.size() == 1 &&
      buildFromOnePointPerBucket(query, *selection.series[0], grain)) {
    return grain;
  }
  grain.raw.assign(size, std::numeric_limits<double>::quiet_NaN());
  std::vector<Accumulator> buckets(size);
  for (const MetricSeries* series : selection.series) {
    // Count points of a Count series already hold counts: they add up.
    const bool holdsCounts = series->aggregation == PointAggregation::Count;
    const EpochSeconds fromTime = firstBucket * query.grain;
    auto point = std::lower_bound(series->points.begin(), series->points.end(), fromTime,
                                  [](const MetricPoint& p, EpochSeconds t) { return p.time < t; });
    for (; point != series->points.end(); ++point) {
      const std::int64_t index = floorDiv(point->time, query.grain) - firstBucket;
      if (index >= static_cast<std::int64_t>(size)) break;
      Accumulator& a = buckets[static_cast<std::size_t>(index)];
      a.sum += point->value;
      a.samples += 1.0;
      a.count += holdsCounts ? point->value : 1.0;
      a.minimum = std::min(a.minimum, point->value);
      a.maximum = std::max(a.maximum, point->value);
    }
  }
  for (std::size_t i = 0; i < size; ++i) {
    const Accumulator& a = buckets[i];
    if (a.samples == 0.0) continue;
    switch (query.statistic) {
      case MetricStatistic::Average:
        grain.raw[i] = a.sum / a.samples;
        break;
      case MetricStatistic::Min:
        grain.raw[i] = a.minimum;
        break;
      case MetricStatistic::Max:
        grain.raw[i] = a.maximum;
        break;
      case MetricStatistic::Sum:
        grain.raw[i] = a.sum;
        break;
      case MetricStatistic::Count:
        grain.raw[i] = a.count;
        break;
    }
  }
  return grain;
}

}  // namespace autoscale::models
