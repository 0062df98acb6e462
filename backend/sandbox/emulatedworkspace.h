#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "backend/sandbox/emulateddeployment.h"
#include "backend/sandbox/scalingcontroller.h"
#include "backend/sandbox/workload.h"
#include "backend/sandbox/workloadclock.h"

namespace autoscale::backend {

struct WorkspaceIdentity {
  std::string subscriptionId = "00000000-0000-0000-0000-000000000000";
  std::string resourceGroup = "demo-rg";
  std::string workspace = "demo-ws";
  std::string location = "westeurope";

  std::string workspaceId() const;
  std::string endpointId(const std::string& endpoint) const;
  std::string deploymentId(const std::string& endpoint, const std::string& deployment) const;
};

// The emulated Azure ML workspace: online endpoints and their deployments, driven minute by
// simulated minute. Each minute every deployment serves its share of the workload, records
// the metrics, and the scaling controller applies the enabled autoscale setting that targets
// it (if any). Thread-safe: the emulation thread advances it while request threads read it.
class EmulatedWorkspace final {
 public:
  using SettingsSource = std::function<std::vector<nlohmann::ordered_json>()>;

  EmulatedWorkspace(WorkspaceIdentity identity, std::unique_ptr<Workload> workload,
                    std::unique_ptr<ScalingController> controller, SettingsSource settings);

  const WorkspaceIdentity& identity() const { return m_identity; }

  void addDeployment(const std::string& endpoint, const std::string& deployment,
                     int initialCapacity, DeploymentModel model = {});
  // Records `minutes` of history before `now` at the initial counts, without scaling, so that
  // charts have something to show from the first moment.
  void backfill(std::chrono::system_clock::time_point now, int minutes);
  // Runs every whole simulated minute up to `now` (at most `maxMinutes` of them per call).
  void advanceTo(std::chrono::system_clock::time_point now, int maxMinutes = 24 * 60);

  // Calls `fn` with the deployments under the lock; `fn` must not keep references.
  template <typename Fn>
  auto read(Fn&& fn) const {
    std::lock_guard lock(m_mutex);
    return fn(m_deployments);
  }

  // A deployment or endpoint id of this workspace (case-insensitive)?
  bool isDeployment(const std::string& resourceId) const;
  bool isEndpoint(const std::string& resourceId) const;
  std::vector<std::string> endpointIds() const;

 private:
  void runMinute(std::chrono::system_clock::time_point minute,
                 const std::vector<nlohmann::ordered_json>& settings);

  WorkspaceIdentity m_identity;
  std::unique_ptr<Workload> m_workload;
  std::unique_ptr<ScalingController> m_controller;
  SettingsSource m_settings;
  mutable std::mutex m_mutex;
  std::vector<EmulatedDeployment> m_deployments;
  std::chrono::system_clock::time_point m_nextMinute{};
};

}  // namespace autoscale::backend
