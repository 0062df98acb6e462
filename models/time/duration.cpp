#include "models/time/duration.h"

#include <cctype>
#include <limits>
#include <optional>

namespace autoscale::models {
namespace {

constexpr long long kMinute = 60;
constexpr long long kHour = 60 * kMinute;
constexpr long long kDay = 24 * kHour;
constexpr long long kWeek = 7 * kDay;
// A century is far beyond any autoscale limit and keeps every sum far from overflow.
constexpr long long kLimitSeconds = 100LL * 366 * kDay;

Error notADuration(std::string_view text) {
  return Error{"AS0101", "'" + std::string(text) +
                             "' is not a duration; expected ISO-8601 such as PT5M, PT1H30M or "
                             "P1D (or a .NET time span such as 00:05:00)"};
}

Error outOfRange(std::string_view text) {
  return Error{"AS0103", "the duration '" + std::string(text) + "' is out of range"};
}

// A run of digits with an optional fraction; `scale` multiplies it into seconds.
struct Number {
  bool tooLarge = false;
  long long whole = 0;
  long long fractionNumerator = 0;
  long long fractionDenominator = 1;
};

class DesignatorReader final {
 public:
  explicit DesignatorReader(std::string_view text) : m_text(text) {}

  Result<Duration> read() {
    const std::string_view original = m_text;
    bool negative = false;
    if (!m_text.empty() && (m_text.front() == '-' || m_text.front() == '+')) {
      negative = m_text.front() == '-';
      m_text.remove_prefix(1);
    }
    bool sawP = false;
    if (!m_text.empty() && upper(m_text.front()) == 'P') {
      sawP = true;
      m_text.remove_prefix(1);
    }
    bool inTime = false;
    bool sawComponent = false;
    long double total = 0;
    while (!m_text.empty()) {
      if (upper(m_text.front()) == 'T') {
        if (inTime) return notADuration(original);
        inTime = true;
        m_text.remove_prefix(1);
        continue;
      }
      const auto number = readNumber();
      if (!number || m_text.empty()) return notADuration(original);
      const char unit = upper(m_text.front());
      m_text.remove_prefix(1);
      if (number->tooLarge) return outOfRange(original);
      long long scale = 0;
      switch (unit) {
        case 'Y':
          return Error{"AS0102", "'" + std::string(original) +
                                     "' uses years; durations here count days, hours, minutes "
                                     "and seconds (e.g. P30D)"};
        case 'W':
          scale = kWeek;
          break;
        case 'D':
          scale = kDay;
          break;
        case 'H':
          scale = kHour;
          break;
        case 'M':
          // Before 'T', ISO reads months; the CLI's PERIOD form without 'P' means minutes.
          if (!inTime && sawP) {
            return Error{"AS0102", "'" + std::string(original) +
                                       "' uses months (M before T); for minutes write PT" +
                                       std::to_string(number->whole) + "M"};
          }
          scale = kMinute;
          break;
        case 'S':
          scale = 1;
          break;
        default:
          return notADuration(original);
      }
      sawComponent = true;
      total += static_cast<long double>(number->whole) * scale +
               static_cast<long double>(number->fractionNumerator) * scale /
                   static_cast<long double>(number->fractionDenominator);
      if (total > kLimitSeconds) return outOfRange(original);
    }
    if (!sawComponent) return notADuration(original);
    const auto seconds = static_cast<long long>(total + 0.5L);
    if (static_cast<long double>(seconds) - total > 1e-6L ||
        total - static_cast<long double>(seconds) > 1e-6L) {
      return Error{"AS0103",
                   "the duration '" + std::string(original) + "' is not a whole number of seconds"};
    }
    return Duration::fromSeconds(negative ? -seconds : seconds);
  }

 private:
  static char upper(char c) {
    return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }

  std::optional<Number> readNumber() {
    Number number;
    std::size_t i = 0;
    while (i < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[i]))) {
      if (number.whole > kLimitSeconds) {
        number.tooLarge = true;  // keep reading digits; the caller reports the range
      } else {
        number.whole = number.whole * 10 + (m_text[i] - '0');
      }
      ++i;
    }
    if (i == 0) return std::nullopt;
    if (i < m_text.size() && (m_text[i] == '.' || m_text[i] == ',')) {
      ++i;
      const std::size_t fractionStart = i;
      while (i < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[i]))) {
        if (i - fractionStart < 9) {
          number.fractionNumerator = number.fractionNumerator * 10 + (m_text[i] - '0');
          number.fractionDenominator *= 10;
        }
        ++i;
      }
      if (i == fractionStart) return std::nullopt;
    }
    m_text.remove_prefix(i);
    return number;
  }

  std::string_view m_text;
};

// .NET TimeSpan: [-][d.]hh:mm[:ss[.fffffff]]
std::optional<Result<Duration>> readTimeSpan(std::string_view text) {
  if (text.find(':') == std::string_view::npos) return std::nullopt;
  const std::string_view original = text;
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  auto readInt = [&text](long long& out, std::size_t maxDigits) {
    std::size_t i = 0;
    out = 0;
    while (i < text.size() && i < maxDigits && std::isdigit(static_cast<unsigned char>(text[i]))) {
      out = out * 10 + (text[i] - '0');
      ++i;
    }
    text.remove_prefix(i);
    return i > 0;
  };
  long long days = 0;
  long long hours = 0;
  long long minutes = 0;
  long long seconds = 0;
  long long first = 0;
  if (!readInt(first, 8)) return Result<Duration>(notADuration(original));
  if (!text.empty() && text.front() == '.') {
    days = first;
    text.remove_prefix(1);
    if (!readInt(hours, 2)) return Result<Duration>(notADuration(original));
  } else {
    hours = first;
  }
  if (text.empty() || text.front() != ':') return Result<Duration>(notADuration(original));
  text.remove_prefix(1);
  if (!readInt(minutes, 2)) return Result<Duration>(notADuration(original));
  if (!text.empty() && text.front() == ':') {
    text.remove_prefix(1);
    if (!readInt(seconds, 2)) return Result<Duration>(notADuration(original));
    if (!text.empty() && text.front() == '.') {
      text.remove_prefix(1);
      long long fraction = 0;
      if (!readInt(fraction, 7)) return Result<Duration>(notADuration(original));
      if (fraction != 0) {
        return Result<Duration>(Error{"AS0103", "the duration '" + std::string(original) +
                                                    "' is not a whole number of seconds"});
      }
    }
  }
  if (!text.empty() || hours > 23 || minutes > 59 || seconds > 59) {
    return Result<Duration>(notADuration(original));
  }
  const long long total = days * kDay + hours * kHour + minutes * kMinute + seconds;
  if (total > kLimitSeconds) return Result<Duration>(outOfRange(original));
  return Result<Duration>(Duration::fromSeconds(negative ? -total : total));
}

}  // namespace

Result<Duration> Duration::parse(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  if (text.empty()) return notADuration(text);
  if (auto timeSpan = readTimeSpan(text)) return std::move(*timeSpan);
  return DesignatorReader(text).read();
}

std::string Duration::toIsoString() const {
  long long rest = m_seconds < 0 ? -m_seconds : m_seconds;
  std::string out = m_seconds < 0 ? "-P" : "P";
  const long long days = rest / kDay;
  rest %= kDay;
  if (days > 0) out += std::to_string(days) + "D";
  if (rest == 0) return days > 0 ? out : out + "T0S";
  out += 'T';
  const long long hours = rest / kHour;
  const long long minutes = (rest % kHour) / kMinute;
  const long long seconds = rest % kMinute;
  if (hours > 0) out += std::to_string(hours) + "H";
  if (minutes > 0) out += std::to_string(minutes) + "M";
  if (seconds > 0) out += std::to_string(seconds) + "S";
  return out;
}

bool isCanonicalDuration(std::string_view text) {
  const auto parsed = Duration::parse(text);
  return parsed.ok() && parsed->toIsoString() == text;
}

}  // namespace autoscale::models
