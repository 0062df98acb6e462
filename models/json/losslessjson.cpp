#include "models/json/losslessjson.h"

#include <algorithm>
#include <cctype>

namespace autoscale::models {
namespace {

using Json = nlohmann::ordered_json;

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// The ordinal of the member named `key` (exact spelling first, then any case).
std::optional<std::size_t> memberOrdinal(const Json& object, const std::string& key) {
  const auto& members = object.get_ref<const Json::object_t&>();
  std::optional<std::size_t> caseless;
  std::size_t i = 0;
  for (auto it = members.begin(); it != members.end(); ++it, ++i) {
    if (it->first == key) return i;
    if (!caseless && equalsIgnoringCase(it->first, key)) caseless = i;
  }
  return caseless;
}

bool hasNestedContainer(const Json& value) {
  if (!value.is_structured()) return false;
  return std::any_of(value.begin(), value.end(),
                     [](const Json& child) { return child.is_structured(); });
}

Error editError(std::string message) {
  return Error{"AS0002", std::move(message)};
}

std::string describe(const JsonPath& path) {
  return path.toString();
}

}  // namespace

LosslessJson::Parse LosslessJson::parse(std::string text) {
  JsonSourceParse parsed = parseJsonSource(text);
  if (parsed.error) return *parsed.error;
  return LosslessJson(std::move(text), std::move(*parsed.source));
}

std::optional<JsonLocation> LosslessJson::find(const JsonPath& path) const {
  JsonLocation location{0, &m_source.value, JsonPath()};
  for (const JsonPath::Segment& segment : path.segments()) {
    const Json& current = *location.value;
    if (const auto* key = std::get_if<std::string>(&segment)) {
      if (!current.is_object()) return std::nullopt;
      const auto ordinal = memberOrdinal(current, *key);
      if (!ordinal) return std::nullopt;
      const auto& member = *(current.get_ref<const Json::object_t&>().begin() +
                             static_cast<std::ptrdiff_t>(*ordinal));
      location.node = childNode(m_source.spans, location.node, *ordinal);
      location.value = &member.second;
      location.path = location.path.child(member.first);
    } else {
      const std::size_t index = std::get<std::size_t>(segment);
      if (!current.is_array() || index >= current.size()) return std::nullopt;
      location.node = childNode(m_source.spans, location.node, index);
      location.value = &current[index];
      location.path = location.path.index(index);
    }
  }
  return location;
}

bool LosslessJson::spansLines(std::size_t node) const {
  const JsonSpan& span = m_source.spans[node];
  return std::find(m_text.begin() + static_cast<std::ptrdiff_t>(span.begin),
                   m_text.begin() + static_cast<std::ptrdiff_t>(span.end),
                   '\n') != m_text.begin() + static_cast<std::ptrdiff_t>(span.end);
}

std::string LosslessJson::renderAt(const Json& value, std::size_t indentOffset,
                                   bool multiLine) const {
  const TextStyle textStyle = style();
  RenderPlacement placement;
  placement.baseIndent = lineIndentAt(m_text, indentOffset);
  placement.multiLine = multiLine && !textStyle.minified;
  return renderJson(value, textStyle, placement);
}

Result<LosslessJson> LosslessJson::splice(std::size_t begin, std::size_t end,
                                          std::string_view with) const {
  std::string text;
  text.reserve(m_text.size() - (end - begin) + with.size());
  text.append(m_text, 0, begin);
  text.append(with);
  text.append(m_text, end, std::string::npos);
  Parse parsed = parse(std::move(text));
  if (auto* error = std::get_if<JsonSyntaxError>(&parsed)) {
    return editError("the edit produced text that does not parse: " + error->message);
  }
  return std::get<LosslessJson>(std::move(parsed));
}

Result<LosslessJson> LosslessJson::setValue(const JsonPath& path, const Json& value) const {
  if (const auto found = find(path)) {
    const JsonSpan& span = m_source.spans[found->node];
    const Json& old = *found->value;
    bool multiLine = true;
    if (!hasNestedContainer(value)) {
      if (old.is_structured() && !old.empty()) {
        multiLine = spansLines(found->node);
      } else if (path.isRoot()) {
        multiLine = true;
      } else {
        multiLine = spansLines(find(path.parent())->node);
      }
    }
    return splice(span.begin, span.end, renderAt(value, span.keyBegin, multiLine));
  }
  if (path.isRoot()) return editError("the document has no root value");
  const auto parent = find(path.parent());
  const auto* key = std::get_if<std::string>(&path.segments().back());
  if (!parent || !key || !parent->value->is_object()) {
    return editError("cannot set " + describe(path) + ": " + describe(path.parent()) +
                     (parent ? " is not an object" : " does not exist"));
  }
  return addMember(*parent, *key, value);
}

Result<LosslessJson> LosslessJson::addMember(const JsonLocation& object, const std::string& key,
                                             const Json& value) const {
  const std::string prefix = Json(key).dump(-1, ' ', false, Json::error_handler_t::replace) +
                             (style().minified ? ":" : ": ");
  return insertChild(object, object.value->size(), prefix, value);
}

Result<LosslessJson> LosslessJson::insertChild(const JsonLocation& container, std::size_t position,
                                               const std::string& memberPrefix,
                                               const Json& value) const {
  const TextStyle textStyle = style();
  const JsonSpan& span = m_source.spans[container.node];
  const std::size_t count = container.value->size();
  const bool multiLine = !textStyle.minified && (spansLines(container.node) || count == 0);
  if (count == 0) {
    // `[]` or `{ }` becomes a container with one child on its own line.
    const std::string_view outer = lineIndentAt(m_text, span.keyBegin);
    std::string interior;
    if (multiLine) {
      const std::string inner = std::string(outer) + textStyle.indentUnit;
      RenderPlacement placement{inner, true};
      interior = textStyle.newline + inner + memberPrefix +
                 renderJson(value, textStyle, placement) + textStyle.newline + std::string(outer);
    } else {
      interior = memberPrefix + renderJson(value, textStyle, RenderPlacement{"", false});
    }
    return splice(span.begin + 1, span.end - 1, interior);
  }
  const std::size_t anchorChild =
      childNode(m_source.spans, container.node, position < count ? position : count - 1);
  const JsonSpan& anchor = m_source.spans[anchorChild];
  const std::string_view indent = lineIndentAt(m_text, anchor.keyBegin);
  const std::string separator =
      multiLine ? textStyle.newline + std::string(indent) : (textStyle.minified ? "" : " ");
  const bool nested = multiLine || hasNestedContainer(value);
  const std::string child =
      memberPrefix +
      renderJson(value, textStyle, RenderPlacement{indent, nested && !textStyle.minified});
  if (position < count) {
    return splice(anchor.keyBegin, anchor.keyBegin, child + "," + separator);
  }
  return splice(anchor.end, anchor.end, "," + separator + child);
}

Result<LosslessJson> LosslessJson::insertValue(const JsonPath& arrayElement,
                                               const Json& value) const {
  const auto* index =
      arrayElement.isRoot() ? nullptr : std::get_if<std::size_t>(&arrayElement.segments().back());
  if (!index) return editError(describe(arrayElement) + " does not name an array element");
  const auto array = find(arrayElement.parent());
  if (!array || !array->value->is_array()) {
    return editError("cannot insert at " + describe(arrayElement) + ": " +
                     describe(arrayElement.parent()) + " is not an array");
  }
  if (*index > array->value->size()) {
    return editError("cannot insert at " + describe(arrayElement) + ": the array has " +
                     std::to_string(array->value->size()) + " elements");
  }
  return insertChild(*array, *index, std::string(), value);
}

Result<LosslessJson> LosslessJson::removeValue(const JsonPath& path) const {
  if (path.isRoot()) return editError("the root value cannot be removed");
  const auto target = find(path);
  if (!target) return editError("cannot remove " + describe(path) + ": it does not exist");
  const auto container = find(path.parent());
  const std::size_t count = container->value->size();
  const JsonSpan& parentSpan = m_source.spans[container->node];
  if (count == 1) return splice(parentSpan.begin + 1, parentSpan.end - 1, "");
  // The ordinal of the target among its siblings.
  std::size_t ordinal = 0;
  for (std::size_t node = firstChild(container->node); node != target->node;
       node = nextSibling(m_source.spans, node)) {
    ++ordinal;
  }
  const JsonSpan& span = m_source.spans[target->node];
  if (ordinal > 0) {
    // Drop `, <whitespace> "key": value` after the previous sibling.
    const JsonSpan& previous =
        m_source.spans[childNode(m_source.spans, container->node, ordinal - 1)];
    return splice(previous.end, span.end, "");
  }
  const JsonSpan& next = m_source.spans[nextSibling(m_source.spans, target->node)];
  return splice(span.keyBegin, next.keyBegin, "");
}

Result<LosslessJson> LosslessJson::moveArrayElement(const JsonPath& arrayElement,
                                                    std::size_t newIndex) const {
  const auto* index =
      arrayElement.isRoot() ? nullptr : std::get_if<std::size_t>(&arrayElement.segments().back());
  const auto array = index ? find(arrayElement.parent()) : std::nullopt;
  if (!array || !array->value->is_array() || *index >= array->value->size()) {
    return editError(describe(arrayElement) + " is not an element of an array");
  }
  const std::size_t count = array->value->size();
  if (newIndex >= count) {
    return editError("cannot move to index " + std::to_string(newIndex) + ": the array has " +
                     std::to_string(count) + " elements");
  }
  if (newIndex == *index) return *this;
  // Elements trade places; the separators between them (commas, line breaks) stay put.
  std::vector<std::size_t> nodes;
  for (std::size_t i = 0, node = firstChild(array->node); i < count;
       ++i, node = nextSibling(m_source.spans, node)) {
    nodes.push_back(node);
  }
  std::vector<std::size_t> order = nodes;
  const std::size_t moving = order[*index];
  order.erase(order.begin() + static_cast<std::ptrdiff_t>(*index));
  order.insert(order.begin() + static_cast<std::ptrdiff_t>(newIndex), moving);
  const auto& spans = m_source.spans;
  std::string middle;
  for (std::size_t i = 0; i < count; ++i) {
    middle.append(m_text, spans[order[i]].begin, spans[order[i]].end - spans[order[i]].begin);
    if (i + 1 < count) {
      middle.append(m_text, spans[nodes[i]].end, spans[nodes[i + 1]].begin - spans[nodes[i]].end);
    }
  }
  return splice(spans[nodes.front()].begin, spans[nodes.back()].end, middle);
}

namespace {

class CanonicalWriter final {
 public:
  CanonicalWriter(const std::string& text, const std::vector<JsonSpan>& spans,
                  std::string_view unit, std::string_view newline)
      : m_text(text), m_spans(spans), m_unit(unit), m_newline(newline) {}

  std::string write(const Json& root) {
    m_out.reserve(m_text.size());
    writeValue(root, 0, 0);
    m_out += m_newline;
    return std::move(m_out);
  }

 private:
  void indent(int depth) {
    m_out += m_newline;
    for (int i = 0; i < depth; ++i) m_out += m_unit;
  }

  std::size_t writeValue(const Json& value, std::size_t node, int depth) {
    const JsonSpan& span = m_spans[node];
    if (!value.is_structured() || value.empty()) {
      if (value.is_structured()) {
        m_out += value.is_object() ? "{}" : "[]";
      } else {
        m_out.append(m_text, span.begin, span.end - span.begin);
      }
      return node + span.subtreeSize;
    }
    const bool isObject = value.is_object();
    m_out += isObject ? '{' : '[';
    std::size_t child = firstChild(node);
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (!first) m_out += ',';
      first = false;
      indent(depth + 1);
      if (isObject) {
        const JsonSpan& member = m_spans[child];
        m_out.append(m_text, member.keyBegin, member.keyEnd - member.keyBegin);
        m_out += ": ";
      }
      child = writeValue(it.value(), child, depth + 1);
    }
    indent(depth);
    m_out += isObject ? '}' : ']';
    return node + span.subtreeSize;
  }

  const std::string& m_text;
  const std::vector<JsonSpan>& m_spans;
  std::string_view m_unit;
  std::string_view m_newline;
  std::string m_out;
};

}  // namespace

std::string LosslessJson::canonicalText(std::string_view unit) const {
  const TextStyle textStyle = style();
  return CanonicalWriter(m_text, m_source.spans, unit, textStyle.newline).write(m_source.value);
}

}  // namespace autoscale::models
