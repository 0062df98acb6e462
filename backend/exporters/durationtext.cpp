#include "backend/exporters/durationtext.h"

#include <cctype>

namespace autoscale::backend {
namespace {

constexpr long long kMinute = 60;
constexpr long long kHour = 60 * kMinute;
constexpr long long kDay = 24 * kHour;

// .NET TimeSpan text: [d.]hh:mm[:ss].
std::optional<long long> parseTimeSpan(std::string_view text) {
  long long days = 0;
  if (const auto dot = text.find('.'); dot != std::string_view::npos && dot < text.find(':')) {
    const std::string dayText(text.substr(0, dot));
    if (dayText.empty() || dayText.find_first_not_of("0123456789") != std::string::npos) {
      return std::nullopt;
    }
    days = std::stoll(dayText);
    text.remove_prefix(dot + 1);
  }
  long long parts[3] = {0, 0, 0};
  int count = 0;
  std::size_t start = 0;
  while (count < 3) {
    const auto colon = text.find(':', start);
    const std::string part(
        text.substr(start, colon == std::string_view::npos ? colon : colon - start));
    if (part.empty() || part.size() > 2 ||
        part.find_first_not_of("0123456789") != std::string::npos) {
      return std::nullopt;
    }
    parts[count++] = std::stoll(part);
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  if (count < 2 || start > text.size()) return std::nullopt;
  return days * kDay + parts[0] * kHour + parts[1] * kMinute + parts[2];
}

}  // namespace

std::optional<long long> parseDurationSeconds(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (text.find(':') != std::string_view::npos) return parseTimeSpan(text);
  if (std::toupper(static_cast<unsigned char>(text.front())) != 'P') return std::nullopt;
  long long total = 0;
  bool inTime = false;
  bool sawNumber = false;
  std::string digits;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
      if (digits.size() > 12) return std::nullopt;
      continue;
    }
    if (c == 'T') {
      if (inTime || !digits.empty()) return std::nullopt;
      inTime = true;
      continue;
    }
    if (digits.empty()) return std::nullopt;
    const long long value = std::stoll(digits);
    digits.clear();
    sawNumber = true;
    if (c == 'D' && !inTime) {
      total += value * kDay;
    } else if (c == 'H' && inTime) {
      total += value * kHour;
    } else if (c == 'M' && inTime) {
      total += value * kMinute;
    } else if (c == 'S' && inTime) {
      total += value;
    } else {
      return std::nullopt;
    }
  }
  if (!digits.empty() || !sawNumber) return std::nullopt;
  return total;
}

std::string isoDuration(long long seconds) {
  if (seconds <= 0) return "PT0S";
  std::string out = "P";
  if (seconds >= kDay) {
    out += std::to_string(seconds / kDay) + "D";
    seconds %= kDay;
  }
  if (seconds == 0) return out;
  out += "T";
  if (seconds >= kHour) out += std::to_string(seconds / kHour) + "H";
  if (seconds % kHour >= kMinute) out += std::to_string(seconds % kHour / kMinute) + "M";
  if (seconds % kMinute) out += std::to_string(seconds % kMinute) + "S";
  return out;
}

}  // namespace autoscale::backend
