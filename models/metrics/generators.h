#pragma once

// Seeded synthetic traces for previews, demos and benchmarks. The same spec and seed give the
// same points on every run and every machine that shares the C library's math functions.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "models/metrics/metricseries.h"

namespace autoscale::models {

enum class TraceShape {
  Diurnal,  // a daily cycle peaking mid-afternoon UTC
  Weekly,   // the daily cycle, with quieter Saturdays and Sundays
  Spikes,   // a flat level with a few short bursts a day
  Ramp,     // a steady climb from `base` to `base + amplitude`
  Noise     // `base` with noise only
};

const char* toString(TraceShape shape);
std::optional<TraceShape> parseTraceShape(std::string_view text);

struct TraceSpec {
  TraceShape shape = TraceShape::Diurnal;
  std::string metric = "CpuUtilizationPercentage";
  std::string resourceUri;
  EpochSeconds start = 1704067200;  // 2024-01-01T00:00:00Z, a Monday
  int days = 7;
  int stepSeconds = 60;
  std::uint64_t seed = 1;
  double base = 30.0;
  double amplitude = 45.0;  // height of the cycle, the bursts or the ramp
  double noise = 3.0;       // standard deviation of the Gaussian noise
  double floor = 0.0;
  std::optional<double> ceiling;  // 100 for percentages (see looksLikePercentage)
};

// Values are rounded to three decimals so that written traces stay readable.
MetricSeries generateTrace(const TraceSpec& spec);

}  // namespace autoscale::models
