#include "models/json/jsonpath.h"

#include <cctype>

namespace autoscale::models {
namespace {

bool isIdentifierStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

bool isIdentifierChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

// A key prints in dot notation when it reads as an identifier; anything else (spaces, dots,
// quotes, leading digits, the empty key) prints as `['…']`.
bool isPlainKey(const std::string& key) {
  if (key.empty() || !isIdentifierStart(key.front())) return false;
  for (char c : key) {
    if (!isIdentifierChar(c)) return false;
  }
  return true;
}

std::string quoted(const std::string& key) {
  std::string out = "['";
  for (char c : key) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  out += "']";
  return out;
}

// Reads the JSONPath subset: `$`, `.key`, `['key']`, `["key"]`, `[index]`.
class PathReader final {
 public:
  explicit PathReader(std::string_view text) : m_text(text) {}

  std::optional<JsonPath> read() {
    JsonPath path;
    if (m_pos < m_text.size() && m_text[m_pos] == '$') {
      ++m_pos;
    } else if (!readShortHead(path)) {
      return std::nullopt;
    }
    while (m_pos < m_text.size()) {
      const char c = m_text[m_pos];
      if (c == '.') {
        ++m_pos;
        auto key = readIdentifier();
        if (!key) return std::nullopt;
        path = path.child(std::move(*key));
      } else if (c == '[') {
        ++m_pos;
        if (!readBracket(path)) return std::nullopt;
      } else {
        return std::nullopt;
      }
    }
    return path;
  }

 private:
  // The short form starts with a bare key (`properties.profiles[0]`) or a bracket.
  bool readShortHead(JsonPath& path) {
    if (m_pos < m_text.size() && m_text[m_pos] == '[') return true;
    auto key = readIdentifier();
    if (!key) return false;
    path = path.child(std::move(*key));
    return true;
  }

  std::optional<std::string> readIdentifier() {
    const std::size_t start = m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != '.' && m_text[m_pos] != '[') ++m_pos;
    if (m_pos == start) return std::nullopt;
    return std::string(m_text.substr(start, m_pos - start));
  }

  bool readBracket(JsonPath& path) {
    if (m_pos >= m_text.size()) return false;
    const char c = m_text[m_pos];
    if (c == '\'' || c == '"') {
      ++m_pos;
      std::string key;
      while (m_pos < m_text.size() && m_text[m_pos] != c) {
        if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size()) ++m_pos;
        key += m_text[m_pos++];
      }
      if (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != ']') return false;
      m_pos += 2;
      path = path.child(std::move(key));
      return true;
    }
    std::size_t value = 0;
    const std::size_t start = m_pos;
    while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos]))) {
      if (m_pos - start >= 18) return false;  // keeps the index far from overflow
      value = value * 10 + static_cast<std::size_t>(m_text[m_pos] - '0');
      ++m_pos;
    }
    if (m_pos == start || m_pos >= m_text.size() || m_text[m_pos] != ']') return false;
    ++m_pos;
    path = path.index(value);
    return true;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
};

}  // namespace

std::optional<JsonPath> JsonPath::parse(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  if (text.empty()) return std::nullopt;
  return PathReader(text).read();
}

JsonPath JsonPath::child(std::string key) const {
  JsonPath result = *this;
  result.m_segments.emplace_back(std::move(key));
  return result;
}

JsonPath JsonPath::index(std::size_t i) const {
  JsonPath result = *this;
  result.m_segments.emplace_back(i);
  return result;
}

JsonPath JsonPath::parent() const {
  JsonPath result = *this;
  if (!result.m_segments.empty()) result.m_segments.pop_back();
  return result;
}

bool JsonPath::startsWith(const JsonPath& prefix) const {
  if (prefix.m_segments.size() > m_segments.size()) return false;
  for (std::size_t i = 0; i < prefix.m_segments.size(); ++i) {
    if (!(prefix.m_segments[i] == m_segments[i])) return false;
  }
  return true;
}

std::string JsonPath::toString() const {
  std::string out = "$";
  for (const Segment& segment : m_segments) {
    if (const auto* key = std::get_if<std::string>(&segment)) {
      if (isPlainKey(*key)) {
        out += '.';
        out += *key;
      } else {
        out += quoted(*key);
      }
    } else {
      out += '[';
      out += std::to_string(std::get<std::size_t>(segment));
      out += ']';
    }
  }
  return out;
}

}  // namespace autoscale::models
