#pragma once

// Readers for the text formats inside a setting: ISO-8601 durations and date-times, Windows
// time zone ids, day names, e-mail addresses and webhook URLs.

#include <QDateTime>
#include <optional>
#include <string>
#include <string_view>

namespace autoscale::models::validation {

// Whole seconds of an ISO-8601 duration as the service reads it (`PT5M`, `P1DT2H`, any case,
// the Azure CLI's `PT30M1H`). The short forms the model also reads for typing convenience
// (`5m`, `00:05:00`) are not ISO and give nullopt.
std::optional<long long> parseIsoDurationSeconds(std::string_view text);

// `seconds` as an ISO-8601 duration for messages (PT5M, P1DT2H).
std::string durationText(long long seconds);

// A fixed-date time as written: the wall-clock time and, if the text had one, its UTC offset.
struct WrittenDateTime {
  QDateTime wallClock;  // the written date and time, as a UTC QDateTime without conversion
  std::optional<int> offsetSeconds;
};
std::optional<WrittenDateTime> parseDateTime(std::string_view text);

// The instant a written time stands for: its own offset if it has one, otherwise the wall clock
// in the Windows time zone `timeZone` (UTC when the zone is unknown or empty).
QDateTime resolveInstant(const WrittenDateTime& time, std::string_view timeZone);

bool isUtcTimeZone(std::string_view timeZone);

// Day of the week of a recurrence (0 = Sunday … 6 = Saturday). `numeric` when written as a
// digit, as the official example does ("1").
struct RecurrenceDay {
  int dayOfWeek = 0;
  bool numeric = false;
};
std::optional<RecurrenceDay> parseRecurrenceDay(std::string_view text);

bool looksLikeEmail(std::string_view text);

enum class UriScheme { Invalid, Http, Https, Other };
// The scheme of an absolute URL with a host; Invalid for anything else.
UriScheme classifyWebUri(std::string_view text);

}  // namespace autoscale::models::validation
