#pragma once

#include <optional>
#include <string>

#include "models/core/diagnostic.h"
#include "models/setting/settingdocument.h"

namespace autoscale::ui {

// What an editor holds at one moment: a parsed settings document, or, for a file that does
// not parse, its raw text and the syntax error. Undo commands swap whole states; the parsed
// document is a copy-on-write snapshot, so keeping one per command is cheap.
struct DocumentState {
  std::optional<models::SettingDocument> document;
  std::string rawText;  // the text when `document` is empty
  std::optional<models::Diagnostic> syntaxError;

  const std::string& text() const { return document ? document->text() : rawText; }
  bool isParsed() const { return document.has_value(); }

  static DocumentState fromText(std::string text) {
    auto loaded = models::SettingDocument::load(text);
    DocumentState state;
    if (loaded.document) {
      state.document = std::move(loaded.document);
    } else {
      state.rawText = std::move(text);
      state.syntaxError = std::move(loaded.syntaxError);
    }
    return state;
  }
};

}  // namespace autoscale::ui
