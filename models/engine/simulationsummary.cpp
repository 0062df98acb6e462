#include "models/engine/simulationsummary.h"

#include <algorithm>

namespace autoscale::models {

SimulationSummary summarize(const SimulationResult& result) {
  SimulationSummary summary;
  const double minutesPerTick = static_cast<double>(result.options.intervalSeconds) / 60.0;
  summary.minutesTriggered.resize(result.profiles.size());
  for (std::size_t p = 0; p < result.profiles.size(); ++p) {
    summary.minutesTriggered[p].assign(result.profiles[p].rules.size(), 0.0);
  }
  bool first = true;
  for (std::size_t tick = 0; tick < result.ticks.size(); ++tick) {
    const TickRecord& record = result.ticks[tick];
    summary.instanceHours += record.capacity * minutesPerTick / 60.0;
    summary.peakCapacity =
        first ? record.capacity : std::max(summary.peakCapacity, record.capacity);
    summary.lowestCapacity =
        first ? record.capacity : std::min(summary.lowestCapacity, record.capacity);
    first = false;
    if (record.profile < 0) continue;
    const auto profile = static_cast<std::size_t>(record.profile);
    if (record.capacity >= result.profiles[profile].maximum)
      summary.minutesAtMaximum += minutesPerTick;
    const auto rules = result.rulesAt(tick);
    bool missing = false;
    for (std::size_t r = 0; r < rules.size(); ++r) {
      if (rules[r].outcome == RuleOutcome::Triggered)
        summary.minutesTriggered[profile][r] += minutesPerTick;
      missing = missing || rules[r].outcome == RuleOutcome::Unknown;
    }
    if (missing) summary.minutesMetricsMissing += minutesPerTick;
  }
  for (const SimulationEvent& event : result.events) {
    switch (event.kind) {
      case EventKind::Scale:
        ++summary.scaleActions;
        ++(event.to > event.from ? summary.scaleOuts : summary.scaleIns);
        break;
      case EventKind::Flapping:
        ++summary.flappingSkipped;
        break;
      case EventKind::FlappingOccurred:
        ++summary.flappingAdjusted;
        break;
      default:
        break;
    }
  }
  return summary;
}

}  // namespace autoscale::models
