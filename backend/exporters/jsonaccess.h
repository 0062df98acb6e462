#pragma once

// Reading settings JSON whatever its key casing: files come in camelCase (portal, GET) and
// PascalCase (some templates and SDK dumps), so every lookup ignores case.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace autoscale::backend {

using Json = nlohmann::ordered_json;

bool equalsIgnoringCase(std::string_view a, std::string_view b);

// The member `key` of `object` (case-insensitive), or nullptr when absent or `object` is no
// object.
const Json* member(const Json& object, std::string_view key);
Json* member(Json& object, std::string_view key);

// The member as a string; "" when absent or not a string.
std::string memberString(const Json& object, std::string_view key);

// The elements of the member when it is an array; empty otherwise.
std::vector<const Json*> memberElements(const Json& object, std::string_view key);

// A JSON scalar as text: strings as they are, numbers and booleans in their JSON spelling.
std::string scalarText(const Json& value);

// JSONPath of a member path, for messages: {"properties", 0, "rules"} style segments are
// printed as `$.properties.profiles[0].rules`.
class PathText final {
 public:
  PathText() = default;
  PathText key(std::string_view name) const;
  PathText index(std::size_t i) const;
  const std::string& str() const { return m_text; }

 private:
  explicit PathText(std::string text) : m_text(std::move(text)) {}
  std::string m_text = "$";
};

}  // namespace autoscale::backend
