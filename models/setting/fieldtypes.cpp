#include "models/setting/fieldtypes.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "models/setting/jsonaccess.h"

namespace autoscale::models {
namespace {

using Json = nlohmann::ordered_json;
using T = JsonFieldType;

// Paths relative to a setting's properties object; `[]` stands for any array index. Keys are
// lower-cased because files spell them in any case.
const std::map<std::string, JsonFieldType>& propertiesSchema() {
  static const std::map<std::string, JsonFieldType> schema = [] {
    const std::pair<const char*, JsonFieldType> entries[] = {
        {"name", T::String},
        {"enabled", T::Boolean},
        {"targetresourceuri", T::String},
        {"targetresourcelocation", T::String},
        {"profiles", T::Array},
        {"profiles[]", T::Object},
        {"profiles[].name", T::String},
        {"profiles[].capacity", T::Object},
        {"profiles[].capacity.minimum", T::IntegerString},
        {"profiles[].capacity.maximum", T::IntegerString},
        {"profiles[].capacity.default", T::IntegerString},
        {"profiles[].rules", T::Array},
        {"profiles[].rules[]", T::Object},
        {"profiles[].rules[].metrictrigger", T::Object},
        {"profiles[].rules[].metrictrigger.metricname", T::String},
        {"profiles[].rules[].metrictrigger.metricnamespace", T::String},
        {"profiles[].rules[].metrictrigger.metricresourceuri", T::String},
        {"profiles[].rules[].metrictrigger.metricresourcelocation", T::String},
        {"profiles[].rules[].metrictrigger.timegrain", T::String},
        {"profiles[].rules[].metrictrigger.statistic", T::String},
        {"profiles[].rules[].metrictrigger.timewindow", T::String},
        {"profiles[].rules[].metrictrigger.timeaggregation", T::String},
        {"profiles[].rules[].metrictrigger.operator", T::String},
        {"profiles[].rules[].metrictrigger.threshold", T::Number},
        {"profiles[].rules[].metrictrigger.dimensions", T::Array},
        {"profiles[].rules[].metrictrigger.dimensions[]", T::Object},
        {"profiles[].rules[].metrictrigger.dimensions[].dimensionname", T::String},
        {"profiles[].rules[].metrictrigger.dimensions[].operator", T::String},
        {"profiles[].rules[].metrictrigger.dimensions[].values", T::Array},
        {"profiles[].rules[].metrictrigger.dimensions[].values[]", T::String},
        {"profiles[].rules[].metrictrigger.divideperinstance", T::Boolean},
        {"profiles[].rules[].scaleaction", T::Object},
        {"profiles[].rules[].scaleaction.direction", T::String},
        {"profiles[].rules[].scaleaction.type", T::String},
        {"profiles[].rules[].scaleaction.value", T::IntegerString},
        {"profiles[].rules[].scaleaction.cooldown", T::String},
        {"profiles[].fixeddate", T::Object},
        {"profiles[].fixeddate.timezone", T::String},
        {"profiles[].fixeddate.start", T::String},
        {"profiles[].fixeddate.end", T::String},
        {"profiles[].recurrence", T::Object},
        {"profiles[].recurrence.frequency", T::String},
        {"profiles[].recurrence.schedule", T::Object},
        {"profiles[].recurrence.schedule.timezone", T::String},
        {"profiles[].recurrence.schedule.days", T::Array},
        {"profiles[].recurrence.schedule.days[]", T::String},
        {"profiles[].recurrence.schedule.hours", T::Array},
        {"profiles[].recurrence.schedule.hours[]", T::Integer},
        {"profiles[].recurrence.schedule.minutes", T::Array},
        {"profiles[].recurrence.schedule.minutes[]", T::Integer},
        {"notifications", T::Array},
        {"notifications[]", T::Object},
        {"notifications[].operation", T::String},
        {"notifications[].email", T::Object},
        {"notifications[].email.sendtosubscriptionadministrator", T::Boolean},
        {"notifications[].email.sendtosubscriptioncoadministrators", T::Boolean},
        {"notifications[].email.customemails", T::Array},
        {"notifications[].email.customemails[]", T::String},
        {"notifications[].webhooks", T::Array},
        {"notifications[].webhooks[]", T::Object},
        {"notifications[].webhooks[].serviceuri", T::String},
        {"notifications[].webhooks[].properties", T::Object},
        {"predictiveautoscalepolicy", T::Object},
        {"predictiveautoscalepolicy.scalemode", T::String},
        {"predictiveautoscalepolicy.scalelookaheadtime", T::String},
    };
    std::map<std::string, JsonFieldType> out;
    for (const auto& [pattern, type] : entries) out.emplace(pattern, type);
    return out;
  }();
  return schema;
}

// Paths relative to the resource object (not used for bare properties).
const std::map<std::string, JsonFieldType>& resourceSchema() {
  static const std::map<std::string, JsonFieldType> schema{{"name", T::String},
                                                           {"location", T::String},
                                                           {"type", T::String},
                                                           {"tags", T::Object},
                                                           {"properties", T::Object}};
  return schema;
}

void appendPattern(std::string& pattern, const JsonPath::Segment& segment) {
  if (const auto* key = std::get_if<std::string>(&segment)) {
    if (!pattern.empty()) pattern += '.';
    for (char c : *key) pattern += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  } else {
    pattern += "[]";
  }
}

// Whether `path` lies inside `base`, keys compared in any case (paths as people type them).
bool isInside(const JsonPath& base, const JsonPath& path) {
  const auto& prefix = base.segments();
  const auto& segments = path.segments();
  if (prefix.size() > segments.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const auto* a = std::get_if<std::string>(&prefix[i]);
    const auto* b = std::get_if<std::string>(&segments[i]);
    if (a && b ? !equalsIgnoringCase(*a, *b) : !(prefix[i] == segments[i])) return false;
  }
  return true;
}

// The pattern of `path` below `base`, or nullopt when `path` is not inside `base`.
std::optional<std::string> patternBelow(const JsonPath& base, const JsonPath& path) {
  if (!isInside(base, path)) return std::nullopt;
  std::string pattern;
  const auto& segments = path.segments();
  for (std::size_t i = base.segments().size(); i < segments.size(); ++i) {
    appendPattern(pattern, segments[i]);
  }
  return pattern;
}

std::optional<JsonFieldType> lookup(const std::map<std::string, JsonFieldType>& schema,
                                    const std::string& pattern) {
  const auto it = schema.find(pattern);
  if (it == schema.end()) return std::nullopt;
  return it->second;
}

bool isExpression(const Json& value) {
  return value.is_string() && isArmExpression(value.get_ref<const std::string&>());
}

bool isIntegerText(const std::string& text) {
  std::size_t i = text.find_first_not_of(' ');
  if (i != std::string::npos && (text[i] == '-' || text[i] == '+')) ++i;
  const std::size_t digits = i;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  const std::size_t end = text.find_last_not_of(' ');
  return i > digits && i - digits <= 18 && end != std::string::npos && i == end + 1;
}

// ARM templates may put an expression in any slot, even where an array or object belongs.
bool matches(const Json& value, JsonFieldType type) {
  if (isExpression(value)) return true;
  switch (type) {
    case T::Object:
      return value.is_object();
    case T::Array:
      return value.is_array();
    case T::String:
      return value.is_string();
    case T::IntegerString:
      return value.is_string() && isIntegerText(value.get_ref<const std::string&>());
    case T::Number:
      return value.is_number();
    case T::Integer:
      return value.is_number_integer();
    case T::Boolean:
      return value.is_boolean();
  }
  return false;
}

std::string describeJsonType(const Json& value) {
  if (value.is_number_integer()) return "an integer";
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "a boolean";
  if (value.is_null()) return "null";
  if (value.is_array()) return "an array";
  return "an object";
}

std::string expected(JsonFieldType type) {
  switch (type) {
    case T::Object:
      return "an object";
    case T::Array:
      return "an array";
    case T::String:
      return "a string";
    case T::IntegerString:
      return "an integer in a string, such as \"3\"";
    case T::Number:
      return "a number";
    case T::Integer:
      return "an integer";
    case T::Boolean:
      return "true or false";
  }
  return "";
}

// Walks a setting with the schema. The path and the pattern grow and shrink as a stack, so
// that a clean file costs no path objects at all; a JsonPath is built only for a problem.
class TypeChecker final {
 public:
  TypeChecker(const SettingDocument& document, Diagnostics& out)
      : m_document(document), m_out(out) {}

  void checkMembers(const Json& object, const JsonPath& base,
                    const std::map<std::string, JsonFieldType>& schema, bool skipProperties) {
    m_base = base;
    m_schema = &schema;
    for (const auto& [key, child] : object.items()) {
      if (skipProperties && equalsIgnoringCase(key, "properties")) continue;
      enter(JsonPath::Segment(key));
      check(child, 1);
      leave();
    }
  }

 private:
  struct Frame {
    JsonPath::Segment segment;
    std::size_t patternSize;
  };

  void enter(JsonPath::Segment segment) {
    m_stack.push_back({segment, m_pattern.size()});
    appendPattern(m_pattern, m_stack.back().segment);
  }

  void leave() {
    m_pattern.resize(m_stack.back().patternSize);
    m_stack.pop_back();
  }

  void check(const Json& value, int depth) {
    if (depth > 64) return;
    if (const auto type = lookup(*m_schema, m_pattern); type && !value.is_null()) {
      if (!matches(value, *type)) {
        report(value, *type);
        return;
      }
    }
    if (value.is_object()) {
      for (const auto& [key, child] : value.items()) {
        enter(JsonPath::Segment(key));
        check(child, depth + 1);
        leave();
      }
    } else if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        enter(JsonPath::Segment(i));
        check(value[i], depth + 1);
        leave();
      }
    }
  }

  JsonPath currentPath() const {
    JsonPath path = m_base;
    for (const Frame& frame : m_stack) {
      if (const auto* key = std::get_if<std::string>(&frame.segment)) {
        path = path.child(*key);
      } else {
        path = path.index(std::get<std::size_t>(frame.segment));
      }
    }
    return path;
  }

  void report(const Json& value, JsonFieldType type) {
    const JsonPath path = currentPath();
    Diagnostic diagnostic;
    diagnostic.severity = Severity::Error;
    diagnostic.code = "AS0010";
    diagnostic.jsonPath = path.toString();
    diagnostic.message =
        diagnostic.jsonPath + " must be " + expected(type) + ", not " +
        (value.is_string() ? "\"" + value.get<std::string>() + "\"" : describeJsonType(value));
    diagnostic.hint =
        type == T::IntegerString
            ? "write the count in quotes, e.g. \"3\""
            : "write " + expected(type) + " or an ARM expression such as \"[parameters('name')]\"";
    diagnostic.location = m_document.locate(path);
    m_out.push_back(std::move(diagnostic));
  }

  const SettingDocument& m_document;
  Diagnostics& m_out;
  JsonPath m_base;
  const std::map<std::string, JsonFieldType>* m_schema = nullptr;
  std::vector<Frame> m_stack;
  std::string m_pattern;
};

}  // namespace

const char* toString(JsonFieldType type) {
  switch (type) {
    case T::Object:
      return "object";
    case T::Array:
      return "array";
    case T::String:
      return "string";
    case T::IntegerString:
      return "integer-string";
    case T::Number:
      return "number";
    case T::Integer:
      return "integer";
    case T::Boolean:
      return "boolean";
  }
  return "";
}

std::optional<JsonFieldType> schemaFieldType(const SettingDocument& document,
                                             const JsonPath& path) {
  // The innermost setting that holds `path` decides (ARM resources nest child settings).
  const SettingLocation* owner = nullptr;
  for (const SettingLocation& location : document.settings()) {
    if (isInside(location.resource, path) &&
        (!owner || location.resource.segments().size() > owner->resource.segments().size())) {
      owner = &location;
    }
  }
  if (!owner) return std::nullopt;
  if (const auto pattern = patternBelow(owner->properties, path); pattern && !pattern->empty()) {
    return lookup(propertiesSchema(), *pattern);
  }
  if (owner->resource == owner->properties) return std::nullopt;
  return lookup(resourceSchema(), *patternBelow(owner->resource, path));
}

Diagnostics checkFieldTypes(const SettingDocument& document) {
  Diagnostics diagnostics;
  TypeChecker checker(document, diagnostics);
  for (const SettingLocation& location : document.settings()) {
    if (!(location.resource == location.properties)) {
      if (const auto* resource = document.find(location.resource)) {
        // The properties object is checked below, with its own schema.
        checker.checkMembers(*resource, location.resource, resourceSchema(), true);
      }
    }
    const auto* properties = document.find(location.properties);
    if (!properties) continue;
    if (!properties->is_object()) {
      if (!isExpression(*properties)) {
        diagnostics.push_back({Severity::Error, "AS0010", location.properties.toString(),
                               location.properties.toString() + " must be an object", "",
                               document.locate(location.properties)});
      }
      continue;
    }
    checker.checkMembers(*properties, location.properties, propertiesSchema(), false);
  }
  return diagnostics;
}

}  // namespace autoscale::models
