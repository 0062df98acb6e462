// autoscale-sandbox: a local service that speaks the ARM API of autoscale settings and metrics.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "models/core/version.h"

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("autoscale-sandbox"));
  QCoreApplication::setApplicationVersion(QLatin1String(autoscale::models::productVersion()));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "A local Azure Resource Manager compatible service for autoscale settings and the "
      "metrics of emulated Azure ML online endpoints."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.process(app);
  return 0;
}
