#include "backend/exporters/parameterplan.h"

#include <algorithm>
#include <cctype>

namespace autoscale::backend {
namespace {

// The pointer to the member `key` of `object` under `parent`, in the file's own key spelling.
std::optional<Json::json_pointer> pointerTo(const Json& object, const Json::json_pointer& parent,
                                            std::string_view key) {
  if (!object.is_object()) return std::nullopt;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (equalsIgnoringCase(it.key(), key)) return parent / it.key();
  }
  return std::nullopt;
}

bool isCount(const Json* value) {
  if (!value || !value->is_string()) return false;
  const auto& text = value->get_ref<const std::string&>();
  return !text.empty() && text.size() <= 6 && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

class Planner final {
 public:
  explicit Planner(const SettingOutline& outline) : m_outline(outline) {
    m_propertiesPointer = *pointerTo(*outline.resource, Json::json_pointer(), "properties");
    m_profilesPointer = *pointerTo(*outline.properties, m_propertiesPointer, "profiles");
  }

  ParameterPlan plan() {
    planName();
    planLocation();
    planTarget();
    planCapacity();
    return std::move(m_plan);
  }

 private:
  void addParameter(TemplateParameter parameter) {
    m_plan.parameters.push_back(std::move(parameter));
  }
  void use(Json::json_pointer pointer, const char* parameter, bool asString = false) {
    m_plan.usesByPointer[pointer.to_string()] = m_plan.uses.size();
    m_plan.uses.push_back({std::move(pointer), parameter, asString});
  }

  void planName() {
    const std::string name = m_outline.name.empty() ? "autoscale-setting" : m_outline.name;
    addParameter(
        {kNameParameter, ParameterType::String, name, false, "Name of the autoscale setting."});
    // The envelope's `name` is written by the exporters themselves; properties.name follows it
    // when the two agree (the service keeps them equal).
    const Json* innerName = member(*m_outline.properties, "name");
    if (innerName && innerName->is_string() && innerName->get<std::string>() == name) {
      use(*pointerTo(*m_outline.properties, m_propertiesPointer, "name"), kNameParameter);
    }
  }

  void planLocation() {
    TemplateParameter parameter{kLocationParameter, ParameterType::String, nullptr, false,
                                "Region of the autoscale setting."};
    if (m_outline.location.empty()) {
      parameter.defaultsToResourceGroupLocation = true;
    } else {
      parameter.defaultValue = m_outline.location;
    }
    addParameter(std::move(parameter));
  }

  void planTarget() {
    const std::string& target = m_outline.targetResourceUri;
    if (target.empty()) return;
    addParameter({kTargetParameter, ParameterType::String, target, false,
                  "Resource id of the resource that the setting scales."});
    use(*pointerTo(*m_outline.properties, m_propertiesPointer, "targetResourceUri"),
        kTargetParameter);
    for (const auto& profile : m_outline.profiles) {
      const auto rules = memberElements(*profile.json, "rules");
      const auto profilePointer = m_profilesPointer / profile.index;
      const auto rulesPointer = pointerTo(*profile.json, profilePointer, "rules");
      for (std::size_t r = 0; r < rules.size(); ++r) {
        const Json* trigger = member(*rules[r], "metricTrigger");
        if (!trigger || memberString(*trigger, "metricResourceUri") != target) continue;
        const auto triggerPointer = *pointerTo(*rules[r], *rulesPointer / r, "metricTrigger");
        use(*pointerTo(*trigger, triggerPointer, "metricResourceUri"), kTargetParameter);
      }
    }
  }

  void planCapacity() {
    const ProfileOutline* defaultProfile = m_outline.defaultProfile();
    if (!defaultProfile) return;
    const Json* capacity = member(*defaultProfile->json, "capacity");
    if (!capacity) return;
    struct Limit {
      const char* key;
      const char* parameter;
      const char* description;
    };
    const Limit limits[] = {
        {"minimum", "minimumCapacity", "Minimum instance count of the default profile."},
        {"maximum", "maximumCapacity", "Maximum instance count of the default profile."},
        {"default", "defaultCapacity", "Default instance count of the default profile."}};
    for (const auto& limit : limits) {
      const Json* value = member(*capacity, limit.key);
      if (!isCount(value)) continue;
      addParameter({limit.parameter, ParameterType::Int, std::stoi(value->get<std::string>()),
                    false, limit.description});
      for (const auto& profile : m_outline.profiles) {
        if (profile.role != ProfileRole::Default && profile.role != ProfileRole::PairedDefault) {
          continue;
        }
        const Json* otherCapacity = member(*profile.json, "capacity");
        const Json* otherValue = otherCapacity ? member(*otherCapacity, limit.key) : nullptr;
        if (!otherValue || *otherValue != *value) continue;
        const auto capacityPointer =
            *pointerTo(*profile.json, m_profilesPointer / profile.index, "capacity");
        use(*pointerTo(*otherCapacity, capacityPointer, limit.key), limit.parameter, true);
      }
    }
  }

  const SettingOutline& m_outline;
  Json::json_pointer m_propertiesPointer;
  Json::json_pointer m_profilesPointer;
  ParameterPlan m_plan;
};

}  // namespace

const ParameterUse* ParameterPlan::useAt(const Json::json_pointer& pointer) const {
  const auto it = usesByPointer.find(pointer.to_string());
  return it == usesByPointer.end() ? nullptr : &uses[it->second];
}

ParameterPlan planParameters(const SettingOutline& outline) {
  return Planner(outline).plan();
}

}  // namespace autoscale::backend
