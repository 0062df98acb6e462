#include "studiodiagnostics.h"

#include "ui/document/editordocument.h"

autoscale::ui::MainWindow::DiagnosticsProvider studioDiagnostics() {
  // Syntax errors and a missing setting are reported by the window itself; the setting's own
  // checks come from models/validation once it is part of the build.
  return [](const autoscale::ui::EditorDocument&) { return autoscale::models::Diagnostics{}; };
}
