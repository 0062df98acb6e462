#pragma once

// The shape of one autoscale setting as the exporters need it: its envelope values and the
// role of every profile (the default one, the portal/CLI "paired" copies of the default that
// end a recurring profile, recurring and fixed-date profiles).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backend/exporters/jsonaccess.h"
#include "models/core/result.h"

namespace autoscale::backend {

// The name of a paired default profile is JSON text:
// {"name": "<default profile name>", "for": "<recurring profile name>"}.
struct PairedProfileName {
  std::string name;
  std::string forProfile;
};
std::optional<PairedProfileName> parsePairedProfileName(std::string_view profileName);
// The name text that the portal and the CLI give a paired profile (Python's json.dumps
// layout: `{"name": "default", "for": "weekend"}`, non-ASCII as \uXXXX).
std::string pairedProfileNameText(std::string_view defaultName, std::string_view forProfile);

enum class ProfileRole { Default, PairedDefault, Recurring, FixedDate };

struct ProfileOutline {
  const Json* json = nullptr;
  std::size_t index = 0;  // position in properties.profiles
  std::string name;
  ProfileRole role = ProfileRole::Default;
  std::optional<PairedProfileName> paired;  // set for PairedDefault
};

struct SettingOutline {
  const Json* resource = nullptr;
  const Json* properties = nullptr;
  std::string name;  // resource name, else properties.name
  std::string location;
  std::string targetResourceUri;
  std::vector<ProfileOutline> profiles;

  // The first profile with neither fixedDate nor recurrence; nullptr when there is none.
  const ProfileOutline* defaultProfile() const;
  // The paired default profile that ends the recurring profile `name`; nullptr when none.
  const ProfileOutline* pairedProfileFor(std::string_view name) const;
};

// Reads the outline of the resource JSON of one setting. Fails when `resource` is not an
// object with a `properties` object holding a `profiles` array.
models::Result<SettingOutline> outlineSetting(const Json& resource);

// The resource group named in an ARM resource id ("" when the id names none).
std::string resourceGroupOf(std::string_view resourceId);

}  // namespace autoscale::backend
