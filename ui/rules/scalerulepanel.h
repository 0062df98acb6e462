#pragma once

#include <QDialog>

#include "ui/rules/ruleadvice.h"
#include "ui/rules/rulejson.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace autoscale::ui {

// The "Scale rule" panel: Criteria (metric source, namespace, metric, dimension filters,
// divide per instance, operator, threshold, duration, time grain, both aggregations) and
// Action (operation, cool down, instance count), with inline advice. It edits RuleFields;
// the caller turns the result into one undoable edit.
class ScaleRulePanel final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ScaleRulePanel)

 public:
  explicit ScaleRulePanel(QWidget* parent = nullptr);

  // The resource the setting scales: "Current resource" means this id.
  void setTargetResource(const QString& resourceUri);
  void setFields(const RuleFields& fields, bool editing);
  RuleFields fields() const;
  void setContext(const RuleContext& context);
  QStringList warnings() const;

  // The pre-filled rule of "+ Add a rule" for `targetResourceUri`.
  static RuleFields defaultRule(const QString& targetResourceUri);

 private:
  QWidget* buildCriteria();
  QWidget* buildAction();
  void fillMetricNames();
  void updateSource();
  void updateAdvice();
  void addDimensionRow(const RuleFields::Dimension& dimension);

  QString m_targetResource;
  RuleContext m_context;
  QComboBox* m_source = nullptr;
  QLineEdit* m_resourceUri = nullptr;
  QComboBox* m_namespace = nullptr;
  QComboBox* m_metric = nullptr;
  QTableWidget* m_dimensions = nullptr;
  QCheckBox* m_dividePerInstance = nullptr;
  QComboBox* m_operator = nullptr;
  QDoubleSpinBox* m_threshold = nullptr;
  QSpinBox* m_duration = nullptr;
  QSpinBox* m_timeGrain = nullptr;
  QComboBox* m_statistic = nullptr;
  QComboBox* m_aggregation = nullptr;
  QLabel* m_explanation = nullptr;
  QComboBox* m_operation = nullptr;
  QSpinBox* m_cooldown = nullptr;
  QSpinBox* m_instanceCount = nullptr;
  QLabel* m_summary = nullptr;
  QLabel* m_warnings = nullptr;
  QPushButton* m_accept = nullptr;
};

}  // namespace autoscale::ui
