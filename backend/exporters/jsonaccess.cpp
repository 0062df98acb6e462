#include "backend/exporters/jsonaccess.h"

#include <algorithm>
#include <cctype>

namespace autoscale::backend {

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

const Json* member(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  // An exact match wins over a case-insensitive one (a file could hold both spellings).
  if (auto it = object.find(std::string(key)); it != object.end()) return &*it;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (equalsIgnoringCase(it.key(), key)) return &it.value();
  }
  return nullptr;
}

Json* member(Json& object, std::string_view key) {
  return const_cast<Json*>(member(static_cast<const Json&>(object), key));
}

std::string memberString(const Json& object, std::string_view key) {
  const Json* value = member(object, key);
  return value && value->is_string() ? value->get<std::string>() : std::string();
}

std::vector<const Json*> memberElements(const Json& object, std::string_view key) {
  std::vector<const Json*> elements;
  const Json* value = member(object, key);
  if (value && value->is_array()) {
    for (const auto& element : *value) elements.push_back(&element);
  }
  return elements;
}

std::string scalarText(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return {};
  return value.dump();
}

namespace {

bool isIdentifier(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
  });
}

}  // namespace

PathText PathText::key(std::string_view name) const {
  if (isIdentifier(name)) return PathText(m_text + "." + std::string(name));
  std::string quoted;
  for (char c : name) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return PathText(m_text + "['" + quoted + "']");
}

PathText PathText::index(std::size_t i) const {
  return PathText(m_text + "[" + std::to_string(i) + "]");
}

}  // namespace autoscale::backend
