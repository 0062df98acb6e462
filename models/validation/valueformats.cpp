#include "models/validation/valueformats.h"

#include <QUrl>
#include <algorithm>
#include <cctype>
#include <string>

#include "models/setting/jsonaccess.h"
#include "models/time/duration.h"
#include "models/time/timezones.h"

namespace autoscale::models::validation {

std::optional<long long> parseIsoDurationSeconds(std::string_view text) {
  const std::string_view unsigned_ = !text.empty() && text.front() == '-' ? text.substr(1) : text;
  if (unsigned_.empty() || std::toupper(static_cast<unsigned char>(unsigned_.front())) != 'P') {
    return std::nullopt;
  }
  const auto duration = Duration::parse(text);
  if (!duration) return std::nullopt;
  return duration->seconds();
}

std::string durationText(long long seconds) {
  return Duration::fromSeconds(seconds).toIsoString();
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
  if (const auto zone = timeZoneForWindowsId(timeZone)) {
    return QDateTime(time.wallClock.date(), time.wallClock.time(), *zone).toUTC();
  }
  return time.wallClock;
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
