#include "ui/configure/configuretab.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/configure/conditioncardwidget.h"
#include "ui/configure/rulelistwidget.h"
#include "ui/document/editordocument.h"
#include "ui/document/settingedits.h"
#include "ui/rules/scalerulepanel.h"

namespace autoscale::ui {
namespace {

using models::PredictiveScaleMode;

constexpr PredictiveScaleMode kModes[] = {
    PredictiveScaleMode::Disabled, PredictiveScaleMode::ForecastOnly, PredictiveScaleMode::Enabled};

QString resourceGroupOf(const std::string& resourceId) {
  static const QRegularExpression pattern(QStringLiteral("/resourceGroups/([^/]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
  const auto match = pattern.match(QString::fromStdString(resourceId));
  return match.hasMatch() ? match.captured(1) : QString();
}

}  // namespace

ConfigureTab::ConfigureTab(EditorDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document) {
  setObjectName(QStringLiteral("configureTab"));
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  m_unparsed =
      new QLabel(tr("This file does not parse as JSON. Fix it in the JSON tab; the "
                    "form comes back as soon as it parses."));
  m_unparsed->setObjectName(QStringLiteral("unparsedNote"));
  m_unparsed->setWordWrap(true);
  layout->addWidget(m_unparsed);
  m_body = new QWidget;
  auto* body = new QVBoxLayout(m_body);
  body->setContentsMargins(0, 0, 0, 0);
  body->addWidget(buildTop());
  m_cardLayout = new QVBoxLayout;
  body->addLayout(m_cardLayout);
  m_addCondition = new QPushButton(tr("+ Add a scale condition"));
  m_addCondition->setObjectName(QStringLiteral("addConditionButton"));
  m_addCondition->setFlat(true);
  auto* addRow = new QHBoxLayout;
  addRow->addWidget(m_addCondition);
  addRow->addStretch();
  body->addLayout(addRow);
  layout->addWidget(m_body);
  layout->addStretch();

  auto* scroll = new QScrollArea;
  scroll->setObjectName(QStringLiteral("configureScroll"));
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(content);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);

  connect(m_addCondition, &QPushButton::clicked, this,
          [this] { m_document.report(SettingEditor(m_document).addCondition()); });
  connect(&m_document, &EditorDocument::changed, this, &ConfigureTab::refresh);
  refresh();
}

QWidget* ConfigureTab::buildTop() {
  auto* top = new QWidget;
  auto* form = new QFormLayout(top);
  form->setContentsMargins(0, 0, 0, 0);

  m_manual = new QRadioButton(tr("Manual scale"));
  m_manual->setObjectName(QStringLiteral("manualScaleRadio"));
  m_manual->setToolTip(tr("Maintains a fixed instance count; the setting is kept, disabled."));
  m_custom = new QRadioButton(tr("Custom autoscale"));
  m_custom->setObjectName(QStringLiteral("customAutoscaleRadio"));
  m_custom->setToolTip(tr("Scale on any schedule, based on any metrics."));
  auto* group = new QButtonGroup(this);
  group->addButton(m_manual);
  group->addButton(m_custom);
  auto* modeRow = new QHBoxLayout;
  modeRow->addWidget(m_manual);
  modeRow->addWidget(m_custom);
  m_status = new QLabel;
  m_status->setObjectName(QStringLiteral("autoscaleStatusLabel"));
  modeRow->addWidget(m_status);
  modeRow->addStretch();
  form->addRow(tr("Choose how to scale your resource"), modeRow);

  m_manualNote = new QLabel(
      tr("Autoscale is off. The instance count is set on the deployment itself; this setting "
         "is kept with enabled = false so that switching back restores its conditions."));
  m_manualNote->setObjectName(QStringLiteral("manualScaleNote"));
  m_manualNote->setWordWrap(true);
  form->addRow(m_manualNote);

  m_name = new QLineEdit;
  m_name->setObjectName(QStringLiteral("settingNameEdit"));
  form->addRow(tr("Autoscale setting name"), m_name);
  m_resourceGroup = new QLineEdit;
  m_resourceGroup->setObjectName(QStringLiteral("resourceGroupEdit"));
  m_resourceGroup->setReadOnly(true);
  m_resourceGroup->setToolTip(tr("The resource group of the scaled resource."));
  form->addRow(tr("Resource group"), m_resourceGroup);
  m_target = new QLabel;
  m_target->setObjectName(QStringLiteral("targetResourceLabel"));
  m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_target->setWordWrap(true);
  form->addRow(tr("Scaled resource"), m_target);

  m_predictive = new QComboBox;
  m_predictive->setObjectName(QStringLiteral("predictiveCombo"));
  m_predictive->addItems(
      {tr("Disable"), tr("Enable forecast only mode"), tr("Enable predictive autoscale")});
  m_lookAhead = new QSpinBox;
  m_lookAhead->setObjectName(QStringLiteral("lookAheadSpin"));
  m_lookAhead->setRange(1, 60);
  m_lookAhead->setSuffix(tr(" min"));
  m_lookAhead->setToolTip(
      tr("Pre-launch time: how long before the predicted need to scale "
         "out (the portal offers 5–60 minutes)."));
  auto* predictiveRow = new QHBoxLayout;
  predictiveRow->addWidget(m_predictive);
  predictiveRow->addWidget(new QLabel(tr("Pre-launch")));
  predictiveRow->addWidget(m_lookAhead);
  predictiveRow->addStretch();
  form->addRow(tr("Predictive autoscale"), predictiveRow);

  connect(m_manual, &QRadioButton::clicked, this,
          [this] { m_document.report(SettingEditor(m_document).setEnabled(false)); });
  connect(m_custom, &QRadioButton::clicked, this,
          [this] { m_document.report(SettingEditor(m_document).setEnabled(true)); });
  connect(m_name, &QLineEdit::editingFinished, this, [this] {
    if (m_name->text().trimmed() == QString::fromStdString(m_document.setting().name)) return;
    m_document.report(SettingEditor(m_document).setSettingName(m_name->text()));
  });
  connect(m_predictive, &QComboBox::activated, this, [this](int index) {
    m_document.report(SettingEditor(m_document).setPredictiveMode(kModes[index]));
  });
  connect(m_lookAhead, &QSpinBox::valueChanged, this, [this](int minutes) {
    m_document.report(SettingEditor(m_document).setLookAheadMinutes(minutes));
  });
  return top;
}

void ConfigureTab::refresh() {
  const bool parsed = m_document.hasSetting();
  m_unparsed->setVisible(!parsed);
  m_body->setVisible(parsed);
  if (!parsed) return;
  const auto& setting = m_document.setting();

  const bool enabled = setting.enabled.valueOr(false);
  {
    const QSignalBlocker a(m_manual);
    const QSignalBlocker b(m_custom);
    m_custom->setChecked(enabled);
    m_manual->setChecked(!enabled);
  }
  m_status->setText(enabled ? tr("Autoscale status: Enabled") : tr("Autoscale status: Disabled"));
  m_manualNote->setVisible(!enabled);
  if (!m_name->hasFocus()) m_name->setText(QString::fromStdString(setting.name));
  m_resourceGroup->setText(resourceGroupOf(setting.targetResourceUri));
  m_target->setText(QString::fromStdString(setting.targetResourceUri));
  {
    const QSignalBlocker a(m_predictive);
    const QSignalBlocker b(m_lookAhead);
    const auto& policy = setting.predictiveAutoscalePolicy;
    const auto mode = policy ? policy->scaleMode.valueOr(PredictiveScaleMode::Disabled)
                             : PredictiveScaleMode::Disabled;
    m_predictive->setCurrentIndex(static_cast<int>(
        std::find(std::begin(kModes), std::end(kModes), mode) - std::begin(kModes)));
    const long long seconds = policy ? policy->scaleLookAheadSeconds.valueOr(0) : 0;
    m_lookAhead->setValue(seconds > 0 ? static_cast<int>(seconds / 60) : 5);
    m_lookAhead->setEnabled(mode != PredictiveScaleMode::Disabled);
  }

  const auto cards = conditionCards(setting);
  while (m_cards.size() > cards.size()) {
    // The edit that removed a condition may have come from a button of this very card.
    ConditionCardWidget* card = m_cards.back();
    m_cards.pop_back();
    card->hide();
    card->deleteLater();
  }
  while (m_cards.size() < cards.size()) {
    auto* card = new ConditionCardWidget(m_document);
    connect(card, &ConditionCardWidget::ruleEditorRequested, this, &ConfigureTab::openRuleEditor);
    m_cardLayout->addWidget(card);
    card->show();  // at once, not on the next turn of the event loop
    m_cards.push_back(card);
  }
  for (std::size_t i = 0; i < cards.size(); ++i) {
    const bool movable = !cards[i].isPrimaryDefault;
    const bool firstMovable = i == 0 || cards[i - 1].isPrimaryDefault;
    m_cards[i]->setCard(cards[i], movable && !firstMovable, movable && i + 1 < cards.size());
  }
  m_addCondition->setEnabled(setting.profiles.size() < SettingEditor::kMaxProfiles);
  m_addCondition->setToolTip(
      m_addCondition->isEnabled() ? QString() : tr("A setting holds at most 20 scale conditions."));
}

void ConfigureTab::openRuleEditor(const ConditionCard& card, int ruleIndex) {
  if (!m_rulePanel) {
    m_rulePanel = new ScaleRulePanel(this);
    m_rulePanel->setWindowModality(Qt::WindowModal);
    connect(m_rulePanel, &QDialog::accepted, this, &ConfigureTab::applyRulePanel);
  }
  const auto& setting = m_document.setting();
  const auto& profile = setting.profiles.at(card.profileIndex);
  m_panelCard = card;
  m_panelRule = ruleIndex;
  RuleContext context;
  for (std::size_t i = 0; i < profile.rules.size(); ++i) {
    if (static_cast<int>(i) != ruleIndex)
      context.otherRules.push_back(ruleFieldsOf(profile.rules[i]));
  }
  context.minimum = profile.capacity.minimum.value;
  context.maximum = profile.capacity.maximum.value;
  m_rulePanel->setTargetResource(QString::fromStdString(setting.targetResourceUri));
  m_rulePanel->setContext(context);
  if (ruleIndex >= 0 && static_cast<std::size_t>(ruleIndex) < profile.rules.size()) {
    m_rulePanel->setFields(ruleFieldsOf(profile.rules[static_cast<std::size_t>(ruleIndex)]), true);
  } else {
    m_rulePanel->setFields(
        ScaleRulePanel::defaultRule(QString::fromStdString(setting.targetResourceUri)), false);
  }
  m_rulePanel->open();
}

void ConfigureTab::applyRulePanel() {
  SettingEditor editor(m_document);
  const RuleFields fields = m_rulePanel->fields();
  if (m_panelRule < 0) {
    m_document.report(editor.addRule(m_panelCard, ruleJson(fields)));
    return;
  }
  const auto& rule = m_document.setting()
                         .profiles.at(m_panelCard.profileIndex)
                         .rules.at(static_cast<std::size_t>(m_panelRule));
  const auto path = models::JsonPath::parse(rule.jsonPath);
  const nlohmann::ordered_json* original =
      path && m_document.document() ? m_document.document()->find(*path) : nullptr;
  m_document.report(editor.replaceRule(m_panelCard, static_cast<std::size_t>(m_panelRule),
                                       ruleJson(fields, original)));
}

void ConfigureTab::reveal(const QString& jsonPath) {
  static const QRegularExpression profilePattern(QStringLiteral("profiles\\[(\\d+)\\]"),
                                                 QRegularExpression::CaseInsensitiveOption);
  const auto match = profilePattern.match(jsonPath);
  if (!match.hasMatch()) return;
  const std::size_t index = match.captured(1).toULongLong();
  for (ConditionCardWidget* card : m_cards) {
    if (card->card().profileIndex == index || card->card().pairedIndex == index) {
      if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("configureScroll"))) {
        scroll->ensureWidgetVisible(card);
      }
      card->setFocus();
      static const QRegularExpression rulePattern(QStringLiteral("rules\\[(\\d+)\\]"));
      const auto rule = rulePattern.match(jsonPath);
      if (rule.hasMatch()) card->rules()->setCurrentRow(rule.captured(1).toInt());
      return;
    }
  }
}

}  // namespace autoscale::ui
