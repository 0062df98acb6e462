#include "backend/net/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <algorithm>
#include <charconv>

namespace autoscale::backend {

bool isRetryableStatus(long status) {
  switch (status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
    case 529:
      return true;
    default:
      return false;
  }
}

bool statusProvesNotApplied(long status) {
  return status == 429 || status == 503 || status == 529;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(
    std::string_view value, std::chrono::system_clock::time_point now) {
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  if (value.empty()) return std::nullopt;

  long long seconds = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (error == std::errc() && end == value.data() + value.size()) {
    if (seconds < 0) return std::nullopt;
    return std::chrono::milliseconds(seconds * 1000);
  }

  // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT". English names whatever the locale.
  const QString text = QString::fromLatin1(value.data(), static_cast<qsizetype>(value.size()));
  QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
  if (!when.isValid()) return std::nullopt;
  when.setTimeSpec(Qt::UTC);
  const auto nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch());
  const long long delta = when.toMSecsSinceEpoch() - nowMs.count();
  return std::chrono::milliseconds(std::max<long long>(0, delta));
}

std::chrono::milliseconds backoffDelay(const RetryPolicy& policy, int retry, std::mt19937_64& rng) {
  const int doublings = std::clamp(retry - 1, 0, 30);
  const long long exponential = policy.baseDelay.count() << doublings;
  const long long cap =
      std::max<long long>(1, std::min<long long>(policy.maxDelay.count(), exponential));
  std::uniform_int_distribution<long long> pick(1, cap);
  return std::chrono::milliseconds(pick(rng));
}

}  // namespace autoscale::backend
