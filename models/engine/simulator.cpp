#include "models/engine/simulator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "models/engine/comparison.h"
#include "models/engine/compiledsetting.h"
#include "models/engine/explain.h"
#include "models/engine/grainseries.h"
#include "models/engine/profileschedule.h"
#include "models/engine/scaledecision.h"
#include "models/engine/simulationsummary.h"
#include "models/engine/windowaggregator.h"

namespace autoscale::models {
namespace {

constexpr EpochSeconds kLongAgo = std::numeric_limits<EpochSeconds>::min() / 4;
constexpr std::size_t kCancelCheckEvery = 4096;
constexpr std::array<std::string_view, 3> kQueueMetrics{"ApproximateMessageCount", "ActiveMessages",
                                                        "MessageCount"};

constexpr std::size_t kChunk = 1024;

// A rule window. Windows over series that do not depend on the simulated capacity are
// computed ahead, a chunk of end buckets at a time, in one tight loop.
struct Window {
  std::size_t grain;
  WindowAggregator aggregator;
  bool ahead = false;
  std::vector<double> chunk{};
  std::int64_t chunkStart = 0;  // end bucket of chunk[0]
};

// Everything a rule needs on every tick, resolved once.
struct RuleRuntime {
  std::size_t window;
  bool divides;  // dividePerInstance, or an implicitly divided queue metric
};

class Simulation final {
 public:
  Simulation(CompiledSetting setting, const MetricSet& metrics, const SimulationOptions& options)
      : m_setting(std::move(setting)), m_metrics(metrics), m_options(options) {}

  Result<SimulationResult> run();

 private:
  Status resolveTimeRange();
  void prepareSeries();
  void describeProfiles();
  double recordedCapacityAt(EpochSeconds time, std::size_t& cursor) const;
  int readyAt(EpochSeconds time) const;
  void finalize(std::size_t grainIndex, std::int64_t endBucket);
  void step(std::size_t tick);
  void observe(int profile, EpochSeconds now);
  void setOutcomes(const CompiledProfile& profile, EpochSeconds now, TickRecord& record);
  void reportMetrics(const CompiledProfile& profile, int profileIndex, std::size_t tick);
  void act(const CompiledProfile& profile, int profileIndex, std::size_t tick, EpochSeconds now,
           bool activated, TickRecord& record);
  SimulationEvent& addEvent(std::size_t tick, EventKind kind, int from, int to, int profile);

  CompiledSetting m_setting;
  const MetricSet& m_metrics;
  SimulationOptions m_options;
  EpochSeconds m_from = 0;
  EpochSeconds m_to = 0;
  EpochSeconds m_interval = 60;
  std::size_t m_tickCount = 0;

  const MetricSeries* m_capacitySeries = nullptr;
  double m_recordedFallback = 1.0;
  std::vector<GrainSeries> m_grains;
  std::vector<std::size_t> m_capacityCursors;  // per grain: position in the capacity series
  std::vector<Window> m_windows;
  std::vector<std::vector<RuleRuntime>> m_rules;  // [profile][rule]
  ProfileSchedule m_schedule;
  std::size_t m_scheduleCursor = 0;
  SimulationResult m_result;

  int m_startCount = 1;
  int m_count = 1;
  int m_ready = 1;
  EpochSeconds m_pendingUntil = kLongAgo;
  EpochSeconds m_cooldownUntil = kLongAgo;
  EpochSeconds m_lastActionTime = kLongAgo;
  int m_previousProfile = -1;
  std::vector<signed char> m_metricKnown;  // per rule of the active profile: -1 not yet seen
  RuleEvaluation* m_current = nullptr;     // this tick's evaluations
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
    m_from = (floorDiv(*first + lag + longestWindow - 1, 60) + 1) * 60;
  } else {
    return Status::failure("engine.time",
                           "there are no metric points to take the time range from; give a trace "
                           "or both from and to");
  }
  if (m_options.to) {
    m_to = *m_options.to;
  } else if (const auto last = m_metrics.lastTime()) {
    m_to = *last + longestGrain + lag;
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

void Simulation::prepareSeries() {
  for (const auto& series : m_metrics.series) {
    if (namesEqual(series.metric, m_options.capacityMetric) && !series.points.empty() &&
        (!m_capacitySeries || series.dimensions.empty())) {
      m_capacitySeries = &series;
    }
  }
  EpochSeconds longestWindow = 0;
  for (const auto& profile : m_setting.profiles) {
    for (const auto& rule : profile.rules) longestWindow = std::max(longestWindow, rule.timeWindow);
  }
  const EpochSeconds lag = m_options.ingestionLagSeconds;
  auto addNote = [this](const std::string& note) {
    if (std::find(m_result.notes.begin(), m_result.notes.end(), note) == m_result.notes.end()) {
      m_result.notes.push_back(note);
    }
  };
  for (const auto& profile : m_setting.profiles) {
    std::vector<RuleRuntime>& runtimes = m_rules.emplace_back();
    for (const auto& rule : profile.rules) {
      const MetricQuery query = MetricQuery::of(rule);
      auto grain = std::find_if(m_grains.begin(), m_grains.end(),
                                [&query](const GrainSeries& g) { return g.query.sameAs(query); });
      if (grain == m_grains.end()) {
        const SeriesSelection selection = selectSeries(m_metrics, query);
        if (!selection.note.empty()) addNote(selection.note);
        const std::int64_t first =
            floorDiv(m_from - lag - longestWindow - query.grain, query.grain);
        const std::int64_t end = floorDiv(m_to - lag, query.grain) + 1;
        GrainSeries built = buildGrainSeries(query, selection, first, end);
        built.scaling = metricScaling(query.metric, m_options);
        built.rescaled = m_options.mode == SimulationMode::ClosedLoop &&
                         built.scaling != MetricScaling::Load &&
                         query.statistic != MetricStatistic::Count;
        if (built.rescaled)
          built.values.assign(built.raw.size(), std::numeric_limits<double>::quiet_NaN());
        m_grains.push_back(std::move(built));
        m_capacityCursors.push_back(0);
        grain = std::prev(m_grains.end());
      }
      const auto grainIndex = static_cast<std::size_t>(grain - m_grains.begin());
      const std::int64_t buckets = std::max<std::int64_t>(rule.timeWindow / rule.timeGrain, 1);
      auto window = std::find_if(m_windows.begin(), m_windows.end(), [&](const Window& w) {
        return w.grain == grainIndex && w.aggregator.windowBuckets() == buckets &&
               w.aggregator.aggregation() == rule.timeAggregation;
      });
      if (window == m_windows.end()) {
        m_windows.push_back(Window{
            grainIndex, WindowAggregator(rule.timeAggregation, buckets, m_options.windowAlgorithm),
            !grain->rescaled});
        window = std::prev(m_windows.end());
      }
      const bool queue =
          m_options.implicitPerInstanceQueueMetrics &&
          std::any_of(kQueueMetrics.begin(), kQueueMetrics.end(),
                      [&rule](std::string_view name) { return namesEqual(rule.metricName, name); });
      runtimes.push_back(RuleRuntime{static_cast<std::size_t>(window - m_windows.begin()),
                                     rule.dividePerInstance || queue});
    }
  }
  for (const auto& grain : m_grains) {
    if (grain.rescaled) {
      addNote(grain.query.metric +
              " is a per-instance metric: in closed loop it moves with the "
              "simulated instance count");
    }
  }
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

double Simulation::recordedCapacityAt(EpochSeconds time, std::size_t& cursor) const {
  if (!m_capacitySeries) return m_recordedFallback;
  const auto& points = m_capacitySeries->points;
  while (cursor + 1 < points.size() && points[cursor + 1].time <= time) ++cursor;
  return points[cursor].value;
}

int Simulation::readyAt(EpochSeconds time) const {
  if (time < m_from) return m_startCount;
  const auto tick = static_cast<std::size_t>((time - m_from) / m_interval);
  return tick < m_result.ticks.size() ? m_result.ticks[tick].ready : m_ready;
}

void Simulation::finalize(std::size_t grainIndex, std::int64_t endBucket) {
  GrainSeries& grain = m_grains[grainIndex];
  const std::int64_t last = grain.firstBucket + static_cast<std::int64_t>(grain.raw.size());
  const std::int64_t end = std::min(endBucket, last);
  for (std::int64_t bucket = grain.finalizedEnd; bucket < end; ++bucket) {
    const auto index = static_cast<std::size_t>(bucket - grain.firstBucket);
    const double raw = grain.raw[index];
    if (std::isnan(raw)) continue;
    const EpochSeconds start = bucket * grain.query.grain;
    grain.values[index] =
        rescaleToCapacity(raw, grain.scaling,
                          recordedCapacityAt(start, m_capacityCursors[grainIndex]), readyAt(start));
  }
  grain.finalizedEnd = std::max(grain.finalizedEnd, end);
}

void Simulation::observe(int profile, EpochSeconds now) {
  const std::vector<RuleRuntime>& runtimes = m_rules[static_cast<std::size_t>(profile)];
  const EpochSeconds visibleUntil = now - m_options.ingestionLagSeconds;
  for (std::size_t r = 0; r < runtimes.size(); ++r) {
    Window& window = m_windows[runtimes[r].window];
    const GrainSeries& grain = m_grains[window.grain];
    const std::int64_t endBucket = floorDiv(visibleUntil, grain.query.grain);
    double observed;
    if (window.ahead) {
      const auto offset = endBucket - window.chunkStart;
      if (window.chunk.empty() || offset < 0 ||
          offset >= static_cast<std::int64_t>(window.chunk.size())) {
        window.chunk.resize(kChunk);
        window.chunkStart = endBucket;
        window.aggregator.fill(grain.data(), grain.firstBucket, endBucket, window.chunk);
        observed = window.chunk[0];
      } else {
        observed = window.chunk[static_cast<std::size_t>(offset)];
      }
    } else {
      if (grain.finalizedEnd < endBucket) finalize(window.grain, endBucket);
      observed = window.aggregator.advance(grain.data(), grain.firstBucket, endBucket);
    }
    if (runtimes[r].divides && m_count > 0) observed /= m_count;
    m_current[r] = RuleEvaluation{
        observed, std::isnan(observed) ? RuleOutcome::Unknown : RuleOutcome::Skipped};
  }
}

void Simulation::setOutcomes(const CompiledProfile& profile, EpochSeconds now, TickRecord& record) {
  const bool perRule = m_options.cooldownScope == CooldownScope::PerRule;
  const bool cooling = !perRule && now < m_cooldownUntil;
  EpochSeconds remaining = cooling ? m_cooldownUntil - now : 0;
  for (std::size_t r = 0; r < profile.rules.size(); ++r) {
    RuleEvaluation& evaluation = m_current[r];
    const CompiledRule& rule = profile.rules[r];
    const EpochSeconds eligibleAt = m_lastActionTime + rule.cooldown;
    if (perRule && now < eligibleAt) remaining = std::max(remaining, eligibleAt - now);
    if (std::isnan(evaluation.observed)) {
      evaluation.outcome = RuleOutcome::Unknown;
    } else if (cooling || (perRule && now < eligibleAt)) {
      evaluation.outcome = RuleOutcome::Skipped;
    } else {
      evaluation.outcome = compareWithThreshold(evaluation.observed, rule.op, rule.threshold)
                               ? RuleOutcome::Triggered
                               : RuleOutcome::NotTriggered;
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
  std::vector<int> missing;
  std::vector<int> back;
  for (std::size_t r = 0; r < profile.rules.size(); ++r) {
    const bool known = !std::isnan(m_current[r].observed);
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

void Simulation::act(const CompiledProfile& profile, int profileIndex, std::size_t tick,
                     EpochSeconds now, bool activated, TickRecord& record) {
  const std::span<const RuleEvaluation> rules(m_current, profile.rules.size());
  decide(profile, rules, m_count, activated, m_options, m_decision);
  const ScaleDecision& decision = m_decision;
  if (decision.flapping.outcome != FlappingOutcome::None) {
    record.flapping = decision.flapping.outcome;
    record.flappingCheck = static_cast<std::int32_t>(m_result.flappingChecks.size());
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
    if (decision.flapping.outcome == FlappingOutcome::Blocked ||
        decision.flapping.outcome == FlappingOutcome::Adjusted) {
      const EventKind kind = decision.flapping.outcome == FlappingOutcome::Blocked
                                 ? EventKind::Flapping
                                 : EventKind::FlappingOccurred;
      SimulationEvent& event = addEvent(tick, kind, decision.base, check.actual, profileIndex);
      event.intended = decision.intended;
      event.rules = decision.firedIn;
      event.reason = flappingReason(profile, decision, rules);
    }
  }
  if (decision.count == m_count) return;
  SimulationEvent& event = addEvent(tick, EventKind::Scale, m_count, decision.count, profileIndex);
  event.intended = decision.intended;
  if (decision.rulesActed)
    event.rules = decision.firedOut.empty() ? decision.firedIn : decision.firedOut;
  if (decision.missingDefault)
    event.rules.insert(event.rules.end(), decision.unknownRules.begin(),
                       decision.unknownRules.end());
  event.reason = scaleReason(profile, decision, rules, m_options);
  if (decision.rulesActed) {
    const CompiledRule& chosen = profile.rules[static_cast<std::size_t>(decision.chosenRule)];
    m_cooldownUntil = now + chosen.cooldown;
    m_lastActionTime = now;
  }
  if (decision.count > m_count && m_options.provisioningDelaySeconds > 0) {
    m_pendingUntil = now + m_options.provisioningDelaySeconds;
  } else {
    m_ready = decision.count;
  }
  m_count = decision.count;
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
  if (now >= m_pendingUntil) m_ready = m_count;

  TickRecord record{m_count,
                    m_count,
                    m_ready,
                    static_cast<std::int16_t>(profileIndex),
                    TickStatus::Evaluated,
                    FlappingOutcome::None,
                    0,
                    -1,
                    static_cast<std::uint32_t>(m_result.ruleEvaluations.size())};
  if (profileIndex < 0) {
    record.status = TickStatus::NoProfile;
    m_result.ticks.push_back(record);
    return;
  }
  const CompiledProfile& profile = m_setting.profiles[static_cast<std::size_t>(profileIndex)];
  if (changed) m_metricKnown.assign(profile.rules.size(), -1);
  const std::size_t first = m_result.ruleEvaluations.size();
  m_result.ruleEvaluations.resize(first + profile.rules.size());
  m_current = m_result.ruleEvaluations.data() + first;
  observe(profileIndex, now);

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
}

Result<SimulationResult> Simulation::run() {
  if (const Status range = resolveTimeRange(); !range) return range.error;
  m_schedule = ProfileSchedule::build(m_setting.profiles, m_from, m_to);
  prepareSeries();
  describeProfiles();

  std::size_t cursor = 0;
  const int active = m_schedule.activeAt(m_from);
  if (m_options.startCount) {
    m_startCount = *m_options.startCount;
  } else if (m_capacitySeries) {
    m_startCount = static_cast<int>(std::lround(recordedCapacityAt(m_from, cursor)));
  } else {
    m_startCount = m_setting.profiles[static_cast<std::size_t>(std::max(active, 0))].defaultCount;
  }
  m_startCount = std::max(m_startCount, 0);
  m_recordedFallback = m_options.recordedCapacity.value_or(m_startCount);
  m_count = m_ready = m_startCount;

  m_result.ticks.reserve(m_tickCount);
  std::size_t mostRules = 0;
  for (const auto& profile : m_setting.profiles)
    mostRules = std::max(mostRules, profile.rules.size());
  m_result.ruleEvaluations.reserve(m_tickCount * mostRules);
  for (std::size_t tick = 0; tick < m_tickCount; ++tick) {
    if (tick % kCancelCheckEvery == 0 && m_options.isCancelled && m_options.isCancelled()) {
      return Error{"engine.cancelled", "the simulation was cancelled"};
    }
    step(tick);
  }

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
