// The engine's speed: a profile of 10 rules on 3 one-minute metrics over 30 and 365 days,
// with the sliding window aggregates and with the naive baseline that recomputes every
// window on every tick. The window-length sweep shows that a tick's cost does not grow with
// the window when the aggregates slide.
//
//   build/dev/bin/bench_engine --benchmark_format=json
#include <benchmark/benchmark.h>

#include "models/engine/simulator.h"
#include "models/metrics/generators.h"

namespace {

using namespace autoscale::models;

constexpr EpochSeconds kStart = 1704067200;  // 2024-01-01T00:00:00Z

template <typename T>
Slot<T> literal(T value) {
  Slot<T> slot;
  slot.value = value;
  slot.present = true;
  return slot;
}

ScaleRule makeRule(const std::string& metric, TimeAggregation aggregation, long long windowMinutes,
                   ComparisonOperator op, double threshold, ScaleDirection direction,
                   long long value) {
  ScaleRule rule;
  MetricTrigger& t = rule.metricTrigger;
  t.metricName = metric;
  t.timeGrainSeconds = literal(60LL);
  t.statistic = literal(MetricStatistic::Average);
  t.timeWindowSeconds = literal(windowMinutes * 60);
  t.timeAggregation = literal(aggregation);
  t.op = literal(op);
  t.threshold = literal(threshold);
  t.dividePerInstance = literal(metric == "RequestsPerMinute");
  rule.scaleAction.direction = literal(direction);
  rule.scaleAction.type = literal(ScaleType::ChangeCount);
  rule.scaleAction.value = literal(value);
  rule.scaleAction.cooldownSeconds = literal(300LL);
  return rule;
}

// Ten rules over three metrics, windows from 5 minutes to `longWindow` minutes.
AutoscaleSetting benchmarkSetting(long long longWindow) {
  using CO = ComparisonOperator;
  using TA = TimeAggregation;
  const ScaleDirection up = ScaleDirection::Increase;
  const ScaleDirection down = ScaleDirection::Decrease;
  ScaleProfile profile;
  profile.name = "default";
  profile.capacity.minimum = literal(2LL);
  profile.capacity.maximum = literal(20LL);
  profile.capacity.defaultCount = literal(3LL);
  const std::string cpu = "CpuUtilizationPercentage";
  const std::string requests = "RequestsPerMinute";
  const std::string latency = "RequestLatency";
  profile.rules = {
      makeRule(cpu, TA::Average, 5, CO::GreaterThan, 75, up, 2),
      makeRule(cpu, TA::Maximum, 10, CO::GreaterThan, 95, up, 3),
      makeRule(cpu, TA::Average, longWindow, CO::LessThan, 25, down, 1),
      makeRule(cpu, TA::Minimum, 15, CO::LessThan, 20, down, 1),
      makeRule(requests, TA::Total, 10, CO::GreaterThan, 6000, up, 1),
      makeRule(requests, TA::Average, longWindow, CO::LessThan, 150, down, 1),
      makeRule(requests, TA::Last, 5, CO::GreaterThan, 900, up, 1),
      makeRule(latency, TA::Average, 5, CO::GreaterThan, 250, up, 1),
      makeRule(latency, TA::Maximum, 30, CO::GreaterThan, 800, up, 2),
      makeRule(latency, TA::Count, 20, CO::LessThan, 5, down, 1),
  };
  AutoscaleSetting setting;
  setting.profiles = {profile};
  setting.enabled = literal(true);
  return setting;
}

MetricSet benchmarkMetrics(int days) {
  MetricSet set;
  TraceSpec cpu;
  cpu.shape = TraceShape::Weekly;
  cpu.days = days + 1;
  cpu.start = kStart - 86400;
  cpu.seed = 11;
  cpu.ceiling = 100.0;
  set.series.push_back(generateTrace(cpu));
  TraceSpec requests = cpu;
  requests.shape = TraceShape::Spikes;
  requests.metric = "RequestsPerMinute";
  requests.base = 400;
  requests.amplitude = 1500;
  requests.noise = 40;
  requests.ceiling.reset();
  requests.seed = 12;
  set.series.push_back(generateTrace(requests));
  TraceSpec latency = requests;
  latency.shape = TraceShape::Diurnal;
  latency.metric = "RequestLatency";
  latency.base = 120;
  latency.amplitude = 200;
  latency.noise = 25;
  latency.seed = 13;
  set.series.push_back(generateTrace(latency));
  return set;
}

void runSimulation(benchmark::State& state, int days, long long longWindow,
                   WindowAlgorithm algorithm) {
  const AutoscaleSetting setting = benchmarkSetting(longWindow);
  const MetricSet metrics = benchmarkMetrics(days);
  SimulationOptions options;
  options.from = kStart;
  options.to = kStart + static_cast<EpochSeconds>(days) * 86400 - 60;
  options.startCount = 3;
  options.windowAlgorithm = algorithm;
  std::size_t ticks = 0;
  std::size_t events = 0;
  int scaleActions = 0;
  for (auto _ : state) {
    auto result = simulate(setting, metrics, options);
    if (!result) {
      state.SkipWithError(result.error().message.c_str());
      return;
    }
    ticks = result->ticks.size();
    events = result->events.size();
    scaleActions = result->summary.scaleActions;
    benchmark::DoNotOptimize(result->summary.instanceHours);
  }
  state.counters["ticks"] = static_cast<double>(ticks);
  state.counters["events"] = static_cast<double>(events);
  state.counters["scale_actions"] = scaleActions;
  state.counters["ns_per_tick"] =
      benchmark::Counter(static_cast<double>(ticks) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// 10 rules, windows up to 60 minutes.
void BM_Simulate(benchmark::State& state) {
  runSimulation(state, static_cast<int>(state.range(0)), 60,
                state.range(1) == 0 ? WindowAlgorithm::Sliding : WindowAlgorithm::Recompute);
}
BENCHMARK(BM_Simulate)
    ->ArgNames({"days", "recompute"})
    ->Args({30, 0})
    ->Args({30, 1})
    ->Args({365, 0})
    ->Args({365, 1})
    ->Unit(benchmark::kMillisecond);

// 30 days; the two long-window rules use 5, 60 or 720 minutes.
void BM_WindowLength(benchmark::State& state) {
  runSimulation(state, 30, state.range(0),
                state.range(1) == 0 ? WindowAlgorithm::Sliding : WindowAlgorithm::Recompute);
}
BENCHMARK(BM_WindowLength)
    ->ArgNames({"window_min", "recompute"})
    ->Args({5, 0})
    ->Args({60, 0})
    ->Args({720, 0})
    ->Args({5, 1})
    ->Args({60, 1})
    ->Args({720, 1})
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
