#pragma once

// Time zones of autoscale schedules: Windows / .NET ids (`Pacific Standard Time`), mapped to
// IANA zones through Qt's CLDR table for simulation. Two reference lists are kept as data:
// the ids named in the 2022-10-01 API description and the Azure CLI's own list (which mixes
// in Windows display names such as `Coordinated Universal Time` and `Russia TZ 3 Standard
// Time`); names Qt does not map are resolved through a small alias table.

#include <QByteArray>
#include <QTimeZone>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace autoscale::models {

// The ids listed in the API description, in its order.
const std::vector<std::string_view>& apiSpecTimeZoneIds();

struct CliTimeZone {
  std::string_view name;
  int utcOffsetMinutes;  // the standard offset the CLI records
};
// The Azure CLI's list (`az monitor autoscale profile list-timezones`), in its order.
const std::vector<CliTimeZone>& cliTimeZones();

// Every name this model can resolve (Qt's Windows ids, both lists, their aliases), in the
// spelling of its source, sorted case-insensitively. For pickers and completion.
std::vector<std::string> knownWindowsTimeZones();

// Matched case-insensitively, as the service and the CLI do.
bool isKnownWindowsTimeZone(std::string_view windowsId);

// The known spelling of `windowsId` (`pacific standard time` -> `Pacific Standard Time`).
std::optional<std::string> canonicalWindowsTimeZone(std::string_view windowsId);

// The IANA id for a Windows id, or empty when it is unknown.
QByteArray ianaIdForWindowsTimeZone(std::string_view windowsId);

// The Windows id of an IANA zone (`Europe/Berlin` -> `W. Europe Standard Time`), if any.
std::optional<std::string> windowsTimeZoneForIanaId(const QByteArray& ianaId);

// The zone to compute local wall-clock times in; nullopt when the id is unknown or the
// system has no data for its IANA zone. `UTC` and `Coordinated Universal Time` give UTC.
std::optional<QTimeZone> timeZoneForWindowsId(std::string_view windowsId);

}  // namespace autoscale::models
