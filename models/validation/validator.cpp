#include "models/validation/validator.h"

#include <algorithm>
#include <exception>
#include <functional>
#include <tuple>

#include "models/setting/settingdocument.h"
#include "models/setting/settinglocator.h"
#include "models/setting/settingreader.h"
#include "models/validation/diagnosticcatalog.h"
#include "models/validation/reporter.h"
#include "models/validation/settingchecks.h"
#include "models/validation/settinglint.h"

namespace autoscale::models {
namespace {

using validation::Json;
using validation::NodeChain;
using validation::Reporter;

using TypedReader = std::function<AutoscaleSetting(std::size_t index)>;

// Runs the tree checks and the typed lint on every setting; never throws.
Diagnostics checkSettings(const Json& root, const std::vector<SettingLocation>& settings,
                          const TypedReader& readTyped) {
  Reporter reporter;
  try {
    if (settings.empty()) {
      reporter.report(DiagnosticCode::NoAutoscaleSetting, "$",
                      "the document is neither an autoscale setting resource, its properties, "
                      "nor a file that contains one");
    }
    for (std::size_t i = 0; i < settings.size(); ++i) {
      const NodeChain resource(root, settings[i].resource);
      const NodeChain properties(root, settings[i].properties);
      const bool hasEnvelope = !(settings[i].resource == settings[i].properties);
      validation::checkSettingTree(reporter, resource.last(), properties.last(), hasEnvelope);
      validation::lintSetting(reporter, readTyped(i));
    }
  } catch (const std::exception& error) {
    // Nothing above throws on any tree; this keeps the promise if allocation ever failed.
    reporter.report(DiagnosticCode::NoAutoscaleSetting, "$",
                    std::string("the document could not be checked: ") + error.what());
  }
  return reporter.take();
}

// Line and column of the value a diagnostic points at; a missing property points at the
// object that lacks it.
void locate(const SettingDocument& document, Diagnostic& diagnostic) {
  auto path = JsonPath::parse(diagnostic.jsonPath);
  if (!path) return;
  while (true) {
    const SourceLocation location = document.locate(*path);
    if (location.line > 0 || path->isRoot()) {
      diagnostic.location = location;
      return;
    }
    path = path->parent();
  }
}

}  // namespace

Diagnostics validate(const SettingDocument& document) {
  Diagnostics diagnostics =
      checkSettings(document.json(), document.settings(),
                    [&](std::size_t index) { return document.setting(index); });
  for (Diagnostic& diagnostic : diagnostics) locate(document, diagnostic);
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.location.line, a.location.column) <
                            std::tie(b.location.line, b.location.column);
                   });
  return diagnostics;
}

Diagnostics validateText(std::string_view text) {
  SettingDocumentLoad loaded = SettingDocument::load(std::string(text));
  if (loaded.syntaxError) {
    Diagnostic syntaxError = std::move(*loaded.syntaxError);
    if (syntaxError.hint.empty()) {
      syntaxError.hint = std::string(diagnosticInfo(DiagnosticCode::SyntaxError).hint);
    }
    return {std::move(syntaxError)};
  }
  if (!loaded.document) {
    Reporter reporter;
    reporter.report(DiagnosticCode::SyntaxError, "$", "the text could not be read as JSON");
    return reporter.take();
  }
  return validate(*loaded.document);
}

Diagnostics validateJson(const nlohmann::ordered_json& tree) {
  const SettingScan scan = scanSettings(tree);
  return checkSettings(tree, scan.settings,
                       [&](std::size_t index) { return readSetting(tree, scan.settings[index]); });
}

}  // namespace autoscale::models
