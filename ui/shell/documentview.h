#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace autoscale::ui {

class ConfigureTab;
class DocumentTabRegistry;
class EditorDocument;
class JsonTab;
class NotifyTab;

// One open document: its tabs, and a bar that says when the file changed on disk.
class DocumentView final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(DocumentView)

 public:
  DocumentView(EditorDocument& document, const DocumentTabRegistry& tabs,
               QWidget* parent = nullptr);

  EditorDocument& document() const { return m_document; }
  QTabWidget* tabs() const { return m_tabs; }
  QWidget* tab(const QString& id) const;
  void showTab(const QString& id);
  ConfigureTab* configureTab() const;
  JsonTab* jsonTab() const;
  NotifyTab* notifyTab() const;

  // The file changed (or vanished) on disk: offer Reload / Keep my version.
  void showExternalChange(bool removed);
  void hideExternalChange();

  // Goes to where a diagnostic points: the JSON text position, or the Configure card.
  void reveal(const QString& jsonPath, int line, int column);

 signals:
  void reloadRequested();
  void keepMineRequested();

 private:
  EditorDocument& m_document;
  QTabWidget* m_tabs = nullptr;
  QWidget* m_changeBar = nullptr;
  QLabel* m_changeText = nullptr;
  QStringList m_tabIds;
};

}  // namespace autoscale::ui
