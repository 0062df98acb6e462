#include "backend/files/recoverystore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>
#include <algorithm>

#include "backend/core/logging.h"
#include "backend/files/documentfile.h"

namespace autoscale::backend {
namespace {

const QString kLockName = QStringLiteral("session.lock");
const QString kContentSuffix = QStringLiteral(".snapshot");
const QString kMetaSuffix = QStringLiteral(".meta.json");

bool isSafeKey(const QString& key) {
  if (key.isEmpty() || key.size() > 64) return false;
  return std::all_of(key.begin(), key.end(),
                     [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; });
}

std::unique_ptr<QLockFile> makeLock(const QString& dir) {
  auto lock = std::make_unique<QLockFile>(QDir(dir).filePath(kLockName));
  // Only a dead owner makes a lock stale; age alone must not, since a studio may run for days.
  lock->setStaleLockTime(0);
  return lock;
}

}  // namespace

RecoveryStore::RecoveryStore(QString rootDir) : m_rootDir(std::move(rootDir)) {}

RecoveryStore::~RecoveryStore() {
  end();
}

models::Status RecoveryStore::begin() {
  if (m_lock) return models::Status::success();
  const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
  const QString dir = QDir(m_rootDir).filePath(name);
  if (!QDir().mkpath(dir)) {
    return models::Status::failure(
        "recovery.folder", QString(QStringLiteral("Cannot create the recovery folder '") + dir +
                                   QStringLiteral("'; autosave is off until it can be created."))
                               .toStdString());
  }
  auto lock = makeLock(dir);
  if (!lock->tryLock(0)) {
    return models::Status::failure(
        "recovery.lock",
        QString(QStringLiteral("Cannot lock the recovery folder '") + dir + QStringLiteral("'."))
            .toStdString());
  }
  m_sessionDir = dir;
  m_lock = std::move(lock);
  return models::Status::success();
}

models::Status RecoveryStore::save(const RecoveryEntry& entry) {
  if (!m_lock)
    return models::Status::failure("recovery.notStarted", "The recovery store is not started.");
  if (!isSafeKey(entry.key)) {
    return models::Status::failure("recovery.key",
                                   "A recovery key must be letters, digits, - or _.");
  }
  const QDir dir(m_sessionDir);
  auto content =
      DocumentFile::writeAtomically(dir.filePath(entry.key + kContentSuffix), entry.bytes);
  if (!content) return models::Status{content.error()};

  QJsonObject meta;
  meta.insert(QStringLiteral("originalPath"), entry.originalPath);
  meta.insert(QStringLiteral("title"), entry.title);
  const QDateTime savedAt =
      entry.savedAt.isValid() ? entry.savedAt : QDateTime::currentDateTimeUtc();
  meta.insert(QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs));
  auto written = DocumentFile::writeAtomically(dir.filePath(entry.key + kMetaSuffix),
                                               QJsonDocument(meta).toJson());
  if (!written) return models::Status{written.error()};
  return models::Status::success();
}

void RecoveryStore::discard(const QString& key) {
  if (!m_lock || !isSafeKey(key)) return;
  const QDir dir(m_sessionDir);
  QFile::remove(dir.filePath(key + kMetaSuffix));
  QFile::remove(dir.filePath(key + kContentSuffix));
}

std::vector<RecoveryEntry> RecoveryStore::entries() const {
  if (!m_lock) return {};
  return readFolder(m_sessionDir);
}

std::vector<RecoveryEntry> RecoveryStore::readFolder(const QString& path) {
  std::vector<RecoveryEntry> result;
  const QDir dir(path);
  const QStringList metas = dir.entryList({QStringLiteral("*") + kMetaSuffix}, QDir::Files);
  for (const QString& metaName : metas) {
    const QString key = metaName.left(metaName.size() - kMetaSuffix.size());
    auto meta = DocumentFile::read(dir.filePath(metaName));
    auto content = DocumentFile::read(dir.filePath(key + kContentSuffix));
    if (!meta || !content) continue;  // a snapshot interrupted half-way is no snapshot
    const QJsonObject object = QJsonDocument::fromJson(meta->bytes).object();
    RecoveryEntry entry;
    entry.key = key;
    entry.originalPath = object.value(QStringLiteral("originalPath")).toString();
    entry.title = object.value(QStringLiteral("title")).toString();
    entry.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(),
                                          Qt::ISODateWithMs);
    entry.bytes = content->bytes;
    result.push_back(std::move(entry));
  }
  return result;
}

std::vector<RecoveryEntry> RecoveryStore::claimOrphans() {
  std::vector<RecoveryEntry> result;
  const QDir root(m_rootDir);
  const QStringList sessions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
  for (const QString& name : sessions) {
    const QString dir = root.filePath(name);
    if (dir == m_sessionDir) continue;
    const bool alreadyClaimed = std::any_of(m_claimed.begin(), m_claimed.end(),
                                            [&](const auto& claim) { return claim.first == dir; });
    if (alreadyClaimed) continue;
    const bool hadLockFile = QFileInfo::exists(QDir(dir).filePath(kLockName));
    auto lock = makeLock(dir);
    if (!lock->tryLock(0)) continue;  // a running studio owns it
    auto entries = readFolder(dir);
    if (entries.empty()) {
      lock->unlock();
      // A folder without a lock file and without snapshots may be a session that is being
      // set up right now; leave it to its owner unless it is clearly abandoned.
      const bool young = QFileInfo(dir).lastModified().secsTo(QDateTime::currentDateTime()) < 60;
      if (hadLockFile || !young) QDir(dir).removeRecursively();
      continue;
    }
    qCInfo(lcFiles) << "found" << entries.size() << "autosaved documents of an ended session";
    for (auto& entry : entries) result.push_back(std::move(entry));
    m_claimed.emplace_back(dir, std::move(lock));
  }
  std::sort(result.begin(), result.end(),
            [](const RecoveryEntry& a, const RecoveryEntry& b) { return a.savedAt > b.savedAt; });
  return result;
}

void RecoveryStore::forgetOrphans() {
  for (auto& [dir, lock] : m_claimed) {
    lock->unlock();
    QDir(dir).removeRecursively();
  }
  m_claimed.clear();
}

void RecoveryStore::end() {
  // Claimed orphans nobody decided about stay on disk for the next start.
  for (auto& claim : m_claimed) claim.second->unlock();
  m_claimed.clear();
  if (!m_lock) return;
  m_lock->unlock();
  m_lock.reset();
  QDir(m_sessionDir).removeRecursively();
  m_sessionDir.clear();
}

}  // namespace autoscale::backend
