#pragma once

#include <QWidget>
#include <vector>

#include "ui/document/conditioncards.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

namespace autoscale::ui {

class ConditionCardWidget;
class EditorDocument;
class ScaleRulePanel;

// The Configure tab: manual vs custom autoscale, setting name, resource group, predictive
// autoscale, and the condition cards with "+ Add a scale condition".
class ConfigureTab final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ConfigureTab)

 public:
  explicit ConfigureTab(EditorDocument& document, QWidget* parent = nullptr);

  // Opens the Scale rule panel for rule `ruleIndex` of `card` (-1: a new rule). The panel is
  // window-modal but does not block; accepting it makes one undoable edit.
  void openRuleEditor(const ConditionCard& card, int ruleIndex);
  ScaleRulePanel* rulePanel() const { return m_rulePanel; }
  const std::vector<ConditionCardWidget*>& cards() const { return m_cards; }
  // Scrolls to and highlights what `jsonPath` points into (Problems panel jumps).
  void reveal(const QString& jsonPath);

 private:
  QWidget* buildTop();
  void refresh();
  void applyRulePanel();

  EditorDocument& m_document;
  QRadioButton* m_manual = nullptr;
  QRadioButton* m_custom = nullptr;
  QLabel* m_status = nullptr;
  QLabel* m_manualNote = nullptr;
  QLineEdit* m_name = nullptr;
  QLineEdit* m_resourceGroup = nullptr;
  QLabel* m_target = nullptr;
  QComboBox* m_predictive = nullptr;
  QSpinBox* m_lookAhead = nullptr;
  QVBoxLayout* m_cardLayout = nullptr;
  std::vector<ConditionCardWidget*> m_cards;
  QPushButton* m_addCondition = nullptr;
  QLabel* m_unparsed = nullptr;
  QWidget* m_body = nullptr;
  ScaleRulePanel* m_rulePanel = nullptr;
  ConditionCard m_panelCard;
  int m_panelRule = -1;
};

}  // namespace autoscale::ui
