#include "ui/shell/documentview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/configure/configuretab.h"
#include "ui/document/editordocument.h"
#include "ui/json/jsontab.h"
#include "ui/notify/notifytab.h"
#include "ui/shell/documenttabregistry.h"

namespace autoscale::ui {

DocumentView::DocumentView(EditorDocument& document, const DocumentTabRegistry& tabs,
                           QWidget* parent)
    : QWidget(parent), m_document(document) {
  m_changeBar = new QWidget;
  m_changeBar->setObjectName(QStringLiteral("externalChangeBar"));
  m_changeBar->setAutoFillBackground(true);
  QPalette palette = m_changeBar->palette();
  palette.setColor(QPalette::Window, QColor(255, 244, 206));
  palette.setColor(QPalette::WindowText, QColor(60, 40, 0));
  m_changeBar->setPalette(palette);
  m_changeText = new QLabel;
  m_changeText->setWordWrap(true);
  auto* reload = new QPushButton(tr("Reload from disk"));
  reload->setObjectName(QStringLiteral("reloadButton"));
  auto* keep = new QPushButton(tr("Keep my version"));
  keep->setObjectName(QStringLiteral("keepMineButton"));
  auto* bar = new QHBoxLayout(m_changeBar);
  bar->addWidget(m_changeText, 1);
  bar->addWidget(reload);
  bar->addWidget(keep);
  m_changeBar->hide();

  m_tabs = new QTabWidget;
  m_tabs->setObjectName(QStringLiteral("documentTabs"));
  m_tabs->setDocumentMode(true);
  for (const auto& spec : tabs.tabs()) {
    m_tabs->addTab(spec.create(document, m_tabs), spec.title);
    m_tabIds << spec.id;
  }
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(m_changeBar);
  layout->addWidget(m_tabs);

  connect(reload, &QPushButton::clicked, this, &DocumentView::reloadRequested);
  connect(keep, &QPushButton::clicked, this, &DocumentView::keepMineRequested);
  // A file that does not parse can only be fixed as text.
  if (!document.isParsed()) showTab(QStringLiteral("json"));
}

QWidget* DocumentView::tab(const QString& id) const {
  const qsizetype index = m_tabIds.indexOf(id);
  return index < 0 ? nullptr : m_tabs->widget(static_cast<int>(index));
}

void DocumentView::showTab(const QString& id) {
  if (QWidget* widget = tab(id)) m_tabs->setCurrentWidget(widget);
}

ConfigureTab* DocumentView::configureTab() const {
  return qobject_cast<ConfigureTab*>(tab(QStringLiteral("configure")));
}

JsonTab* DocumentView::jsonTab() const {
  return qobject_cast<JsonTab*>(tab(QStringLiteral("json")));
}

NotifyTab* DocumentView::notifyTab() const {
  return qobject_cast<NotifyTab*>(tab(QStringLiteral("notify")));
}

void DocumentView::showExternalChange(bool removed) {
  m_changeText->setText(
      removed ? tr("The file was deleted or moved on disk. Saving writes it again.")
              : tr("The file was changed on disk by another program. Reload it (your unsaved "
                   "edits stay undoable) or keep your version (the next save overwrites it)."));
  m_changeBar->show();
}

void DocumentView::hideExternalChange() {
  m_changeBar->hide();
}

void DocumentView::reveal(const QString& jsonPath, int line, int column) {
  if (!m_document.isParsed() || (line > 0 && jsonPath.isEmpty())) {
    showTab(QStringLiteral("json"));
    if (auto* json = jsonTab()) json->goTo(line, column);
    return;
  }
  if (auto* configure = configureTab();
      configure && jsonPath.contains(QStringLiteral("profiles"), Qt::CaseInsensitive)) {
    showTab(QStringLiteral("configure"));
    configure->reveal(jsonPath);
    return;
  }
  if (jsonPath.contains(QStringLiteral("notifications"), Qt::CaseInsensitive)) {
    showTab(QStringLiteral("notify"));
    return;
  }
  showTab(QStringLiteral("json"));
  if (auto* json = jsonTab(); json && line > 0) json->goTo(line, column);
}

}  // namespace autoscale::ui
