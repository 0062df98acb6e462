#include "ui/notify/notifytab.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/document/editordocument.h"
#include "ui/document/settingedits.h"

namespace autoscale::ui {
namespace {

enum Column { UriColumn, PropertiesColumn };

}  // namespace

nlohmann::ordered_json parseWebhookProperties(const QString& text) {
  nlohmann::ordered_json properties = nlohmann::ordered_json::object();
  for (const QString& pair : text.split(u';', Qt::SkipEmptyParts)) {
    const qsizetype eq = pair.indexOf(u'=');
    const QString key = (eq < 0 ? pair : pair.left(eq)).trimmed();
    if (key.isEmpty()) continue;
    properties[key.toStdString()] =
        eq < 0 ? std::string() : pair.mid(eq + 1).trimmed().toStdString();
  }
  return properties;
}

QString formatWebhookProperties(
    const std::vector<std::pair<std::string, std::string>>& properties) {
  QStringList parts;
  for (const auto& [key, value] : properties) {
    parts << QString::fromStdString(key) + QLatin1Char('=') + QString::fromStdString(value);
  }
  return parts.join(QStringLiteral("; "));
}

NotifyTab::NotifyTab(EditorDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document) {
  setObjectName(QStringLiteral("notifyTab"));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  m_admins = new QCheckBox(tr("Email administrators"));
  m_admins->setObjectName(QStringLiteral("emailAdminsCheck"));
  m_coAdmins = new QCheckBox(tr("Email co-administrators"));
  m_coAdmins->setObjectName(QStringLiteral("emailCoAdminsCheck"));
  for (QCheckBox* box : {m_admins, m_coAdmins}) {
    box->setEnabled(false);
    box->setToolTip(
        tr("Retired by Azure: administrator and co-administrator e-mails stopped "
           "on 2024-08-31. The value is kept false."));
  }
  form->addRow(m_admins);
  form->addRow(m_coAdmins);
  m_emails = new QLineEdit;
  m_emails->setObjectName(QStringLiteral("customEmailsEdit"));
  m_emails->setPlaceholderText(tr("ops@example.com; oncall@example.com"));
  form->addRow(tr("Additional administrator email(s)"), m_emails);
  layout->addLayout(form);

  layout->addWidget(
      new QLabel(tr("Webhooks (called with a JSON payload on every scale action; "
                    "properties are copied into the payload)")));
  m_webhooks = new QTableWidget(0, 2);
  m_webhooks->setObjectName(QStringLiteral("webhooksTable"));
  m_webhooks->setHorizontalHeaderLabels({tr("Webhook URI"), tr("Properties (key=value; …)")});
  m_webhooks->horizontalHeader()->setSectionResizeMode(UriColumn, QHeaderView::Stretch);
  m_webhooks->horizontalHeader()->setSectionResizeMode(PropertiesColumn, QHeaderView::Stretch);
  m_webhooks->verticalHeader()->hide();
  layout->addWidget(m_webhooks);
  auto* buttons = new QHBoxLayout;
  auto* add = new QPushButton(tr("+ Add webhook"));
  add->setObjectName(QStringLiteral("addWebhookButton"));
  auto* remove = new QPushButton(tr("Remove webhook"));
  remove->setObjectName(QStringLiteral("removeWebhookButton"));
  buttons->addWidget(add);
  buttons->addWidget(remove);
  buttons->addStretch();
  layout->addLayout(buttons);
  m_advice = new QLabel;
  m_advice->setObjectName(QStringLiteral("notifyAdviceLabel"));
  m_advice->setWordWrap(true);
  m_advice->setStyleSheet(QStringLiteral("color: #8a5300;"));
  layout->addWidget(m_advice);
  layout->addStretch();

  connect(m_emails, &QLineEdit::editingFinished, this, &NotifyTab::commitEmails);
  connect(m_webhooks, &QTableWidget::cellChanged, this, [this] {
    if (!m_refreshing) commitWebhooks();
  });
  connect(add, &QPushButton::clicked, this, &NotifyTab::addWebhook);
  connect(remove, &QPushButton::clicked, this, &NotifyTab::removeWebhook);
  connect(&m_document, &EditorDocument::changed, this, &NotifyTab::refresh);
  refresh();
}

void NotifyTab::refresh() {
  m_refreshing = true;
  const auto& notifications = m_document.setting().notifications;
  const models::AutoscaleNotification* first =
      notifications.empty() ? nullptr : &notifications.front();
  const bool admins =
      first && first->email && first->email->sendToSubscriptionAdministrator.valueOr(false);
  const bool coAdmins =
      first && first->email && first->email->sendToSubscriptionCoAdministrators.valueOr(false);
  m_admins->setChecked(admins);
  m_coAdmins->setChecked(coAdmins);
  QStringList emails;
  if (first && first->email) {
    for (const auto& email : first->email->customEmails) emails << QString::fromStdString(email);
  }
  if (!m_emails->hasFocus()) m_emails->setText(emails.join(QStringLiteral("; ")));

  const auto webhooks = first ? first->webhooks : std::vector<models::WebhookNotification>{};
  if (!m_webhooks->isPersistentEditorOpen(m_webhooks->currentIndex())) {
    m_webhooks->setRowCount(static_cast<int>(webhooks.size()));
    for (int row = 0; row < static_cast<int>(webhooks.size()); ++row) {
      const auto& hook = webhooks[static_cast<std::size_t>(row)];
      m_webhooks->setItem(row, UriColumn,
                          new QTableWidgetItem(QString::fromStdString(hook.serviceUri)));
      m_webhooks->setItem(row, PropertiesColumn,
                          new QTableWidgetItem(formatWebhookProperties(hook.properties)));
    }
  }
  QStringList advice;
  if (admins || coAdmins) {
    advice << tr(
        "Administrator and co-administrator e-mails are retired; set them to false in "
        "the JSON tab.");
  }
  if (notifications.size() > 1) {
    advice << tr("This setting has %1 notifications; this tab edits the first.")
                  .arg(notifications.size());
  }
  for (const auto& hook : webhooks) {
    const QUrl url(QString::fromStdString(hook.serviceUri));
    if (url.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) != 0) {
      advice << tr("Webhook %1 is not an https address; Azure requires https.")
                    .arg(QString::fromStdString(hook.serviceUri));
    }
  }
  m_advice->setText(advice.join(u'\n'));
  m_advice->setVisible(!advice.isEmpty());
  m_refreshing = false;
}

void NotifyTab::commitEmails() {
  QStringList emails;
  static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
  for (const QString& email : m_emails->text().split(separators, Qt::SkipEmptyParts)) {
    emails << email.trimmed();
  }
  QStringList current;
  const auto& notifications = m_document.setting().notifications;
  if (!notifications.empty() && notifications.front().email) {
    for (const auto& email : notifications.front().email->customEmails) {
      current << QString::fromStdString(email);
    }
  }
  if (emails == current) return;
  m_document.report(SettingEditor(m_document).setCustomEmails(emails));
}

void NotifyTab::commitWebhooks() {
  nlohmann::ordered_json webhooks = nlohmann::ordered_json::array();
  for (int row = 0; row < m_webhooks->rowCount(); ++row) {
    const auto* uri = m_webhooks->item(row, UriColumn);
    const auto* properties = m_webhooks->item(row, PropertiesColumn);
    nlohmann::ordered_json hook;
    hook["serviceUri"] = uri ? uri->text().trimmed().toStdString() : std::string();
    hook["properties"] = parseWebhookProperties(properties ? properties->text() : QString());
    webhooks.push_back(hook);
  }
  m_document.report(SettingEditor(m_document).setWebhooks(webhooks));
}

void NotifyTab::addWebhook() {
  m_refreshing = true;
  const int row = m_webhooks->rowCount();
  m_webhooks->insertRow(row);
  m_webhooks->setItem(row, UriColumn, new QTableWidgetItem(QStringLiteral("https://")));
  m_webhooks->setItem(row, PropertiesColumn, new QTableWidgetItem());
  m_refreshing = false;
  commitWebhooks();
}

void NotifyTab::removeWebhook() {
  const int row = m_webhooks->currentRow();
  if (row < 0) return;
  m_refreshing = true;
  m_webhooks->removeRow(row);
  m_refreshing = false;
  commitWebhooks();
}

}  // namespace autoscale::ui
