#pragma once

#include <QMainWindow>
#include <QTimer>
#include <functional>

#include "models/core/diagnostic.h"
#include "ui/shell/documenttabregistry.h"

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace autoscale::ui {

class DocumentManager;
class DocumentView;
class EditorDocument;
class ProblemsDock;
class RecentFiles;

enum class RecoveryChoice { Ask, Restore, Discard };

// The studio's one main window: a tab per open document, menus with standard shortcuts,
// the Problems panel and the status bar. Files go through the DocumentManager.
class MainWindow final : public QMainWindow {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MainWindow)

 public:
  using DiagnosticsProvider = std::function<models::Diagnostics(const EditorDocument&)>;

  MainWindow(DocumentManager& documents, RecentFiles& recent, DocumentTabRegistry tabs,
             QWidget* parent = nullptr);
  ~MainWindow() override;

  // How the Problems panel gets a document's diagnostics (syntax errors are always shown).
  void setDiagnosticsProvider(DiagnosticsProvider provider);
  // Ask before closing modified documents (off for scripted runs).
  void setConfirmClose(bool confirm) { m_confirmClose = confirm; }

  bool openFile(const QString& path);
  void newFromTemplate(const QString& templateId);
  bool importArmTemplate(const QString& path);
  bool saveDocument(EditorDocument* document);
  bool saveDocumentAs(EditorDocument* document, const QString& path);
  // Offers the autosaves of a crashed session; returns how many documents were restored.
  int offerRecovery(RecoveryChoice choice);

  DocumentView* currentView() const;
  DocumentView* viewFor(const EditorDocument* document) const;
  ProblemsDock* problems() const { return m_problems; }
  void refreshProblems();

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildMenus();
  QMenu* buildFileMenu();
  void rebuildRecentMenu();
  void addView(EditorDocument* document);
  void removeView(EditorDocument* document);
  void updateTitles();
  void currentChanged();
  bool confirmClose(EditorDocument* document);
  void showStatus(const QString& message);
  void openWithDialog();
  void importWithDialog();
  void saveCurrentAs();
  void closeCurrent();
  void jumpTo(const QString& jsonPath, int line, int column);

  DocumentManager& m_documents;
  RecentFiles& m_recent;
  DocumentTabRegistry m_tabs;
  DiagnosticsProvider m_diagnostics;
  QStackedWidget* m_center = nullptr;
  QTabWidget* m_documentTabs = nullptr;
  ProblemsDock* m_problems = nullptr;
  QUndoGroup* m_undoGroup = nullptr;
  QMenu* m_recentMenu = nullptr;
  QLabel* m_problemCount = nullptr;
  QLabel* m_connection = nullptr;
  QTimer m_problemsTimer;
  bool m_confirmClose = true;
};

}  // namespace autoscale::ui
