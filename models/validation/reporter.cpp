#include "models/validation/reporter.h"

#include <utility>

namespace autoscale::models::validation {

void Reporter::report(DiagnosticCode code, const Node& at, std::string message, std::string hint) {
  report(code, at.path(), std::move(message), std::move(hint));
}

void Reporter::report(DiagnosticCode code, std::string jsonPath, std::string message,
                      std::string hint) {
  const DiagnosticInfo& info = diagnosticInfo(code);
  Diagnostic diagnostic;
  diagnostic.severity = info.severity;
  diagnostic.code = std::string(info.code);
  diagnostic.jsonPath = std::move(jsonPath);
  diagnostic.message = std::move(message);
  diagnostic.hint = hint.empty() ? std::string(info.hint) : std::move(hint);
  m_diagnostics.push_back(std::move(diagnostic));
}

}  // namespace autoscale::models::validation
