#include "ui/shell/documentmanager.h"

#include <QFileInfo>

#include "backend/files/documentfile.h"
#include "ui/document/editordocument.h"

namespace autoscale::ui {
namespace {

// "Every few seconds": small enough to lose little, large enough not to write on every key.
constexpr int kDefaultAutosaveMs = 3000;

}  // namespace

DocumentManager::DocumentManager(backend::RecoveryStore* recovery, QObject* parent)
    : QObject(parent), m_recovery(recovery) {
  connect(&m_watcher, &backend::ExternalChangeWatcher::fileChanged, this,
          &DocumentManager::onFileChanged);
  connect(&m_watcher, &backend::ExternalChangeWatcher::fileRemoved, this,
          &DocumentManager::onFileRemoved);
  connect(&m_autosaveTimer, &QTimer::timeout, this, &DocumentManager::autosave);
  setAutosaveInterval(kDefaultAutosaveMs);
}

DocumentManager::~DocumentManager() {
  // Closing cleanly: the autosaves of documents the user chose not to save go away with the
  // session folder (the recovery store removes it).
  qDeleteAll(m_documents);
}

EditorDocument* DocumentManager::findByPath(const QString& path) const {
  const QString wanted = backend::ExternalChangeWatcher::canonicalPath(path);
  for (EditorDocument* document : m_documents) {
    if (!document->filePath().isEmpty() &&
        backend::ExternalChangeWatcher::canonicalPath(document->filePath()) == wanted) {
      return document;
    }
  }
  return nullptr;
}

models::Result<EditorDocument*> DocumentManager::open(const QString& path) {
  if (EditorDocument* existing = findByPath(path)) return existing;
  auto file = backend::DocumentFile::read(path);
  if (!file) return file.error();
  auto* document = new EditorDocument(this);
  document->load(file->bytes);
  document->setFilePath(QFileInfo(path).absoluteFilePath());
  chooseSetting(document);
  m_watcher.watch(document->filePath(), file->contentHash);
  return adopt(document);
}

EditorDocument* DocumentManager::create(const QByteArray& bytes, const QString& untitledName) {
  auto* document = new EditorDocument(this);
  document->load(bytes);
  document->setUntitledName(untitledName.isEmpty() ? tr("Untitled %1").arg(++m_untitledCount)
                                                   : untitledName);
  chooseSetting(document);
  return adopt(document);
}

EditorDocument* DocumentManager::adopt(EditorDocument* document) {
  m_documents.push_back(document);
  emit documentOpened(document);
  return document;
}

void DocumentManager::chooseSetting(EditorDocument* document) {
  const auto* doc = document->document();
  if (!doc || doc->settings().size() < 2 || !m_chooseSetting) return;
  QStringList names;
  for (std::size_t i = 0; i < doc->settings().size(); ++i) {
    names << QString::fromStdString(doc->setting(i).name);
  }
  const int index = m_chooseSetting(names);
  if (index >= 0) document->setSettingIndex(static_cast<std::size_t>(index));
}

models::Status DocumentManager::save(EditorDocument* document) {
  if (document->filePath().isEmpty()) {
    return models::Status::failure("save.noPath",
                                   tr("Choose where to save it (Save As).").toStdString());
  }
  return saveAs(document, document->filePath());
}

models::Status DocumentManager::saveAs(EditorDocument* document, const QString& path) {
  if (!document->isParsed()) {
    return models::Status::failure(
        "save.unparsed",
        tr("Not saved: the text does not parse as JSON. Fix it in the JSON tab first; the file "
           "on disk keeps its previous content.")
            .toStdString());
  }
  const QString previous = document->filePath();
  auto written = backend::DocumentFile::writeAtomically(path, document->bytes());
  if (!written) return models::Status{written.error()};
  if (!previous.isEmpty() && previous != path) m_watcher.unwatch(previous);
  document->setFilePath(QFileInfo(path).absoluteFilePath());
  m_watcher.watch(document->filePath(), written->contentHash);
  m_pendingDiskBytes.remove(document);
  document->markSaved();
  if (m_recovery) m_recovery->discard(document->key());
  m_autosavedIndex.remove(document);
  emit documentSaved(document);
  return models::Status::success();
}

void DocumentManager::close(EditorDocument* document) {
  if (!m_documents.contains(document)) return;
  emit documentClosing(document);
  if (!document->filePath().isEmpty()) m_watcher.unwatch(document->filePath());
  if (m_recovery) m_recovery->discard(document->key());
  m_documents.removeOne(document);
  m_pendingDiskBytes.remove(document);
  m_autosavedIndex.remove(document);
  document->deleteLater();
}

models::Status DocumentManager::reload(EditorDocument* document) {
  QByteArray bytes = m_pendingDiskBytes.take(document);
  if (bytes.isNull()) {
    auto file = backend::DocumentFile::read(document->filePath());
    if (!file) return models::Status{file.error()};
    bytes = file->bytes;
  }
  const bool wasModified = document->isModified();
  document->replaceRawText(bytes.toStdString(), tr("Reload from disk"));
  // Matching the disk again: clean, unless the user had edits worth undoing back to.
  if (!wasModified) document->markSaved();
  return models::Status::success();
}

void DocumentManager::keepMine(EditorDocument* document) {
  m_pendingDiskBytes.remove(document);
}

void DocumentManager::setAutosaveInterval(int milliseconds) {
  if (!m_recovery || milliseconds <= 0) {
    m_autosaveTimer.stop();
    return;
  }
  m_autosaveTimer.start(milliseconds);
}

void DocumentManager::autosave() {
  if (!m_recovery) return;
  int written = 0;
  for (EditorDocument* document : m_documents) {
    if (!document->isModified()) {
      if (m_autosavedIndex.contains(document)) {
        m_recovery->discard(document->key());
        m_autosavedIndex.remove(document);
      }
      continue;
    }
    const int index = document->undoStack()->index();
    if (m_autosavedIndex.value(document, -1) == index) continue;
    backend::RecoveryEntry entry;
    entry.key = document->key();
    entry.originalPath = document->filePath();
    entry.title = document->displayName();
    entry.bytes = document->bytes();
    if (m_recovery->save(entry)) {
      m_autosavedIndex.insert(document, index);
      ++written;
    }
  }
  if (written > 0) emit autosaved(written);
}

std::vector<backend::RecoveryEntry> DocumentManager::pendingRecovery() {
  return m_recovery ? m_recovery->claimOrphans() : std::vector<backend::RecoveryEntry>{};
}

EditorDocument* DocumentManager::restore(const backend::RecoveryEntry& entry) {
  EditorDocument* document = nullptr;
  if (!entry.originalPath.isEmpty() && QFileInfo::exists(entry.originalPath)) {
    auto opened = open(entry.originalPath);
    if (opened) document = *opened;
  }
  if (!document) {
    document = create(QByteArray(), entry.title);
    // Saving goes back to where the document came from, if it had a file.
    if (!entry.originalPath.isEmpty()) document->setFilePath(entry.originalPath);
  }
  document->replaceRawText(entry.bytes.toStdString(), tr("Restore autosaved edits"));
  return document;
}

void DocumentManager::finishRecovery() {
  if (m_recovery) m_recovery->forgetOrphans();
}

void DocumentManager::onFileChanged(const QString& path, const QByteArray& bytes) {
  EditorDocument* document = findByPath(path);
  if (!document) return;
  m_pendingDiskBytes.insert(document, bytes);
  emit changedOnDisk(document);
}

void DocumentManager::onFileRemoved(const QString& path) {
  if (EditorDocument* document = findByPath(path)) emit removedFromDisk(document);
}

}  // namespace autoscale::ui
