#include "ui/itemmodels/rulesmodel.h"

#include "ui/rules/ruledescription.h"

namespace autoscale::ui {

RulesModel::RulesModel(QObject* parent) : QAbstractListModel(parent) {}

void RulesModel::setRules(const std::vector<models::ScaleRule>& rules) {
  QStringList lines;
  for (const auto& rule : rules) lines << describeRule(rule);
  if (lines == m_lines && rules.size() == m_rules.size()) {
    m_rules = rules;  // same text: keep the view's selection and scroll position
    return;
  }
  beginResetModel();
  m_rules = rules;
  m_lines = lines;
  endResetModel();
}

int RulesModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

QVariant RulesModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const auto& rule = m_rules[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      return m_lines.at(index.row());
    case Qt::ToolTipRole:
      return explainAggregation(ruleFieldsOf(rule));
    case JsonPathRole:
      return QString::fromStdString(rule.jsonPath);
    case DirectionRole:
      return static_cast<int>(rule.scaleAction.direction.valueOr(models::ScaleDirection::None));
    default:
      return {};
  }
}

}  // namespace autoscale::ui
