#include "ui/shell/mainwindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>

#include "backend/files/documentfile.h"
#include "ui/document/editordocument.h"
#include "ui/itemmodels/problemsmodel.h"
#include "ui/shell/documentmanager.h"
#include "ui/shell/documentview.h"
#include "ui/shell/problemsdock.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/settingpicker.h"
#include "ui/shell/templatecatalog.h"

namespace autoscale::ui {
namespace {

// Re-checking runs validation over the whole document; wait for a pause in editing.
constexpr int kProblemsDelayMs = 150;

}  // namespace

MainWindow::MainWindow(DocumentManager& documents, RecentFiles& recent, DocumentTabRegistry tabs,
                       QWidget* parent)
    : QMainWindow(parent), m_documents(documents), m_recent(recent), m_tabs(std::move(tabs)) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowTitle(tr("Autoscale Studio"));
  m_undoGroup = new QUndoGroup(this);

  auto* welcome =
      new QLabel(tr("Open an autoscale settings file (File → Open) or start from a "
                    "template (File → New from template)."));
  welcome->setAlignment(Qt::AlignCenter);
  welcome->setWordWrap(true);
  m_documentTabs = new QTabWidget;
  m_documentTabs->setObjectName(QStringLiteral("openDocuments"));
  m_documentTabs->setTabsClosable(true);
  m_documentTabs->setMovable(true);
  m_center = new QStackedWidget;
  m_center->addWidget(welcome);
  m_center->addWidget(m_documentTabs);
  setCentralWidget(m_center);

  m_problems = new ProblemsDock(this);
  addDockWidget(Qt::BottomDockWidgetArea, m_problems);

  m_problemCount = new QLabel;
  m_problemCount->setObjectName(QStringLiteral("problemCountLabel"));
  m_connection = new QLabel(tr("Connection: Local sandbox"));
  statusBar()->addPermanentWidget(m_problemCount);
  statusBar()->addPermanentWidget(m_connection);

  m_problemsTimer.setSingleShot(true);
  m_problemsTimer.setInterval(kProblemsDelayMs);
  connect(&m_problemsTimer, &QTimer::timeout, this, &MainWindow::refreshProblems);
  connect(m_problems, &ProblemsDock::jumpRequested, this, &MainWindow::jumpTo);
  connect(m_documentTabs, &QTabWidget::currentChanged, this, &MainWindow::currentChanged);
  connect(m_documentTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
    auto* view = qobject_cast<DocumentView*>(m_documentTabs->widget(index));
    if (view && confirmClose(&view->document())) m_documents.close(&view->document());
  });
  connect(&m_documents, &DocumentManager::documentOpened, this, &MainWindow::addView);
  connect(&m_documents, &DocumentManager::documentClosing, this, &MainWindow::removeView);
  connect(&m_documents, &DocumentManager::documentSaved, this, [this](EditorDocument* document) {
    if (auto* view = viewFor(document)) view->hideExternalChange();
    m_recent.add(document->filePath());
    updateTitles();
  });
  connect(&m_documents, &DocumentManager::changedOnDisk, this, [this](EditorDocument* document) {
    if (auto* view = viewFor(document)) view->showExternalChange(false);
  });
  connect(&m_documents, &DocumentManager::removedFromDisk, this, [this](EditorDocument* document) {
    if (auto* view = viewFor(document)) view->showExternalChange(true);
  });
  connect(&m_documents, &DocumentManager::autosaved, this, [this](int count) {
    statusBar()->showMessage(tr("Autosaved for recovery: %1 document(s).").arg(count), 2000);
  });
  connect(&m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

  buildMenus();
  for (EditorDocument* document : m_documents.documents()) addView(document);
  resize(1280, 900);
  // The form is what people work in; the Problems panel starts small.
  resizeDocks({m_problems}, {150}, Qt::Vertical);
  currentChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDiagnosticsProvider(DiagnosticsProvider provider) {
  m_diagnostics = std::move(provider);
  refreshProblems();
}

DocumentView* MainWindow::currentView() const {
  return qobject_cast<DocumentView*>(m_documentTabs->currentWidget());
}

DocumentView* MainWindow::viewFor(const EditorDocument* document) const {
  for (int i = 0; i < m_documentTabs->count(); ++i) {
    auto* view = qobject_cast<DocumentView*>(m_documentTabs->widget(i));
    if (view && &view->document() == document) return view;
  }
  return nullptr;
}

void MainWindow::addView(EditorDocument* document) {
  auto* view = new DocumentView(*document, m_tabs);
  m_undoGroup->addStack(document->undoStack());
  const int index = m_documentTabs->addTab(view, document->displayName());
  m_documentTabs->setCurrentIndex(index);
  m_center->setCurrentWidget(m_documentTabs);
  connect(document, &EditorDocument::modifiedChanged, this, &MainWindow::updateTitles);
  connect(document, &EditorDocument::filePathChanged, this, &MainWindow::updateTitles);
  connect(document, &EditorDocument::changed, &m_problemsTimer, qOverload<>(&QTimer::start));
  connect(document, &EditorDocument::editFailed, this, &MainWindow::showStatus);
  connect(view, &DocumentView::reloadRequested, this, [this, view] {
    const auto status = m_documents.reload(&view->document());
    if (!status) showStatus(QString::fromStdString(status.error.message));
    view->hideExternalChange();
  });
  connect(view, &DocumentView::keepMineRequested, this, [this, view] {
    m_documents.keepMine(&view->document());
    view->hideExternalChange();
  });
  updateTitles();
}

void MainWindow::removeView(EditorDocument* document) {
  if (auto* view = viewFor(document)) {
    m_documentTabs->removeTab(m_documentTabs->indexOf(view));
    view->deleteLater();
  }
  m_undoGroup->removeStack(document->undoStack());
  if (m_documentTabs->count() == 0) m_center->setCurrentIndex(0);
  currentChanged();
}

void MainWindow::updateTitles() {
  for (int i = 0; i < m_documentTabs->count(); ++i) {
    auto* view = qobject_cast<DocumentView*>(m_documentTabs->widget(i));
    if (!view) continue;
    const EditorDocument& document = view->document();
    m_documentTabs->setTabText(
        i, document.displayName() + (document.isModified() ? QStringLiteral("*") : QString()));
    m_documentTabs->setTabToolTip(i, document.filePath());
  }
  if (DocumentView* view = currentView()) {
    setWindowTitle(tr("%1[*] — Autoscale Studio").arg(view->document().displayName()));
    setWindowModified(view->document().isModified());
  } else {
    setWindowTitle(tr("Autoscale Studio"));
  }
}

void MainWindow::currentChanged() {
  DocumentView* view = currentView();
  m_undoGroup->setActiveStack(view ? view->document().undoStack() : nullptr);
  updateTitles();
  refreshProblems();
}

void MainWindow::refreshProblems() {
  m_problemsTimer.stop();
  models::Diagnostics diagnostics;
  if (DocumentView* view = currentView()) {
    const EditorDocument& document = view->document();
    if (const auto& error = document.state().syntaxError) {
      diagnostics.push_back(*error);
    } else if (!document.hasSetting()) {
      models::Diagnostic none;
      none.severity = models::Severity::Error;
      none.code = "studio.noSetting";
      none.jsonPath = "$";
      none.message = tr("The JSON holds no autoscale setting.").toStdString();
      none.hint = tr("Open a Microsoft.Insights/autoscalesettings resource, an ARM template that "
                     "contains one, or its properties object.")
                      .toStdString();
      diagnostics.push_back(none);
    } else if (m_diagnostics) {
      diagnostics = m_diagnostics(document);
      // Give every finding a position so a click can also show it in the JSON text.
      for (auto& diagnostic : diagnostics) {
        if (diagnostic.location.line > 0) continue;
        if (const auto path = models::JsonPath::parse(diagnostic.jsonPath)) {
          diagnostic.location = document.document()->locate(*path);
        }
      }
    }
  }
  m_problems->model()->setDiagnostics(std::move(diagnostics));
  const int errors = m_problems->model()->errorCount();
  const int warnings = m_problems->model()->warningCount();
  m_problemCount->setText(tr("Errors: %1, warnings: %2").arg(errors).arg(warnings));
}

void MainWindow::jumpTo(const QString& jsonPath, int line, int column) {
  if (DocumentView* view = currentView()) view->reveal(jsonPath, line, column);
}

void MainWindow::showStatus(const QString& message) {
  statusBar()->showMessage(message, 8000);
}

bool MainWindow::openFile(const QString& path) {
  auto opened = m_documents.open(path);
  if (!opened) {
    showStatus(QString::fromStdString(opened.error().message));
    m_recent.remove(path);
    return false;
  }
  m_recent.add(path);
  if (auto* view = viewFor(*opened)) m_documentTabs->setCurrentWidget(view);
  return true;
}

void MainWindow::newFromTemplate(const QString& templateId) {
  const auto text = settingTemplateText(templateId);
  if (text.isEmpty()) {
    showStatus(tr("There is no template named %1.").arg(templateId));
    return;
  }
  m_documents.create(text, QString());
}

bool MainWindow::importArmTemplate(const QString& path) {
  auto file = backend::DocumentFile::read(path);
  if (!file) {
    showStatus(QString::fromStdString(file.error().message));
    return false;
  }
  const auto loaded = models::SettingDocument::load(file->bytes.toStdString());
  if (!loaded.document || loaded.document->settings().empty()) {
    QMessageBox::warning(this, tr("Import from ARM template"),
                         loaded.syntaxError
                             ? tr("The file does not parse: %1")
                                   .arg(QString::fromStdString(loaded.syntaxError->message))
                             : tr("The file holds no Microsoft.Insights/autoscalesettings "
                                  "resource."));
    return false;
  }
  const auto& doc = *loaded.document;
  int index = 0;
  if (doc.settings().size() > 1) {
    QStringList names;
    for (std::size_t i = 0; i < doc.settings().size(); ++i) {
      names << QString::fromStdString(doc.setting(i).name);
    }
    index = pickSetting(this, names);
    if (index < 0) return false;
  }
  const auto* resource = doc.find(doc.settings().at(static_cast<std::size_t>(index)).resource);
  if (!resource) return false;
  const auto imported = models::SettingDocument::fromJson(*resource);
  m_documents.create(QByteArray::fromStdString(imported.text()),
                     tr("%1 (imported)").arg(QFileInfo(path).completeBaseName()));
  return true;
}

bool MainWindow::saveDocument(EditorDocument* document) {
  if (document->filePath().isEmpty()) {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save autoscale setting"), document->displayName() + QStringLiteral(".json"),
        tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty()) return false;
    return saveDocumentAs(document, path);
  }
  const auto status = m_documents.save(document);
  if (!status) {
    showStatus(QString::fromStdString(status.error.message));
    return false;
  }
  showStatus(tr("Saved %1").arg(document->filePath()));
  return true;
}

bool MainWindow::saveDocumentAs(EditorDocument* document, const QString& path) {
  const auto status = m_documents.saveAs(document, path);
  if (!status) {
    showStatus(QString::fromStdString(status.error.message));
    return false;
  }
  showStatus(tr("Saved %1").arg(path));
  return true;
}

int MainWindow::offerRecovery(RecoveryChoice choice) {
  const auto entries = m_documents.pendingRecovery();
  if (entries.empty()) return 0;
  if (choice == RecoveryChoice::Ask) {
    QStringList names;
    for (const auto& entry : entries) {
      names << (entry.originalPath.isEmpty() ? entry.title : entry.originalPath);
    }
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                    tr("Autoscale Studio did not close properly last time. Restore the unsaved "
                       "edits of these documents (%1)?")
                        .arg(entries.size()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(names.join(u'\n'));
    auto* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    auto* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == restore) {
      choice = RecoveryChoice::Restore;
    } else if (box.clickedButton() == discard) {
      choice = RecoveryChoice::Discard;
    } else {
      return 0;  // the autosaves stay for the next start
    }
  }
  int restored = 0;
  if (choice == RecoveryChoice::Restore) {
    for (const auto& entry : entries) {
      if (m_documents.restore(entry)) ++restored;
    }
    // The restored documents are autosaved again by this session right away.
    m_documents.autosave();
  }
  m_documents.finishRecovery();
  if (restored > 0) showStatus(tr("Restored from autosave: %1 document(s).").arg(restored));
  return restored;
}

bool MainWindow::confirmClose(EditorDocument* document) {
  if (!m_confirmClose || !document->isModified()) return true;
  const auto answer =
      QMessageBox::question(this, tr("Close document"),
                            tr("%1 has unsaved changes. Save them?").arg(document->displayName()),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
  if (answer == QMessageBox::Save) return saveDocument(document);
  return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  for (EditorDocument* document : m_documents.documents()) {
    if (!confirmClose(document)) {
      event->ignore();
      return;
    }
  }
  event->accept();
}

}  // namespace autoscale::ui
