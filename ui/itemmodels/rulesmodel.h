#pragma once

#include <QAbstractListModel>
#include <vector>

#include "models/setting/autoscalesetting.h"

namespace autoscale::ui {

// The rules of one scale condition, one plain-language line each. Read-only: changes go
// through the document's undo commands and come back here as a new list.
class RulesModel final : public QAbstractListModel {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(RulesModel)

 public:
  enum Roles { JsonPathRole = Qt::UserRole + 1, DirectionRole };

  explicit RulesModel(QObject* parent = nullptr);

  void setRules(const std::vector<models::ScaleRule>& rules);
  const std::vector<models::ScaleRule>& rules() const { return m_rules; }

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;

 private:
  std::vector<models::ScaleRule> m_rules;
  QStringList m_lines;
};

}  // namespace autoscale::ui
