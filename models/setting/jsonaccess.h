#pragma once

// Small helpers for reading the settings tree the way the service does: keys matched
// case-insensitively (files say `Properties`, `Dimensions`, `metricname`), ARM template
// expressions recognised in any string.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace autoscale::models {

bool equalsIgnoringCase(std::string_view a, std::string_view b);

// The member named `key` (exact spelling first, then any case), or nullptr. `spelling`
// receives the key as the file writes it.
const nlohmann::ordered_json* findMember(const nlohmann::ordered_json& object, std::string_view key,
                                         std::string* spelling = nullptr);

// `[parameters('max')]` and the like; `[[` at the start escapes a literal bracket in ARM.
bool isArmExpression(std::string_view text);

}  // namespace autoscale::models
