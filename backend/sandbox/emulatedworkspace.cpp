#include "backend/sandbox/emulatedworkspace.h"

#include <algorithm>

#include "backend/net/httpmessage.h"

namespace autoscale::backend {
namespace {

using Clock = std::chrono::system_clock;
using nlohmann::ordered_json;

Clock::time_point floorToMinute(Clock::time_point t) {
  return std::chrono::time_point_cast<std::chrono::minutes>(t);
}

std::string stringAt(const ordered_json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The enabled setting whose targetResourceUri is the deployment, if any.
const ordered_json* settingFor(const std::vector<ordered_json>& settings,
                               const std::string& target) {
  for (const auto& setting : settings) {
    const auto properties = setting.find("properties");
    if (properties == setting.end() || !properties->is_object()) continue;
    if (toLower(stringAt(*properties, "targetResourceUri")) != toLower(target)) continue;
    const auto enabled = properties->find("enabled");
    if (enabled != properties->end() && enabled->is_boolean() && !enabled->get<bool>()) continue;
    return &setting;
  }
  return nullptr;
}

}  // namespace

std::string WorkspaceIdentity::workspaceId() const {
  return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup +
         "/providers/Microsoft.MachineLearningServices/workspaces/" + workspace;
}

std::string WorkspaceIdentity::endpointId(const std::string& endpoint) const {
  return workspaceId() + "/onlineEndpoints/" + endpoint;
}

std::string WorkspaceIdentity::deploymentId(const std::string& endpoint,
                                            const std::string& deployment) const {
  return endpointId(endpoint) + "/deployments/" + deployment;
}

EmulatedWorkspace::EmulatedWorkspace(WorkspaceIdentity identity, std::unique_ptr<Workload> workload,
                                     std::unique_ptr<ScalingController> controller,
                                     SettingsSource settings)
    : m_identity(std::move(identity)),
      m_workload(std::move(workload)),
      m_controller(std::move(controller)),
      m_settings(std::move(settings)) {}

void EmulatedWorkspace::addDeployment(const std::string& endpoint, const std::string& deployment,
                                      int initialCapacity, DeploymentModel model) {
  std::lock_guard lock(m_mutex);
  m_deployments.emplace_back(m_identity.deploymentId(endpoint, deployment),
                             m_identity.endpointId(endpoint), initialCapacity, model);
}

void EmulatedWorkspace::backfill(Clock::time_point now, int minutes) {
  std::lock_guard lock(m_mutex);
  const auto end = floorToMinute(now);
  for (auto minute = end - std::chrono::minutes(minutes); minute < end;
       minute += std::chrono::minutes(1)) {
    const double load = m_workload->requestsPerMinute(minute);
    for (auto& deployment : m_deployments) {
      deployment.serve(minute, load / static_cast<double>(m_deployments.size()));
    }
  }
  m_nextMinute = end;
}

void EmulatedWorkspace::advanceTo(Clock::time_point now, int maxMinutes) {
  const auto settings = m_settings ? m_settings() : std::vector<ordered_json>{};
  std::lock_guard lock(m_mutex);
  if (m_nextMinute == Clock::time_point{}) m_nextMinute = floorToMinute(now);
  // A minute is run once it is over.
  for (int done = 0; done < maxMinutes && m_nextMinute + std::chrono::minutes(1) <= now; ++done) {
    runMinute(m_nextMinute, settings);
    m_nextMinute += std::chrono::minutes(1);
  }
}

void EmulatedWorkspace::runMinute(Clock::time_point minute,
                                  const std::vector<ordered_json>& settings) {
  // The endpoint splits its traffic evenly between its deployments.
  const double load = m_workload->requestsPerMinute(minute);
  const double share = m_deployments.empty() ? 0 : load / static_cast<double>(m_deployments.size());
  const auto evaluation = minute + std::chrono::minutes(1);
  for (auto& deployment : m_deployments) {
    deployment.serve(minute, share);
    if (const ordered_json* setting = settingFor(settings, deployment.resourceId())) {
      const ScalingDecision decision = m_controller->decide(*setting, deployment, evaluation);
      if (decision.capacity > 0 && decision.capacity != deployment.capacity()) {
        deployment.scaleTo(decision.capacity, evaluation, decision.reason);
      }
    }
  }
}

bool EmulatedWorkspace::isDeployment(const std::string& resourceId) const {
  return read([&](const std::vector<EmulatedDeployment>& deployments) {
    for (const auto& deployment : deployments) {
      if (toLower(deployment.resourceId()) == toLower(resourceId)) return true;
    }
    return false;
  });
}

bool EmulatedWorkspace::isEndpoint(const std::string& resourceId) const {
  for (const auto& id : endpointIds()) {
    if (toLower(id) == toLower(resourceId)) return true;
  }
  return false;
}

std::vector<std::string> EmulatedWorkspace::endpointIds() const {
  return read([](const std::vector<EmulatedDeployment>& deployments) {
    std::vector<std::string> ids;
    for (const auto& deployment : deployments) {
      if (std::find(ids.begin(), ids.end(), deployment.endpointResourceId()) == ids.end()) {
        ids.push_back(deployment.endpointResourceId());
      }
    }
    return ids;
  });
}

}  // namespace autoscale::backend
