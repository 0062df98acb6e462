#include "studiooptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

StudioOptions parseStudioOptions(const QCoreApplication& app) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate(
      "main", "Design, check, preview and deploy the autoscale settings of ML endpoints."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("files"),
                               QCoreApplication::translate("main", "Settings files to open."),
                               QStringLiteral("[FILE…]"));
  const QCommandLineOption screenshot(
      QStringLiteral("screenshot"),
      QCoreApplication::translate("main",
                                  "Render Configure, the rule panel, Notify and JSON of "
                                  "FILE (default: the sample) to PNGs in DIR, then exit."),
      QStringLiteral("DIR"));
  const QCommandLineOption dataDir(
      QStringLiteral("data-dir"),
      QCoreApplication::translate("main", "Keep settings, autosaves and samples in DIR."),
      QStringLiteral("DIR"));
  const QCommandLineOption recovery(
      QStringLiteral("recovery"),
      QCoreApplication::translate("main",
                                  "After a crash: ask (default), restore or discard the "
                                  "autosaved edits. Also AUTOSCALE_STUDIO_RECOVERY."),
      QStringLiteral("ask|restore|discard"));
  const QCommandLineOption apply(
      QStringLiteral("apply"),
      QCoreApplication::translate("main",
                                  "Apply the edits in FILE ([{\"path\", \"value\"}]) to "
                                  "the first document, as undoable edits."),
      QStringLiteral("FILE"));
  const QCommandLineOption dumpState(
      QStringLiteral("dump-state"),
      QCoreApplication::translate("main",
                                  "Write the open documents (path, modified, text) as "
                                  "JSON to FILE once started, then quit."),
      QStringLiteral("FILE"));
  const QCommandLineOption autosave(
      QStringLiteral("autosave-ms"),
      QCoreApplication::translate("main", "Autosave interval in milliseconds (default 3000)."),
      QStringLiteral("MS"));
  const QCommandLineOption noSamples(
      QStringLiteral("no-samples"),
      QCoreApplication::translate("main", "Do not open the sample workspace on first start."));
  const QCommandLineOption quit(
      QStringLiteral("quit-after-start"),
      QCoreApplication::translate("main",
                                  "Quit after the first paint of the main window, printing the "
                                  "start time (ms) and resident memory (KiB)."));
  parser.addOptions({screenshot, dataDir, recovery, apply, dumpState, autosave, noSamples, quit});
  parser.process(app);

  StudioOptions options;
  options.files = parser.positionalArguments();
  options.screenshotDir = parser.value(screenshot);
  options.dataDir = parser.value(dataDir);
  options.editsFile = parser.value(apply);
  options.stateFile = parser.value(dumpState);
  options.noSamples = parser.isSet(noSamples);
  options.quitAfterStart = parser.isSet(quit);
  QString recoveryValue = parser.value(recovery);
  if (recoveryValue.isEmpty()) recoveryValue = qEnvironmentVariable("AUTOSCALE_STUDIO_RECOVERY");
  if (recoveryValue == QStringLiteral("restore")) {
    options.recovery = autoscale::ui::RecoveryChoice::Restore;
  } else if (recoveryValue == QStringLiteral("discard")) {
    options.recovery = autoscale::ui::RecoveryChoice::Discard;
  } else if (!recoveryValue.isEmpty() && recoveryValue != QStringLiteral("ask")) {
    std::fprintf(stderr, "autoscale-studio: --recovery takes ask, restore or discard\n");
    std::exit(2);
  }
  if (parser.isSet(autosave)) {
    bool ok = false;
    options.autosaveMs = parser.value(autosave).toInt(&ok);
    if (!ok || options.autosaveMs < 0) {
      std::fprintf(stderr, "autoscale-studio: --autosave-ms takes a number of milliseconds\n");
      std::exit(2);
    }
  }
  return options;
}
