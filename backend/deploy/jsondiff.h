#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace autoscale::backend {

// One difference between two JSON values, at a JSONPath such as `$.properties.profiles[0]`.
struct JsonChange {
  enum class Kind { Added, Removed, Changed };
  Kind kind = Kind::Changed;
  std::string path;
  nlohmann::ordered_json before;  // null for Added
  nlohmann::ordered_json after;   // null for Removed
};

const char* toString(JsonChange::Kind kind);

// The differences that turn `before` into `after`: objects key by key (order does not
// matter), arrays element by element, numbers by value (10 equals 10.0).
std::vector<JsonChange> diffJson(const nlohmann::ordered_json& before,
                                 const nlohmann::ordered_json& after);

// One line per change, e.g. "~ $.properties.enabled: true -> false".
std::string describeChanges(const std::vector<JsonChange>& changes);

}  // namespace autoscale::backend
