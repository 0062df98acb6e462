#include "backend/files/externalchangewatcher.h"

#include <QFileInfo>

#include "backend/core/logging.h"
#include "backend/files/documentfile.h"

namespace autoscale::backend {
namespace {

// Writers often truncate then write, or remove then rename: wait a moment for the file to
// settle before reading it, and give a replaced file a few chances to reappear.
constexpr int kSettleMs = 150;
constexpr int kReappearChecks = 10;

QString canonical(const QString& path) {
  return ExternalChangeWatcher::canonicalPath(path);
}

}  // namespace

QString ExternalChangeWatcher::canonicalPath(const QString& path) {
  const QFileInfo info(path);
  const QString resolved = info.canonicalFilePath();
  return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

ExternalChangeWatcher::ExternalChangeWatcher(QObject* parent) : QObject(parent) {
  m_settleTimer.setSingleShot(true);
  m_settleTimer.setInterval(kSettleMs);
  connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
          &ExternalChangeWatcher::onPathChanged);
  connect(&m_settleTimer, &QTimer::timeout, this, &ExternalChangeWatcher::checkPending);
}

void ExternalChangeWatcher::watch(const QString& path, const QByteArray& knownHash) {
  const QString key = canonical(path);
  m_known.insert(key, knownHash);
  if (!m_watcher.files().contains(key)) m_watcher.addPath(key);
}

void ExternalChangeWatcher::setKnownHash(const QString& path, const QByteArray& knownHash) {
  const QString key = canonical(path);
  m_known.insert(key, knownHash);
  // An atomic save replaces the file, which drops it from the watcher.
  if (!m_watcher.files().contains(key) && QFileInfo::exists(key)) m_watcher.addPath(key);
}

void ExternalChangeWatcher::unwatch(const QString& path) {
  const QString key = canonical(path);
  m_known.remove(key);
  m_pendingChecks.remove(key);
  m_watcher.removePath(key);
}

bool ExternalChangeWatcher::isWatching(const QString& path) const {
  return m_known.contains(canonical(path));
}

void ExternalChangeWatcher::onPathChanged(const QString& path) {
  if (!m_known.contains(path)) return;
  m_pendingChecks.insert(path, kReappearChecks);
  m_settleTimer.start();
}

void ExternalChangeWatcher::checkPending() {
  const auto pending = m_pendingChecks;
  for (auto it = pending.begin(); it != pending.end(); ++it) {
    const QString& path = it.key();
    if (!m_known.contains(path)) {
      m_pendingChecks.remove(path);
      continue;
    }
    if (!QFileInfo::exists(path)) {
      if (it.value() > 1) {
        m_pendingChecks.insert(path, it.value() - 1);
        continue;
      }
      m_pendingChecks.remove(path);
      qCInfo(lcFiles) << "removed on disk:" << path;
      emit fileRemoved(path);
      continue;
    }
    m_pendingChecks.remove(path);
    if (!m_watcher.files().contains(path)) m_watcher.addPath(path);
    auto snapshot = DocumentFile::read(path);
    if (!snapshot) continue;
    if (snapshot->contentHash == m_known.value(path)) continue;
    m_known.insert(path, snapshot->contentHash);
    qCInfo(lcFiles) << "changed on disk:" << path;
    emit fileChanged(path, snapshot->bytes);
  }
  if (!m_pendingChecks.isEmpty()) m_settleTimer.start();
}

}  // namespace autoscale::backend
