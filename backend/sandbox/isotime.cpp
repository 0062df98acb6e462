#include "backend/sandbox/isotime.h"

#include <QDateTime>
#include <QString>
#include <cctype>

namespace autoscale::backend {

std::optional<std::chrono::seconds> parseIsoDuration(std::string_view text) {
  if (text.size() < 3 || (text[0] != 'P' && text[0] != 'p')) return std::nullopt;
  long long total = 0;
  bool inTime = false;
  bool sawNumber = false;
  long long number = -1;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    if (std::isdigit(static_cast<unsigned char>(c))) {
      number = (number < 0 ? 0 : number) * 10 + (c - '0');
      if (number > 1'000'000'000) return std::nullopt;
      continue;
    }
    if (c == 'T') {
      if (inTime || number >= 0) return std::nullopt;
      inTime = true;
      continue;
    }
    if (number < 0) return std::nullopt;
    long long unit = 0;
    if (!inTime && c == 'W')
      unit = 7 * 86400;
    else if (!inTime && c == 'D')
      unit = 86400;
    else if (inTime && c == 'H')
      unit = 3600;
    else if (inTime && c == 'M')
      unit = 60;
    else if (inTime && c == 'S')
      unit = 1;
    else
      return std::nullopt;
    total += number * unit;
    number = -1;
    sawNumber = true;
  }
  if (!sawNumber || number >= 0) return std::nullopt;
  return std::chrono::seconds(total);
}

std::optional<std::chrono::system_clock::time_point> parseIsoTimestamp(std::string_view text) {
  const QDateTime parsed = QDateTime::fromString(
      QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())), Qt::ISODateWithMs);
  if (!parsed.isValid()) return std::nullopt;
  // Timestamps without an offset are UTC, as in the metrics API.
  const QDateTime utc = parsed.timeSpec() == Qt::LocalTime
                            ? QDateTime(parsed.date(), parsed.time(), Qt::UTC)
                            : parsed.toUTC();
  return std::chrono::system_clock::time_point(std::chrono::milliseconds(utc.toMSecsSinceEpoch()));
}

std::string formatIsoTimestamp(std::chrono::system_clock::time_point time) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch());
  return QDateTime::fromMSecsSinceEpoch(ms.count(), Qt::UTC)
      .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
      .toStdString();
}

}  // namespace autoscale::backend
