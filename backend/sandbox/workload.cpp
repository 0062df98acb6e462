#include "backend/sandbox/workload.h"

#include <cmath>
#include <numbers>
#include <vector>

namespace autoscale::backend {
namespace {

using Clock = std::chrono::system_clock;

double minutesSince(Clock::time_point origin, Clock::time_point at) {
  return std::chrono::duration<double, std::ratio<60>>(at - origin).count();
}

class DiurnalWorkload final : public Workload {
 public:
  explicit DiurnalWorkload(double peak) : m_peak(peak) {}
  double requestsPerMinute(Clock::time_point at) const override {
    // Lowest at 03:00 UTC, highest at 15:00 UTC.
    const double hours = std::fmod(
        std::chrono::duration<double, std::ratio<3600>>(at.time_since_epoch()).count(), 24.0);
    const double wave = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * (hours - 3.0) / 24.0);
    return m_peak * (0.3 + 0.7 * wave);
  }
  std::string describe() const override { return "diurnal:" + std::to_string(m_peak); }

 private:
  double m_peak;
};

class ConstantWorkload final : public Workload {
 public:
  explicit ConstantWorkload(double rpm) : m_rpm(rpm) {}
  double requestsPerMinute(Clock::time_point) const override { return m_rpm; }
  std::string describe() const override { return "constant:" + std::to_string(m_rpm); }

 private:
  double m_rpm;
};

class RampWorkload final : public Workload {
 public:
  RampWorkload(double from, double to, double minutes, Clock::time_point origin, bool step)
      : m_from(from), m_to(to), m_minutes(minutes), m_origin(origin), m_step(step) {}
  double requestsPerMinute(Clock::time_point at) const override {
    const double elapsed = minutesSince(m_origin, at);
    if (elapsed <= 0) return m_from;
    if (elapsed >= m_minutes) return m_to;
    return m_step ? m_from : m_from + (m_to - m_from) * elapsed / m_minutes;
  }
  std::string describe() const override {
    return std::string(m_step ? "step:" : "ramp:") + std::to_string(m_from) + ":" +
           std::to_string(m_to) + ":" + std::to_string(m_minutes);
  }

 private:
  double m_from, m_to, m_minutes;
  Clock::time_point m_origin;
  bool m_step;
};

std::vector<std::string> splitColons(std::string_view text) {
  std::vector<std::string> parts;
  while (true) {
    const auto colon = text.find(':');
    parts.emplace_back(text.substr(0, colon));
    if (colon == std::string_view::npos) break;
    text.remove_prefix(colon + 1);
  }
  return parts;
}

bool toNumber(const std::string& text, double& value) {
  char* end = nullptr;
  value = std::strtod(text.c_str(), &end);
  return !text.empty() && end && *end == '\0' && std::isfinite(value) && value >= 0;
}

}  // namespace

models::Result<std::unique_ptr<Workload>> makeWorkload(std::string_view spec,
                                                       Clock::time_point origin) {
  using R = models::Result<std::unique_ptr<Workload>>;
  const auto parts = splitColons(spec);
  std::vector<double> numbers;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    double value = 0;
    if (!toNumber(parts[i], value)) {
      return R::failure("Sandbox.BadWorkload", "'" + parts[i] + "' in workload '" +
                                                   std::string(spec) +
                                                   "' is not a non-negative number");
    }
    numbers.push_back(value);
  }
  const std::string& kind = parts.front();
  if (kind == "diurnal" && numbers.size() <= 1) {
    return std::unique_ptr<Workload>(
        std::make_unique<DiurnalWorkload>(numbers.empty() ? 800.0 : numbers[0]));
  }
  if (kind == "constant" && numbers.size() == 1) {
    return std::unique_ptr<Workload>(std::make_unique<ConstantWorkload>(numbers[0]));
  }
  if ((kind == "ramp" || kind == "step") && numbers.size() == 3) {
    return std::unique_ptr<Workload>(
        std::make_unique<RampWorkload>(numbers[0], numbers[1], numbers[2], origin, kind == "step"));
  }
  return R::failure("Sandbox.BadWorkload",
                    "unknown workload '" + std::string(spec) +
                        "'; use diurnal[:PEAK], constant:RPM, step:LOW:HIGH:MINUTES or "
                        "ramp:FROM:TO:MINUTES");
}

}  // namespace autoscale::backend
