#include "ui/shell/mainwindow.h"

#include <QLabel>

namespace autoscale::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("Autoscale Studio"));
  auto* placeholder = new QLabel(tr("Open an autoscale settings file to begin."), this);
  placeholder->setAlignment(Qt::AlignCenter);
  setCentralWidget(placeholder);
  resize(1280, 800);
}

MainWindow::~MainWindow() = default;

}  // namespace autoscale::ui
