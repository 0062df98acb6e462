#pragma once

#include <QUndoCommand>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "ui/document/documentstate.h"

namespace autoscale::ui {

class EditorDocument;

// Ids that let QUndoStack merge commands; one list so that ids never collide.
enum UndoCommandId : int {
  kUndoFieldEdit = 1,  // a value typed into one field: consecutive edits merge
};

// One undoable change of a document. It records the path and the old and new JSON of what
// was edited (for merging and for the Edit menu text) and the whole document state before
// and after, so that undo gives back the exact bytes, formatting included.
class EditCommand final : public QUndoCommand {
 public:
  struct FieldChange {
    std::string path;  // JSONPath of the edited value
    nlohmann::ordered_json oldValue;
    nlohmann::ordered_json newValue;
  };

  EditCommand(EditorDocument* document, const QString& text, DocumentState before,
              DocumentState after, std::optional<FieldChange> field);

  void undo() override;
  void redo() override;
  int id() const override;
  bool mergeWith(const QUndoCommand* other) override;

  const std::optional<FieldChange>& field() const { return m_field; }

 private:
  EditorDocument* m_document;
  DocumentState m_before;
  DocumentState m_after;
  std::optional<FieldChange> m_field;
};

}  // namespace autoscale::ui
