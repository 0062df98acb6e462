#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <vector>

#include "models/core/result.h"

class QLockFile;

namespace autoscale::backend {

// One autosaved document: what the user had in the editor, and which file it belongs to.
struct RecoveryEntry {
  QString key;           // identifies the document within the session that wrote it
  QString originalPath;  // empty for a document that was never saved
  QString title;
  QDateTime savedAt;
  QByteArray bytes;
};

// Autosave snapshots and crash recovery.
//
// Every running studio owns a session folder under `rootDir`, marked by a lock file that the
// operating system's process table keeps honest: when the process dies (even by SIGKILL) the
// lock becomes stale. At start-up, folders whose lock can be taken belong to sessions that
// ended without cleaning up, that is, crashed: their snapshots are offered for recovery.
// A clean exit removes the session folder.
class RecoveryStore final {
 public:
  explicit RecoveryStore(QString rootDir);
  ~RecoveryStore();
  RecoveryStore(const RecoveryStore&) = delete;
  RecoveryStore& operator=(const RecoveryStore&) = delete;

  // Creates and locks this session's folder. Call once before save().
  models::Status begin();
  const QString& rootDir() const { return m_rootDir; }
  const QString& sessionDir() const { return m_sessionDir; }

  // Writes (atomically) or replaces the snapshot of document `key`.
  models::Status save(const RecoveryEntry& entry);
  // Forgets the snapshot of `key` (after a save, or when the document is closed).
  void discard(const QString& key);
  // The snapshots this session holds now.
  std::vector<RecoveryEntry> entries() const;

  // Snapshots left behind by crashed sessions, newest first. Their folders stay locked by
  // this store until forgetOrphans(), so that two studios started together do not both
  // offer them.
  std::vector<RecoveryEntry> claimOrphans();
  // Deletes the folders of the orphans claimed so far (after they were restored or declined).
  void forgetOrphans();
  // Removes this session's folder (clean exit). Also done by the destructor.
  void end();

 private:
  static std::vector<RecoveryEntry> readFolder(const QString& dir);

  QString m_rootDir;
  QString m_sessionDir;
  std::unique_ptr<QLockFile> m_lock;
  std::vector<std::pair<QString, std::unique_ptr<QLockFile>>> m_claimed;
};

}  // namespace autoscale::backend
