#include "models/metrics/timestamp.h"

#include <cstdio>

namespace autoscale::models {
namespace {

// Reads exactly `count` digits at `pos`; -1 when they are not all digits.
int readDigits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool isLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

struct Parsed {
  EpochSeconds localSeconds = 0;
  std::size_t offsetPos = 0;  // where the zone designator starts
};

std::optional<Parsed> parseDateTime(std::string_view text) {
  // YYYY-MM-DDTHH:MM
  const int year = readDigits(text, 0, 4);
  const int month = readDigits(text, 5, 2);
  const int day = readDigits(text, 8, 2);
  const int hour = readDigits(text, 11, 2);
  const int minute = readDigits(text, 14, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
      minute > 59 || text[4] != '-' || text[7] != '-' ||
      (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || text[13] != ':' ||
      day > daysInMonth(year, month)) {
    return std::nullopt;
  }
  std::size_t pos = 16;
  int second = 0;
  if (pos < text.size() && text[pos] == ':') {
    second = readDigits(text, pos + 1, 2);
    if (second < 0 || second > 59) return std::nullopt;
    pos += 3;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
      ++pos;
      const std::size_t digitsStart = pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      if (pos == digitsStart) return std::nullopt;
    }
  }
  Parsed parsed;
  parsed.localSeconds =
      daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
  parsed.offsetPos = pos;
  return parsed;
}

}  // namespace

std::int64_t daysFromCivil(int year, int month, int day) {
  // Howard Hinnant's algorithm, shifted so that March is the first month of the year.
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
  const std::int64_t era = floorDiv(y, 400);
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civilFromDays(std::int64_t days, int& year, int& month, int& day) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = floorDiv(z, 146097);
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

std::optional<EpochSeconds> parseUtcTimestamp(std::string_view text) {
  const auto parsed = parseDateTime(text);
  if (!parsed) return std::nullopt;
  const std::string_view zone = text.substr(parsed->offsetPos);
  if (zone.empty()) return parsed->localSeconds;
  if (zone == "Z" || zone == "z") return parsed->localSeconds;
  if (zone[0] != '+' && zone[0] != '-') return std::nullopt;
  const int hours = readDigits(zone, 1, 2);
  int minutes = -1;
  if (zone.size() == 6 && zone[3] == ':') {
    minutes = readDigits(zone, 4, 2);
  } else if (zone.size() == 5) {
    minutes = readDigits(zone, 3, 2);
  } else if (zone.size() == 3) {
    minutes = 0;
  }
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return std::nullopt;
  const EpochSeconds offset = (hours * 3600 + minutes * 60) * (zone[0] == '-' ? -1 : 1);
  return parsed->localSeconds - offset;
}

std::optional<EpochSeconds> parseWallClock(std::string_view text) {
  const auto parsed = parseDateTime(text);
  if (!parsed || !parseUtcTimestamp(text)) return std::nullopt;
  return parsed->localSeconds;
}

bool timestampHasOffset(std::string_view text) {
  const auto parsed = parseDateTime(text);
  return parsed && parsed->offsetPos < text.size();
}

std::string formatUtcTimestamp(EpochSeconds time) {
  const std::int64_t days = floorDiv(time, 86400);
  const std::int64_t secondOfDay = time - days * 86400;
  int year = 0;
  int month = 0;
  int day = 0;
  civilFromDays(days, year, month, day);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                static_cast<int>(secondOfDay / 3600), static_cast<int>(secondOfDay / 60 % 60),
                static_cast<int>(secondOfDay % 60));
  return buffer;
}

}  // namespace autoscale::models
