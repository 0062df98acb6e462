#pragma once

#include <QFrame>

#include "ui/document/conditioncards.h"

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace autoscale::ui {

class EditorDocument;
class RuleListWidget;
class ScheduleWidget;

// One scale condition card: header (name, rename, reorder, delete), scale mode, the rules,
// instance limits or instance count, and the schedule of non-default conditions.
class ConditionCardWidget final : public QFrame {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ConditionCardWidget)

 public:
  ConditionCardWidget(EditorDocument& document, QWidget* parent = nullptr);

  void setCard(const ConditionCard& card, bool canMoveUp, bool canMoveDown);
  const ConditionCard& card() const { return m_card; }
  RuleListWidget* rules() const { return m_rules; }

 signals:
  // -1 asks for a new rule.
  void ruleEditorRequested(const ConditionCard& card, int ruleIndex);

 private:
  QWidget* buildHeader();
  QWidget* buildLimits();
  void showLimits();
  void chooseMetricMode();
  void chooseCountMode();

  EditorDocument& m_document;
  ConditionCard m_card;
  QString m_cardIdentity;           // which profile this widget showed last
  bool m_metricModeChosen = false;  // a metric condition without rules yet

  QLineEdit* m_name = nullptr;
  QToolButton* m_up = nullptr;
  QToolButton* m_down = nullptr;
  QToolButton* m_delete = nullptr;
  QLabel* m_defaultNote = nullptr;
  QRadioButton* m_byMetric = nullptr;
  QRadioButton* m_toCount = nullptr;
  QStackedWidget* m_modePages = nullptr;
  RuleListWidget* m_rules = nullptr;
  QSpinBox* m_minimum = nullptr;
  QSpinBox* m_maximum = nullptr;
  QSpinBox* m_default = nullptr;
  QLabel* m_limitsWarning = nullptr;
  QSpinBox* m_count = nullptr;
  ScheduleWidget* m_schedule = nullptr;
};

}  // namespace autoscale::ui
