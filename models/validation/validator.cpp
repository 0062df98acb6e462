#include "models/validation/validator.h"

#include <algorithm>
#include <exception>
#include <vector>

#include "models/validation/reporter.h"
#include "models/validation/settingchecks.h"

namespace autoscale::models {
namespace {

using validation::Json;
using validation::Node;
using validation::Reporter;

// The 1-based line and column of byte `offset` in `text` (columns count bytes).
SourceLocation locationOfOffset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  SourceLocation location{1, 1};
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++location.line;
      location.column = 1;
    } else {
      ++location.column;
    }
  }
  return location;
}

bool isAutoscaleResource(const Node& resource) {
  const Node type = resource.member("type");
  return validation::equalsIgnoringCase(type.text(), "microsoft.insights/autoscalesettings");
}

void validateTree(Reporter& reporter, const Json& tree) {
  const Node root(tree);
  const Node resources = root.member("resources");
  const Node properties = root.member("properties");
  if (resources.isArray()) {
    std::size_t found = 0;
    resources.forEachElement([&](const Node& resource) {
      if (!isAutoscaleResource(resource)) return;
      ++found;
      const Node resourceProperties = resource.member("properties");
      validation::checkSettingTree(reporter, resource, resourceProperties, true);
    });
    if (found > 0) return;
  } else if (properties.isObject()) {
    validation::checkSettingTree(reporter, root, properties, true);
    return;
  } else if (root.member("profiles").exists()) {
    validation::checkSettingTree(reporter, root, root, false);
    return;
  }
  reporter.report(DiagnosticCode::NoAutoscaleSetting, root,
                  "the document is neither an autoscale setting resource, its properties, nor "
                  "an ARM template declaring one");
}

}  // namespace

Diagnostics validateJson(const nlohmann::ordered_json& tree) {
  Reporter reporter;
  try {
    validateTree(reporter, tree);
  } catch (const std::exception& error) {
    // The checks do not throw on any tree; this keeps the promise if one ever did.
    reporter.report(DiagnosticCode::NoAutoscaleSetting, "$",
                    std::string("the document could not be checked: ") + error.what());
  }
  return reporter.take();
}

Diagnostics validateText(std::string_view text) {
  Json tree;
  try {
    tree = Json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& error) {
    Reporter reporter;
    reporter.report(DiagnosticCode::SyntaxError, "$", error.what());
    Diagnostics diagnostics = reporter.take();
    diagnostics.front().location = locationOfOffset(text, error.byte > 0 ? error.byte - 1 : 0);
    return diagnostics;
  } catch (const std::exception& error) {
    Reporter reporter;
    reporter.report(DiagnosticCode::SyntaxError, "$", error.what());
    return reporter.take();
  }
  return validateJson(tree);
}

}  // namespace autoscale::models
