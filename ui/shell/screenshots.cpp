#include "ui/shell/screenshots.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

#include "ui/configure/conditioncardwidget.h"
#include "ui/configure/configuretab.h"
#include "ui/document/editordocument.h"
#include "ui/rules/scalerulepanel.h"
#include "ui/shell/documentview.h"
#include "ui/shell/mainwindow.h"

namespace autoscale::ui {
namespace {

void settle() {
  // Layouts and deferred paints need a few turns of the event loop.
  for (int i = 0; i < 5; ++i) QApplication::processEvents();
}

bool save(QWidget& widget, const QString& path) {
  settle();
  return widget.grab().save(path, "PNG");
}

}  // namespace

ScreenshotResult renderScreenshots(MainWindow& window, const QString& folder) {
  ScreenshotResult result;
  DocumentView* view = window.currentView();
  if (!view) {
    result.error = QApplication::translate("Screenshots", "No document is open.");
    return result;
  }
  if (!QDir().mkpath(folder)) {
    result.error = QApplication::translate("Screenshots", "Cannot create %1").arg(folder);
    return result;
  }
  window.show();
  settle();
  const QDir dir(folder);
  const auto shoot = [&](QWidget& widget, const QString& name) {
    const QString path = dir.filePath(name);
    if (save(widget, path)) {
      result.files << path;
    } else if (result.error.isEmpty()) {
      result.error = QApplication::translate("Screenshots", "Cannot write %1").arg(path);
    }
  };

  view->showTab(QStringLiteral("configure"));
  shoot(window, QStringLiteral("configure.png"));

  if (ConfigureTab* configure = view->configureTab(); configure && !configure->cards().empty()) {
    const auto& card = configure->cards().front()->card();
    const bool hasRule = !view->document().setting().profiles.at(card.profileIndex).rules.empty();
    configure->openRuleEditor(card, hasRule ? 0 : -1);
    if (ScaleRulePanel* panel = configure->rulePanel()) {
      shoot(*panel, QStringLiteral("rule-panel.png"));
      panel->reject();
    }
  }

  view->showTab(QStringLiteral("notify"));
  shoot(window, QStringLiteral("notify.png"));
  view->showTab(QStringLiteral("json"));
  shoot(window, QStringLiteral("json.png"));
  view->showTab(QStringLiteral("configure"));
  return result;
}

}  // namespace autoscale::ui
