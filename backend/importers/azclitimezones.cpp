#include "backend/importers/azclitimezones.h"

#include <array>

#include "backend/exporters/jsonaccess.h"

namespace autoscale::backend {
namespace {

constexpr std::array<const char*, 136> kZones{
    "Dateline Standard Time", "UTC-11", "Aleutian Standard Time", "Hawaiian Standard Time",
    "Marquesas Standard Time", "Alaskan Standard Time", "UTC-09",
    "Pacific Standard Time (Mexico)", "UTC-08", "Pacific Standard Time",
    "US Mountain Standard Time", "Mountain Standard Time (Mexico)", "Mountain Standard Time",
    "Central America Standard Time", "Central Standard Time", "Easter Island Standard Time",
    "Central Standard Time (Mexico)", "Canada Central Standard Time", "SA Pacific Standard Time",
    "Eastern Standard Time (Mexico)", "Eastern Standard Time", "Haiti Standard Time",
    "Cuba Standard Time", "US Eastern Standard Time", "Turks and Caicos Standard Time",
    "Paraguay Standard Time", "Atlantic Standard Time", "Venezuela Standard Time",
    "Central Brazilian Standard Time", "SA Western Standard Time", "Pacific SA Standard Time",
    "Newfoundland Standard Time", "Tocantins Standard Time", "E. South America Standard Time",
    "SA Eastern Standard Time", "Argentina Standard Time", "Greenland Standard Time",
    "Montevideo Standard Time", "Magallanes Standard Time", "Saint Pierre Standard Time",
    "Bahia Standard Time", "UTC-02", "Mid-Atlantic Standard Time", "Azores Standard Time",
    "Cabo Verde Standard Time", "Coordinated Universal Time", "Morocco Standard Time",
    "GMT Standard Time", "Greenwich Standard Time", "W. Europe Standard Time",
    "Central Europe Standard Time", "Romance Standard Time", "Central European Standard Time",
    "W. Central Africa Standard Time", "Jordan Standard Time", "GTB Standard Time",
    "Middle East Standard Time", "Egypt Standard Time", "E. Europe Standard Time",
    "Syria Standard Time", "West Bank Gaza Standard Time", "South Africa Standard Time",
    "FLE Standard Time", "Jerusalem Standard Time", "Russia TZ 1 Standard Time",
    "Sudan Standard Time", "Libya Standard Time", "Namibia Standard Time",
    "Arabic Standard Time", "Turkey Standard Time", "Arab Standard Time",
    "Belarus Standard Time", "Russia TZ 2 Standard Time", "E. Africa Standard Time",
    "Iran Standard Time", "Arabian Standard Time", "Astrakhan Standard Time",
    "Azerbaijan Standard Time", "Russia TZ 3 Standard Time", "Mauritius Standard Time",
    "Saratov Standard Time", "Georgian Standard Time", "Caucasus Standard Time",
    "Afghanistan Standard Time", "West Asia Standard Time", "Russia TZ 4 Standard Time",
    "Pakistan Standard Time", "India Standard Time", "Sri Lanka Standard Time",
    "Nepal Standard Time", "Central Asia Standard Time", "Bangladesh Standard Time",
    "Omsk Standard Time", "Myanmar Standard Time", "SE Asia Standard Time",
    "Altai Standard Time", "W. Mongolia Standard Time", "Russia TZ 6 Standard Time",
    "Novosibirsk Standard Time", "Tomsk Standard Time", "China Standard Time",
    "Russia TZ 7 Standard Time", "Malay Peninsula Standard Time", "W. Australia Standard Time",
    "Taipei Standard Time", "Ulaanbaatar Standard Time", "North Korea Standard Time",
    "Aus Central W. Standard Time", "Transbaikal Standard Time", "Tokyo Standard Time",
    "Korea Standard Time", "Russia TZ 8 Standard Time", "Cen. Australia Standard Time",
    "AUS Central Standard Time", "E. Australia Standard Time", "AUS Eastern Standard Time",
    "West Pacific Standard Time", "Tasmania Standard Time", "Russia TZ 9 Standard Time",
    "Lord Howe Standard Time", "Bougainville Standard Time", "Russia TZ 10 Standard Time",
    "Magadan Standard Time", "Norfolk Standard Time", "Sakhalin Standard Time",
    "Central Pacific Standard Time", "Russia TZ 11 Standard Time", "New Zealand Standard Time",
    "UTC+12", "Fiji Standard Time", "Kamchatka Standard Time", "Chatham Islands Standard Time",
    "UTC+13", "Tonga Standard Time", "Samoa Standard Time", "Line Islands Standard Time"};

}  // namespace

std::optional<std::string> azCliTimeZone(std::string_view name) {
  for (const char* zone : kZones) {
    if (equalsIgnoringCase(zone, name)) return std::string(zone);
  }
  return std::nullopt;
}

}  // namespace autoscale::backend
