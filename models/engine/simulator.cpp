#include "models/engine/simulator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "models/engine/comparison.h"
#include "models/engine/compiledsetting.h"
#include "models/engine/explain.h"
#include "models/engine/metricscaling.h"
#include "models/engine/profileschedule.h"
#include "models/engine/rulewindows.h"
#include "models/engine/scaledecision.h"
#include "models/engine/simulationsummary.h"

namespace autoscale::models {
namespace {

constexpr EpochSeconds kLongAgo = std::numeric_limits<EpochSeconds>::min() / 4;
constexpr std::size_t kCancelCheckEvery = 4096;

// One run of the engine per tick, from `from` to `to` (spec §2.1).
class Simulation final {
 public:
  Simulation(CompiledSetting setting, const MetricSet& metrics, const SimulationOptions& options)
      : m_setting(std::move(setting)), m_metrics(metrics), m_options(options) {}

  Result<SimulationResult> run();

 private:
  Status resolveTimeRange();
  void resolveStartCount();
  void describeProfiles();
  void step(std::size_t tick);
  void observe(std::size_t profile, EpochSeconds now);
  void setOutcomes(const CompiledProfile& profile, EpochSeconds now, TickRecord& record);
  void reportMetrics(const CompiledProfile& profile, int profileIndex, std::size_t tick);
  void act(const CompiledProfile& profile, int profileIndex, std::size_t tick, EpochSeconds now,
           bool activated, TickRecord& record);
  void recordFlapping(int profileIndex, std::size_t tick, TickRecord& record);
  void setReady(int ready, EpochSeconds now);
  SimulationEvent& addEvent(std::size_t tick, EventKind kind, int from, int to, int profile);

  CompiledSetting m_setting;
  const MetricSet& m_metrics;
  SimulationOptions m_options;
  EpochSeconds m_from = 0;
  EpochSeconds m_to = 0;
  EpochSeconds m_interval = 60;
  std::size_t m_tickCount = 0;

  ProfileSchedule m_schedule;
  std::size_t m_scheduleCursor = 0;
  std::optional<RuleWindows> m_windows;
  ReadyCounts m_readyCounts;
  SimulationResult m_result;

  int m_startCount = 1;
  int m_count = 1;
  int m_ready = 1;
  EpochSeconds m_pendingUntil = kLongAgo;
  EpochSeconds m_cooldownUntil = kLongAgo;
  EpochSeconds m_lastActionTime = kLongAgo;
  int m_previousProfile = -1;
  std::vector<signed char> m_metricKnown;  // per rule of the active profile: had data last run
  std::size_t m_unknownBefore = 0;         // rules without data in the last run
  std::vector<RuleEvaluation> m_scratch;   // this tick's evaluations, in full precision
  RuleEvaluation* m_current = nullptr;
  ScaleDecision m_decision;
};

Status Simulation::resolveTimeRange() {
  if (m_options.intervalSeconds <= 0 || m_options.ingestionLagSeconds < 0 ||
      m_options.provisioningDelaySeconds < 0) {
    return Status::failure("engine.options",
                           "the interval must be positive and the lag and provisioning delay "
                           "must not be negative");
  }
  m_interval = m_options.intervalSeconds;
  EpochSeconds longestWindow = 0;
  EpochSeconds longestGrain = 60;
  for (const auto& profile : m_setting.profiles) {
    for (const auto& rule : profile.rules) {
      longestWindow = std::max(longestWindow, rule.timeWindow);
      longestGrain = std::max(longestGrain, rule.timeGrain);
    }
  }
  const EpochSeconds lag = m_options.ingestionLagSeconds;
  if (m_options.from) {
    m_from = *m_options.from;
  } else if (const auto first = m_metrics.firstTime()) {
    // The first whole minute at which every rule's window is full.
    m_from = (floorDiv(*first + lag + longestWindow - 1, 60) + 1) * 60;
  } else {
    return Status::failure("engine.time",
                           "there are no metric points to take the time range from; give a trace "
                           "or both from and to");
  }
  if (m_options.to) {
    m_to = *m_options.to;
  } else if (const auto last = m_metrics.lastTime()) {
    m_to = *last + longestGrain + lag;  // the run that first sees the last point
  } else {
    return Status::failure("engine.time", "give a trace or the end of the time range (to)");
  }
  if (m_to < m_from) {
    return Status::failure("engine.time", "the time range ends (" + formatUtcTimestamp(m_to) +
                                              ") before it starts (" + formatUtcTimestamp(m_from) +
                                              ")");
  }
  m_tickCount = static_cast<std::size_t>((m_to - m_from) / m_interval) + 1;
  return Status::success();
}

void Simulation::resolveStartCount() {
  const MetricSeries* capacity = findCapacitySeries(m_metrics, m_options);
  if (m_options.startCount) {
    m_startCount = *m_options.startCount;
  } else if (capacity) {
    m_startCount = static_cast<int>(std::lround(recordedCapacityAt(*capacity, m_from)));
  } else {
    const int active = std::max(m_schedule.activeAt(m_from), 0);
    m_startCount = m_setting.profiles[static_cast<std::size_t>(active)].defaultCount;
  }
  m_startCount = std::max(m_startCount, 0);
  m_count = m_ready = m_startCount;
}

void Simulation::describeProfiles() {
  for (const auto& profile : m_setting.profiles) {
    ProfileInfo info{profile.jsonPath,
                     profile.name,
                     profile.label,
                     profile.minimum,
                     profile.maximum,
                     profile.defaultCount,
                     {}};
    for (const auto& rule : profile.rules) {
      info.rules.push_back(RuleInfo{rule.jsonPath, ruleDescription(rule), rule.metricName, rule.op,
                                    rule.threshold, rule.direction});
    }
    m_result.profiles.push_back(std::move(info));
  }
}

void Simulation::observe(std::size_t profile, EpochSeconds now) {
  m_readyCounts.current = m_ready;
  m_windows->observeProfile(profile, now - m_options.ingestionLagSeconds, m_readyCounts, m_count,
                            m_current);
}

void Simulation::setOutcomes(const CompiledProfile& profile, EpochSeconds now, TickRecord& record) {
  const bool perRule = m_options.cooldownScope == CooldownScope::PerRule;
  const bool cooling = !perRule && now < m_cooldownUntil;
  EpochSeconds remaining = cooling ? m_cooldownUntil - now : 0;
  for (std::size_t r = 0; r < profile.rules.size(); ++r) {
    RuleEvaluation& evaluation = m_current[r];
    if (evaluation.outcome == RuleOutcome::Unknown) continue;
    const CompiledRule& rule = profile.rules[r];
    const EpochSeconds eligibleAt = m_lastActionTime + rule.cooldown;
    const bool waiting = perRule && now < eligibleAt;
    if (waiting) remaining = std::max(remaining, eligibleAt - now);
    if (!cooling && !waiting) {
      evaluation.outcome =
          rule.band.fires(evaluation.observed) ? RuleOutcome::Triggered : RuleOutcome::NotTriggered;
    }
  }
  record.status = cooling ? TickStatus::Cooldown : TickStatus::Evaluated;
  record.cooldownRemaining =
      static_cast<std::int32_t>(std::min<EpochSeconds>(remaining, INT32_MAX));
}

SimulationEvent& Simulation::addEvent(std::size_t tick, EventKind kind, int from, int to,
                                      int profile) {
  SimulationEvent& event = m_result.events.emplace_back();
  event.time = m_from + static_cast<EpochSeconds>(tick) * m_interval;
  event.tick = tick;
  event.kind = kind;
  event.from = from;
  event.to = to;
  event.profile = profile;
  return event;
}

void Simulation::reportMetrics(const CompiledProfile& profile, int profileIndex, std::size_t tick) {
  std::size_t unknown = 0;
  for (std::size_t r = 0; r < profile.rules.size(); ++r) {
    unknown += m_current[r].outcome == RuleOutcome::Unknown ? 1 : 0;
  }
  const bool quiet = unknown == 0 && m_unknownBefore == 0;  // the usual case: all data present
  m_unknownBefore = unknown;
  if (quiet) return;
  std::vector<int> missing;
  std::vector<int> back;
  for (std::size_t r = 0; r < profile.rules.size(); ++r) {
    const bool known = m_current[r].outcome != RuleOutcome::Unknown;
    if (!known && m_metricKnown[r] != 0) missing.push_back(static_cast<int>(r));
    if (known && m_metricKnown[r] == 0) back.push_back(static_cast<int>(r));
    m_metricKnown[r] = known ? 1 : 0;
  }
  if (!missing.empty()) {
    SimulationEvent& event =
        addEvent(tick, EventKind::MetricsMissing, m_count, m_count, profileIndex);
    event.rules = missing;
    event.reason = metricsReason(profile, missing, false);
  }
  if (!back.empty()) {
    SimulationEvent& event = addEvent(tick, EventKind::MetricsBack, m_count, m_count, profileIndex);
    event.rules = back;
    event.reason = metricsReason(profile, back, true);
  }
}

void Simulation::recordFlapping(int profileIndex, std::size_t tick, TickRecord& record) {
  const ScaleDecision& decision = m_decision;
  const CompiledProfile& profile = m_setting.profiles[static_cast<std::size_t>(profileIndex)];
  const std::span<const RuleEvaluation> rules(m_current, profile.rules.size());
  record.flapping = decision.flapping.outcome;
  FlappingCheck& check = m_result.flappingChecks.emplace_back();
  check.tick = tick;
  check.current = decision.base;
  check.intended = decision.intended;
  check.actual =
      decision.flapping.outcome == FlappingOutcome::Blocked ? decision.base : decision.count;
  check.outcome = decision.flapping.outcome;
  for (std::size_t i = 0; i < decision.flappingRules.size(); ++i) {
    const int rule = decision.flappingRules[i];
    const double observed = rules[static_cast<std::size_t>(rule)].observed;
    check.estimates.push_back(FlappingEstimate{
        rule, observed, estimateAfterScaling(observed, decision.base, decision.intended),
        static_cast<bool>(decision.flapping.firesAtTarget[i])});
  }
  if (decision.flapping.outcome == FlappingOutcome::Safe) return;
  const EventKind kind = decision.flapping.outcome == FlappingOutcome::Blocked
                             ? EventKind::Flapping
                             : EventKind::FlappingOccurred;
  SimulationEvent& event = addEvent(tick, kind, decision.base, check.actual, profileIndex);
  event.intended = decision.intended;
  event.rules = decision.firedIn;
  event.reason = flappingReason(profile, decision, rules);
}

void Simulation::setReady(int ready, EpochSeconds now) {
  if (ready == m_ready) return;
  m_ready = ready;
  m_windows->readyChanged(now);
}

void Simulation::act(const CompiledProfile& profile, int profileIndex, std::size_t tick,
                     EpochSeconds now, bool activated, TickRecord& record) {
  const std::span<const RuleEvaluation> rules(m_current, profile.rules.size());
  decide(profile, rules, m_count, activated, m_options, m_decision);
  const ScaleDecision& decision = m_decision;
  if (decision.flapping.outcome != FlappingOutcome::None)
    recordFlapping(profileIndex, tick, record);
  if (decision.count == m_count) return;
  SimulationEvent& event = addEvent(tick, EventKind::Scale, m_count, decision.count, profileIndex);
  event.intended = decision.intended;
  if (decision.rulesActed) {
    event.rules = decision.firedOut.empty() ? decision.firedIn : decision.firedOut;
  }
  if (decision.missingDefault) {
    event.rules.insert(event.rules.end(), decision.unknownRules.begin(),
                       decision.unknownRules.end());
  }
  event.reason = scaleReason(profile, decision, rules, m_options);
  if (decision.rulesActed) {
    const CompiledRule& chosen = profile.rules[static_cast<std::size_t>(decision.chosenRule)];
    m_cooldownUntil = now + chosen.cooldown;
    m_lastActionTime = now;
  }
  const bool provisioning = decision.count > m_count && m_options.provisioningDelaySeconds > 0;
  m_count = decision.count;
  if (provisioning) {
    m_pendingUntil = now + m_options.provisioningDelaySeconds;
  } else {
    setReady(m_count, now);
  }
}

void Simulation::step(std::size_t tick) {
  const EpochSeconds now = m_from + static_cast<EpochSeconds>(tick) * m_interval;
  const auto& changes = m_schedule.changes();
  while (m_scheduleCursor + 1 < changes.size() && changes[m_scheduleCursor + 1].time <= now) {
    ++m_scheduleCursor;
  }
  const int profileIndex = !changes.empty() && changes[m_scheduleCursor].time <= now
                               ? changes[m_scheduleCursor].profile
                               : -1;
  const bool changed = tick == 0 || profileIndex != m_previousProfile;
  const bool activated = tick > 0 && changed;
  if (activated && profileIndex >= 0) {
    SimulationEvent& event =
        addEvent(tick, EventKind::ProfileChanged, m_previousProfile, profileIndex, profileIndex);
    const std::string previous =
        m_previousProfile >= 0
            ? "'" + m_setting.profiles[static_cast<std::size_t>(m_previousProfile)].label + "'"
            : "no profile";
    event.reason = "Profile '" + m_setting.profiles[static_cast<std::size_t>(profileIndex)].label +
                   "' is active (was " + previous + ")";
  }
  m_previousProfile = profileIndex;
  if (now >= m_pendingUntil) setReady(m_count, now);

  TickRecord record{m_count,
                    m_ready,
                    0,
                    static_cast<std::uint32_t>(m_result.observed.size()),
                    static_cast<std::int16_t>(profileIndex),
                    TickStatus::Evaluated,
                    FlappingOutcome::None};
  if (profileIndex < 0) {
    record.status = TickStatus::NoProfile;
    m_result.ticks.push_back(record);
    return;
  }
  const auto profileSlot = static_cast<std::size_t>(profileIndex);
  const CompiledProfile& profile = m_setting.profiles[profileSlot];
  if (changed) {
    // A newly active profile reports rules without data at once, and nothing for the others.
    m_metricKnown.assign(profile.rules.size(), 1);
    m_unknownBefore = 0;
  }
  m_current = m_scratch.data();
  observe(profileSlot, now);

  if (!m_setting.enabled && m_options.honourEnabled) {
    record.status = TickStatus::Disabled;
  } else if (now < m_pendingUntil) {
    record.status = TickStatus::ScaleInProgress;
  } else {
    setOutcomes(profile, now, record);
    reportMetrics(profile, profileIndex, tick);
    act(profile, profileIndex, tick, now, activated, record);
  }
  record.capacity = m_count;
  record.ready = m_ready;
  m_result.ticks.push_back(record);
  for (std::size_t r = 0; r < profile.rules.size(); ++r) {
    m_result.observed.push_back(static_cast<float>(m_current[r].observed));
    m_result.outcomes.push_back(m_current[r].outcome);
  }
}

Result<SimulationResult> Simulation::run() {
  if (const Status range = resolveTimeRange(); !range) return range.error;
  m_schedule = ProfileSchedule::build(m_setting.profiles, m_from, m_to);
  resolveStartCount();
  m_windows.emplace(m_setting, m_metrics, m_options, m_from, m_to,
                    m_options.recordedCapacity.value_or(m_startCount));
  m_readyCounts = ReadyCounts{m_from, m_interval, m_startCount, &m_result.ticks, m_ready};
  describeProfiles();

  m_result.ticks.reserve(m_tickCount);
  std::size_t mostRules = 0;
  for (const auto& profile : m_setting.profiles) {
    mostRules = std::max(mostRules, profile.rules.size());
  }
  m_result.observed.reserve(m_tickCount * mostRules);
  m_result.outcomes.reserve(m_tickCount * mostRules);
  m_scratch.resize(mostRules);
  for (std::size_t tick = 0; tick < m_tickCount; ++tick) {
    if (tick % kCancelCheckEvery == 0 && m_options.isCancelled && m_options.isCancelled()) {
      return Error{"engine.cancelled", "the simulation was cancelled"};
    }
    step(tick);
  }

  m_result.notes = m_windows->notes();
  for (auto& note : m_setting.notes) m_result.notes.push_back(std::move(note));
  m_result.options = m_options;
  m_result.options.from = m_from;
  m_result.options.to = m_to;
  m_result.options.startCount = m_startCount;
  m_result.options.isCancelled = nullptr;
  m_result.summary = summarize(m_result);
  return std::move(m_result);
}

}  // namespace

Result<SimulationResult> simulate(const AutoscaleSetting& setting, const MetricSet& metrics,
                                  const SimulationOptions& options) {
  auto compiled = compileSetting(setting, options);
  if (!compiled) return compiled.error();
  Simulation simulation(std::move(compiled).value(), metrics, options);
  return simulation.run();
}

}  // namespace autoscale::models
