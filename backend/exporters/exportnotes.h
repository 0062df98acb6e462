#pragma once

// Notes that several exporters share: keys a target cannot carry, and day names.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backend/exporters/jsonaccess.h"

namespace autoscale::backend {

// Adds a note for every key of `object` that is not in `known` (case-insensitive).
void noteUnknownKeys(const Json& object, std::initializer_list<std::string_view> known,
                     const PathText& path, std::string_view target,
                     std::vector<std::string>& notes);

// The English day name (`Sunday` … `Saturday`) for a day as files write it: a name in any
// case, or a number as in the official examples (`"1"`; .NET DayOfWeek, 0 = Sunday).
std::optional<std::string> dayName(std::string_view day);

}  // namespace autoscale::backend
