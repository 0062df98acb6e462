#include "models/metrics/generators.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <random>

namespace autoscale::models {
namespace {

constexpr std::array<std::pair<TraceShape, const char*>, 5> kShapeNames{{
    {TraceShape::Diurnal, "diurnal"},
    {TraceShape::Weekly, "weekly"},
    {TraceShape::Spikes, "spikes"},
    {TraceShape::Ramp, "ramp"},
    {TraceShape::Noise, "noise"},
}};

// std::mt19937_64 is specified bit for bit by the standard; the distributions of <random> are
// not, so uniform and normal variates are derived here.
class Random final {
 public:
  explicit Random(std::uint64_t seed) : m_engine(seed) {}

  double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }

  double normal() {
    if (m_spare) {
      const double value = *m_spare;
      m_spare.reset();
      return value;
    }
    double u1 = uniform();
    while (u1 <= 0.0) u1 = uniform();
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spare = radius * std::sin(angle);
    return radius * std::cos(angle);
  }

 private:
  std::mt19937_64 m_engine;
  std::optional<double> m_spare;
};

// 0 at 03:00 UTC, 1 at 15:00 UTC.
double dailyCycle(EpochSeconds time) {
  const double hour = static_cast<double>(time % 86400) / 3600.0;
  return 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * (hour - 3.0) / 24.0);
}

bool isWeekend(EpochSeconds time) {
  const std::int64_t weekday = (floorDiv(time, 86400) + 4) % 7;  // 1970-01-01 was a Thursday
  return weekday == 0 || weekday == 6;
}

// A burst: starts at `start`, rises over a few minutes, holds, and falls.
struct Burst {
  EpochSeconds start = 0;
  EpochSeconds length = 0;
  double height = 0.0;
};

double burstLevel(const Burst& burst, EpochSeconds time) {
  if (time < burst.start || time >= burst.start + burst.length) return 0.0;
  const double edge = 180.0;
  const double sinceStart = static_cast<double>(time - burst.start);
  const double untilEnd = static_cast<double>(burst.start + burst.length - time);
  return burst.height * std::min({1.0, (sinceStart + 60.0) / edge, untilEnd / edge});
}

}  // namespace

const char* toString(TraceShape shape) {
  for (const auto& [value, name] : kShapeNames) {
    if (value == shape) return name;
  }
  return "diurnal";
}

std::optional<TraceShape> parseTraceShape(std::string_view text) {
  for (const auto& [value, name] : kShapeNames) {
    if (namesEqual(text, name)) return value;
  }
  return std::nullopt;
}

MetricSeries generateTrace(const TraceSpec& spec) {
  MetricSeries series;
  series.metric = spec.metric;
  series.resourceUri = spec.resourceUri;
  series.unit = looksLikePercentage(spec.metric) ? "Percent" : "Count";
  const EpochSeconds step = std::max(spec.stepSeconds, 1);
  const EpochSeconds duration = static_cast<EpochSeconds>(std::max(spec.days, 0)) * 86400;
  const std::size_t count = static_cast<std::size_t>(duration / step);
  series.points.reserve(count);

  Random random(spec.seed);
  std::vector<Burst> bursts;
  if (spec.shape == TraceShape::Spikes) {
    // About three bursts a day, 10 to 45 minutes long.
    const double perStep = 3.0 * static_cast<double>(step) / 86400.0;
    for (std::size_t i = 0; i < count; ++i) {
      if (random.uniform() < perStep) {
        const EpochSeconds start = spec.start + static_cast<EpochSeconds>(i) * step;
        const EpochSeconds length = 600 + static_cast<EpochSeconds>(random.uniform() * 2100.0);
        bursts.push_back(Burst{start, length, spec.amplitude * (0.6 + 0.4 * random.uniform())});
      }
    }
  }

  std::size_t burstCursor = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const EpochSeconds time = spec.start + static_cast<EpochSeconds>(i) * step;
    double level = spec.base;
    switch (spec.shape) {
      case TraceShape::Diurnal:
        level += spec.amplitude * dailyCycle(time);
        break;
      case TraceShape::Weekly:
        level += spec.amplitude * dailyCycle(time) * (isWeekend(time) ? 0.35 : 1.0);
        break;
      case TraceShape::Spikes:
        while (burstCursor < bursts.size() &&
               bursts[burstCursor].start + bursts[burstCursor].length <= time) {
          ++burstCursor;
        }
        for (std::size_t b = burstCursor; b < bursts.size() && bursts[b].start <= time; ++b) {
          level += burstLevel(bursts[b], time);
        }
        break;
      case TraceShape::Ramp:
        level += spec.amplitude * static_cast<double>(i) /
                 static_cast<double>(std::max<std::size_t>(count - 1, 1));
        break;
      case TraceShape::Noise:
        break;
    }
    level += spec.noise * random.normal();
    level = std::max(level, spec.floor);
    if (spec.ceiling) level = std::min(level, *spec.ceiling);
    series.points.push_back(MetricPoint{time, std::round(level * 1000.0) / 1000.0});
  }
  return series;
}

}  // namespace autoscale::models
