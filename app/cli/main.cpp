// autoscale: the headless command line of Autoscale Studio.
#include <QCoreApplication>

#include "cliio.h"
#include "commandtable.h"
#include "models/core/version.h"

namespace {

QString helpText() {
  QString text = QStringLiteral(
      "Usage: autoscale COMMAND [OPTIONS] [ARGS]\n\n"
      "Validate, edit, simulate, export and deploy Azure autoscale settings.\n\n"
      "Commands:\n");
  for (const auto& command : autoscale::cli::commands()) {
    text += QStringLiteral("  %1 %2\n")
                .arg(QLatin1String(command.name), -10)
                .arg(QLatin1String(command.summary));
  }
  text += QStringLiteral(
      "\nRun 'autoscale COMMAND --help' for the options of a command.\n"
      "Options:\n  -h, --help     show this help\n  -V, --version  show the version\n");
  return text;
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("autoscale"));
  QCoreApplication::setApplicationVersion(QLatin1String(autoscale::models::productVersion()));

  QStringList args = QCoreApplication::arguments();
  args.removeFirst();
  if (args.isEmpty()) {
    autoscale::cli::printErr(helpText());
    return autoscale::cli::ExitUsage;
  }
  const QString first = args.takeFirst();
  if (first == QLatin1String("-h") || first == QLatin1String("--help") ||
      first == QLatin1String("help")) {
    autoscale::cli::printOut(helpText());
    return autoscale::cli::ExitOk;
  }
  if (first == QLatin1String("-V") || first == QLatin1String("--version")) {
    autoscale::cli::printOut(QStringLiteral("autoscale %1\n").arg(app.applicationVersion()));
    return autoscale::cli::ExitOk;
  }
  const auto* command = autoscale::cli::findCommand(first);
  if (!command) {
    return autoscale::cli::usageError(
        QStringLiteral("unknown command '%1'; see 'autoscale --help'").arg(first));
  }
  return command->run(args);
}
