#pragma once

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "backend/sandbox/emulateddeployment.h"

namespace autoscale::backend {

struct ScalingDecision {
  int capacity = 0;
  std::string reason;  // empty when nothing changed
};

// Decides an emulated deployment's instance count from the autoscale setting that targets
// it and the deployment's metric history: the seam where the autoscale engine is applied in
// real time. Called once per simulated minute, after that minute's sample was recorded.
class ScalingController {
 public:
  virtual ~ScalingController() = default;
  virtual ScalingDecision decide(const nlohmann::ordered_json& settingResource,
                                 const EmulatedDeployment& deployment,
                                 std::chrono::system_clock::time_point now) = 0;
};

// The controller the sandbox uses: the autoscale engine replaying the setting over the
// deployment's history.
std::unique_ptr<ScalingController> makeEngineScalingController();

}  // namespace autoscale::backend
