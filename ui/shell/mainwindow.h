#pragma once

#include <QMainWindow>

namespace autoscale::ui {

// The studio's one main window: document tabs, menus, problems panel and status bar.
class MainWindow final : public QMainWindow {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MainWindow)

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;
};

}  // namespace autoscale::ui
