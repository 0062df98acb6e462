#pragma once

#include <chrono>

namespace autoscale::backend {

// The sandbox's simulated time: it starts at a given instant and runs `acceleration` times
// faster than the wall clock, so that an hour of autoscale behaviour can be watched in
// seconds. Thread-safe (immutable after construction).
class WorkloadClock final {
 public:
  using SimTime = std::chrono::system_clock::time_point;

  explicit WorkloadClock(double acceleration = 1.0,
                         SimTime start = std::chrono::system_clock::now());

  double acceleration() const { return m_acceleration; }
  SimTime start() const { return m_start; }
  SimTime now() const;
  // How long the wall clock takes for `simulated` to pass.
  std::chrono::steady_clock::duration realDuration(std::chrono::milliseconds simulated) const;

 private:
  double m_acceleration;
  SimTime m_start;
  std::chrono::steady_clock::time_point m_realStart;
};

}  // namespace autoscale::backend
