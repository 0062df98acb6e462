// `autoscale version`: the same as --version, for scripts that prefer a command.
#include <QCoreApplication>

#include "cliio.h"
#include "commandtable.h"

namespace autoscale::cli {
namespace {

int runVersion(const QStringList& /*args*/) {
  printOut(QStringLiteral("autoscale %1\n").arg(QCoreApplication::applicationVersion()));
  return ExitOk;
}

const CommandRegistration registration{{"version", "print the version", 1000, &runVersion}};

}  // namespace
}  // namespace autoscale::cli
