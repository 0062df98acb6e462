#pragma once

#include <string>
#include <vector>

namespace autoscale::models {

enum class Severity { Error, Warning, Info };

const char* severityName(Severity severity);

// Where a diagnostic points in the source text; 1-based, 0 when unknown.
struct SourceLocation {
  int line = 0;
  int column = 0;
};

// One finding about a document: what is wrong, where (a JSONPath such as
// `$.properties.profiles[0].rules[1]`), and how to fix it. Codes are stable identifiers
// listed in docs/diagnostics.md.
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;
  std::string jsonPath;
  std::string message;
  std::string hint;
  SourceLocation location;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);

}  // namespace autoscale::models
