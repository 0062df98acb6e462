#pragma once

#include <QString>
#include <QStringList>

namespace autoscale::ui {

class MainWindow;

// Renders the main views of the current document to PNG files in `folder`: configure.png,
// rule-panel.png, notify.png, json.png. Returns the files written, or an error message.
struct ScreenshotResult {
  QStringList files;
  QString error;
};

ScreenshotResult renderScreenshots(MainWindow& window, const QString& folder);

}  // namespace autoscale::ui
