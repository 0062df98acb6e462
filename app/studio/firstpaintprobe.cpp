#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <cstdio>

namespace {

// Resident set size in KiB from /proc (Linux); -1 elsewhere.
long residentKiB() {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly)) return -1;
  const QList<QByteArray> lines = status.readAll().split('\n');
  for (const QByteArray& line : lines) {
    if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').value(0).toLong();
  }
  return -1;
}

}  // namespace

FirstPaintProbe::FirstPaintProbe(QObject* window, QElapsedTimer started)
    : QObject(window), m_started(started) {
  window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event) {
  if (!m_done && event->type() == QEvent::Paint) {
    m_done = true;
    // Report after this paint has finished.
    QTimer::singleShot(0, this, [this] {
      std::printf("first-paint-ms %lld\nrss-kib %ld\n", static_cast<long long>(m_started.elapsed()),
                  residentKiB());
      std::fflush(stdout);
      QCoreApplication::quit();
    });
  }
  return QObject::eventFilter(watched, event);
}
