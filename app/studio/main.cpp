// autoscale-studio: builds and wires the objects of the GUI, nothing else.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <cstdio>

#include "backend/files/documentfile.h"
#include "backend/files/recoverystore.h"
#include "firstpaintprobe.h"
#include "models/core/version.h"
#include "studiodiagnostics.h"
#include "studiooptions.h"
#include "ui/document/editordocument.h"
#include "ui/shell/documentmanager.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/sampleworkspace.h"
#include "ui/shell/screenshots.h"
#include "ui/shell/scriptedsession.h"

namespace {

int fail(const QString& message) {
  std::fprintf(stderr, "autoscale-studio: %s\n", qPrintable(message));
  return 2;
}

}  // namespace

int main(int argc, char* argv[]) {
  QElapsedTimer started;
  started.start();
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Autoscale Studio"));
  QApplication::setOrganizationName(QStringLiteral("Autoscale Studio"));
  QApplication::setApplicationVersion(QLatin1String(autoscale::models::productVersion()));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/autoscale-studio.svg")));
  const StudioOptions options = parseStudioOptions(app);

  const QString dataDir = options.dataDir.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                              : options.dataDir;
  if (!options.dataDir.isEmpty()) {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);
  }

  // Screenshots never touch the user's autosaves.
  const bool screenshots = !options.screenshotDir.isEmpty();
  autoscale::backend::RecoveryStore recovery(QDir(dataDir).filePath(QStringLiteral("recovery")));
  const bool autosave = !screenshots && recovery.begin().ok();
  autoscale::ui::DocumentManager documents(autosave ? &recovery : nullptr);
  documents.setAutosaveInterval(options.autosaveMs);
  autoscale::ui::RecentFiles recent;
  autoscale::ui::MainWindow window(documents, recent,
                                   autoscale::ui::DocumentTabRegistry::withStandardTabs());
  window.setDiagnosticsProvider(studioDiagnostics());
  window.setConfirmClose(options.stateFile.isEmpty() && !screenshots);

  QStringList files = options.files;
  QSettings settings;
  const bool firstStart = !settings.value(QStringLiteral("Workspace/SamplesInstalled")).toBool();
  if (screenshots && files.isEmpty()) {
    files = autoscale::ui::installSampleWorkspace(QDir(dataDir).filePath(QStringLiteral("samples")))
                .mid(0, 1);
  } else if (files.isEmpty() && firstStart && !options.noSamples) {
    files =
        autoscale::ui::installSampleWorkspace(QDir(dataDir).filePath(QStringLiteral("samples")));
    settings.setValue(QStringLiteral("Workspace/SamplesInstalled"), true);
  }
  for (const QString& file : files) {
    if (!window.openFile(file) && screenshots) return fail(QStringLiteral("cannot open ") + file);
  }

  if (screenshots) {
    const auto result = autoscale::ui::renderScreenshots(window, options.screenshotDir);
    for (const QString& file : result.files) std::printf("%s\n", qPrintable(file));
    return result.error.isEmpty() ? 0 : fail(result.error);
  }

  if (options.quitAfterStart) new FirstPaintProbe(&window, started);
  window.show();
  if (autosave) window.offerRecovery(options.recovery);

  if (!options.editsFile.isEmpty()) {
    auto edits = autoscale::backend::DocumentFile::read(options.editsFile);
    if (!edits) return fail(QString::fromStdString(edits.error().message));
    if (documents.documents().isEmpty()) return fail(QStringLiteral("--apply needs a document"));
    const auto status =
        autoscale::ui::applyScriptedEdits(*documents.documents().front(), edits->bytes);
    if (!status) return fail(QString::fromStdString(status.error.message));
    documents.autosave();
    std::printf("applied\n");
    std::fflush(stdout);
  }
  if (!options.stateFile.isEmpty()) {
    const auto written = autoscale::backend::DocumentFile::writeAtomically(
        options.stateFile, autoscale::ui::describeOpenDocuments(documents));
    if (!written) return fail(QString::fromStdString(written.error().message));
    return 0;
  }
  return QApplication::exec();
}
