#pragma once

// Time zones of schedules: Windows ids ("Pacific Standard Time") as the autoscale API writes
// them, resolved through the IANA database that QTimeZone carries.

#include <QTimeZone>
#include <optional>
#include <string_view>

#include "models/metrics/timestamp.h"

namespace autoscale::models {

// The zone of a schedule's Windows time zone id; an empty id is UTC. nullopt for ids that
// neither Windows nor the IANA database know. (Named apart from the model's
// timeZoneForWindowsId in models/time/timezones.h, which maps known names only.)
std::optional<QTimeZone> scheduleTimeZone(std::string_view windowsId);

// The UTC instant of a local wall-clock time (seconds since the epoch as if the wall clock
// were UTC). Daylight saving time (spec §8.19): a wall-clock time that does not exist
// (spring forward) happens as many minutes after the jump as it was after the old hour
// (02:30 → 03:30); a wall-clock time that happens twice (fall back) is taken in standard
// time, i.e. the second occurrence, as .NET's TimeZoneInfo does.
EpochSeconds localToUtc(const QTimeZone& zone, EpochSeconds wallClock);

// The local wall-clock time of a UTC instant in `zone`.
EpochSeconds utcToLocal(const QTimeZone& zone, EpochSeconds utc);

}  // namespace autoscale::models
