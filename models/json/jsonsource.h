#pragma once

// A JSON text parsed together with the byte span of every value, so that edits can splice
// new text into the old bytes instead of re-serialising the whole file.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace autoscale::models {

// Where one value sits in the text. Spans are stored in document order (pre-order): a
// container is followed by its children, and `subtreeSize` counts the node and everything
// inside it, so the next sibling of node i is node i + spans[i].subtreeSize.
struct JsonSpan {
  std::size_t begin = 0;     // first byte of the value
  std::size_t end = 0;       // one past its last byte
  std::size_t keyBegin = 0;  // object members: the key's opening quote; otherwise == begin
  std::size_t keyEnd = 0;    // object members: one past the key's closing quote
  std::size_t subtreeSize = 1;
  bool isMember = false;  // the value of an object member (has a key)
};

struct JsonSyntaxError {
  std::string message;  // what is wrong, e.g. "expected ',' or '}' after an object member"
  std::string hint;     // how to fix it, may be empty
  std::size_t offset = 0;
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in characters (UTF-8 code points)
};

struct JsonSource {
  nlohmann::ordered_json value;
  std::vector<JsonSpan> spans;  // spans[0] is the root
};

struct JsonSourceParse {
  std::optional<JsonSource> source;
  std::optional<JsonSyntaxError> error;
};

// Parses strict JSON (RFC 8259; a UTF-8 byte order mark is allowed; duplicate keys and
// nesting deeper than kMaxJsonDepth are errors). Never throws.
JsonSourceParse parseJsonSource(std::string_view text);

inline constexpr int kMaxJsonDepth = 256;

// 1-based line and column (in code points) of byte `offset` in `text`.
std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset);

// Navigation over the pre-order span list.
inline std::size_t firstChild(std::size_t node) {
  return node + 1;
}
inline std::size_t nextSibling(const std::vector<JsonSpan>& spans, std::size_t node) {
  return node + spans[node].subtreeSize;
}
// The span index of the `ordinal`-th child of container `node`.
std::size_t childNode(const std::vector<JsonSpan>& spans, std::size_t node, std::size_t ordinal);

}  // namespace autoscale::models
