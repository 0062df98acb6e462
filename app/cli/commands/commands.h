#pragma once

#include <QStringList>

// One function per sub-command. Each receives the arguments after the command name and
// returns the process exit code: 0 success, 1 findings (invalid document, drift …),
// 2 usage or I/O error.
namespace autoscale::cli {

}  // namespace autoscale::cli
