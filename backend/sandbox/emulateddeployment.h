#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace autoscale::backend {

// One simulated minute of an emulated Azure ML online deployment: the load it served and
// the metrics of spec §5 that follow from that load at the instance count it had.
struct DeploymentSample {
  std::chrono::system_clock::time_point minute;  // start of the minute (UTC)
  int capacity = 0;
  double requestsPerMinute = 0;
  std::vector<double> cpuPerInstance;  // CpuUtilizationPercentage of each instance
  double memoryPercent = 0;            // CpuMemoryUtilizationPercentage
  double latencyP50Ms = 0;
  double latencyP90Ms = 0;
  double latencyP95Ms = 0;
  double latencyP99Ms = 0;

  double averageCpu() const;
};

// A change of the instance count, with the reason the scaling controller gave.
struct ScaleEvent {
  std::chrono::system_clock::time_point at;
  int from = 0;
  int to = 0;
  std::string reason;
};

// How the instances of a deployment respond to load.
struct DeploymentModel {
  double requestsPerInstanceAtFullCpu =
      600;  // requests per minute that take one instance to 100 % CPU
  double idleCpuPercent = 3;
  double baseLatencyMs = 25;
  double baseMemoryPercent = 28;
};

// An Azure ML managed online deployment as the sandbox emulates it: a resource id, an
// instance count that the scaling controller changes, and a bounded history of samples.
class EmulatedDeployment final {
 public:
  EmulatedDeployment(std::string resourceId, std::string endpointResourceId, int initialCapacity,
                     DeploymentModel model = {});

  const std::string& resourceId() const { return m_resourceId; }
  const std::string& endpointResourceId() const { return m_endpointResourceId; }
  int capacity() const { return m_capacity; }
  const DeploymentModel& model() const { return m_model; }

  // Serves one minute of `requestsPerMinute` at the current capacity and records it.
  const DeploymentSample& serve(std::chrono::system_clock::time_point minute,
                                double requestsPerMinute);
  void scaleTo(int capacity, std::chrono::system_clock::time_point at, std::string reason);

  const std::deque<DeploymentSample>& history() const { return m_history; }
  const std::vector<ScaleEvent>& events() const { return m_events; }

  static constexpr std::size_t kMaxHistory = 8 * 24 * 60;  // a little over the 7-day range
  static constexpr int kMaxCapacity = 1000;

 private:
  std::string m_resourceId;
  std::string m_endpointResourceId;
  int m_capacity;
  DeploymentModel m_model;
  std::deque<DeploymentSample> m_history;
  std::vector<ScaleEvent> m_events;
};

}  // namespace autoscale::backend
