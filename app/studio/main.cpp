// autoscale-studio: builds and wires the objects of the GUI, nothing else.
#include <QApplication>
#include <QCommandLineParser>

#include "models/core/version.h"
#include "ui/shell/mainwindow.h"

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Autoscale Studio"));
  QApplication::setOrganizationName(QStringLiteral("Autoscale Studio"));
  QApplication::setApplicationVersion(QLatin1String(autoscale::models::productVersion()));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral("Design, check, preview and deploy autoscale settings."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.process(app);

  autoscale::ui::MainWindow window;
  window.show();
  return QApplication::exec();
}
