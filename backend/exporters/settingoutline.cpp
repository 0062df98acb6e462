#include "backend/exporters/settingoutline.h"

#include <cctype>

namespace autoscale::backend {

std::optional<PairedProfileName> parsePairedProfileName(std::string_view profileName) {
  if (profileName.empty() || profileName.front() != '{') return std::nullopt;
  const Json parsed = Json::parse(profileName, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) return std::nullopt;
  const Json* name = member(parsed, "name");
  const Json* forProfile = member(parsed, "for");
  if (!name || !name->is_string() || !forProfile || !forProfile->is_string()) return std::nullopt;
  return PairedProfileName{name->get<std::string>(), forProfile->get<std::string>()};
}

namespace {

// A JSON string the way Python's json.dumps writes it by default (ensure_ascii).
std::string pythonJsonString(std::string_view text) {
  const std::string json =
      Json(std::string(text)).dump(-1, ' ', true, Json::error_handler_t::replace);
  // nlohmann writes \u escapes in lower case hex, as Python does; the layout already matches.
  return json;
}

}  // namespace

std::string pairedProfileNameText(std::string_view defaultName, std::string_view forProfile) {
  return "{\"name\": " + pythonJsonString(defaultName) +
         ", \"for\": " + pythonJsonString(forProfile) + "}";
}

const ProfileOutline* SettingOutline::defaultProfile() const {
  for (const auto& profile : profiles) {
    if (profile.role == ProfileRole::Default) return &profile;
  }
  return nullptr;
}

const ProfileOutline* SettingOutline::pairedProfileFor(std::string_view profileName) const {
  for (const auto& profile : profiles) {
    if (profile.role == ProfileRole::PairedDefault &&
        equalsIgnoringCase(profile.paired->forProfile, profileName)) {
      return &profile;
    }
  }
  return nullptr;
}

models::Result<SettingOutline> outlineSetting(const Json& resource) {
  if (!resource.is_object()) {
    return models::Error{"export.notAnObject",
                         "$: the setting is not a JSON object; give the resource JSON of one "
                         "autoscale setting (the portal's JSON view or a GET response)"};
  }
  SettingOutline outline;
  outline.resource = &resource;
  outline.properties = member(resource, "properties");
  if (!outline.properties || !outline.properties->is_object()) {
    return models::Error{"export.noProperties",
                         "$.properties: missing; the resource JSON of an autoscale setting has "
                         "a `properties` object"};
  }
  const Json* profiles = member(*outline.properties, "profiles");
  if (!profiles || !profiles->is_array()) {
    return models::Error{"export.noProfiles",
                         "$.properties.profiles: missing or not an array; a setting needs at "
                         "least its default profile"};
  }
  outline.name = memberString(resource, "name");
  if (outline.name.empty()) outline.name = memberString(*outline.properties, "name");
  outline.location = memberString(resource, "location");
  outline.targetResourceUri = memberString(*outline.properties, "targetResourceUri");

  for (std::size_t i = 0; i < profiles->size(); ++i) {
    const Json& json = (*profiles)[i];
    if (!json.is_object()) {
      return models::Error{"export.badProfile",
                           PathText().key("properties").key("profiles").index(i).str() +
                               ": a profile must be a JSON object"};
    }
    ProfileOutline profile;
    profile.json = &json;
    profile.index = i;
    profile.name = memberString(json, "name");
    const bool hasFixedDate = member(json, "fixedDate") != nullptr;
    const bool hasRecurrence = member(json, "recurrence") != nullptr;
    if (hasFixedDate) {
      profile.role = ProfileRole::FixedDate;
    } else if (hasRecurrence) {
      profile.paired = parsePairedProfileName(profile.name);
      profile.role = profile.paired ? ProfileRole::PairedDefault : ProfileRole::Recurring;
    }
    outline.profiles.push_back(std::move(profile));
  }
  return outline;
}

std::string resourceGroupOf(std::string_view resourceId) {
  constexpr std::string_view kSegment = "/resourcegroups/";
  std::string lower(resourceId);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto at = lower.find(kSegment);
  if (at == std::string::npos) return {};
  const auto start = at + kSegment.size();
  const auto end = resourceId.find('/', start);
  return std::string(resourceId.substr(start, end == std::string_view::npos ? end : end - start));
}

}  // namespace autoscale::backend
