#pragma once

// The layout habits of a JSON file (indent unit, line ending, final newline) and rendering of
// new values in those habits, so that an edited subtree looks like the rest of the file.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace autoscale::models {

struct TextStyle {
  std::string indentUnit = "  ";  // two spaces unless the file uses another unit or tabs
  std::string newline = "\n";     // "\r\n" for CRLF files
  bool finalNewline = true;
  bool minified = false;  // the file is on a single line
};

TextStyle detectTextStyle(std::string_view text);

// How a new value is laid out where it is spliced in.
struct RenderPlacement {
  std::string_view baseIndent;  // the leading whitespace of the line the value starts on
  bool multiLine = true;        // containers open onto new lines (false: `[1, 2]` inline)
};

// Serialises `value` in `style`. Strings are escaped as JSON requires (UTF-8 kept; invalid
// UTF-8 replaced), numbers as nlohmann prints them (a double always shows a fraction: 10.0).
std::string renderJson(const nlohmann::ordered_json& value, const TextStyle& style,
                       const RenderPlacement& placement);

// The leading whitespace of the line that contains byte `offset`.
std::string_view lineIndentAt(std::string_view text, std::size_t offset);

}  // namespace autoscale::models
