#include "models/json/jsonsource.h"

#include <charconv>
#include <cstdint>
#include <limits>

namespace autoscale::models {
namespace {

using Json = nlohmann::ordered_json;

// Thrown only inside this file to unwind the recursive descent; parseJsonSource catches it.
struct SyntaxFailure {
  std::size_t offset;
  std::string message;
  std::string hint;
};

void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Length of the valid UTF-8 sequence starting at `p` (lead byte >= 0x80), or 0.
std::size_t utf8SequenceLength(const unsigned char* p, const unsigned char* end) {
  const unsigned char lead = p[0];
  std::size_t length = 0;
  std::uint32_t min = 0;
  std::uint32_t cp = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, min = 0x80, cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, min = 0x800, cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, min = 0x10000, cp = lead & 0x07;
  } else {
    return 0;
  }
  if (static_cast<std::size_t>(end - p) < length) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

class SourceParser final {
 public:
  explicit SourceParser(std::string_view text) : m_text(text) {}

  JsonSource run() {
    JsonSource source;
    source.spans.reserve(m_text.size() / 16 + 4);
    m_spans = &source.spans;
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
    skipWhitespace();
    if (m_pos >= m_text.size()) {
      fail("the text is empty; a JSON document is expected", "a settings file starts with '{'");
    }
    parseValue(source.value, 0, std::nullopt);
    skipWhitespace();
    if (m_pos < m_text.size()) {
      fail("unexpected text after the end of the JSON document",
           "remove what follows the closing bracket, or check for a missing '[' or '{'");
    }
    return source;
  }

 private:
  struct KeySpan {
    std::size_t begin;
    std::size_t end;
  };

  [[noreturn]] void fail(std::string message, std::string hint = {}) const {
    throw SyntaxFailure{m_pos, std::move(message), std::move(hint)};
  }

  void skipWhitespace() {
    while (m_pos < m_text.size()) {
      const char c = m_text[m_pos];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        ++m_pos;
      } else if (c == '/' && m_pos + 1 < m_text.size() &&
                 (m_text[m_pos + 1] == '/' || m_text[m_pos + 1] == '*')) {
        fail("comments are not allowed in JSON", "remove the comment");
      } else {
        return;
      }
    }
  }

  std::size_t openSpan(std::optional<KeySpan> key) {
    JsonSpan span;
    span.begin = m_pos;
    span.keyBegin = key ? key->begin : m_pos;
    span.keyEnd = key ? key->end : m_pos;
    span.isMember = key.has_value();
    m_spans->push_back(span);
    return m_spans->size() - 1;
  }

  void closeSpan(std::size_t index) {
    JsonSpan& span = (*m_spans)[index];
    span.end = m_pos;
    span.subtreeSize = m_spans->size() - index;
  }

  void parseValue(Json& out, int depth, std::optional<KeySpan> key) {
    if (m_pos >= m_text.size()) fail("the text ends where a value is expected");
    const std::size_t span = openSpan(key);
    switch (m_text[m_pos]) {
      case '{':
        parseObject(out, depth + 1);
        break;
      case '[':
        parseArray(out, depth + 1);
        break;
      case '"': {
        std::string s;
        parseString(s);
        out = std::move(s);
        break;
      }
      case 't':
        parseLiteral("true", "true");
        out = true;
        break;
      case 'f':
        parseLiteral("false", "false");
        out = false;
        break;
      case 'n':
        parseLiteral("null", "null");
        out = nullptr;
        break;
      default:
        parseNumber(out);
        break;
    }
    closeSpan(span);
  }

  void checkDepth(int depth) const {
    if (depth > kMaxJsonDepth) {
      fail("the JSON nests deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    }
  }

  void parseObject(Json& out, int depth) {
    checkDepth(depth);
    out = Json::object();
    auto& members = out.get_ref<Json::object_t&>();
    ++m_pos;  // '{'
    skipWhitespace();
    if (m_pos < m_text.size() && m_text[m_pos] == '}') {
      ++m_pos;
      return;
    }
    while (true) {
      if (m_pos >= m_text.size()) fail("the text ends inside an object", "close it with '}'");
      if (m_text[m_pos] != '"') {
        if (m_text[m_pos] == '}')
          fail("a trailing comma is not allowed before '}'", "remove the last ','");
        fail("expected a member name in double quotes", "object keys are strings: \"key\": value");
      }
      const std::size_t keyBegin = m_pos;
      std::string name;
      parseString(name);
      const KeySpan keySpan{keyBegin, m_pos};
      skipWhitespace();
      if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
        fail("expected ':' after the member name \"" + name + "\"");
      }
      ++m_pos;
      skipWhitespace();
      if (members.empty()) members.reserve(8);  // most objects here have a handful of members
      auto [it, inserted] = members.emplace(std::move(name), nullptr);
      if (!inserted) {
        m_pos = keyBegin;
        fail("duplicate member name \"" + name + "\" in one object", "keep one of the two members");
      }
      parseValue(it->second, depth, keySpan);
      skipWhitespace();
      if (m_pos >= m_text.size()) fail("the text ends inside an object", "close it with '}'");
      if (m_text[m_pos] == ',') {
        ++m_pos;
        skipWhitespace();
        continue;
      }
      if (m_text[m_pos] == '}') {
        ++m_pos;
        return;
      }
      fail("expected ',' or '}' after an object member", "separate members with ','");
    }
  }

  void parseArray(Json& out, int depth) {
    checkDepth(depth);
    out = Json::array();
    auto& elements = out.get_ref<Json::array_t&>();
    ++m_pos;  // '['
    skipWhitespace();
    if (m_pos < m_text.size() && m_text[m_pos] == ']') {
      ++m_pos;
      return;
    }
    while (true) {
      if (m_pos < m_text.size() && m_text[m_pos] == ']') {
        fail("a trailing comma is not allowed before ']'", "remove the last ','");
      }
      elements.emplace_back();
      parseValue(elements.back(), depth, std::nullopt);
      skipWhitespace();
      if (m_pos >= m_text.size()) fail("the text ends inside an array", "close it with ']'");
      if (m_text[m_pos] == ',') {
        ++m_pos;
        skipWhitespace();
        continue;
      }
      if (m_text[m_pos] == ']') {
        ++m_pos;
        return;
      }
      fail("expected ',' or ']' after an array element", "separate elements with ','");
    }
  }

  void parseLiteral(std::string_view word, const char* name) {
    if (m_text.substr(m_pos, word.size()) != word) {
      fail(std::string("invalid literal; did you mean ") + name + "?",
           "strings must be in double quotes");
    }
    m_pos += word.size();
  }

  unsigned readHex4() {
    if (m_pos + 4 > m_text.size()) fail("incomplete \\u escape in a string");
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = m_text[m_pos++];
      value <<= 4;
      if (c >= '0' && c <= '9') {
        value |= static_cast<unsigned>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        value |= static_cast<unsigned>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        value |= static_cast<unsigned>(c - 'A' + 10);
      } else {
        --m_pos;
        fail("invalid hexadecimal digit in a \\u escape");
      }
    }
    return value;
  }

  void parseEscape(std::string& out) {
    const std::size_t escapeStart = m_pos;  // errors point at the backslash
    ++m_pos;
    if (m_pos >= m_text.size()) fail("the text ends inside a string", "close it with '\"'");
    const char c = m_text[m_pos++];
    switch (c) {
      case '"':
        out += '"';
        return;
      case '\\':
        out += '\\';
        return;
      case '/':
        out += '/';
        return;
      case 'b':
        out += '\b';
        return;
      case 'f':
        out += '\f';
        return;
      case 'n':
        out += '\n';
        return;
      case 'r':
        out += '\r';
        return;
      case 't':
        out += '\t';
        return;
      case 'u':
        break;
      default:
        m_pos = escapeStart;
        fail(std::string("invalid escape '\\") + c + "' in a string",
             "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX; write a backslash as "
             "\\\\");
    }
    std::uint32_t cp = readHex4();
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (m_text.substr(m_pos, 2) != "\\u") {
        m_pos = escapeStart;
        fail("a lone UTF-16 high surrogate in a \\u escape");
      }
      m_pos += 2;
      const std::uint32_t low = readHex4();
      if (low < 0xDC00 || low > 0xDFFF) {
        m_pos = escapeStart;
        fail("invalid UTF-16 surrogate pair in a \\u escape");
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      m_pos = escapeStart;
      fail("a lone UTF-16 low surrogate in a \\u escape");
    }
    appendUtf8(out, cp);
  }

  void parseString(std::string& out) {
    ++m_pos;  // opening quote
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_text.data());
    const auto* end = bytes + m_text.size();
    while (true) {
      // Copy the plain run in one go; most strings have no escapes.
      std::size_t run = m_pos;
      while (run < m_text.size() && bytes[run] >= 0x20 && bytes[run] < 0x80 && bytes[run] != '"' &&
             bytes[run] != '\\') {
        ++run;
      }
      out.append(m_text.data() + m_pos, run - m_pos);
      m_pos = run;
      if (m_pos >= m_text.size()) fail("the text ends inside a string", "close it with '\"'");
      const unsigned char c = bytes[m_pos];
      if (c == '"') {
        ++m_pos;
        return;
      }
      if (c == '\\') {
        parseEscape(out);
      } else if (c < 0x20) {
        fail(c == '\n' ? "a string continues past the end of the line"
                       : "a control character inside a string",
             c == '\n' ? "close the string with '\"' or write a line break as \\n"
                       : "write control characters as \\uXXXX escapes");
      } else {
        const std::size_t length = utf8SequenceLength(bytes + m_pos, end);
        if (length == 0) fail("invalid UTF-8 in a string", "save the file as UTF-8");
        out.append(m_text.data() + m_pos, length);
        m_pos += length;
      }
    }
  }

  bool isDigit(std::size_t at) const {
    return at < m_text.size() && m_text[at] >= '0' && m_text[at] <= '9';
  }

  void parseNumber(Json& out) {
    const std::size_t start = m_pos;
    const char first = m_text[m_pos];
    if (first != '-' && !isDigit(m_pos)) {
      if (first == '\'') fail("strings must use double quotes", "replace ' with \"");
      if (first == '}' || first == ']') fail("a value is missing here");
      if (first == ',') fail("a value is missing before ','");
      fail("unexpected character; a value is expected",
           "values are objects, arrays, \"strings\", numbers, true, false or null");
    }
    if (first == '-') ++m_pos;
    if (!isDigit(m_pos)) fail("a '-' must be followed by digits");
    if (m_text[m_pos] == '0' && isDigit(m_pos + 1)) fail("numbers may not have leading zeros");
    while (isDigit(m_pos)) ++m_pos;
    bool integral = true;
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
      integral = false;
      ++m_pos;
      if (!isDigit(m_pos)) fail("a '.' in a number must be followed by digits");
      while (isDigit(m_pos)) ++m_pos;
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
      integral = false;
      ++m_pos;
      if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) ++m_pos;
      if (!isDigit(m_pos)) fail("an exponent in a number must have digits");
      while (isDigit(m_pos)) ++m_pos;
    }
    const char* b = m_text.data() + start;
    const char* e = m_text.data() + m_pos;
    if (integral) {
      if (first == '-') {
        std::int64_t value = 0;
        if (std::from_chars(b, e, value).ec == std::errc()) {
          out = value;
          return;
        }
      } else {
        std::uint64_t value = 0;
        if (std::from_chars(b, e, value).ec == std::errc()) {
          out = value;
          return;
        }
      }
    }
    double value = 0;
    const auto result = std::from_chars(b, e, value);
    if (result.ec != std::errc()) {
      m_pos = start;
      fail("the number is out of range");
    }
    out = value;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
  std::vector<JsonSpan>* m_spans = nullptr;
};

}  // namespace

std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80 && c != '\r') {
      ++column;
    }
  }
  return {line, column};
}

JsonSourceParse parseJsonSource(std::string_view text) {
  JsonSourceParse result;
  try {
    result.source = SourceParser(text).run();
  } catch (const SyntaxFailure& failure) {
    JsonSyntaxError error;
    error.message = failure.message;
    error.hint = failure.hint;
    error.offset = failure.offset;
    std::tie(error.line, error.column) = lineAndColumn(text, failure.offset);
    result.error = std::move(error);
  } catch (const std::exception& e) {  // allocation failure and the like
    result.error = JsonSyntaxError{std::string("cannot parse the text: ") + e.what(), {}, 0, 1, 1};
  }
  return result;
}

std::size_t childNode(const std::vector<JsonSpan>& spans, std::size_t node, std::size_t ordinal) {
  std::size_t child = firstChild(node);
  for (std::size_t i = 0; i < ordinal; ++i) child = nextSibling(spans, child);
  return child;
}

}  // namespace autoscale::models
