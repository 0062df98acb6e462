#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace autoscale::ui {

class RulesModel;

// The rules of a condition as plain-language lines, with "+ Add a rule", edit, delete and
// reorder. It only asks; the card turns requests into edits.
class RuleListWidget final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(RuleListWidget)

 public:
  explicit RuleListWidget(QWidget* parent = nullptr);

  RulesModel* model() const { return m_model; }
  int currentRow() const;
  void setCurrentRow(int row);

 signals:
  void addRequested();
  void editRequested(int row);
  void removeRequested(int row);
  void moveRequested(int row, int newRow);

 private:
  void updateButtons();

  RulesModel* m_model = nullptr;
  QListView* m_view = nullptr;
  QPushButton* m_edit = nullptr;
  QPushButton* m_remove = nullptr;
  QPushButton* m_up = nullptr;
  QPushButton* m_down = nullptr;
};

}  // namespace autoscale::ui
