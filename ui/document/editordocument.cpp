#include "ui/document/editordocument.h"

#include <QFileInfo>
#include <QUuid>

#include "ui/document/editcommand.h"

namespace autoscale::ui {

EditorDocument::EditorDocument(QObject* parent)
    : QObject(parent), m_key(QUuid::createUuid().toString(QUuid::Id128)) {
  connect(&m_undoStack, &QUndoStack::cleanChanged, this,
          [this](bool clean) { emit modifiedChanged(!clean); });
  m_state = DocumentState::fromText("{}");
  refreshSnapshot();
}

EditorDocument::~EditorDocument() {
  // Commands point back at this document; drop them before the members they use go away.
  m_undoStack.clear();
}

void EditorDocument::load(const QByteArray& bytes) {
  m_undoStack.clear();
  m_state = DocumentState::fromText(bytes.toStdString());
  m_settingIndex = 0;
  refreshSnapshot();
  m_undoStack.setClean();
  emit changed();
  emit modifiedChanged(false);
}

const models::SettingDocument* EditorDocument::document() const {
  return m_state.document ? &*m_state.document : nullptr;
}

QByteArray EditorDocument::bytes() const {
  return QByteArray::fromStdString(m_state.text());
}

void EditorDocument::setSettingIndex(std::size_t index) {
  if (index == m_settingIndex) return;
  m_settingIndex = index;
  refreshSnapshot();
  emit changed();
}

bool EditorDocument::hasSetting() const {
  return m_state.document && m_settingIndex < m_state.document->settings().size();
}

models::JsonPath EditorDocument::propertiesPath() const {
  if (!hasSetting()) return {};
  return m_state.document->settings().at(m_settingIndex).properties;
}

models::JsonPath EditorDocument::resourcePath() const {
  if (!hasSetting()) return {};
  return m_state.document->settings().at(m_settingIndex).resource;
}

bool EditorDocument::isModified() const {
  return !m_undoStack.isClean();
}

void EditorDocument::markSaved() {
  m_undoStack.setClean();
}

void EditorDocument::setFilePath(const QString& path) {
  if (path == m_filePath) return;
  m_filePath = path;
  emit filePathChanged(path);
}

QString EditorDocument::displayName() const {
  if (!m_filePath.isEmpty()) return QFileInfo(m_filePath).fileName();
  return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

void EditorDocument::setUntitledName(const QString& name) {
  m_untitledName = name;
}

models::Status EditorDocument::push(const QString& text, const Change& change,
                                    std::optional<EditCommand::FieldChange> field) {
  if (!m_state.document) {
    return models::Status::failure(
        "document.unparsed",
        "The file does not parse; fix it in the JSON tab before editing it here.");
  }
  DocumentState after;
  after.document = *m_state.document;
  if (auto status = change(*after.document); !status) return status;
  if (after.document->text() == m_state.document->text()) return models::Status::success();
  m_undoStack.push(new EditCommand(this, text, m_state, std::move(after), std::move(field)));
  return models::Status::success();
}

models::Status EditorDocument::edit(const QString& text, const Change& change) {
  return push(text, change, std::nullopt);
}

models::Status EditorDocument::editField(const models::JsonPath& path,
                                         const nlohmann::ordered_json& value, const QString& text,
                                         const Change& change) {
  const nlohmann::ordered_json* old = m_state.document ? m_state.document->find(path) : nullptr;
  return push(
      text, change,
      EditCommand::FieldChange{path.toString(), old ? *old : nlohmann::ordered_json(), value});
}

models::Status EditorDocument::setValue(const models::JsonPath& path,
                                        const nlohmann::ordered_json& value, const QString& text,
                                        bool mergeable) {
  const auto change = [&](models::SettingDocument& doc) { return doc.setValue(path, value); };
  return mergeable ? editField(path, value, text, change) : edit(text, change);
}

models::Status EditorDocument::insertValue(const models::JsonPath& path,
                                           const nlohmann::ordered_json& value,
                                           const QString& text) {
  return edit(text, [&](models::SettingDocument& doc) { return doc.insertValue(path, value); });
}

models::Status EditorDocument::removeValue(const models::JsonPath& path, const QString& text) {
  return edit(text, [&](models::SettingDocument& doc) { return doc.removeValue(path); });
}

models::Status EditorDocument::moveArrayElement(const models::JsonPath& path, std::size_t newIndex,
                                                const QString& text) {
  return edit(text,
              [&](models::SettingDocument& doc) { return doc.moveArrayElement(path, newIndex); });
}

models::Status EditorDocument::replaceText(const std::string& text, const QString& undoText) {
  if (text == m_state.text()) return models::Status::success();
  DocumentState after = DocumentState::fromText(text);
  if (!after.isParsed()) {
    const auto& error = *after.syntaxError;
    return models::Status::failure(error.code, error.message);
  }
  m_undoStack.push(new EditCommand(this, undoText, m_state, std::move(after), std::nullopt));
  return models::Status::success();
}

void EditorDocument::replaceRawText(const std::string& text, const QString& undoText) {
  if (text == m_state.text()) return;
  m_undoStack.push(
      new EditCommand(this, undoText, m_state, DocumentState::fromText(text), std::nullopt));
}

void EditorDocument::restoreState(const DocumentState& state) {
  m_state = state;
  refreshSnapshot();
  emit changed();
}

void EditorDocument::refreshSnapshot() {
  if (hasSetting()) {
    m_setting = m_state.document->setting(m_settingIndex);
  } else {
    m_setting = models::AutoscaleSetting{};
  }
}

}  // namespace autoscale::ui
