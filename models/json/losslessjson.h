#pragma once

// JSON text that can be edited without disturbing the bytes it does not touch: the parsed
// tree, the span of every value, and edits that splice new text into the old one. Each edit
// returns a new LosslessJson (parsed again from the spliced text, so text and tree always
// agree); the original stays unchanged.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "models/core/result.h"
#include "models/json/jsonpath.h"
#include "models/json/jsonsource.h"
#include "models/json/textstyle.h"

namespace autoscale::models {

// A value found in the tree: its span index, the value, and its path spelled as in the file.
struct JsonLocation {
  std::size_t node = 0;
  const nlohmann::ordered_json* value = nullptr;
  JsonPath path;
};

class LosslessJson final {
 public:
  using Parse = std::variant<LosslessJson, JsonSyntaxError>;
  static Parse parse(std::string text);

  const std::string& text() const { return m_text; }
  const nlohmann::ordered_json& value() const { return m_source.value; }
  const std::vector<JsonSpan>& spans() const { return m_source.spans; }
  TextStyle style() const { return detectTextStyle(m_text); }

  // Follows `path`; keys match exactly first, then case-insensitively.
  std::optional<JsonLocation> find(const JsonPath& path) const;

  // Replaces the value at `path`, or adds the member when only its last key is missing.
  Result<LosslessJson> setValue(const JsonPath& path, const nlohmann::ordered_json& value) const;
  // Inserts before the element `arrayElement` names; its index may equal the array size
  // (append).
  Result<LosslessJson> insertValue(const JsonPath& arrayElement,
                                   const nlohmann::ordered_json& value) const;
  Result<LosslessJson> removeValue(const JsonPath& path) const;
  Result<LosslessJson> moveArrayElement(const JsonPath& arrayElement, std::size_t newIndex) const;

  // The same tree laid out canonically: the file's line ending, `unit` indentation, one member
  // or element per line, `"key": value`, a final newline. Scalars keep their exact source
  // spelling (`10.0`, escapes), so only whitespace changes.
  std::string canonicalText(std::string_view unit = "  ") const;

 private:
  LosslessJson(std::string text, JsonSource source)
      : m_text(std::move(text)), m_source(std::move(source)) {}

  Result<LosslessJson> splice(std::size_t begin, std::size_t end, std::string_view with) const;
  Result<LosslessJson> addMember(const JsonLocation& object, const std::string& key,
                                 const nlohmann::ordered_json& value) const;
  Result<LosslessJson> insertChild(const JsonLocation& container, std::size_t position,
                                   const std::string& memberPrefix,
                                   const nlohmann::ordered_json& value) const;
  bool spansLines(std::size_t node) const;
  std::string renderAt(const nlohmann::ordered_json& value, std::size_t indentOffset,
                       bool multiLine) const;

  std::string m_text;
  JsonSource m_source;
};

}  // namespace autoscale::models
