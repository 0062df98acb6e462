#include "models/validation/jsonnode.h"

#include <algorithm>
#include <cctype>

namespace autoscale::models::validation {

bool sameKeyIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char x = a[i];
    const char y = b[i];
    if (x == y) continue;
    const char lower = (x >= 'A' && x <= 'Z') ? static_cast<char>(x - 'A' + 'a') : x;
    const char other = (y >= 'A' && y <= 'Z') ? static_cast<char>(y - 'A' + 'a') : y;
    if (lower != other) return false;
  }
  return true;
}

Node Node::member(std::string_view key) const& {
  // The exact spelling first, then any case: the same member SettingDocument::locate() finds.
  if (m_value && m_value->is_object()) {
    const Json* caseless = nullptr;
    std::string_view caselessKey;
    for (auto it = m_value->begin(); it != m_value->end(); ++it) {
      if (it.key() == key) return Node(&*it, this, it.key(), 0, Kind::Key);
      if (!caseless && sameKeyIgnoringCase(it.key(), key)) {
        caseless = &*it;
        caselessKey = it.key();
      }
    }
    if (caseless) return Node(caseless, this, caselessKey, 0, Kind::Key);
  }
  return Node(nullptr, this, key, 0, Kind::Key);
}

Node Node::element(std::size_t index) const& {
  const Json* value =
      (m_value && m_value->is_array() && index < m_value->size()) ? &(*m_value)[index] : nullptr;
  return Node(value, this, {}, index, Kind::Index);
}

std::string Node::path() const {
  std::string out;
  out.reserve(64);
  appendPath(out);
  return out;
}

void Node::appendPath(std::string& out) const {
  switch (m_kind) {
    case Kind::Root:
      out += '$';
      return;
    case Kind::Key:
      m_parent->appendPath(out);
      appendKeySegment(out, m_key);
      return;
    case Kind::Index:
      m_parent->appendPath(out);
      out += '[';
      out += std::to_string(m_index);
      out += ']';
      return;
  }
}

void appendKeySegment(std::string& out, std::string_view key) {
  // The same rule as JsonPath::toString(), so that paths parse back.
  const auto identifierChar = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
  };
  const bool plain = !key.empty() && !std::isdigit(static_cast<unsigned char>(key.front())) &&
                     std::all_of(key.begin(), key.end(), identifierChar);
  if (plain) {
    out += '.';
    out += key;
    return;
  }
  out += "['";
  for (const char c : key) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  out += "']";
}

bool isArmExpression(const Json& value) {
  return value.is_string() && models::isArmExpression(*value.get_ptr<const std::string*>());
}

NodeChain::NodeChain(const Json& root, const JsonPath& path) {
  m_nodes.reserve(path.segments().size() + 1);
  m_nodes.emplace_back(root);
  for (const JsonPath::Segment& segment : path.segments()) {
    const Node& parent = m_nodes.back();
    if (const auto* key = std::get_if<std::string>(&segment)) {
      m_nodes.push_back(parent.member(*key));
    } else {
      m_nodes.push_back(parent.element(std::get<std::size_t>(segment)));
    }
  }
}

std::string_view describeType(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::object:
      return "an object";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::string:
      return "a string";
    case Json::value_t::boolean:
      return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return "a number";
    case Json::value_t::binary:
    case Json::value_t::discarded:
      break;
  }
  return "an unsupported value";
}

}  // namespace autoscale::models::validation
