#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace autoscale::ui {

class EditorDocument;

// The JSON tab: the document's text, editable, checked as you type (the error's line is
// marked), applied with Apply as one undoable edit. Text that does not parse is never
// applied.
class JsonTab final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(JsonTab)

 public:
  explicit JsonTab(EditorDocument& document, QWidget* parent = nullptr);

  QPlainTextEdit* editor() const { return m_editor; }
  bool canApply() const;
  // Moves the cursor to a 1-based line and column.
  void goTo(int line, int column);
  void apply();
  void revert();

 private:
  void documentChanged();
  void check();

  EditorDocument& m_document;
  QPlainTextEdit* m_editor = nullptr;
  QLabel* m_status = nullptr;
  QPushButton* m_apply = nullptr;
  QPushButton* m_revert = nullptr;
  QTimer m_checkTimer;
  QString m_shownText;  // the document text the editor was last loaded with
  bool m_valid = true;
};

}  // namespace autoscale::ui
