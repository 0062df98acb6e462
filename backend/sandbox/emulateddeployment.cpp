#include "backend/sandbox/emulateddeployment.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace autoscale::backend {
namespace {

// A small deterministic wobble in [-1, 1] so that instances and minutes differ a little,
// reproducibly (the same minute always gives the same numbers).
double wobble(std::int64_t minute, int instance) {
  std::uint64_t x = static_cast<std::uint64_t>(minute) * 0x9E3779B97F4A7C15ull +
                    static_cast<std::uint64_t>(instance + 1) * 0xBF58476D1CE4E5B9ull;
  x ^= x >> 31;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 29;
  return static_cast<double>(x % 20001) / 10000.0 - 1.0;
}

}  // namespace

double DeploymentSample::averageCpu() const {
  if (cpuPerInstance.empty()) return 0;
  return std::accumulate(cpuPerInstance.begin(), cpuPerInstance.end(), 0.0) /
         static_cast<double>(cpuPerInstance.size());
}

EmulatedDeployment::EmulatedDeployment(std::string resourceId, std::string endpointResourceId,
                                       int initialCapacity, DeploymentModel model)
    : m_resourceId(std::move(resourceId)),
      m_endpointResourceId(std::move(endpointResourceId)),
      m_capacity(std::clamp(initialCapacity, 1, kMaxCapacity)),
      m_model(model) {}

const DeploymentSample& EmulatedDeployment::serve(std::chrono::system_clock::time_point minute,
                                                  double requestsPerMinute) {
  DeploymentSample sample;
  sample.minute = minute;
  sample.capacity = m_capacity;
  sample.requestsPerMinute = requestsPerMinute;
  const auto minuteIndex =
      std::chrono::duration_cast<std::chrono::minutes>(minute.time_since_epoch()).count();

  // Demand relative to what the instances can serve; above 1 the deployment is saturated.
  const double utilisation =
      requestsPerMinute / (m_model.requestsPerInstanceAtFullCpu * static_cast<double>(m_capacity));
  for (int i = 0; i < m_capacity; ++i) {
    const double cpu =
        m_model.idleCpuPercent + 100.0 * utilisation * (1.0 + 0.03 * wobble(minuteIndex, i));
    sample.cpuPerInstance.push_back(std::clamp(cpu, 0.0, 100.0));
  }
  sample.memoryPercent = m_model.baseMemoryPercent + 0.15 * sample.averageCpu();

  // Latency grows slowly while there is headroom and steeply when the instances saturate.
  const double busy = std::min(utilisation, 0.98);
  const double queueing = 1.0 + busy * busy / (1.0 - busy) * 0.2;
  const double overload = utilisation > 1.0 ? utilisation * utilisation : 1.0;
  sample.latencyP50Ms =
      m_model.baseLatencyMs * queueing * overload * (1.0 + 0.02 * wobble(minuteIndex, -1));
  sample.latencyP90Ms = sample.latencyP50Ms * 1.8;
  sample.latencyP95Ms = sample.latencyP50Ms * 2.3;
  sample.latencyP99Ms = sample.latencyP50Ms * 3.5;

  m_history.push_back(std::move(sample));
  while (m_history.size() > kMaxHistory) m_history.pop_front();
  return m_history.back();
}

void EmulatedDeployment::scaleTo(int capacity, std::chrono::system_clock::time_point at,
                                 std::string reason) {
  capacity = std::clamp(capacity, 1, kMaxCapacity);
  if (capacity == m_capacity) return;
  m_events.push_back(ScaleEvent{at, m_capacity, capacity, std::move(reason)});
  if (m_events.size() > 10000) m_events.erase(m_events.begin());
  m_capacity = capacity;
}

}  // namespace autoscale::backend
