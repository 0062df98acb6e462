#include "backend/sandbox/scalingcontroller.h"

#include <algorithm>

namespace autoscale::backend {
namespace {

long long capacityField(const nlohmann::ordered_json& capacity, const char* key,
                        long long fallback) {
  const auto it = capacity.find(key);
  if (it == capacity.end()) return fallback;
  if (it->is_number_integer()) return it->get<long long>();
  if (it->is_string()) {
    try {
      return std::stoll(it->get<std::string>());
    } catch (const std::exception&) {
      return fallback;
    }
  }
  return fallback;
}

// Keeps the instance count inside the limits of the setting's first profile without a
// schedule, as the service does when a setting is applied to a deployment.
class LimitsController final : public ScalingController {
 public:
  ScalingDecision decide(const nlohmann::ordered_json& setting,
                         const EmulatedDeployment& deployment,
                         std::chrono::system_clock::time_point) override {
    ScalingDecision decision{deployment.capacity(), {}};
    const auto properties = setting.find("properties");
    if (properties == setting.end() || !properties->is_object()) return decision;
    const auto profiles = properties->find("profiles");
    if (profiles == properties->end() || !profiles->is_array()) return decision;
    for (const auto& profile : *profiles) {
      if (!profile.is_object() || profile.contains("fixedDate") || profile.contains("recurrence")) {
        continue;
      }
      const auto capacity = profile.find("capacity");
      if (capacity == profile.end() || !capacity->is_object()) continue;
      const long long minimum = capacityField(*capacity, "minimum", 1);
      const long long maximum = capacityField(*capacity, "maximum", minimum);
      const long long target =
          std::clamp<long long>(deployment.capacity(), minimum, std::max(minimum, maximum));
      if (target != deployment.capacity()) {
        decision.capacity = static_cast<int>(target);
        decision.reason =
            "instance limits " + std::to_string(minimum) + "-" + std::to_string(maximum);
      }
      break;
    }
    return decision;
  }
};

}  // namespace

std::unique_ptr<ScalingController> makeEngineScalingController() {
  return std::make_unique<LimitsController>();
}

}  // namespace autoscale::backend
