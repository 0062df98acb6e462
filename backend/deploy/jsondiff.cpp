#include "backend/deploy/jsondiff.h"

#include <cctype>

namespace autoscale::backend {
namespace {

using nlohmann::ordered_json;

bool isIdentifier(const std::string& key) {
  if (key.empty() || std::isdigit(static_cast<unsigned char>(key[0]))) return false;
  for (const char c : key) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '$') return false;
  }
  return true;
}

std::string childPath(const std::string& parent, const std::string& key) {
  if (isIdentifier(key)) return parent + "." + key;
  std::string escaped;
  for (const char c : key) {
    if (c == '\'' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return parent + "['" + escaped + "']";
}

bool sameScalar(const ordered_json& a, const ordered_json& b) {
  if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
  return a == b;
}

void diffInto(const ordered_json& before, const ordered_json& after, const std::string& path,
              std::vector<JsonChange>& changes) {
  if (before.is_object() && after.is_object()) {
    for (const auto& [key, value] : before.items()) {
      const auto other = after.find(key);
      if (other == after.end()) {
        changes.push_back({JsonChange::Kind::Removed, childPath(path, key), value, nullptr});
      } else {
        diffInto(value, *other, childPath(path, key), changes);
      }
    }
    for (const auto& [key, value] : after.items()) {
      if (!before.contains(key))
        changes.push_back({JsonChange::Kind::Added, childPath(path, key), nullptr, value});
    }
    return;
  }
  if (before.is_array() && after.is_array()) {
    const std::size_t common = std::min(before.size(), after.size());
    for (std::size_t i = 0; i < common; ++i) {
      diffInto(before[i], after[i], path + "[" + std::to_string(i) + "]", changes);
    }
    for (std::size_t i = common; i < before.size(); ++i) {
      changes.push_back(
          {JsonChange::Kind::Removed, path + "[" + std::to_string(i) + "]", before[i], nullptr});
    }
    for (std::size_t i = common; i < after.size(); ++i) {
      changes.push_back(
          {JsonChange::Kind::Added, path + "[" + std::to_string(i) + "]", nullptr, after[i]});
    }
    return;
  }
  if (!sameScalar(before, after))
    changes.push_back({JsonChange::Kind::Changed, path, before, after});
}

std::string shortJson(const ordered_json& value) {
  std::string text = value.dump();
  if (text.size() > 80) text = text.substr(0, 77) + "...";
  return text;
}

}  // namespace

const char* toString(JsonChange::Kind kind) {
  switch (kind) {
    case JsonChange::Kind::Added:
      return "added";
    case JsonChange::Kind::Removed:
      return "removed";
    case JsonChange::Kind::Changed:
      return "changed";
  }
  return "changed";
}

std::vector<JsonChange> diffJson(const ordered_json& before, const ordered_json& after) {
  std::vector<JsonChange> changes;
  diffInto(before, after, "$", changes);
  return changes;
}

std::string describeChanges(const std::vector<JsonChange>& changes) {
  std::string text;
  for (const auto& change : changes) {
    switch (change.kind) {
      case JsonChange::Kind::Added:
        text += "+ " + change.path + ": " + shortJson(change.after) + "\n";
        break;
      case JsonChange::Kind::Removed:
        text += "- " + change.path + ": " + shortJson(change.before) + "\n";
        break;
      case JsonChange::Kind::Changed:
        text += "~ " + change.path + ": " + shortJson(change.before) + " -> " +
                shortJson(change.after) + "\n";
        break;
    }
  }
  return text;
}

}  // namespace autoscale::backend
