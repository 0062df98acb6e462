#include "models/engine/simulationoptions.h"

#include <array>
#include <utility>

#include "models/metrics/metricseries.h"

namespace autoscale::models {
namespace {

template <typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, const char*>, N>;

constexpr Names<SimulationMode, 2> kModes{
    {{SimulationMode::ClosedLoop, "closed-loop"}, {SimulationMode::Replay, "replay"}}};
constexpr Names<CooldownScope, 2> kCooldowns{
    {{CooldownScope::LastFiredRule, "last-fired-rule"}, {CooldownScope::PerRule, "per-rule"}}};
constexpr Names<PercentRounding, 3> kRoundings{{{PercentRounding::Up, "up"},
                                                {PercentRounding::Down, "down"},
                                                {PercentRounding::Nearest, "nearest"}}};
constexpr Names<ExactCountGrouping, 2> kGroupings{
    {{ExactCountGrouping::ByTarget, "by-target"},
     {ExactCountGrouping::ByDirection, "by-direction"}}};
constexpr Names<RecurrenceTimes, 2> kRecurrenceTimes{
    {{RecurrenceTimes::AllCombinations, "all-combinations"},
     {RecurrenceTimes::Pairwise, "pairwise"}}};
constexpr Names<FixedDateOffsets, 2> kOffsets{{{FixedDateOffsets::OffsetWins, "offset-wins"},
                                               {FixedDateOffsets::TimeZoneWins, "time-zone-wins"}}};
constexpr Names<WindowAlgorithm, 2> kAlgorithms{
    {{WindowAlgorithm::Sliding, "sliding"}, {WindowAlgorithm::Recompute, "recompute"}}};

template <typename Enum, std::size_t N>
const char* nameOf(const Names<Enum, N>& names, Enum value) {
  for (const auto& [e, name] : names) {
    if (e == value) return name;
  }
  return "";
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const Names<Enum, N>& names, std::string_view text) {
  for (const auto& [e, name] : names) {
    if (namesEqual(text, name)) return e;
  }
  return std::nullopt;
}

}  // namespace

const char* toString(SimulationMode value) {
  return nameOf(kModes, value);
}
const char* toString(CooldownScope value) {
  return nameOf(kCooldowns, value);
}
const char* toString(PercentRounding value) {
  return nameOf(kRoundings, value);
}
const char* toString(ExactCountGrouping value) {
  return nameOf(kGroupings, value);
}
const char* toString(RecurrenceTimes value) {
  return nameOf(kRecurrenceTimes, value);
}
const char* toString(FixedDateOffsets value) {
  return nameOf(kOffsets, value);
}
const char* toString(WindowAlgorithm value) {
  return nameOf(kAlgorithms, value);
}

std::optional<SimulationMode> parseSimulationMode(std::string_view text) {
  return parse(kModes, text);
}
std::optional<CooldownScope> parseCooldownScope(std::string_view text) {
  return parse(kCooldowns, text);
}
std::optional<PercentRounding> parsePercentRounding(std::string_view text) {
  return parse(kRoundings, text);
}
std::optional<ExactCountGrouping> parseExactCountGrouping(std::string_view text) {
  return parse(kGroupings, text);
}

nlohmann::ordered_json toJson(const SimulationOptions& options) {
  nlohmann::ordered_json json;
  json["from"] = options.from ? nlohmann::ordered_json(formatUtcTimestamp(*options.from)) : nullptr;
  json["to"] = options.to ? nlohmann::ordered_json(formatUtcTimestamp(*options.to)) : nullptr;
  json["intervalSeconds"] = options.intervalSeconds;
  json["ingestionLagSeconds"] = options.ingestionLagSeconds;
  json["provisioningDelaySeconds"] = options.provisioningDelaySeconds;
  json["startCount"] = options.startCount ? nlohmann::ordered_json(*options.startCount) : nullptr;
  json["mode"] = toString(options.mode);
  json["recordedCapacity"] =
      options.recordedCapacity ? nlohmann::ordered_json(*options.recordedCapacity) : nullptr;
  json["capacityMetric"] = options.capacityMetric;
  json["perInstanceMetrics"] = options.perInstanceMetrics;
  json["loadMetrics"] = options.loadMetrics;
  json["cooldownScope"] = toString(options.cooldownScope);
  json["percentRounding"] = toString(options.percentRounding);
  json["exactCountGrouping"] = toString(options.exactCountGrouping);
  json["recurrenceTimes"] = toString(options.recurrenceTimes);
  json["fixedDateOffsets"] = toString(options.fixedDateOffsets);
  json["applyDefaultOnProfileActivation"] = options.applyDefaultOnProfileActivation;
  json["implicitPerInstanceQueueMetrics"] = options.implicitPerInstanceQueueMetrics;
  json["honourEnabled"] = options.honourEnabled;
  json["serviceAllowedValues"] = options.serviceAllowedValues;
  json["windowAlgorithm"] = toString(options.windowAlgorithm);
  return json;
}

}  // namespace autoscale::models
