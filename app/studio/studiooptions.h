#pragma once

#include <QString>
#include <QStringList>
#include <optional>

#include "ui/shell/mainwindow.h"

class QCoreApplication;

// The studio's command line.
struct StudioOptions {
  QStringList files;
  QString screenshotDir;  // --screenshot DIR: render the main views and exit
  QString dataDir;        // --data-dir: settings, recovery and samples (default: per user)
  autoscale::ui::RecoveryChoice recovery = autoscale::ui::RecoveryChoice::Ask;
  QString editsFile;  // --apply FILE: scripted edits on the first document
  QString stateFile;  // --dump-state FILE: write the open documents and quit
  int autosaveMs = 3000;
  bool noSamples = false;
  bool quitAfterStart = false;
};

// Parses the command line (exits with a message on --help, --version or a usage error).
StudioOptions parseStudioOptions(const QCoreApplication& app);
