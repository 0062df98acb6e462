#pragma once

// UTC instants as whole seconds since the Unix epoch, and their ISO-8601 text. Traces hold
// hundreds of thousands of points, so parsing is done by hand instead of through QDateTime.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace autoscale::models {

using EpochSeconds = std::int64_t;

// Reads `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z`, an offset `±HH:MM` / `±HHMM`, or
// nothing (taken as UTC). A space may stand for the `T`. Fractions of a second are dropped.
// nullopt when the text is not such a timestamp or names an impossible date or time.
std::optional<EpochSeconds> parseUtcTimestamp(std::string_view text);

// The wall-clock part of a timestamp, ignoring any zone designator, as seconds since the epoch
// as if it were UTC.
std::optional<EpochSeconds> parseWallClock(std::string_view text);

// True when `text` carries an explicit `Z` or `±HH:MM` after its time of day.
bool timestampHasOffset(std::string_view text);

// `2024-01-01T00:00:00Z`.
std::string formatUtcTimestamp(EpochSeconds time);

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
std::int64_t daysFromCivil(int year, int month, int day);
void civilFromDays(std::int64_t days, int& year, int& month, int& day);

// Floor division that rounds toward negative infinity (times before 1970 stay in their bucket).
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

}  // namespace autoscale::models
