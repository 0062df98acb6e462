#pragma once

#include <QWidget>
#include <nlohmann/json.hpp>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace autoscale::ui {

class EditorDocument;

// The Notify tab: e-mail to administrators and co-administrators (retired, shown and kept
// false), additional e-mails, and every webhook with its properties (the portal shows only
// the first).
class NotifyTab final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(NotifyTab)

 public:
  explicit NotifyTab(EditorDocument& document, QWidget* parent = nullptr);

 private:
  void refresh();
  void commitEmails();
  void commitWebhooks();
  void addWebhook();
  void removeWebhook();

  EditorDocument& m_document;
  QCheckBox* m_admins = nullptr;
  QCheckBox* m_coAdmins = nullptr;
  QLineEdit* m_emails = nullptr;
  QTableWidget* m_webhooks = nullptr;
  QLabel* m_advice = nullptr;
  bool m_refreshing = false;
};

// "key=value; key2=value2" <-> {"key":"value", …}
nlohmann::ordered_json parseWebhookProperties(const QString& text);
QString formatWebhookProperties(const std::vector<std::pair<std::string, std::string>>& properties);

}  // namespace autoscale::ui
