#include "backend/sandbox/servicechecks.h"

#include <string>

namespace autoscale::backend {
namespace {

using nlohmann::ordered_json;

std::optional<long long> integerText(const ordered_json& value) {
  if (value.is_number_integer()) return value.get<long long>();
  if (!value.is_string()) return std::nullopt;
  const std::string text = value.get<std::string>();
  if (text.empty() || text.size() > 9 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoll(text);
}

std::optional<ApiAnswer> invalid(const std::string& message, const std::string& target) {
  return armErrorAnswer(400, "InvalidRequestContent", message, target);
}

std::optional<ApiAnswer> checkCapacity(const ordered_json& capacity, const std::string& path) {
  if (!capacity.is_object()) return invalid("the profile has no capacity object", path);
  std::optional<long long> values[3];
  const char* names[3] = {"minimum", "maximum", "default"};
  for (int i = 0; i < 3; ++i) {
    const auto it = capacity.find(names[i]);
    if (it == capacity.end()) {
      return invalid(std::string("capacity.") + names[i] + " is required", path + "." + names[i]);
    }
    values[i] = integerText(*it);
    if (!values[i] || *values[i] < 0 || *values[i] > 1000) {
      return invalid(
          std::string("capacity.") + names[i] + " must be a whole number between 0 and 1000",
          path + "." + names[i]);
    }
  }
  if (*values[0] > *values[1]) {
    return armErrorAnswer(400, "BadRequest",
                          "the minimum instance count is larger than the maximum", path);
  }
  if (*values[2] < *values[0] || *values[2] > *values[1]) {
    return armErrorAnswer(400, "BadRequest",
                          "the default instance count must lie between the minimum and the maximum",
                          path + ".default");
  }
  return std::nullopt;
}

std::optional<ApiAnswer> checkProperties(const ordered_json& properties, const std::string& path) {
  if (!properties.is_object()) return invalid("properties must be an object", path);
  const auto profiles = properties.find("profiles");
  if (profiles == properties.end() || !profiles->is_array() || profiles->empty()) {
    return invalid("properties.profiles must hold at least one profile", path + ".profiles");
  }
  if (profiles->size() > 20) {
    return invalid("an autoscale setting holds at most 20 profiles", path + ".profiles");
  }
  for (std::size_t i = 0; i < profiles->size(); ++i) {
    const ordered_json& profile = (*profiles)[i];
    const std::string at = path + ".profiles[" + std::to_string(i) + "]";
    if (!profile.is_object()) return invalid("a profile must be an object", at);
    const auto name = profile.find("name");
    if (name == profile.end() || !name->is_string())
      return invalid("the profile has no name", at + ".name");
    const auto capacity = profile.find("capacity");
    if (auto failure = checkCapacity(capacity == profile.end() ? ordered_json() : *capacity,
                                     at + ".capacity")) {
      return failure;
    }
    const auto rules = profile.find("rules");
    if (rules != profile.end() && (!rules->is_array() || rules->size() > 10)) {
      return invalid("rules must be an array of at most 10 rules", at + ".rules");
    }
  }
  const auto target = properties.find("targetResourceUri");
  if (target == properties.end() || !target->is_string() || target->get<std::string>().empty()) {
    return invalid("properties.targetResourceUri (the resource to scale) is required",
                   path + ".targetResourceUri");
  }
  return std::nullopt;
}

std::optional<ApiAnswer> checkTags(const ordered_json& body) {
  const auto tags = body.find("tags");
  if (tags == body.end() || tags->is_null()) return std::nullopt;
  if (!tags->is_object() || tags->size() > 15) {
    return invalid("tags must be an object of at most 15 string values", "$.tags");
  }
  for (const auto& [key, value] : tags->items()) {
    if (!value.is_string() || key.size() > 128 || value.get<std::string>().size() > 256) {
      return invalid(
          "tag '" + key + "' must be a string of at most 256 characters (key at most 128)",
          "$.tags");
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<ApiAnswer> checkSettingResource(const ordered_json& body) {
  if (!body.is_object())
    return invalid("the body must be an autoscale setting resource object", "$");
  const auto location = body.find("location");
  if (location == body.end() || !location->is_string() || location->get<std::string>().empty()) {
    return armErrorAnswer(400, "LocationRequired", "the resource needs a location", "$.location");
  }
  if (auto failure = checkTags(body)) return failure;
  const auto properties = body.find("properties");
  if (properties == body.end()) return invalid("properties is required", "$.properties");
  return checkProperties(*properties, "$.properties");
}

std::optional<ApiAnswer> checkSettingPatch(const ordered_json& body) {
  if (!body.is_object())
    return invalid("the body must be an object with tags and/or properties", "$");
  if (auto failure = checkTags(body)) return failure;
  const auto properties = body.find("properties");
  if (properties == body.end() || properties->is_null()) return std::nullopt;
  if (!properties->is_object()) return invalid("properties must be an object", "$.properties");
  // Only what is sent is replaced; profiles, if sent, must be valid.
  if (properties->contains("profiles")) {
    ordered_json probe = *properties;
    if (!probe.contains("targetResourceUri")) probe["targetResourceUri"] = "patched";
    return checkProperties(probe, "$.properties");
  }
  return std::nullopt;
}

}  // namespace autoscale::backend
