#include "models/engine/rulewindows.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "models/engine/metricscaling.h"

namespace autoscale::models {
namespace {

constexpr std::int64_t kChunk = 1024;
constexpr std::array<std::string_view, 3> kQueueMetrics{"ApproximateMessageCount", "ActiveMessages",
                                                        "MessageCount"};

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) {
  return -floorDiv(-a, b);
}

}  // namespace

RuleWindows::RuleWindows(const CompiledSetting& setting, const MetricSet& metrics,
                         const SimulationOptions& options, EpochSeconds from, EpochSeconds to,
                         double recordedCount)
    : m_metrics(metrics),
      m_options(options),
      m_capacity(findCapacitySeries(metrics, options)),
      m_recordedCount(recordedCount) {
  EpochSeconds longestWindow = 0;
  for (const auto& profile : setting.profiles) {
    for (const auto& rule : profile.rules) longestWindow = std::max(longestWindow, rule.timeWindow);
  }
  const EpochSeconds lag = options.ingestionLagSeconds;
  for (const auto& profile : setting.profiles) {
    std::vector<RuleSlot>& profileRules = m_rules.emplace_back();
    for (const auto& rule : profile.rules) {
      const std::int64_t first =
          floorDiv(from - lag - longestWindow - rule.timeGrain, rule.timeGrain);
      const std::int64_t end = floorDiv(to - lag, rule.timeGrain) + 1;
      const std::size_t grain = grainFor(rule, first, end);
      const std::int64_t buckets = std::max<std::int64_t>(rule.timeWindow / rule.timeGrain, 1);
      auto window = std::find_if(m_windows.begin(), m_windows.end(), [&](const Window& w) {
        return w.grain == grain && w.aggregator.windowBuckets() == buckets &&
               w.aggregator.aggregation() == rule.timeAggregation;
      });
      if (window == m_windows.end()) {
        m_windows.push_back(
            Window{grain, WindowAggregator(rule.timeAggregation, buckets, options.windowAlgorithm),
                   std::vector<double>(kChunk), 0, 0, false});
        window = std::prev(m_windows.end());
      }
      const bool queue =
          options.implicitPerInstanceQueueMetrics &&
          std::any_of(kQueueMetrics.begin(), kQueueMetrics.end(),
                      [&rule](std::string_view name) { return namesEqual(rule.metricName, name); });
      profileRules.push_back(RuleSlot{static_cast<std::size_t>(window - m_windows.begin()),
                                      rule.dividePerInstance || queue});
    }
  }
}

std::size_t RuleWindows::grainFor(const CompiledRule& rule, std::int64_t firstBucket,
                                  std::int64_t endBucket) {
  const MetricQuery query = MetricQuery::of(rule);
  const auto found = std::find_if(m_grains.begin(), m_grains.end(),
                                  [&query](const GrainSeries& g) { return g.query.sameAs(query); });
  if (found != m_grains.end()) return static_cast<std::size_t>(found - m_grains.begin());
  auto note = [this](const std::string& text) {
    if (std::find(m_notes.begin(), m_notes.end(), text) == m_notes.end()) m_notes.push_back(text);
  };
  const SeriesSelection selection = selectSeries(m_metrics, query);
  if (!selection.note.empty()) note(selection.note);
  GrainSeries grain = buildGrainSeries(query, selection, firstBucket, endBucket);
  grain.scaling = metricScaling(query.metric, m_options);
  grain.rescaled = m_options.mode == SimulationMode::ClosedLoop &&
                   grain.scaling != MetricScaling::Load &&
                   query.statistic != MetricStatistic::Count;
  if (grain.rescaled) {
    grain.values.assign(grain.raw.size(), std::numeric_limits<double>::quiet_NaN());
    note(query.metric +
         " is a per-instance metric: in closed loop it moves with the simulated instance count");
  }
  m_grains.push_back(std::move(grain));
  return m_grains.size() - 1;
}

void RuleWindows::computeRescaled(GrainSeries& grain, std::int64_t endBucket,
                                  const ReadyCounts& ready) {
  const std::int64_t last = grain.firstBucket + static_cast<std::int64_t>(grain.raw.size());
  const std::int64_t end = std::min(endBucket, last);
  if (grain.finalizedEnd >= end) return;
  const EpochSeconds grainSeconds = grain.query.grain;
  // The recorded count steps through the capacity series; find where this stretch starts.
  const std::vector<MetricPoint>* capacity = m_capacity ? &m_capacity->points : nullptr;
  std::size_t cursor = 0;
  if (capacity) {
    const EpochSeconds start = grain.finalizedEnd * grainSeconds;
    const auto after =
        std::upper_bound(capacity->begin(), capacity->end(), start,
                         [](EpochSeconds t, const MetricPoint& p) { return t < p.time; });
    cursor =
        after == capacity->begin() ? 0 : static_cast<std::size_t>(after - capacity->begin()) - 1;
  }
  for (std::int64_t bucket = std::max(grain.finalizedEnd, grain.firstBucket); bucket < end;
       ++bucket) {
    const auto index = static_cast<std::size_t>(bucket - grain.firstBucket);
    const double raw = grain.raw[index];
    if (std::isnan(raw)) {
      grain.values[index] = raw;
      continue;
    }
    const EpochSeconds start = bucket * grainSeconds;
    double recorded = m_recordedCount;
    if (capacity) {
      while (cursor + 1 < capacity->size() && (*capacity)[cursor + 1].time <= start) ++cursor;
      recorded = (*capacity)[cursor].value;
    }
    grain.values[index] = rescaleToCapacity(raw, grain.scaling, recorded, ready.at(start));
  }
  grain.finalizedEnd = end;
}

void RuleWindows::refill(Window& window, std::int64_t endBucket, const ReadyCounts& ready) {
  GrainSeries& grain = m_grains[window.grain];
  if (grain.rescaled) computeRescaled(grain, endBucket + kChunk, ready);
  if (window.restart) {
    window.aggregator.restart();
    window.restart = false;
  }
  window.aggregator.fill(grain.data(), grain.firstBucket, endBucket, window.chunk);
  window.chunkStart = endBucket;
  window.chunkEnd = endBucket + kChunk;
}

double RuleWindows::observe(std::size_t profile, std::size_t rule, EpochSeconds visibleUntil,
                            const ReadyCounts& ready) {
  Window& window = m_windows[m_rules[profile][rule].window];
  const std::int64_t endBucket = m_grains[window.grain].endBucket(visibleUntil);
  if (endBucket < window.chunkStart || endBucket >= window.chunkEnd)
    refill(window, endBucket, ready);
  return window.chunk[static_cast<std::size_t>(endBucket - window.chunkStart)];
}

void RuleWindows::observeProfile(std::size_t profile, EpochSeconds visibleUntil,
                                 const ReadyCounts& ready, int instances, RuleEvaluation* out) {
  const std::vector<RuleSlot>& rules = m_rules[profile];
  for (std::size_t r = 0; r < rules.size(); ++r) {
    Window& window = m_windows[rules[r].window];
    const std::int64_t endBucket = m_grains[window.grain].endBucket(visibleUntil);
    if (endBucket < window.chunkStart || endBucket >= window.chunkEnd)
      refill(window, endBucket, ready);
    double observed = window.chunk[static_cast<std::size_t>(endBucket - window.chunkStart)];
    if (rules[r].divides && instances > 0) observed /= instances;
    out[r] = RuleEvaluation{observed,
                            std::isnan(observed) ? RuleOutcome::Unknown : RuleOutcome::Skipped};
  }
}

void RuleWindows::readyChanged(EpochSeconds time) {
  for (std::size_t g = 0; g < m_grains.size(); ++g) {
    GrainSeries& grain = m_grains[g];
    if (!grain.rescaled) continue;
    const std::int64_t firstAffected = ceilDiv(time, grain.query.grain);
    if (grain.finalizedEnd <= firstAffected) continue;
    grain.finalizedEnd = firstAffected;
    for (Window& window : m_windows) {
      if (window.grain != g || window.chunkEnd <= firstAffected + 1) continue;
      // Windows ending at firstAffected or before do not read the dropped buckets.
      window.chunkEnd = std::max(window.chunkStart, firstAffected + 1);
      window.restart = true;
    }
  }
}

}  // namespace autoscale::models
