#pragma once

// The time zone names that `az monitor autoscale profile create --timezone` accepts (the
// CLI's own list, matched case-insensitively). It differs from the Windows ids the service
// knows: it lacks `UTC` and spells some zones differently (see spec §1.15).

#include <optional>
#include <string>
#include <string_view>

namespace autoscale::backend {

// The CLI's spelling of `name`, or nullopt when the CLI rejects it.
std::optional<std::string> azCliTimeZone(std::string_view name);

}  // namespace autoscale::backend
