#pragma once

#include "ui/shell/mainwindow.h"

// Which checks the Problems panel runs on a document.
autoscale::ui::MainWindow::DiagnosticsProvider studioDiagnostics();
