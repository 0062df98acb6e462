#pragma once

// The observed value of every rule (spec §2.2): its grain series, and its window aggregate at
// each run. Aggregates are computed ahead of the runs, a chunk of end buckets at a time, in
// one tight loop. In closed loop a per-instance metric depends on the simulated instance
// count; its values are computed ahead assuming the count stays as it is, and dropped and
// recomputed from the moment the count changes (readyChanged) — a few times a day against a
// run every minute.

#include <cstdint>
#include <string>
#include <vector>

#include "models/engine/compiledsetting.h"
#include "models/engine/grainseries.h"
#include "models/engine/simulationresult.h"
#include "models/engine/windowaggregator.h"
#include "models/metrics/metricseries.h"

namespace autoscale::models {

// The instances serving load over time, as the simulation has decided it so far; times after
// the last decided tick keep the current count.
struct ReadyCounts {
  EpochSeconds from = 0;
  EpochSeconds interval = 60;
  int startCount = 0;
  const std::vector<TickRecord>* ticks = nullptr;
  int current = 0;

  int at(EpochSeconds time) const {
    if (time < from) return startCount;
    const auto tick = static_cast<std::size_t>((time - from) / interval);
    return tick < ticks->size() ? (*ticks)[tick].ready : current;
  }
};

class RuleWindows final {
 public:
  // Prepares the grain series of every rule of `setting` for runs in [from, to].
  // `recordedCount` is the count the trace was recorded at when it has no capacity series.
  RuleWindows(const CompiledSetting& setting, const MetricSet& metrics,
              const SimulationOptions& options, EpochSeconds from, EpochSeconds to,
              double recordedCount);

  // What a reader of the result should know: series that were not found, fallbacks.
  const std::vector<std::string>& notes() const { return m_notes; }

  // The aggregate of rule `rule` of profile `profile` over its window ending at
  // `visibleUntil` (before dividePerInstance); NaN when the window holds no data.
  double observe(std::size_t profile, std::size_t rule, EpochSeconds visibleUntil,
                 const ReadyCounts& ready);

  // Every rule of `profile` at once: out[r].observed is the value compared with the threshold
  // (divided by `instances` where the rule asks for it), out[r].outcome Unknown when there is
  // no data and Skipped otherwise (not evaluated yet).
  void observeProfile(std::size_t profile, EpochSeconds visibleUntil, const ReadyCounts& ready,
                      int instances, RuleEvaluation* out);

  // dividePerInstance, or a queue metric divided implicitly (option).
  bool divides(std::size_t profile, std::size_t rule) const {
    return m_rules[profile][rule].divides;
  }

  // The ready count changes at `time`: buckets starting then or later must be recomputed.
  void readyChanged(EpochSeconds time);

 private:
  struct Window {
    std::size_t grain;
    WindowAggregator aggregator;
    std::vector<double> chunk;
    std::int64_t chunkStart = 0;  // end bucket of chunk[0]
    std::int64_t chunkEnd = 0;    // end buckets [chunkStart, chunkEnd) are valid
    bool restart = false;         // the aggregator ran past values that were dropped
  };
  struct RuleSlot {
    std::size_t window;
    bool divides;
  };

  std::size_t grainFor(const CompiledRule& rule, std::int64_t firstBucket, std::int64_t endBucket);
  void computeRescaled(GrainSeries& grain, std::int64_t endBucket, const ReadyCounts& ready);
  void refill(Window& window, std::int64_t endBucket, const ReadyCounts& ready);

  const MetricSet& m_metrics;
  const SimulationOptions& m_options;
  const MetricSeries* m_capacity;
  double m_recordedCount;
  std::vector<GrainSeries> m_grains;
  std::vector<Window> m_windows;
  std::vector<std::vector<RuleSlot>> m_rules;  // [profile][rule]
  std::vector<std::string> m_notes;
};

}  // namespace autoscale::models
