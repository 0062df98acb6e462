#include "backend/exporters/exportnotes.h"

#include <algorithm>
#include <array>

namespace autoscale::backend {

void noteUnknownKeys(const Json& object, std::initializer_list<std::string_view> known,
                     const PathText& path, std::string_view target,
                     std::vector<std::string>& notes) {
  if (!object.is_object()) return;
  for (auto it = object.begin(); it != object.end(); ++it) {
    const bool isKnown = std::any_of(known.begin(), known.end(), [&](std::string_view key) {
      return equalsIgnoringCase(key, it.key());
    });
    if (!isKnown) {
      notes.push_back(path.key(it.key()).str() + " is left out: " + std::string(target) +
                      " has no place for it.");
    }
  }
}

std::optional<std::string> dayName(std::string_view day) {
  static constexpr std::array<const char*, 7> kDays{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                    "Thursday", "Friday", "Saturday"};
  for (const char* name : kDays) {
    if (equalsIgnoringCase(name, day)) return std::string(name);
  }
  if (day.size() == 1 && day.front() >= '0' && day.front() <= '6') {
    return std::string(kDays[static_cast<std::size_t>(day.front() - '0')]);
  }
  return std::nullopt;
}

}  // namespace autoscale::backend
