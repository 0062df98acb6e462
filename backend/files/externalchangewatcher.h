#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace autoscale::backend {

// Tells when a file that the studio has open is changed or removed by someone else.
//
// A change counts only when the content differs from the version the studio last read or
// wrote (so our own atomic saves, which replace the file, raise nothing). Editors and tools
// that save by replacing the file make QFileSystemWatcher forget the path; the watcher adds
// it back once the new file exists.
class ExternalChangeWatcher final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ExternalChangeWatcher)

 public:
  explicit ExternalChangeWatcher(QObject* parent = nullptr);

  // Starts (or restarts) watching `path`, whose current content has `knownHash`.
  void watch(const QString& path, const QByteArray& knownHash);
  // Records that the studio itself wrote or re-read `path`.
  void setKnownHash(const QString& path, const QByteArray& knownHash);
  void unwatch(const QString& path);
  bool isWatching(const QString& path) const;
  // The form of a path that the signals carry (symbolic links resolved).
  static QString canonicalPath(const QString& path);

 signals:
  void fileChanged(const QString& path, const QByteArray& newBytes);
  void fileRemoved(const QString& path);

 private:
  void onPathChanged(const QString& path);
  void checkPending();

  QFileSystemWatcher m_watcher;
  QHash<QString, QByteArray> m_known;  // canonical path -> content hash
  QHash<QString, int> m_pendingChecks;
  QTimer m_settleTimer;
};

}  // namespace autoscale::backend
