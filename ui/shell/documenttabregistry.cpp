#include "ui/shell/documenttabregistry.h"

#include <QCoreApplication>
#include <QLabel>
#include <algorithm>

#include "ui/configure/configuretab.h"
#include "ui/json/jsontab.h"
#include "ui/notify/notifytab.h"

namespace autoscale::ui {
namespace {

QString tr(const char* text) {
  return QCoreApplication::translate("DocumentTabs", text);
}

QWidget* placeholder(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  label->setAlignment(Qt::AlignCenter);
  label->setWordWrap(true);
  label->setEnabled(false);
  return label;
}

}  // namespace

DocumentTabRegistry DocumentTabRegistry::withStandardTabs() {
  DocumentTabRegistry registry;
  registry.add(
      {QStringLiteral("configure"), tr("Configure"), 10,
       [](EditorDocument& doc, QWidget* parent) { return new ConfigureTab(doc, parent); }});
  registry.add({QStringLiteral("preview"), tr("Preview"), 20, [](EditorDocument&, QWidget* parent) {
                  return placeholder(tr("The preview simulates this setting over metric charts."),
                                     parent);
                }});
  registry.add({QStringLiteral("monitor"), tr("Monitor"), 30, [](EditorDocument&, QWidget* parent) {
                  return placeholder(tr("The monitor shows the live metrics of the deployment."),
                                     parent);
                }});
  registry.add({QStringLiteral("json"), tr("JSON"), 40,
                [](EditorDocument& doc, QWidget* parent) { return new JsonTab(doc, parent); }});
  registry.add({QStringLiteral("notify"), tr("Notify"), 50,
                [](EditorDocument& doc, QWidget* parent) { return new NotifyTab(doc, parent); }});
  return registry;
}

void DocumentTabRegistry::add(DocumentTabSpec spec) {
  std::erase_if(m_tabs, [&](const DocumentTabSpec& tab) { return tab.id == spec.id; });
  m_tabs.push_back(std::move(spec));
  std::stable_sort(m_tabs.begin(), m_tabs.end(),
                   [](const auto& a, const auto& b) { return a.order < b.order; });
}

}  // namespace autoscale::ui
