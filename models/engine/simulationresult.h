#pragma once

// What a simulation produces: the capacity and an evaluation record for every tick, the
// events with their reasons, and summary figures. Per-tick data is kept compact (a year of
// one-minute ticks is half a million records); names and texts live in `profiles` and in
// the events.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "models/engine/flapping.h"
#include "models/engine/simulationoptions.h"
#include "models/setting/autoscalesetting.h"

namespace autoscale::models {

// Triggered / NotTriggered / Unknown are the `EstimateScaleResult` values of the
// AutoscaleEvaluationsLog; Skipped means the rule was not evaluated in that run (cooldown,
// a scale action in progress, a disabled setting).
enum class RuleOutcome : std::uint8_t { Triggered, NotTriggered, Unknown, Skipped };

enum class TickStatus : std::uint8_t {
  Evaluated,        // rules were evaluated (some may still be Skipped per rule)
  Cooldown,         // skipRuleEvaluationForCooldown: the last action's cooldown holds
  ScaleInProgress,  // the previous scale-out is still provisioning: the run is skipped
  Disabled,         // the setting is disabled
  NoProfile         // no profile applies at this time
};

const char* toString(RuleOutcome value);
const char* toString(TickStatus value);

// A rule's evaluation: the value compared with the threshold (after dividePerInstance; NaN
// when there is no data) and the outcome.
struct RuleEvaluation {
  double observed;
  RuleOutcome outcome;
};

// The evaluations of one tick's rules, as stored in the result.
class RuleEvaluations final {
 public:
  RuleEvaluations() = default;
  RuleEvaluations(const float* observed, const RuleOutcome* outcomes, std::size_t size)
      : m_observed(observed), m_outcomes(outcomes), m_size(size) {}
  std::size_t size() const { return m_size; }
  bool empty() const { return m_size == 0; }
  RuleEvaluation operator[](std::size_t rule) const {
    return RuleEvaluation{m_observed[rule], m_outcomes[rule]};
  }

 private:
  const float* m_observed = nullptr;
  const RuleOutcome* m_outcomes = nullptr;
  std::size_t m_size = 0;
};

// 20 bytes a tick; what can be derived (the count before the run, the flapping record) is
// not stored.
struct TickRecord {
  std::int32_t capacity;           // newInstanceCount: the count after the run
  std::int32_t ready;              // instances serving load (new ones count after provisioning)
  std::int32_t cooldownRemaining;  // seconds of cooldown left when the run started
  std::uint32_t firstRule;         // the profile's rules start here in observed/outcomes
  std::int16_t profile;            // ProfileSelected: index into `profiles`, -1 when none
  TickStatus status;
  FlappingOutcome flapping;
};

struct FlappingEstimate {
  int rule;         // index of the scale-out rule in its profile
  double observed;  // its observed value now
  double estimate;  // the estimate at the intended count
  bool firesAtTarget;
};

struct FlappingCheck {
  std::size_t tick = 0;
  int current = 0;
  int intended = 0;
  int actual = 0;  // where the engine scaled to; current when blocked
  FlappingOutcome outcome = FlappingOutcome::None;
  std::vector<FlappingEstimate> estimates;
};

enum class EventKind {
  Scale,             // the instance count changed
  Flapping,          // a scale-in was skipped to avoid flapping
  FlappingOccurred,  // a scale-in went to a higher count than intended to avoid flapping
  MetricsMissing,    // a rule's metric has no data in its window
  MetricsBack,       // the metric has data again
  ProfileChanged     // another profile became active
};

const char* toString(EventKind kind);

struct SimulationEvent {
  EpochSeconds time = 0;
  std::size_t tick = 0;
  EventKind kind = EventKind::Scale;
  int from = 0;  // instance counts (for ProfileChanged: profile indices)
  int to = 0;
  int intended = -1;  // FlappingOccurred / Flapping: the count the rules asked for
  int profile = -1;
  std::vector<int> rules;  // indices of the rules named by the reason, in `profile`
  std::string reason;
};

struct RuleInfo {
  std::string jsonPath;
  std::string description;  // "CpuUtilizationPercentage Average > 70 over 5 min"
  std::string metric;
  ComparisonOperator op = ComparisonOperator::GreaterThan;
  double threshold = 0.0;
  ScaleDirection direction = ScaleDirection::Increase;
};

struct ProfileInfo {
  std::string jsonPath;
  std::string name;
  std::string label;
  int minimum = 0;
  int maximum = 0;
  int defaultCount = 0;
  std::vector<RuleInfo> rules;
};

struct SimulationSummary {
  double instanceHours = 0.0;
  int scaleActions = 0;
  int scaleOuts = 0;
  int scaleIns = 0;
  int peakCapacity = 0;
  int lowestCapacity = 0;
  double minutesAtMaximum = 0.0;
  double minutesMetricsMissing = 0.0;
  int flappingSkipped = 0;
  int flappingAdjusted = 0;
  // minutesTriggered[profile][rule]: how long each rule's condition fired.
  std::vector<std::vector<double>> minutesTriggered;
};

struct SimulationResult {
  SimulationOptions options;  // in force, with from, to and the start count filled in
  std::vector<ProfileInfo> profiles;
  std::vector<TickRecord> ticks;
  // Per tick, per rule of the active profile (see TickRecord::firstRule). Observed values are
  // stored in single precision: a year of one-minute ticks stays small.
  std::vector<float> observed;
  std::vector<RuleOutcome> outcomes;
  std::vector<FlappingCheck> flappingChecks;  // in tick order
  std::vector<SimulationEvent> events;
  SimulationSummary summary;
  std::vector<std::string> notes;  // assumptions and data problems, for the user

  EpochSeconds timeAt(std::size_t tick) const;
  // The tick at or before `time`, nullopt before the first tick.
  std::optional<std::size_t> tickAt(EpochSeconds time) const;
  // The evaluations of the active profile's rules at `tick` (empty when no profile applied).
  RuleEvaluations rulesAt(std::size_t tick) const;
  // currentInstanceCount: the count read at the start of the run at `tick`.
  int previousCountAt(std::size_t tick) const;
  // The flapping record of `tick`, or nullptr when no scale-in was considered.
  const FlappingCheck* flappingCheckAt(std::size_t tick) const;
  int capacityAt(EpochSeconds time) const;  // the count in force at `time`
};

}  // namespace autoscale::models
