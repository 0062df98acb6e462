#include "backend/sandbox/workloadclock.h"

#include <algorithm>

namespace autoscale::backend {

WorkloadClock::WorkloadClock(double acceleration, SimTime start)
    : m_acceleration(std::clamp(acceleration, 0.001, 1e6)),
      m_start(start),
      m_realStart(std::chrono::steady_clock::now()) {}

WorkloadClock::SimTime WorkloadClock::now() const {
  const std::chrono::duration<double, std::milli> real =
      std::chrono::steady_clock::now() - m_realStart;
  const auto simulated =
      std::chrono::milliseconds(static_cast<long long>(real.count() * m_acceleration));
  return m_start + std::chrono::duration_cast<SimTime::duration>(simulated);
}

std::chrono::steady_clock::duration WorkloadClock::realDuration(
    std::chrono::milliseconds simulated) const {
  const double real = static_cast<double>(simulated.count()) / m_acceleration;
  return std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double, std::milli>(real));
}

}  // namespace autoscale::backend
