#pragma once

#include <QByteArray>
#include <QString>

#include "models/core/result.h"

namespace autoscale::ui {

class DocumentManager;
class EditorDocument;

// Scripted use of a running studio (batch edits, checks from tests and scripts).
//
// Edits: a JSON array of {"path": "$.properties…", "value": <JSON>}, applied to `document`
// one by one as ordinary undoable edits (paths are relative to the edited setting, as
// `autoscale get/set` uses them).
models::Status applyScriptedEdits(EditorDocument& document, const QByteArray& editsJson);

// The open documents as JSON: [{"path", "title", "modified", "parsed", "text"}], for checks.
QByteArray describeOpenDocuments(const DocumentManager& documents);

}  // namespace autoscale::ui
