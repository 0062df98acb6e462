#pragma once

#include <QString>

// Plain output helpers for the CLI: UTF-8 to stdout/stderr, no Qt message decoration.
namespace autoscale::cli {

enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2 };

void printOut(const QString& text);
void printErr(const QString& text);

// Prints "autoscale: <message>" to stderr and returns ExitUsage.
int usageError(const QString& message);

}  // namespace autoscale::cli
