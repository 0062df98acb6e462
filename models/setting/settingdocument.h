#pragma once

// A settings file as the studio and the CLI see it: the exact text, the parsed tree, the
// shape it came in, and lossless edits.
//
// Contract:
// * load() then text() gives back the input bytes exactly while nothing was edited.
// * An edit changes only the text of the value it touches (the rest of the file keeps its
//   bytes, whitespace, key order, number spellings such as `10.0`).
// * Paths are file paths (what diagnostics print). Key segments are matched
//   case-insensitively against the file's keys, so `$.properties.profiles[0]` also reaches
//   `Properties.Profiles[0]`; a key that does not exist yet is created in the case style of
//   its siblings (PascalCase files stay PascalCase).
// * Nothing here throws.

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/core/diagnostic.h"
#include "models/core/result.h"
#include "models/json/jsonpath.h"
#include "models/setting/autoscalesetting.h"

namespace autoscale::models {

enum class DocumentShape {
  Resource,        // the resource JSON (portal JSON tab, GET, `az monitor autoscale show`)
  ArmTemplate,     // an ARM template with one or more autoscalesettings resources
  BareProperties,  // just the `properties` object
  Embedded,        // settings nested in other JSON: API example files, list responses
  Unknown          // parsed JSON that holds no autoscale setting
};

const char* toString(DocumentShape shape);

// Where one autoscale setting sits in the file.
struct SettingLocation {
  JsonPath resource;    // the resource object (the root for BareProperties)
  JsonPath properties;  // its properties object
};

class LosslessJson;
struct SettingDocumentLoad;

class SettingDocument final {
 public:
  static SettingDocumentLoad load(std::string text);

  // A new document holding `tree`, laid out canonically (used by templates and imports); its
  // shape is detected from the tree.
  static SettingDocument fromJson(const nlohmann::ordered_json& tree);

  const std::string& text() const;
  const nlohmann::ordered_json& json() const;
  DocumentShape shape() const;
  bool isModified() const;  // text() differs from what was loaded

  const std::vector<SettingLocation>& settings() const;
  // Typed snapshot of setting `index` (0 for single-setting files). Unreadable slots stay
  // empty; validation reports them.
  AutoscaleSetting setting(std::size_t index = 0) const;

  // The value at `path`, or nullptr.
  const nlohmann::ordered_json* find(const JsonPath& path) const;
  // Line and column (1-based) where the value at `path` starts in text(); {0,0} if unknown.
  SourceLocation locate(const JsonPath& path) const;
  // The exact text of the value at `path` (`10.0` stays `10.0`); empty if there is none.
  std::string_view sourceText(const JsonPath& path) const;

  // Lossless edits. Each returns a failure (and changes nothing) when the path does not
  // lead to a container that can take the edit.
  Status setValue(const JsonPath& path, const nlohmann::ordered_json& value);
  Status insertValue(const JsonPath& arrayElement, const nlohmann::ordered_json& value);
  Status removeValue(const JsonPath& path);
  Status moveArrayElement(const JsonPath& arrayElement, std::size_t newIndex);
  // Replaces the whole text (the JSON tab's Apply); fails, changing nothing, if it does not
  // parse (the error names line and column).
  Status replaceText(std::string text);

  // One canonical formatting (2-space indent, keys in file order, one member per line, the
  // file's line ending, a final newline), idempotent. Only whitespace changes: numbers and
  // strings keep their spelling.
  std::string canonicalText() const;

  // Maps a path written relative to setting `index` (`$.properties.profiles[0]`, as if the
  // setting were the whole file) onto the file path. For bare properties a leading
  // `properties` segment is dropped. Returns `relative` unchanged when there is no such
  // setting.
  JsonPath settingPath(const JsonPath& relative, std::size_t index = 0) const;

 private:
  struct State;
  explicit SettingDocument(std::shared_ptr<const State> state);
  Status apply(Result<LosslessJson> edited);  // adopts an edit's result, or reports it
  std::shared_ptr<const State> m_state;       // copy-on-write: copies are cheap snapshots
};

// The outcome of loading: a document, or the syntax error (with line and column) that
// stopped it.
struct SettingDocumentLoad {
  std::optional<SettingDocument> document;
  std::optional<Diagnostic> syntaxError;  // code "AS0001", severity Error, location set
};

}  // namespace autoscale::models
