#include "ui/shell/scriptedsession.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

#include "ui/document/editordocument.h"
#include "ui/shell/documentmanager.h"

namespace autoscale::ui {

models::Status applyScriptedEdits(EditorDocument& document, const QByteArray& editsJson) {
  const auto edits = nlohmann::ordered_json::parse(editsJson.toStdString(), nullptr, false);
  if (edits.is_discarded() || !edits.is_array()) {
    return models::Status::failure(
        "script.format", "The edits must be a JSON array of {\"path\": …, \"value\": …} objects.");
  }
  for (std::size_t i = 0; i < edits.size(); ++i) {
    const auto& edit = edits[i];
    const auto where = "edit " + std::to_string(i + 1) + ": ";
    if (!edit.is_object() || !edit.contains("path") || !edit["path"].is_string() ||
        !edit.contains("value")) {
      return models::Status::failure("script.format",
                                     where + "needs a string \"path\" and a \"value\".");
    }
    const auto relative = models::JsonPath::parse(edit["path"].get<std::string>());
    if (!relative) {
      return models::Status::failure("script.path",
                                     where + "\"" + edit["path"].get<std::string>() +
                                         "\" is not a JSONPath such as "
                                         "$.properties.profiles[0].capacity.maximum.");
    }
    if (!document.document()) {
      return models::Status::failure("script.unparsed", where + "the document does not parse.");
    }
    const auto path = document.document()->settingPath(*relative, document.settingIndex());
    auto status = document.setValue(path, edit["value"],
                                    QCoreApplication::translate("ScriptedSession", "Set %1")
                                        .arg(QString::fromStdString(path.toString())),
                                    false);
    if (!status) return models::Status::failure(status.error.code, where + status.error.message);
  }
  return models::Status::success();
}

QByteArray describeOpenDocuments(const DocumentManager& documents) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const EditorDocument* document : documents.documents()) {
    nlohmann::ordered_json entry;
    entry["path"] = document->filePath().toStdString();
    entry["title"] = document->displayName().toStdString();
    entry["modified"] = document->isModified();
    entry["parsed"] = document->isParsed();
    entry["text"] = document->bytes().toStdString();
    list.push_back(entry);
  }
  return QByteArray::fromStdString(list.dump(2));
}

}  // namespace autoscale::ui
