#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <functional>
#include <optional>

#include "models/core/result.h"
#include "models/json/jsonpath.h"
#include "models/setting/autoscalesetting.h"
#include "ui/document/documentstate.h"
#include "ui/document/editcommand.h"

namespace autoscale::ui {

// One open settings file in the studio: the lossless document, its undo stack and its file.
//
// Widgets never change the document directly: every change goes through edit() (or one of
// its shorthands), which computes the new state on a copy and pushes one EditCommand only if
// the change succeeded. "Modified" is the undo stack's clean state.
class EditorDocument final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(EditorDocument)

 public:
  using Change = std::function<models::Status(models::SettingDocument&)>;

  explicit EditorDocument(QObject* parent = nullptr);
  ~EditorDocument() override;

  // Replaces everything (no undo): a freshly opened or re-read file.
  void load(const QByteArray& bytes);

  const DocumentState& state() const { return m_state; }
  bool isParsed() const { return m_state.isParsed(); }
  const models::SettingDocument* document() const;
  QByteArray bytes() const;
  // Which autoscale setting of the file is edited (ARM templates may hold several).
  std::size_t settingIndex() const { return m_settingIndex; }
  void setSettingIndex(std::size_t index);
  bool hasSetting() const;
  // The typed snapshot of the edited setting; empty profiles when there is none.
  const models::AutoscaleSetting& setting() const { return m_setting; }
  // Path of the edited setting's `properties` object (root when there is none).
  models::JsonPath propertiesPath() const;
  models::JsonPath resourcePath() const;

  QUndoStack* undoStack() { return &m_undoStack; }
  bool isModified() const;
  // Marks the current state as the one on disk.
  void markSaved();

  QString filePath() const { return m_filePath; }
  void setFilePath(const QString& path);
  QString displayName() const;
  void setUntitledName(const QString& name);
  // A stable identifier for autosave snapshots of this document.
  const QString& key() const { return m_key; }

  // Edits. Each is one undo step; nothing changes (and an error is returned) if the change
  // fails. Field edits of the same path merge when `mergeable`.
  models::Status edit(const QString& text, const Change& change);
  // A change of one field (that may also touch other places kept in sync with it); merges
  // with the previous edit of the same field.
  models::Status editField(const models::JsonPath& path, const nlohmann::ordered_json& value,
                           const QString& text, const Change& change);
  models::Status setValue(const models::JsonPath& path, const nlohmann::ordered_json& value,
                          const QString& text, bool mergeable = true);
  models::Status insertValue(const models::JsonPath& path, const nlohmann::ordered_json& value,
                             const QString& text);
  models::Status removeValue(const models::JsonPath& path, const QString& text);
  models::Status moveArrayElement(const models::JsonPath& path, std::size_t newIndex,
                                  const QString& text);
  // The JSON tab's Apply: replaces the whole text if it parses.
  models::Status replaceText(const std::string& text, const QString& undoText);
  // Replaces the whole text even if it does not parse (recovering an autosave of a broken
  // file); one undo step.
  void replaceRawText(const std::string& text, const QString& undoText);

  // Used by EditCommand.
  void restoreState(const DocumentState& state);

 signals:
  void changed();
  void modifiedChanged(bool modified);
  void filePathChanged(const QString& path);

 private:
  models::Status push(const QString& text, const Change& change,
                      std::optional<EditCommand::FieldChange> field);
  void refreshSnapshot();

  DocumentState m_state;
  models::AutoscaleSetting m_setting;
  std::size_t m_settingIndex = 0;
  QUndoStack m_undoStack;
  QString m_filePath;
  QString m_untitledName;
  QString m_key;
};

}  // namespace autoscale::ui
