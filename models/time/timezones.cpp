#include "models/time/timezones.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace autoscale::models {
namespace {

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Names in the reference lists that Qt's CLDR table (6.4) does not map: obsolete Windows ids
// and the display names the Azure CLI lists. Each goes to a Windows id Qt knows, or directly
// to an IANA zone.
struct Alias {
  std::string_view name;
  std::string_view windowsId;  // empty when `ianaId` is used directly
  std::string_view ianaId;
};

constexpr Alias kAliases[] = {
    {"Coordinated Universal Time", "UTC", ""},
    {"Cabo Verde Standard Time", "Cape Verde Standard Time", ""},
    {"Jerusalem Standard Time", "Israel Standard Time", ""},
    {"West Bank Gaza Standard Time", "West Bank Standard Time", ""},
    {"Malay Peninsula Standard Time", "Singapore Standard Time", ""},
    {"Russia TZ 1 Standard Time", "Kaliningrad Standard Time", ""},
    {"Russia TZ 2 Standard Time", "Russian Standard Time", ""},
    {"Russia TZ 3 Standard Time", "Russia Time Zone 3", ""},
    {"Russia TZ 4 Standard Time", "Ekaterinburg Standard Time", ""},
    {"Russia TZ 6 Standard Time", "North Asia Standard Time", ""},
    {"Russia TZ 7 Standard Time", "North Asia East Standard Time", ""},
    {"Russia TZ 8 Standard Time", "Yakutsk Standard Time", ""},
    {"Russia TZ 9 Standard Time", "Vladivostok Standard Time", ""},
    {"Russia TZ 10 Standard Time", "Russia Time Zone 10", ""},
    {"Russia TZ 11 Standard Time", "Russia Time Zone 11", ""},
    {"Mid-Atlantic Standard Time", "", "Etc/GMT+2"},
    {"Kamchatka Standard Time", "", "Asia/Kamchatka"},
    {"Novosibirsk Standard Time", "", "Asia/Novosibirsk"},
};

struct KnownZone {
  std::string spelling;
  QByteArray ianaId;
};

QByteArray qtIanaId(std::string_view windowsId) {
  return QTimeZone::windowsIdToDefaultIanaId(
      QByteArray(windowsId.data(), static_cast<qsizetype>(windowsId.size())));
}

// Lower-cased name -> spelling and IANA id; built once.
const std::map<std::string, KnownZone>& knownZones() {
  static const std::map<std::string, KnownZone> zones = [] {
    std::map<std::string, KnownZone> all;
    auto add = [&all](std::string_view name, const QByteArray& iana) {
      if (!iana.isEmpty()) all.try_emplace(lowered(name), KnownZone{std::string(name), iana});
    };
    for (const QByteArray& iana : QTimeZone::availableTimeZoneIds()) {
      const QByteArray windowsId = QTimeZone::ianaIdToWindowsId(iana);
      if (!windowsId.isEmpty()) {
        add(std::string_view(windowsId.constData(), static_cast<std::size_t>(windowsId.size())),
            QTimeZone::windowsIdToDefaultIanaId(windowsId));
      }
    }
    add("UTC", QByteArrayLiteral("UTC"));
    for (const Alias& alias : kAliases) {
      add(alias.name,
          alias.windowsId.empty()
              ? QByteArray(alias.ianaId.data(), static_cast<qsizetype>(alias.ianaId.size()))
              : (alias.windowsId == "UTC" ? QByteArrayLiteral("UTC") : qtIanaId(alias.windowsId)));
    }
    for (std::string_view id : apiSpecTimeZoneIds()) add(id, qtIanaId(id));
    for (const CliTimeZone& zone : cliTimeZones()) add(zone.name, qtIanaId(zone.name));
    return all;
  }();
  return zones;
}

const KnownZone* lookup(std::string_view windowsId) {
  const auto& zones = knownZones();
  const auto it = zones.find(lowered(windowsId));
  return it == zones.end() ? nullptr : &it->second;
}

}  // namespace

std::vector<std::string> knownWindowsTimeZones() {
  std::vector<std::string> names;
  for (const auto& [key, zone] : knownZones()) names.push_back(zone.spelling);
  return names;
}

bool isKnownWindowsTimeZone(std::string_view windowsId) {
  return lookup(windowsId) != nullptr;
}

std::optional<std::string> canonicalWindowsTimeZone(std::string_view windowsId) {
  const KnownZone* zone = lookup(windowsId);
  if (!zone) return std::nullopt;
  return zone->spelling;
}

QByteArray ianaIdForWindowsTimeZone(std::string_view windowsId) {
  const KnownZone* zone = lookup(windowsId);
  return zone ? zone->ianaId : QByteArray();
}

std::optional<std::string> windowsTimeZoneForIanaId(const QByteArray& ianaId) {
  if (ianaId == "UTC" || ianaId == "Etc/UTC") return std::string("UTC");
  const QByteArray windowsId = QTimeZone::ianaIdToWindowsId(ianaId);
  if (windowsId.isEmpty()) return std::nullopt;
  return windowsId.toStdString();
}

std::optional<QTimeZone> timeZoneForWindowsId(std::string_view windowsId) {
  const QByteArray iana = ianaIdForWindowsTimeZone(windowsId);
  if (iana.isEmpty()) return std::nullopt;
  if (iana == "UTC") return QTimeZone::utc();
  QTimeZone zone(iana);
  if (!zone.isValid()) return std::nullopt;
  return zone;
}

}  // namespace autoscale::models
