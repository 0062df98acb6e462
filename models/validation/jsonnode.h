#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "models/json/jsonpath.h"
#include "models/setting/jsonaccess.h"

namespace autoscale::models::validation {

using Json = nlohmann::ordered_json;

// A place in the JSON tree: the value found there (or none) and how it was reached. The path is
// only spelled out when a diagnostic needs it, so walking a valid document allocates nothing.
//
// A child refers to its parent, so children may only be taken from a named Node (the rvalue
// overloads are deleted): `node.member("a").member("b")` does not compile.
class Node final {
 public:
  explicit Node(const Json& root) : m_value(&root) {}

  // The member `key`, matched case-insensitively (files use `Properties` and `properties`).
  // The path uses the file's spelling, or `key` when the member is absent.
  Node member(std::string_view key) const&;
  Node member(std::string_view key) const&& = delete;
  Node element(std::size_t index) const&;
  Node element(std::size_t index) const&& = delete;

  // Calls f(const Node&) for each member of an object, in file order.
  template <typename F>
  void forEachMember(F&& f) const& {
    if (!m_value || !m_value->is_object()) return;
    for (auto it = m_value->begin(); it != m_value->end(); ++it) {
      f(Node(&*it, this, it.key(), 0, Kind::Key));
    }
  }
  template <typename F>
  void forEachElement(F&& f) const& {
    if (!m_value || !m_value->is_array()) return;
    for (std::size_t i = 0; i < m_value->size(); ++i)
      f(Node(&(*m_value)[i], this, {}, i, Kind::Index));
  }

  // nullptr when absent. A JSON null counts as absent: responses echo unset fields as null.
  const Json* value() const { return m_value && !m_value->is_null() ? m_value : nullptr; }
  bool exists() const { return value() != nullptr; }
  bool isObject() const { return exists() && m_value->is_object(); }
  bool isArray() const { return exists() && m_value->is_array(); }
  std::size_t size() const { return exists() ? m_value->size() : 0; }
  // The text of a string value; empty when the value is absent or not a string.
  std::string_view text() const {
    const Json* v = value();
    return v && v->is_string() ? std::string_view(*v->get_ptr<const std::string*>())
                               : std::string_view();
  }
  std::string_view key() const { return m_key; }

  // `$.properties.profiles[0].rules[1]`, spelled as JsonPath::toString() does.
  std::string path() const;

 private:
  enum class Kind { Root, Key, Index };
  Node(const Json* value, const Node* parent, std::string_view key, std::size_t index, Kind kind)
      : m_value(value), m_parent(parent), m_key(key), m_index(index), m_kind(kind) {}
  void appendPath(std::string& out) const;

  const Json* m_value = nullptr;
  const Node* m_parent = nullptr;
  std::string_view m_key;
  std::size_t m_index = 0;
  Kind m_kind = Kind::Root;
};

// Keys compared ignoring ASCII case, without the C library's locale lookup: member lookup is
// the hottest loop of validation.
bool sameKeyIgnoringCase(std::string_view a, std::string_view b);

// An ARM template expression such as "[parameters('max')]" in a string value.
bool isArmExpression(const Json& value);

// The JSON type name used in messages: "a string", "a number", …
std::string_view describeType(const Json& value);

// Appends one path segment as JsonPath prints it: `.key` or `['odd key']`.
void appendKeySegment(std::string& out, std::string_view key);

// The chain of nodes from the root to `path` (matched case-insensitively), for starting a walk
// in the middle of a document. The last node is the one at `path`.
class NodeChain final {
 public:
  NodeChain(const Json& root, const JsonPath& path);
  NodeChain(const NodeChain&) = delete;
  NodeChain& operator=(const NodeChain&) = delete;
  const Node& last() const { return m_nodes.back(); }

 private:
  std::vector<Node> m_nodes;  // reserved up front: children point at their parents
};
}  // namespace autoscale::models::validation
