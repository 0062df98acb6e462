// The main window's menus and actions (kept apart from document handling).
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QUndoGroup>

#include "ui/document/editordocument.h"
#include "ui/shell/documentmanager.h"
#include "ui/shell/documentview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/problemsdock.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/templatecatalog.h"

namespace autoscale::ui {

void MainWindow::buildMenus() {
  menuBar()->addMenu(buildFileMenu());

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
  undo->setShortcuts(QKeySequence::Undo);
  undo->setObjectName(QStringLiteral("undoAction"));
  QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
  redo->setShortcuts(QKeySequence::Redo);
  redo->setObjectName(QStringLiteral("redoAction"));
  edit->addAction(undo);
  edit->addAction(redo);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* problems = m_problems->toggleViewAction();
  problems->setText(tr("&Problems"));
  problems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
  view->addAction(problems);
  view->addSeparator();
  int key = 0;
  for (const auto& spec : m_tabs.tabs()) {
    QAction* show = view->addAction(spec.title);
    if (key < 9) show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + key)));
    ++key;
    connect(show, &QAction::triggered, this, [this, id = spec.id] {
      if (DocumentView* current = currentView()) current->showTab(id);
    });
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  QAction* about = help->addAction(tr("&About Autoscale Studio"));
  about->setMenuRole(QAction::AboutRole);
  connect(about, &QAction::triggered, this, [this] {
    QMessageBox::about(this, tr("About Autoscale Studio"),
                       tr("<b>Autoscale Studio %1</b><p>Design, check, preview and deploy the "
                          "autoscale settings (Microsoft.Insights/autoscalesettings) of Azure ML "
                          "endpoints, offline and with undo.</p>")
                           .arg(QApplication::applicationVersion()));
  });
  QAction* aboutQt = help->addAction(tr("About &Qt"));
  aboutQt->setMenuRole(QAction::AboutQtRole);
  connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QMenu* MainWindow::buildFileMenu() {
  QMenu* file = new QMenu(tr("&File"), this);
  QAction* newBlank = file->addAction(tr("&New"));
  newBlank->setShortcuts(QKeySequence::New);
  connect(newBlank, &QAction::triggered, this,
          [this] { newFromTemplate(QStringLiteral("blank")); });
  QMenu* fromTemplate = file->addMenu(tr("New from &template"));
  for (const auto& info : settingTemplateList()) {
    QAction* action = fromTemplate->addAction(info.title);
    connect(action, &QAction::triggered, this, [this, id = info.id] { newFromTemplate(id); });
  }
  QAction* open = file->addAction(tr("&Open…"));
  open->setShortcuts(QKeySequence::Open);
  connect(open, &QAction::triggered, this, &MainWindow::openWithDialog);
  m_recentMenu = file->addMenu(tr("Open &Recent"));
  rebuildRecentMenu();
  QAction* import = file->addAction(tr("&Import from ARM template…"));
  connect(import, &QAction::triggered, this, &MainWindow::importWithDialog);
  file->addSeparator();
  QAction* save = file->addAction(tr("&Save"));
  save->setShortcuts(QKeySequence::Save);
  connect(save, &QAction::triggered, this, [this] {
    if (DocumentView* view = currentView()) saveDocument(&view->document());
  });
  QAction* saveAs = file->addAction(tr("Save &As…"));
  saveAs->setShortcuts(QKeySequence::SaveAs);
  connect(saveAs, &QAction::triggered, this, &MainWindow::saveCurrentAs);
  QAction* close = file->addAction(tr("&Close"));
  close->setShortcuts(QKeySequence::Close);
  connect(close, &QAction::triggered, this, &MainWindow::closeCurrent);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"));
  quit->setShortcuts(QKeySequence::Quit);
  quit->setMenuRole(QAction::QuitRole);
  connect(quit, &QAction::triggered, this, &QWidget::close);
  return file;
}

void MainWindow::rebuildRecentMenu() {
  if (!m_recentMenu) return;
  m_recentMenu->clear();
  const QStringList files = m_recent.files();
  for (const QString& path : files) {
    QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
    action->setToolTip(path);
    action->setStatusTip(path);
    connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
  }
  if (!files.isEmpty()) m_recentMenu->addSeparator();
  QAction* clear = m_recentMenu->addAction(tr("Clear the list"));
  clear->setEnabled(!files.isEmpty());
  connect(clear, &QAction::triggered, &m_recent, &RecentFiles::clear);
}

void MainWindow::openWithDialog() {
  const QStringList paths = QFileDialog::getOpenFileNames(
      this, tr("Open autoscale settings"), QString(), tr("JSON files (*.json);;All files (*)"));
  for (const QString& path : paths) openFile(path);
}

void MainWindow::importWithDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Import from ARM template"), QString(),
                                                    tr("ARM templates (*.json);;All files (*)"));
  if (!path.isEmpty()) importArmTemplate(path);
}

void MainWindow::saveCurrentAs() {
  DocumentView* view = currentView();
  if (!view) return;
  const QString start = view->document().filePath().isEmpty()
                            ? view->document().displayName() + QStringLiteral(".json")
                            : view->document().filePath();
  const QString path = QFileDialog::getSaveFileName(this, tr("Save autoscale setting as"), start,
                                                    tr("JSON files (*.json);;All files (*)"));
  if (!path.isEmpty()) saveDocumentAs(&view->document(), path);
}

void MainWindow::closeCurrent() {
  DocumentView* view = currentView();
  if (view && confirmClose(&view->document())) m_documents.close(&view->document());
}

}  // namespace autoscale::ui
