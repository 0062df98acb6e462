#pragma once

#include <QElapsedTimer>
#include <QObject>

// --quit-after-start: waits for the main window's first paint, prints how long the start
// took and the resident memory, and quits. This is what the start-up benchmark measures.
class FirstPaintProbe final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(FirstPaintProbe)

 public:
  FirstPaintProbe(QObject* window, QElapsedTimer started);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QElapsedTimer m_started;
  bool m_done = false;
};
