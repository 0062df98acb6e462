#pragma once

// ISO-8601 durations as autoscale settings use them (`PT5M`, `PT1H`, `P1D`), read leniently
// (any case, weeks, the Azure CLI's `PT30M1H` and `P1DT`, its `5m`/`1h30m` input, .NET
// TimeSpan `00:10:00` and `1.02:00:00`) and printed canonically with the largest units
// first. Years and months have no fixed length and are refused.

#include <compare>
#include <string>
#include <string_view>

#include "models/core/result.h"

namespace autoscale::models {

class Duration final {
 public:
  constexpr Duration() = default;
  static constexpr Duration fromSeconds(long long seconds) { return Duration(seconds); }
  static constexpr Duration fromMinutes(long long minutes) { return Duration(minutes * 60); }

  // Error codes: "AS0101" (not a duration), "AS0102" (years/months), "AS0103" (out of range
  // or not whole seconds). Messages say what was expected.
  static Result<Duration> parse(std::string_view text);

  constexpr long long seconds() const { return m_seconds; }
  constexpr long long minutes() const { return m_seconds / 60; }

  // `PT5M`, `PT1H30M`, `P1D`, `P1DT2H`, `PT45S`, `PT0S`; negative values get a leading '-'.
  std::string toIsoString() const;

  friend constexpr auto operator<=>(Duration, Duration) = default;

 private:
  constexpr explicit Duration(long long seconds) : m_seconds(seconds) {}
  long long m_seconds = 0;
};

// Whether `text` is already the canonical spelling of the duration it denotes.
bool isCanonicalDuration(std::string_view text);

}  // namespace autoscale::models
