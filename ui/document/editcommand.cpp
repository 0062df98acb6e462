#include "ui/document/editcommand.h"

#include "ui/document/editordocument.h"

namespace autoscale::ui {

EditCommand::EditCommand(EditorDocument* document, const QString& text, DocumentState before,
                         DocumentState after, std::optional<FieldChange> field)
    : QUndoCommand(text),
      m_document(document),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_field(std::move(field)) {}

void EditCommand::undo() {
  m_document->restoreState(m_before);
}

void EditCommand::redo() {
  m_document->restoreState(m_after);
}

int EditCommand::id() const {
  return m_field ? kUndoFieldEdit : -1;
}

bool EditCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = dynamic_cast<const EditCommand*>(other);
  if (!next || !m_field || !next->m_field || next->m_document != m_document) return false;
  if (next->m_field->path != m_field->path) return false;
  m_after = next->m_after;
  m_field->newValue = next->m_field->newValue;
  // Typing a value back to what it was leaves nothing to undo.
  setObsolete(m_after.text() == m_before.text());
  return true;
}

}  // namespace autoscale::ui
