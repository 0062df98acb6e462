#include "models/engine/timezones.h"

#include <QDateTime>
#include <algorithm>
#include <string>

namespace autoscale::models {
namespace {

int offsetAt(const QTimeZone& zone, EpochSeconds utc) {
  return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
}

}  // namespace

std::optional<QTimeZone> scheduleTimeZone(std::string_view windowsId) {
  if (windowsId.empty()) return QTimeZone::utc();
  const QByteArray id(windowsId.data(), static_cast<qsizetype>(windowsId.size()));
  QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id);
  if (iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id)) iana = id;
  if (iana.isEmpty()) return std::nullopt;
  QTimeZone zone(iana);
  if (!zone.isValid()) return std::nullopt;
  return zone;
}

EpochSeconds localToUtc(const QTimeZone& zone, EpochSeconds wallClock) {
  // The offsets a day before and after bracket any transition near this wall-clock time.
  const int before = offsetAt(zone, wallClock - 86400);
  const int after = offsetAt(zone, wallClock + 86400);
  std::optional<EpochSeconds> earlier;
  std::optional<EpochSeconds> later;
  for (int offset : {before, after}) {
    const EpochSeconds candidate = wallClock - offset;
    if (offsetAt(zone, candidate) != offset) continue;
    if (!earlier || candidate < *earlier) earlier = candidate;
    if (!later || candidate > *later) later = candidate;
  }
  if (!earlier) {
    // In a gap: keep the distance from the old offset's hour.
    return wallClock - std::min(before, after);
  }
  if (*earlier == *later) return *earlier;
  const int standard =
      zone.standardTimeOffset(QDateTime::fromSecsSinceEpoch(*later, QTimeZone::utc()));
  return offsetAt(zone, *earlier) == standard && offsetAt(zone, *later) != standard ? *earlier
                                                                                    : *later;
}

EpochSeconds utcToLocal(const QTimeZone& zone, EpochSeconds utc) {
  return utc + offsetAt(zone, utc);
}

}  // namespace autoscale::models
