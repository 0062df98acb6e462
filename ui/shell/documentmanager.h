#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>
#include <vector>

#include "backend/files/externalchangewatcher.h"
#include "backend/files/recoverystore.h"
#include "models/core/result.h"

namespace autoscale::ui {

class EditorDocument;

// The open documents and their files: open, save (atomic), save as, close, autosave to the
// recovery store, restoring autosaves after a crash, and noticing changes made on disk.
//
// A document whose text does not parse is never written to its file: save() refuses until it
// parses again (its autosave still protects the text).
class DocumentManager final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(DocumentManager)

 public:
  // Picks which setting of an ARM template with several to edit; returns an index or -1.
  using SettingChooser = std::function<int(const QStringList& names)>;

  // `recovery` may be null (no autosave), else it must be begun and outlive the manager.
  explicit DocumentManager(backend::RecoveryStore* recovery, QObject* parent = nullptr);
  ~DocumentManager() override;

  void setSettingChooser(SettingChooser chooser) { m_chooseSetting = std::move(chooser); }

  const QList<EditorDocument*>& documents() const { return m_documents; }
  EditorDocument* findByPath(const QString& path) const;

  models::Result<EditorDocument*> open(const QString& path);
  // A new document that has no file yet.
  EditorDocument* create(const QByteArray& bytes, const QString& untitledName);
  models::Status save(EditorDocument* document);
  models::Status saveAs(EditorDocument* document, const QString& path);
  void close(EditorDocument* document);
  // Re-reads the file (after an outside change) as one undoable step.
  models::Status reload(EditorDocument* document);
  // Keeps the edited version after an outside change: the next save overwrites the file.
  void keepMine(EditorDocument* document);

  void setAutosaveInterval(int milliseconds);
  // Writes every modified document to the recovery store now.
  void autosave();

  // Crash recovery: autosaves of sessions that ended without closing cleanly.
  std::vector<backend::RecoveryEntry> pendingRecovery();
  // Opens an autosave: the original file with the autosaved text as one undoable edit (so it
  // shows as modified), or a new document when there was no file.
  EditorDocument* restore(const backend::RecoveryEntry& entry);
  void finishRecovery();

 signals:
  void documentOpened(EditorDocument* document);
  void documentClosing(EditorDocument* document);
  void documentSaved(EditorDocument* document);
  void changedOnDisk(EditorDocument* document);
  void removedFromDisk(EditorDocument* document);
  void autosaved(int count);

 private:
  EditorDocument* adopt(EditorDocument* document);
  void chooseSetting(EditorDocument* document);
  void onFileChanged(const QString& path, const QByteArray& bytes);
  void onFileRemoved(const QString& path);

  backend::RecoveryStore* m_recovery;
  backend::ExternalChangeWatcher m_watcher;
  QList<EditorDocument*> m_documents;
  QHash<EditorDocument*, QByteArray> m_pendingDiskBytes;  // outside version not yet reloaded
  QHash<EditorDocument*, int> m_autosavedIndex;           // undo index of the last autosave
  QTimer m_autosaveTimer;
  SettingChooser m_chooseSetting;
  int m_untitledCount = 0;
};

}  // namespace autoscale::ui
