#include "models/engine/simulationresult.h"

#include <algorithm>

namespace autoscale::models {

const char* toString(RuleOutcome value) {
  switch (value) {
    case RuleOutcome::Triggered:
      return "Triggered";
    case RuleOutcome::NotTriggered:
      return "NotTriggered";
    case RuleOutcome::Unknown:
      return "Unknown";
    case RuleOutcome::Skipped:
      return "Skipped";
  }
  return "Unknown";
}

const char* toString(TickStatus value) {
  switch (value) {
    case TickStatus::Evaluated:
      return "Evaluated";
    case TickStatus::Cooldown:
      return "Cooldown";
    case TickStatus::ScaleInProgress:
      return "ScaleInProgress";
    case TickStatus::Disabled:
      return "Disabled";
    case TickStatus::NoProfile:
      return "NoProfile";
  }
  return "Evaluated";
}

const char* toString(EventKind kind) {
  switch (kind) {
    case EventKind::Scale:
      return "Scale";
    case EventKind::Flapping:
      return "Flapping";
    case EventKind::FlappingOccurred:
      return "FlappingOccurred";
    case EventKind::MetricsMissing:
      return "MetricsMissing";
    case EventKind::MetricsBack:
      return "MetricsBack";
    case EventKind::ProfileChanged:
      return "ProfileChanged";
  }
  return "Scale";
}

EpochSeconds SimulationResult::timeAt(std::size_t tick) const {
  return options.from.value_or(0) + static_cast<EpochSeconds>(tick) * options.intervalSeconds;
}

std::optional<std::size_t> SimulationResult::tickAt(EpochSeconds time) const {
  const EpochSeconds from = options.from.value_or(0);
  if (time < from || ticks.empty() || options.intervalSeconds <= 0) return std::nullopt;
  const auto tick = static_cast<std::size_t>((time - from) / options.intervalSeconds);
  return std::min(tick, ticks.size() - 1);
}

RuleEvaluations SimulationResult::rulesAt(std::size_t tick) const {
  if (tick >= ticks.size()) return {};
  const TickRecord& record = ticks[tick];
  if (record.profile < 0) return {};
  const std::size_t count = profiles[static_cast<std::size_t>(record.profile)].rules.size();
  if (record.firstRule + count > observed.size()) return {};
  return RuleEvaluations(observed.data() + record.firstRule, outcomes.data() + record.firstRule,
                         count);
}

int SimulationResult::previousCountAt(std::size_t tick) const {
  if (tick == 0 || tick > ticks.size()) return options.startCount.value_or(0);
  return ticks[tick - 1].capacity;
}

const FlappingCheck* SimulationResult::flappingCheckAt(std::size_t tick) const {
  const auto found =
      std::lower_bound(flappingChecks.begin(), flappingChecks.end(), tick,
                       [](const FlappingCheck& c, std::size_t t) { return c.tick < t; });
  return found != flappingChecks.end() && found->tick == tick ? &*found : nullptr;
}

int SimulationResult::capacityAt(EpochSeconds time) const {
  const auto tick = tickAt(time);
  if (!tick) return options.startCount.value_or(0);
  return ticks[*tick].capacity;
}

}  // namespace autoscale::models
