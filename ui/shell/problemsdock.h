#pragma once

#include <QDockWidget>

class QTableView;

namespace autoscale::ui {

class ProblemsModel;

// The Problems panel: the current document's diagnostics; activating one asks to go there.
class ProblemsDock final : public QDockWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ProblemsDock)

 public:
  explicit ProblemsDock(QWidget* parent = nullptr);

  ProblemsModel* model() const { return m_model; }
  QTableView* view() const { return m_view; }

 signals:
  void jumpRequested(const QString& jsonPath, int line, int column);

 private:
  ProblemsModel* m_model = nullptr;
  QTableView* m_view = nullptr;
};

}  // namespace autoscale::ui
