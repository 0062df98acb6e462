#include "models/setting/jsonaccess.h"

#include <algorithm>
#include <cctype>

namespace autoscale::models {

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

const nlohmann::ordered_json* findMember(const nlohmann::ordered_json& object, std::string_view key,
                                         std::string* spelling) {
  if (!object.is_object()) return nullptr;
  const auto& members = object.get_ref<const nlohmann::ordered_json::object_t&>();
  const nlohmann::ordered_json* caseless = nullptr;
  const std::string* caselessKey = nullptr;
  for (const auto& [name, value] : members) {
    if (name == key) {
      if (spelling) *spelling = name;
      return &value;
    }
    if (!caseless && equalsIgnoringCase(name, key)) {
      caseless = &value;
      caselessKey = &name;
    }
  }
  if (caseless && spelling) *spelling = *caselessKey;
  return caseless;
}

bool isArmExpression(std::string_view text) {
  return text.size() >= 2 && text.front() == '[' && text.back() == ']' && text[1] != '[';
}

}  // namespace autoscale::models
