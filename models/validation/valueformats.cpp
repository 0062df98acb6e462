#include "models/validation/valueformats.h"

#include <QTimeZone>
#include <QUrl>
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include "models/validation/jsonnode.h"

namespace autoscale::models::validation {
namespace {

// Names that the API reference or the Azure CLI accept but Qt's Windows table may not know
// (display "standard names" the CLI mixes in, renamed zones). Qt adds the rest.
constexpr std::array<std::string_view, 30> kExtraTimeZones{
    "UTC",
    "Coordinated Universal Time",
    "Cabo Verde Standard Time",
    "Cape Verde Standard Time",
    "Mid-Atlantic Standard Time",
    "Kamchatka Standard Time",
    "Jerusalem Standard Time",
    "Malay Peninsula Standard Time",
    "Russia TZ 1 Standard Time",
    "Russia TZ 2 Standard Time",
    "Russia TZ 3 Standard Time",
    "Russia TZ 4 Standard Time",
    "Russia TZ 6 Standard Time",
    "Russia TZ 7 Standard Time",
    "Russia TZ 8 Standard Time",
    "Russia TZ 9 Standard Time",
    "Russia TZ 10 Standard Time",
    "Russia TZ 11 Standard Time",
    "Russia Time Zone 3",
    "Russia Time Zone 10",
    "Russia Time Zone 11",
    "Kaliningrad Standard Time",
    "Aleutian Standard Time",
    "Marquesas Standard Time",
    "UTC-09",
    "UTC-08",
    "UTC-02",
    "UTC-11",
    "UTC+12",
    "UTC+13",
};

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

const std::vector<std::string>& knownTimeZones() {
  static const std::vector<std::string> zones = [] {
    std::vector<std::string> all;
    for (const QByteArray& iana : QTimeZone::availableTimeZoneIds()) {
      const QByteArray id = QTimeZone::ianaIdToWindowsId(iana);
      if (id.isEmpty()) continue;
      all.push_back(lowered(std::string_view(id.constData(), static_cast<std::size_t>(id.size()))));
    }
    for (const std::string_view id : kExtraTimeZones) all.push_back(lowered(id));
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
  }();
  return zones;
}

// Reads `<number><unit>` pairs; a number may have a fraction (`.` or `,`).
struct DurationPart {
  double amount = 0;
  char unit = 0;
};

std::optional<DurationPart> readPart(std::string_view text, std::size_t& pos) {
  const std::size_t begin = pos;
  bool digits = false;
  while (pos < text.size() && (std::isdigit(static_cast<unsigned char>(text[pos])) ||
                               text[pos] == '.' || text[pos] == ',')) {
    digits = digits || std::isdigit(static_cast<unsigned char>(text[pos]));
    ++pos;
  }
  if (!digits || pos >= text.size() || pos - begin > 18) return std::nullopt;
  std::string number(text.substr(begin, pos - begin));
  std::replace(number.begin(), number.end(), ',', '.');
  if (std::count(number.begin(), number.end(), '.') > 1) return std::nullopt;
  const char unit = static_cast<char>(std::toupper(static_cast<unsigned char>(text[pos++])));
  return DurationPart{std::strtod(number.c_str(), nullptr), unit};
}

}  // namespace

std::optional<long long> parseDurationSeconds(std::string_view text) {
  if (text.size() < 2 || std::toupper(static_cast<unsigned char>(text.front())) != 'P') {
    return std::nullopt;
  }
  double seconds = 0;
  bool inTime = false;
  bool anyPart = false;
  std::size_t pos = 1;
  while (pos < text.size()) {
    if (std::toupper(static_cast<unsigned char>(text[pos])) == 'T') {
      if (inTime) return std::nullopt;
      inTime = true;
      ++pos;
      continue;
    }
    const auto part = readPart(text, pos);
    if (!part) return std::nullopt;
    double unitSeconds = 0;
    switch (part->unit) {
      case 'Y':
        unitSeconds = inTime ? 0 : 365.0 * 86400;
        break;
      case 'M':
        unitSeconds = inTime ? 60 : 30.0 * 86400;
        break;
      case 'W':
        unitSeconds = inTime ? 0 : 7.0 * 86400;
        break;
      case 'D':
        unitSeconds = inTime ? 0 : 86400;
        break;
      case 'H':
        unitSeconds = inTime ? 3600 : 0;
        break;
      case 'S':
        unitSeconds = inTime ? 1 : 0;
        break;
      default:
        break;
    }
    if (unitSeconds == 0) return std::nullopt;
    seconds += part->amount * unitSeconds;
    anyPart = true;
  }
  if (!anyPart || !std::isfinite(seconds) || seconds > 1e15) return std::nullopt;
  return static_cast<long long>(std::floor(seconds));
}

std::optional<WrittenDateTime> parseDateTime(std::string_view text) {
  // Qt's ISO reader accepts a few things ISO does not (surrounding spaces); keep to the shape.
  if (text.size() < 10 || text.size() > 40 || !std::isdigit(static_cast<unsigned char>(text[0])) ||
      std::isspace(static_cast<unsigned char>(text.back()))) {
    return std::nullopt;
  }
  const QString written = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
  const QDateTime parsed = QDateTime::fromString(written, Qt::ISODateWithMs);
  if (!parsed.isValid()) return std::nullopt;
  // date() and time() are the written wall clock, whatever offset came with them.
  WrittenDateTime result;
  result.wallClock = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
  if (parsed.timeSpec() != Qt::LocalTime) result.offsetSeconds = parsed.offsetFromUtc();
  return result;
}

QDateTime resolveInstant(const WrittenDateTime& time, std::string_view timeZone) {
  if (time.offsetSeconds) return time.wallClock.addSecs(-*time.offsetSeconds);
  if (!timeZone.empty() && !isUtcTimeZone(timeZone)) {
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(
        QByteArray(timeZone.data(), static_cast<qsizetype>(timeZone.size())));
    if (!iana.isEmpty()) {
      const QTimeZone zone(iana);
      if (zone.isValid()) {
        return QDateTime(time.wallClock.date(), time.wallClock.time(), zone).toUTC();
      }
    }
  }
  return time.wallClock;
}

bool isKnownTimeZone(std::string_view timeZone) {
  const auto& zones = knownTimeZones();
  return std::binary_search(zones.begin(), zones.end(), lowered(timeZone));
}

bool isUtcTimeZone(std::string_view timeZone) {
  return equalsIgnoringCase(timeZone, "UTC") ||
         equalsIgnoringCase(timeZone, "Coordinated Universal Time");
}

std::optional<RecurrenceDay> parseRecurrenceDay(std::string_view text) {
  static constexpr std::array<std::string_view, 7> kDays{
      "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  for (std::size_t i = 0; i < kDays.size(); ++i) {
    if (equalsIgnoringCase(text, kDays[i])) return RecurrenceDay{static_cast<int>(i), false};
  }
  if (text.size() == 1 && text[0] >= '0' && text[0] <= '6') {
    return RecurrenceDay{text[0] - '0', true};
  }
  return std::nullopt;
}

bool looksLikeEmail(std::string_view text) {
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const auto invalidChar = [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) ||
           std::iscntrl(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == '<' ||
           c == '>' || c == '(' || c == ')' || c == '"';
  };
  if (std::any_of(text.begin(), text.end(), invalidChar)) return false;
  const std::string_view domain = text.substr(at + 1);
  const auto dot = domain.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 2 <= domain.size() &&
         domain.front() != '.' && domain.find("..") == std::string_view::npos;
}

UriScheme classifyWebUri(std::string_view text) {
  const QUrl url(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())),
                 QUrl::StrictMode);
  if (!url.isValid() || url.isRelative() || url.host().isEmpty()) return UriScheme::Invalid;
  const QString scheme = url.scheme().toLower();
  if (scheme == QLatin1String("https")) return UriScheme::Https;
  if (scheme == QLatin1String("http")) return UriScheme::Http;
  return UriScheme::Other;
}

}  // namespace autoscale::models::validation
