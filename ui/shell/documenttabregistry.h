#pragma once

#include <QString>
#include <functional>
#include <vector>

class QWidget;

namespace autoscale::ui {

class EditorDocument;

// The tabs every document gets (Configure, Preview, Monitor, JSON, Notify, …). Features add
// their tab here from main() instead of editing the document view, so the list stays open
// for extension: a later registration with the same id replaces an earlier one (the Preview
// and Monitor placeholders are meant to be replaced).
struct DocumentTabSpec {
  QString id;
  QString title;
  int order = 0;
  std::function<QWidget*(EditorDocument& document, QWidget* parent)> create;
};

class DocumentTabRegistry final {
 public:
  // The studio's own tabs: Configure, Preview (placeholder), Monitor (placeholder), JSON,
  // Notify.
  static DocumentTabRegistry withStandardTabs();

  void add(DocumentTabSpec spec);
  const std::vector<DocumentTabSpec>& tabs() const { return m_tabs; }

 private:
  std::vector<DocumentTabSpec> m_tabs;  // sorted by order
};

}  // namespace autoscale::ui
