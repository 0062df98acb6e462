#pragma once

// ISO-8601 durations as the autoscale API writes them (`PT5M`, `PT1H`, `P1D`), read
// leniently (any case, units in any order as older CLI versions wrote `PT30M1H`, .NET
// TimeSpan `00:10:00`) and printed canonically for targets that validate the format.

#include <optional>
#include <string>
#include <string_view>

namespace autoscale::backend {

// Whole seconds of a duration; nullopt when `text` is no duration of days, hours, minutes and
// seconds (years, months and weeks are not used by the API and are rejected).
std::optional<long long> parseDurationSeconds(std::string_view text);

// Canonical ISO-8601: largest units first, zero parts left out (`PT1H30M`, `P1DT2H`, `PT0S`).
std::string isoDuration(long long seconds);

}  // namespace autoscale::backend
