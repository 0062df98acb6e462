#include "models/setting/settingdocument.h"

#include <algorithm>

#include "models/json/losslessjson.h"
#include "models/setting/jsonaccess.h"
#include "models/setting/keycase.h"
#include "models/setting/settinglocator.h"
#include "models/setting/settingreader.h"

namespace autoscale::models {

const char* toString(DocumentShape shape) {
  switch (shape) {
    case DocumentShape::Resource:
      return "resource";
    case DocumentShape::ArmTemplate:
      return "arm-template";
    case DocumentShape::BareProperties:
      return "bare-properties";
    case DocumentShape::Embedded:
      return "embedded";
    case DocumentShape::Unknown:
      return "unknown";
  }
  return "unknown";
}

namespace {

// Byte offsets where each line of `text` starts, so that locating a value does not rescan the
// text from its beginning (validation locates every diagnostic).
std::vector<std::size_t> lineStartsOf(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    starts.push_back(i + 1);
  }
  return starts;
}

}  // namespace

struct SettingDocument::State {
  State(LosslessJson parsed, std::shared_ptr<const std::string> loaded)
      : json(std::move(parsed)),
        scan(scanSettings(json.value())),
        loadedText(std::move(loaded)),
        lineStarts(lineStartsOf(json.text())) {}

  LosslessJson json;
  SettingScan scan;
  std::shared_ptr<const std::string> loadedText;  // shared by every snapshot of one file
  std::vector<std::size_t> lineStarts;
};

SettingDocument::SettingDocument(std::shared_ptr<const State> state) : m_state(std::move(state)) {}

SettingDocumentLoad SettingDocument::load(std::string text) {
  auto loaded = std::make_shared<const std::string>(text);
  LosslessJson::Parse parsed = LosslessJson::parse(std::move(text));
  SettingDocumentLoad result;
  if (const auto* error = std::get_if<JsonSyntaxError>(&parsed)) {
    Diagnostic diagnostic;
    diagnostic.severity = Severity::Error;
    diagnostic.code = "AS0001";
    diagnostic.jsonPath = "$";
    diagnostic.message = "JSON syntax error at line " + std::to_string(error->line) + ", column " +
                         std::to_string(error->column) + ": " + error->message;
    diagnostic.hint = error->hint;
    diagnostic.location = {error->line, error->column};
    result.syntaxError = std::move(diagnostic);
    return result;
  }
  result.document = SettingDocument(
      std::make_shared<const State>(std::get<LosslessJson>(std::move(parsed)), std::move(loaded)));
  return result;
}

SettingDocument SettingDocument::fromJson(const nlohmann::ordered_json& tree) {
  std::string text = renderJson(tree, TextStyle{}, RenderPlacement{"", true}) + "\n";
  auto loaded = std::make_shared<const std::string>(text);
  LosslessJson::Parse parsed = LosslessJson::parse(std::move(text));
  if (std::holds_alternative<JsonSyntaxError>(parsed)) {
    parsed = LosslessJson::parse("{}\n");  // unreachable for trees nlohmann can hold
  }
  return SettingDocument(
      std::make_shared<const State>(std::get<LosslessJson>(std::move(parsed)), std::move(loaded)));
}

const std::string& SettingDocument::text() const {
  return m_state->json.text();
}
const nlohmann::ordered_json& SettingDocument::json() const {
  return m_state->json.value();
}
DocumentShape SettingDocument::shape() const {
  return m_state->scan.shape;
}
bool SettingDocument::isModified() const {
  return text() != *m_state->loadedText;
}

const std::vector<SettingLocation>& SettingDocument::settings() const {
  return m_state->scan.settings;
}

AutoscaleSetting SettingDocument::setting(std::size_t index) const {
  if (index >= settings().size()) return {};
  return readSetting(json(), settings()[index]);
}

std::string_view SettingDocument::sourceText(const JsonPath& path) const {
  const auto found = m_state->json.find(path);
  if (!found) return {};
  const JsonSpan& span = m_state->json.spans()[found->node];
  return std::string_view(text()).substr(span.begin, span.end - span.begin);
}

const nlohmann::ordered_json* SettingDocument::find(const JsonPath& path) const {
  const auto found = m_state->json.find(path);
  return found ? found->value : nullptr;
}

SourceLocation SettingDocument::locate(const JsonPath& path) const {
  const auto found = m_state->json.find(path);
  if (!found) return {};
  // As lineAndColumn() counts, but only over the value's own line.
  const std::size_t offset = std::min(m_state->json.spans()[found->node].begin, text().size());
  const auto& starts = m_state->lineStarts;
  const auto line = std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin();
  const std::size_t lineStart = starts[static_cast<std::size_t>(line - 1)];
  const auto [ignored, column] =
      lineAndColumn(std::string_view(text()).substr(lineStart), offset - lineStart);
  return {static_cast<int>(line), column};
}

Status SettingDocument::apply(Result<LosslessJson> edited) {
  if (!edited) return Status{edited.error()};
  m_state = std::make_shared<const State>(std::move(*edited), m_state->loadedText);
  return Status::success();
}

Status SettingDocument::setValue(const JsonPath& path, const nlohmann::ordered_json& value) {
  JsonPath target = path;
  const auto parent = path.isRoot() ? std::nullopt : m_state->json.find(path.parent());
  if (!parent) return apply(m_state->json.setValue(target, value));
  if (!m_state->json.find(path)) {
    if (const auto* key = std::get_if<std::string>(&path.segments().back())) {
      target = parent->path.child(adaptKeyCase(*key, *parent->value));
    }
  }
  // Tag maps and webhook property bags hold user keys, which keep their spelling.
  const auto* lastKey = std::get_if<std::string>(&target.segments().back());
  const bool userMap =
      lastKey &&
      (equalsIgnoringCase(*lastKey, "tags") ||
       (equalsIgnoringCase(*lastKey, "properties") && findMember(*parent->value, "serviceUri")));
  return apply(
      m_state->json.setValue(target, userMap ? value : adaptValueKeys(value, *parent->value)));
}

Status SettingDocument::insertValue(const JsonPath& arrayElement,
                                    const nlohmann::ordered_json& value) {
  const auto array =
      arrayElement.isRoot() ? std::nullopt : m_state->json.find(arrayElement.parent());
  const nlohmann::ordered_json adapted = array ? adaptValueKeys(value, *array->value) : value;
  return apply(m_state->json.insertValue(arrayElement, adapted));
}

Status SettingDocument::removeValue(const JsonPath& path) {
  return apply(m_state->json.removeValue(path));
}

Status SettingDocument::moveArrayElement(const JsonPath& arrayElement, std::size_t newIndex) {
  return apply(m_state->json.moveArrayElement(arrayElement, newIndex));
}

Status SettingDocument::replaceText(std::string text) {
  LosslessJson::Parse parsed = LosslessJson::parse(std::move(text));
  if (const auto* error = std::get_if<JsonSyntaxError>(&parsed)) {
    return Status::failure("AS0001", "JSON syntax error at line " + std::to_string(error->line) +
                                         ", column " + std::to_string(error->column) + ": " +
                                         error->message);
  }
  m_state =
      std::make_shared<const State>(std::get<LosslessJson>(std::move(parsed)), m_state->loadedText);
  return Status::success();
}

std::string SettingDocument::canonicalText() const {
  return m_state->json.canonicalText();
}

JsonPath SettingDocument::settingPath(const JsonPath& relative, std::size_t index) const {
  if (index >= settings().size()) return relative;
  const SettingLocation& location = settings()[index];
  const auto& segments = relative.segments();
  std::size_t skip = 0;
  if (location.resource == location.properties && !segments.empty()) {
    if (const auto* key = std::get_if<std::string>(&segments.front());
        key && equalsIgnoringCase(*key, "properties")) {
      skip = 1;
    }
  }
  JsonPath path = location.resource;
  for (std::size_t i = skip; i < segments.size(); ++i) {
    if (const auto* key = std::get_if<std::string>(&segments[i])) {
      path = path.child(*key);
    } else {
      path = path.index(std::get<std::size_t>(segments[i]));
    }
  }
  return path;
}

}  // namespace autoscale::models
