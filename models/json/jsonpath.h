#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace autoscale::models {

// A location in a JSON document, printed as JSONPath: `$.properties.profiles[0].rules[1]`.
// Keys that are not plain identifiers print in brackets: `$.tags['my key']`.
class JsonPath final {
 public:
  using Segment = std::variant<std::string, std::size_t>;  // object key or array index

  JsonPath() = default;  // the root, `$`

  // Parses the printed form (`$.a.b[0]`, `$['odd key']`, `$["k"]`) and the short form that
  // people type on a command line (`properties.profiles[0].capacity`, read from the root);
  // nullopt when `text` is not a path of this subset.
  static std::optional<JsonPath> parse(std::string_view text);

  JsonPath child(std::string key) const;
  JsonPath index(std::size_t i) const;
  JsonPath parent() const;

  const std::vector<Segment>& segments() const { return m_segments; }
  bool isRoot() const { return m_segments.empty(); }
  bool startsWith(const JsonPath& prefix) const;
  std::string toString() const;

  friend bool operator==(const JsonPath&, const JsonPath&) = default;

 private:
  std::vector<Segment> m_segments;
};

}  // namespace autoscale::models
