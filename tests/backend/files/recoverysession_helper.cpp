// Takes a recovery session, autosaves one document and then waits to be killed: the stand-in
// for a studio that crashes with unsaved work.
#include <QCoreApplication>
#include <QThread>
#include <cstdio>

#include "backend/files/recoverystore.h"

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  const QStringList args = QCoreApplication::arguments();
  if (args.size() < 3) return 2;
  autoscale::backend::RecoveryStore store(args.at(1));
  if (!store.begin().ok()) return 3;
  autoscale::backend::RecoveryEntry entry;
  entry.key = QStringLiteral("doc1");
  entry.originalPath = QStringLiteral("/tmp/original.json");
  entry.title = QStringLiteral("original.json");
  entry.bytes = args.at(2).toUtf8();
  if (!store.save(entry).ok()) return 4;
  std::puts("ready");
  std::fflush(stdout);
  for (int i = 0; i < 600; ++i) QThread::msleep(100);  // bounded: one minute at most
  return 0;
}
