#include "ui/configure/conditioncardwidget.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/configure/rulelistwidget.h"
#include "ui/configure/schedulewidget.h"
#include "ui/document/editordocument.h"
#include "ui/document/settingedits.h"
#include "ui/itemmodels/rulesmodel.h"

namespace autoscale::ui {
namespace {

enum ModePage { MetricPage = 0, CountPage = 1 };

// Instance limits are 0–1000 (the bound Terraform and the VMSS docs use).
constexpr int kMaxInstances = 1000;

void showSlot(QSpinBox* spin, const models::Slot<long long>& slot) {
  const QSignalBlocker blocker(spin);
  spin->setEnabled(!slot.isExpression());
  spin->setToolTip(slot.isExpression() ? QSpinBox::tr("Set by a template expression: %1")
                                             .arg(QString::fromStdString(*slot.expression))
                                       : QString());
  if (slot.value && spin->value() != *slot.value) spin->setValue(static_cast<int>(*slot.value));
}

QSpinBox* limitSpin(const char* objectName) {
  auto* spin = new QSpinBox;
  spin->setObjectName(QLatin1String(objectName));
  spin->setRange(0, kMaxInstances);
  return spin;
}

}  // namespace

ConditionCardWidget::ConditionCardWidget(EditorDocument& document, QWidget* parent)
    : QFrame(parent), m_document(document) {
  setObjectName(QStringLiteral("conditionCard"));
  setFrameShape(QFrame::StyledPanel);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(buildHeader());

  m_defaultNote = new QLabel(
      tr("This scale condition is executed when none of the other scale condition(s) match"));
  m_defaultNote->setObjectName(QStringLiteral("defaultConditionNote"));
  m_defaultNote->setWordWrap(true);
  layout->addWidget(m_defaultNote);

  m_byMetric = new QRadioButton(tr("Scale based on a metric"));
  m_byMetric->setObjectName(QStringLiteral("scaleByMetricRadio"));
  m_toCount = new QRadioButton(tr("Scale to a specific instance count"));
  m_toCount->setObjectName(QStringLiteral("scaleToCountRadio"));
  auto* modes = new QButtonGroup(this);
  modes->addButton(m_byMetric);
  modes->addButton(m_toCount);
  auto* modeRow = new QHBoxLayout;
  modeRow->addWidget(new QLabel(tr("Scale mode")));
  modeRow->addWidget(m_byMetric);
  modeRow->addWidget(m_toCount);
  modeRow->addStretch();
  layout->addLayout(modeRow);

  m_modePages = new QStackedWidget;
  auto* metricPage = new QWidget;
  auto* metricLayout = new QVBoxLayout(metricPage);
  metricLayout->setContentsMargins(0, 0, 0, 0);
  metricLayout->addWidget(
      new QLabel(tr("Rules (any scale-out rule scales out; all scale-in "
                    "rules must agree to scale in)")));
  m_rules = new RuleListWidget;
  metricLayout->addWidget(m_rules);
  metricLayout->addWidget(buildLimits());
  m_modePages->addWidget(metricPage);

  auto* countPage = new QWidget;
  auto* countForm = new QFormLayout(countPage);
  countForm->setContentsMargins(0, 0, 0, 0);
  m_count = limitSpin("instanceCountSpin");
  countForm->addRow(tr("Instance count"), m_count);
  m_modePages->addWidget(countPage);
  layout->addWidget(m_modePages);

  m_schedule = new ScheduleWidget(m_document);
  layout->addWidget(m_schedule);

  connect(m_byMetric, &QRadioButton::clicked, this, [this] { chooseMetricMode(); });
  connect(m_toCount, &QRadioButton::clicked, this, [this] { chooseCountMode(); });
  connect(m_count, &QSpinBox::valueChanged, this, [this](int value) {
    m_document.report(SettingEditor(m_document).setInstanceCount(m_card, value));
  });
  connect(m_rules, &RuleListWidget::addRequested, this,
          [this] { emit ruleEditorRequested(m_card, -1); });
  connect(m_rules, &RuleListWidget::editRequested, this,
          [this](int row) { emit ruleEditorRequested(m_card, row); });
  connect(m_rules, &RuleListWidget::removeRequested, this, [this](int row) {
    m_document.report(SettingEditor(m_document).removeRule(m_card, static_cast<std::size_t>(row)));
  });
  connect(m_rules, &RuleListWidget::moveRequested, this, [this](int row, int newRow) {
    m_document.report(
        SettingEditor(m_document)
            .moveRule(m_card, static_cast<std::size_t>(row), static_cast<std::size_t>(newRow)));
    m_rules->setCurrentRow(newRow);
  });
}

QWidget* ConditionCardWidget::buildHeader() {
  auto* header = new QWidget;
  auto* row = new QHBoxLayout(header);
  row->setContentsMargins(0, 0, 0, 0);
  m_name = new QLineEdit;
  m_name->setObjectName(QStringLiteral("conditionNameEdit"));
  QFont bold = m_name->font();
  bold.setBold(true);
  bold.setPointSizeF(bold.pointSizeF() * 1.1);
  m_name->setFont(bold);
  m_name->setFrame(false);
  m_name->setToolTip(tr("The condition's name; edit it to rename the condition."));
  auto* rename = new QToolButton;
  rename->setText(tr("Rename"));
  rename->setObjectName(QStringLiteral("renameConditionButton"));
  m_up = new QToolButton;
  m_up->setObjectName(QStringLiteral("moveConditionUpButton"));
  m_up->setArrowType(Qt::UpArrow);
  m_up->setToolTip(tr("Move the condition up"));
  m_down = new QToolButton;
  m_down->setObjectName(QStringLiteral("moveConditionDownButton"));
  m_down->setArrowType(Qt::DownArrow);
  m_down->setToolTip(tr("Move the condition down"));
  m_delete = new QToolButton;
  m_delete->setObjectName(QStringLiteral("deleteConditionButton"));
  m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
  m_delete->setToolTip(tr("Delete the condition"));
  row->addWidget(m_name, 1);
  for (QToolButton* button : {rename, m_up, m_down, m_delete}) row->addWidget(button);

  connect(rename, &QToolButton::clicked, this, [this] {
    m_name->setFocus();
    m_name->selectAll();
  });
  connect(m_name, &QLineEdit::editingFinished, this, [this] {
    const auto& profile = m_document.setting().profiles.at(m_card.profileIndex);
    if (m_name->text().trimmed() == QString::fromStdString(profile.name)) return;
    m_document.report(SettingEditor(m_document).renameCondition(m_card, m_name->text()));
  });
  connect(m_up, &QToolButton::clicked, this,
          [this] { m_document.report(SettingEditor(m_document).moveCondition(m_card, -1)); });
  connect(m_down, &QToolButton::clicked, this,
          [this] { m_document.report(SettingEditor(m_document).moveCondition(m_card, 1)); });
  connect(m_delete, &QToolButton::clicked, this,
          [this] { m_document.report(SettingEditor(m_document).removeCondition(m_card)); });
  return header;
}

QWidget* ConditionCardWidget::buildLimits() {
  auto* box = new QWidget;
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new QLabel(tr("Instance limits")));
  auto* row = new QHBoxLayout;
  m_minimum = limitSpin("minimumSpin");
  m_maximum = limitSpin("maximumSpin");
  m_default = limitSpin("defaultSpin");
  const std::pair<QString, QSpinBox*> fields[] = {
      {tr("Minimum"), m_minimum}, {tr("Maximum"), m_maximum}, {tr("Default"), m_default}};
  for (const auto& [label, spin] : fields) {
    auto* form = new QFormLayout;
    form->addRow(label, spin);
    row->addLayout(form);
  }
  row->addStretch();
  layout->addLayout(row);
  m_limitsWarning = new QLabel;
  m_limitsWarning->setObjectName(QStringLiteral("limitsWarningLabel"));
  m_limitsWarning->setWordWrap(true);
  m_limitsWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
  layout->addWidget(m_limitsWarning);

  const std::pair<QSpinBox*, CapacityField> edits[] = {{m_minimum, CapacityField::Minimum},
                                                       {m_maximum, CapacityField::Maximum},
                                                       {m_default, CapacityField::Default}};
  for (const auto& [spin, field] : edits) {
    connect(spin, &QSpinBox::valueChanged, this, [this, field = field](int value) {
      m_document.report(SettingEditor(m_document).setCapacity(m_card, field, value));
    });
  }
  return box;
}

void ConditionCardWidget::setCard(const ConditionCard& card, bool canMoveUp, bool canMoveDown) {
  const auto& profile = m_document.setting().profiles.at(card.profileIndex);
  const QString identity =
      QString::number(card.profileIndex) + QLatin1Char('/') + QString::fromStdString(profile.name);
  if (identity != m_cardIdentity) m_metricModeChosen = false;
  m_cardIdentity = identity;
  m_card = card;

  if (!m_name->hasFocus()) m_name->setText(QString::fromStdString(profile.name));
  m_defaultNote->setVisible(card.kind == ConditionCard::Kind::Default);
  m_delete->setEnabled(!card.isPrimaryDefault);
  m_delete->setToolTip(card.isPrimaryDefault ? tr("The default condition cannot be deleted")
                                             : tr("Delete the condition"));
  m_up->setVisible(!card.isPrimaryDefault);
  m_down->setVisible(!card.isPrimaryDefault);
  m_up->setEnabled(canMoveUp);
  m_down->setEnabled(canMoveDown);

  const auto& capacity = profile.capacity;
  const bool pinned = capacity.minimum.value && capacity.minimum.value == capacity.maximum.value &&
                      capacity.maximum.value == capacity.defaultCount.value;
  if (!profile.rules.empty()) m_metricModeChosen = false;
  const bool countMode = profile.rules.empty() && pinned && !m_metricModeChosen;
  {
    const QSignalBlocker a(m_byMetric);
    const QSignalBlocker b(m_toCount);
    m_byMetric->setChecked(!countMode);
    m_toCount->setChecked(countMode);
  }
  m_modePages->setCurrentIndex(countMode ? CountPage : MetricPage);
  m_rules->model()->setRules(profile.rules);
  showSlot(m_minimum, capacity.minimum);
  showSlot(m_maximum, capacity.maximum);
  showSlot(m_default, capacity.defaultCount);
  showSlot(m_count, capacity.defaultCount);
  showLimits();

  m_schedule->setVisible(card.kind != ConditionCard::Kind::Default);
  if (card.kind != ConditionCard::Kind::Default) m_schedule->setCard(card);
}

void ConditionCardWidget::showLimits() {
  const auto& capacity = m_document.setting().profiles.at(m_card.profileIndex).capacity;
  QStringList problems;
  const auto min = capacity.minimum.value;
  const auto max = capacity.maximum.value;
  const auto def = capacity.defaultCount.value;
  if (min && max && *min > *max) problems << tr("The minimum is above the maximum.");
  if (min && def && *def < *min) {
    problems << tr("The default (%1) is below the minimum (%2); Azure rejects this.")
                    .arg(*def)
                    .arg(*min);
  }
  if (max && def && *def > *max) problems << tr("The default is above the maximum.");
  if (min && max && *min == *max &&
      !m_document.setting().profiles[m_card.profileIndex].rules.empty()) {
    problems << tr("Minimum equals maximum: the rules can never change the instance count.");
  }
  m_limitsWarning->setText(problems.join(u' '));
  m_limitsWarning->setVisible(!problems.isEmpty());
}

void ConditionCardWidget::chooseMetricMode() {
  m_metricModeChosen = true;
  m_modePages->setCurrentIndex(MetricPage);
}

void ConditionCardWidget::chooseCountMode() {
  m_metricModeChosen = false;
  const auto& capacity = m_document.setting().profiles.at(m_card.profileIndex).capacity;
  const long long count = capacity.defaultCount.valueOr(capacity.minimum.valueOr(1));
  m_modePages->setCurrentIndex(CountPage);
  m_document.report(SettingEditor(m_document).setInstanceCount(m_card, count));
}

}  // namespace autoscale::ui
