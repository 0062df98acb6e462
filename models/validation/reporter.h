#pragma once

#include <string>

#include "models/core/diagnostic.h"
#include "models/validation/diagnosticcatalog.h"
#include "models/validation/jsonnode.h"

namespace autoscale::models::validation {

// Collects the findings of one validation run. Severity and the usual hint come from the
// catalog, so that a code always means the same thing.
class Reporter final {
 public:
  // `hint` replaces the catalog's hint when the finding allows a more precise one.
  void report(DiagnosticCode code, const Node& at, std::string message, std::string hint = {});
  void report(DiagnosticCode code, std::string jsonPath, std::string message,
              std::string hint = {});

  const Diagnostics& diagnostics() const { return m_diagnostics; }
  Diagnostics take() { return std::move(m_diagnostics); }

 private:
  Diagnostics m_diagnostics;
};

}  // namespace autoscale::models::validation
