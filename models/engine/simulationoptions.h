#pragma once

// How a simulation runs. Every place where the Azure documents are ambiguous
// (spec/azure-autoscale.md §8) is an option here; the defaults are documented in
// docs/engine.md and every result carries the options it ran with.

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/metrics/timestamp.h"

namespace autoscale::models {

// Closed loop: a per-instance metric recorded at one instance count moves when the
// simulation runs another count. Replay: every metric is used exactly as recorded.
enum class SimulationMode { ClosedLoop, Replay };

// §8.2: which cooldown holds after a scale action.
enum class CooldownScope {
  LastFiredRule,  // the cooldown of the rule that caused the action blocks both directions
  PerRule         // each rule becomes eligible again after its own cooldown
};

// §8.13: how a PercentChangeCount step that is not a whole number of instances is rounded.
enum class PercentRounding {
  Up,      // the change is rounded up (away from zero): +20 % of 3 → +1
  Down,    // rounded down (toward zero): +20 % of 3 → +0, no action
  Nearest  // to the nearest instance, halves away from zero: −10 % of 5 → −1
};

// §8.14: in which group an ExactCount rule (often `direction: None`) is evaluated.
enum class ExactCountGrouping {
  ByTarget,    // scale-out group if its count is above the current count, else scale-in group
  ByDirection  // Increase → scale-out, Decrease → scale-in, None → by target as above
};

// §8.15: how several `hours` and `minutes` of one recurrence combine into start times.
enum class RecurrenceTimes {
  AllCombinations,  // every hour with every minute
  Pairwise          // hours[i] with minutes[i]
};

// §8.11: a fixed-date timestamp that carries its own offset (`Z`, `+00:00`) next to a
// `timeZone`.
enum class FixedDateOffsets {
  OffsetWins,   // the written offset decides; `timeZone` is used for offset-less times only
  TimeZoneWins  // the wall-clock part is read in `timeZone`, the written offset is ignored
};

// The window aggregation algorithm. Both give the same decisions; Recompute exists to check
// the sliding one and to measure against it.
enum class WindowAlgorithm { Sliding, Recompute };

struct SimulationOptions {
  // Ticks run at `from`, `from + interval`, … while ≤ `to` (UTC). Unset: from the first metric
  // point plus the lag and the longest rule window, to the moment the last point is visible.
  std::optional<EpochSeconds> from;
  std::optional<EpochSeconds> to;
  int intervalSeconds = 60;          // §8.20: the engine's cadence
  int ingestionLagSeconds = 120;     // a window ends this long before the evaluation
  int provisioningDelaySeconds = 0;  // new instances serve load, and the next run happens,
                                     // only after this delay
  // The instance count before the first tick. Unset: the recorded capacity series at `from`
  // when the trace has one, else the default count of the profile active at `from`.
  std::optional<int> startCount;
  SimulationMode mode = SimulationMode::ClosedLoop;
  // Closed loop: the count at which the trace was recorded when it has no capacity series.
  // Unset: the start count.
  std::optional<int> recordedCapacity;
  std::string capacityMetric = "DeploymentCapacity";
  // Closed loop: metric names to treat as per-instance or as load, beyond the built-in list
  // (see metricscaling.h).
  std::vector<std::string> perInstanceMetrics;
  std::vector<std::string> loadMetrics;

  CooldownScope cooldownScope = CooldownScope::LastFiredRule;
  PercentRounding percentRounding = PercentRounding::Up;
  ExactCountGrouping exactCountGrouping = ExactCountGrouping::ByTarget;
  RecurrenceTimes recurrenceTimes = RecurrenceTimes::AllCombinations;
  FixedDateOffsets fixedDateOffsets = FixedDateOffsets::OffsetWins;
  // §8.12: also set a profile's default count whenever that profile becomes active.
  bool applyDefaultOnProfileActivation = false;
  // §8.16: divide queue-length metrics (ApproximateMessageCount, ActiveMessages, MessageCount)
  // by the instance count even when the rule does not ask for it.
  bool implicitPerInstanceQueueMetrics = false;
  // A setting with `enabled: false` does nothing; false previews it as if it were enabled.
  bool honourEnabled = true;
  // ServiceAllowedNextValue steps (Service Bus premium messaging units).
  std::vector<int> serviceAllowedValues{1, 2, 4, 8, 16};
  WindowAlgorithm windowAlgorithm = WindowAlgorithm::Sliding;

  // Polled every few thousand ticks; returning true abandons the run.
  std::function<bool()> isCancelled;
};

const char* toString(SimulationMode value);
const char* toString(CooldownScope value);
const char* toString(PercentRounding value);
const char* toString(ExactCountGrouping value);
const char* toString(RecurrenceTimes value);
const char* toString(FixedDateOffsets value);
const char* toString(WindowAlgorithm value);

std::optional<SimulationMode> parseSimulationMode(std::string_view text);
std::optional<CooldownScope> parseCooldownScope(std::string_view text);
std::optional<PercentRounding> parsePercentRounding(std::string_view text);
std::optional<ExactCountGrouping> parseExactCountGrouping(std::string_view text);

// The options as a JSON object (times as ISO-8601 UTC, durations in seconds).
nlohmann::ordered_json toJson(const SimulationOptions& options);

}  // namespace autoscale::models
