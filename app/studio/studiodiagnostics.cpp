#include "studiodiagnostics.h"

#include "models/validation/validator.h"
#include "ui/document/editordocument.h"

autoscale::ui::MainWindow::DiagnosticsProvider studioDiagnostics() {
  // Schema limits and lint of every setting in the file, with positions for the JSON tab.
  return [](const autoscale::ui::EditorDocument& document) {
    const auto* parsed = document.document();
    return parsed ? autoscale::models::validate(*parsed) : autoscale::models::Diagnostics{};
  };
}
