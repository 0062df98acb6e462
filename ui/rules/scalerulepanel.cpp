#include "ui/rules/scalerulepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/rules/metriccatalog.h"
#include "ui/rules/ruledescription.h"

namespace autoscale::ui {
namespace {

using models::ComparisonOperator;
using models::MetricStatistic;
using models::ScaleDirection;
using models::ScaleType;
using models::TimeAggregation;

enum Source { CurrentResource = 0, OtherResource = 1 };

struct Operation {
  ScaleDirection direction;
  ScaleType type;
};

constexpr Operation kOperations[] = {
    {ScaleDirection::Increase, ScaleType::ChangeCount},
    {ScaleDirection::Increase, ScaleType::PercentChangeCount},
    {ScaleDirection::Increase, ScaleType::ExactCount},
    {ScaleDirection::Decrease, ScaleType::ChangeCount},
    {ScaleDirection::Decrease, ScaleType::PercentChangeCount},
    {ScaleDirection::Decrease, ScaleType::ExactCount},
};

constexpr ComparisonOperator kOperators[] = {
    ComparisonOperator::GreaterThan, ComparisonOperator::GreaterThanOrEqual,
    ComparisonOperator::LessThan,    ComparisonOperator::LessThanOrEqual,
    ComparisonOperator::Equals,      ComparisonOperator::NotEquals};

constexpr MetricStatistic kStatistics[] = {MetricStatistic::Average, MetricStatistic::Min,
                                           MetricStatistic::Max, MetricStatistic::Sum,
                                           MetricStatistic::Count};

constexpr TimeAggregation kAggregations[] = {TimeAggregation::Average, TimeAggregation::Minimum,
                                             TimeAggregation::Maximum, TimeAggregation::Total,
                                             TimeAggregation::Last,    TimeAggregation::Count};

template <typename T, std::size_t N>
int indexIn(const T (&table)[N], T value) {
  for (std::size_t i = 0; i < N; ++i) {
    if (table[i] == value) return static_cast<int>(i);
  }
  return 0;
}

// The last segment of a resource id: what the portal shows next to "Current resource".
QString resourceName(const QString& uri) {
  const QString name = uri.section(u'/', -1, -1, QString::SectionSkipEmpty);
  return name.isEmpty() ? uri : name;
}

bool isMachineLearningDeployment(const QString& uri) {
  return uri.contains(QStringLiteral("/onlineEndpoints/"), Qt::CaseInsensitive) &&
         uri.contains(QStringLiteral("/deployments/"), Qt::CaseInsensitive);
}

}  // namespace

ScaleRulePanel::ScaleRulePanel(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Scale rule"));
  setObjectName(QStringLiteral("scaleRulePanel"));
  auto* content = new QWidget;
  auto* columns = new QVBoxLayout(content);
  columns->addWidget(buildCriteria());
  columns->addWidget(buildAction());
  m_summary = new QLabel;
  m_summary->setObjectName(QStringLiteral("ruleSummaryLabel"));
  m_summary->setWordWrap(true);
  QFont bold = m_summary->font();
  bold.setBold(true);
  m_summary->setFont(bold);
  columns->addWidget(m_summary);
  m_warnings = new QLabel;
  m_warnings->setObjectName(QStringLiteral("ruleWarningsLabel"));
  m_warnings->setWordWrap(true);
  m_warnings->setStyleSheet(QStringLiteral("color: #8a5300;"));
  columns->addWidget(m_warnings);
  columns->addStretch();

  auto* scroll = new QScrollArea;
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(content);

  auto* buttons = new QDialogButtonBox;
  m_accept = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
  m_accept->setObjectName(QStringLiteral("acceptRuleButton"));
  buttons->addButton(QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(scroll);
  layout->addWidget(buttons);
  resize(560, 860);
  setFields(defaultRule({}), false);
}

QWidget* ScaleRulePanel::buildCriteria() {
  auto* box = new QGroupBox(tr("Criteria"));
  auto* form = new QFormLayout(box);

  m_source = new QComboBox;
  m_source->setObjectName(QStringLiteral("metricSourceCombo"));
  m_source->addItem(tr("Current resource"));
  m_source->addItem(tr("Other resource"));
  form->addRow(tr("Metric source"), m_source);

  m_resourceUri = new QLineEdit;
  m_resourceUri->setObjectName(QStringLiteral("metricResourceEdit"));
  m_resourceUri->setPlaceholderText(
      tr("/subscriptions/…/onlineEndpoints/<endpoint> (the resource that emits the metric)"));
  form->addRow(tr("Resource"), m_resourceUri);

  m_namespace = new QComboBox;
  m_namespace->setObjectName(QStringLiteral("metricNamespaceCombo"));
  m_namespace->setEditable(true);
  m_namespace->addItems(metricNamespaces());
  form->addRow(tr("Metric namespace"), m_namespace);

  m_metric = new QComboBox;
  m_metric->setObjectName(QStringLiteral("metricNameCombo"));
  m_metric->setEditable(true);
  m_metric->setInsertPolicy(QComboBox::NoInsert);
  form->addRow(tr("Metric name"), m_metric);

  m_dimensions = new QTableWidget(0, 3);
  m_dimensions->setObjectName(QStringLiteral("dimensionsTable"));
  m_dimensions->setHorizontalHeaderLabels({tr("Dimension name"), tr("Operator"), tr("Values")});
  m_dimensions->horizontalHeader()->setStretchLastSection(true);
  m_dimensions->verticalHeader()->hide();
  m_dimensions->setMaximumHeight(110);
  auto* addDimension = new QPushButton(tr("+ Add filter"));
  addDimension->setObjectName(QStringLiteral("addDimensionButton"));
  auto* removeDimension = new QPushButton(tr("Remove filter"));
  removeDimension->setObjectName(QStringLiteral("removeDimensionButton"));
  auto* dimensionButtons = new QHBoxLayout;
  dimensionButtons->addWidget(addDimension);
  dimensionButtons->addWidget(removeDimension);
  dimensionButtons->addStretch();
  auto* dimensionBox = new QVBoxLayout;
  dimensionBox->addWidget(m_dimensions);
  dimensionBox->addLayout(dimensionButtons);
  form->addRow(tr("Dimension filters"), dimensionBox);

  m_dividePerInstance = new QCheckBox(tr("Enable metric divide by instance count"));
  m_dividePerInstance->setObjectName(QStringLiteral("dividePerInstanceCheck"));
  form->addRow(QString(), m_dividePerInstance);

  m_operator = new QComboBox;
  m_operator->setObjectName(QStringLiteral("operatorCombo"));
  for (auto op : kOperators) m_operator->addItem(operatorLabel(op));
  form->addRow(tr("Operator"), m_operator);

  m_threshold = new QDoubleSpinBox;
  m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
  m_threshold->setRange(-1e12, 1e12);
  m_threshold->setDecimals(3);
  form->addRow(tr("Metric threshold to trigger scale action"), m_threshold);

  m_duration = new QSpinBox;
  m_duration->setObjectName(QStringLiteral("durationSpin"));
  m_duration->setRange(1, 720);
  form->addRow(tr("Duration (minutes)"), m_duration);

  m_timeGrain = new QSpinBox;
  m_timeGrain->setObjectName(QStringLiteral("timeGrainSpin"));
  m_timeGrain->setRange(1, 720);
  m_timeGrain->setToolTip(
      tr("The portal fixes this at 1 minute; some metrics only support "
         "larger grains."));
  form->addRow(tr("Time grain (minutes)"), m_timeGrain);

  m_statistic = new QComboBox;
  m_statistic->setObjectName(QStringLiteral("statisticCombo"));
  for (auto statistic : kStatistics) m_statistic->addItem(statisticLabel(statistic));
  form->addRow(tr("Time grain statistic"), m_statistic);

  m_aggregation = new QComboBox;
  m_aggregation->setObjectName(QStringLiteral("aggregationCombo"));
  for (auto aggregation : kAggregations) m_aggregation->addItem(aggregationLabel(aggregation));
  form->addRow(tr("Time aggregation"), m_aggregation);

  m_explanation = new QLabel;
  m_explanation->setObjectName(QStringLiteral("aggregationExplanation"));
  m_explanation->setWordWrap(true);
  m_explanation->setEnabled(false);
  form->addRow(QString(), m_explanation);

  connect(m_source, &QComboBox::currentIndexChanged, this, [this] { updateSource(); });
  connect(m_namespace, &QComboBox::currentTextChanged, this, [this] { fillMetricNames(); });
  connect(addDimension, &QPushButton::clicked, this, [this] { addDimensionRow({}); });
  connect(removeDimension, &QPushButton::clicked, this, [this] {
    if (m_dimensions->currentRow() >= 0) m_dimensions->removeRow(m_dimensions->currentRow());
  });
  for (QComboBox* combo : {m_operator, m_statistic, m_aggregation}) {
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { updateAdvice(); });
  }
  connect(m_metric, &QComboBox::currentTextChanged, this, [this] { updateAdvice(); });
  connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this] { updateAdvice(); });
  for (QSpinBox* spin : {m_duration, m_timeGrain}) {
    connect(spin, &QSpinBox::valueChanged, this, [this] { updateAdvice(); });
  }
  connect(m_dividePerInstance, &QCheckBox::toggled, this, [this] { updateAdvice(); });
  return box;
}

QWidget* ScaleRulePanel::buildAction() {
  auto* box = new QGroupBox(tr("Action"));
  auto* form = new QFormLayout(box);
  m_operation = new QComboBox;
  m_operation->setObjectName(QStringLiteral("operationCombo"));
  m_operation->addItems({tr("Increase count by"), tr("Increase percent by"),
                         tr("Increase count to"), tr("Decrease count by"),
                         tr("Decrease percent by"), tr("Decrease count to")});
  form->addRow(tr("Operation"), m_operation);
  m_cooldown = new QSpinBox;
  m_cooldown->setObjectName(QStringLiteral("cooldownSpin"));
  m_cooldown->setRange(1, 7 * 24 * 60);
  form->addRow(tr("Cool down (minutes)"), m_cooldown);
  m_instanceCount = new QSpinBox;
  m_instanceCount->setObjectName(QStringLiteral("instanceCountSpin"));
  m_instanceCount->setRange(1, 1000);
  form->addRow(tr("Instance count"), m_instanceCount);
  connect(m_operation, &QComboBox::currentIndexChanged, this, [this] { updateAdvice(); });
  for (QSpinBox* spin : {m_cooldown, m_instanceCount}) {
    connect(spin, &QSpinBox::valueChanged, this, [this] { updateAdvice(); });
  }
  return box;
}

RuleFields ScaleRulePanel::defaultRule(const QString& targetResourceUri) {
  RuleFields rule;
  rule.metricResourceUri = targetResourceUri;
  if (isMachineLearningDeployment(targetResourceUri) || targetResourceUri.isEmpty()) {
    rule.metricNamespace = kDeploymentNamespace;
    rule.metricName = QStringLiteral("CpuUtilizationPercentage");
  } else {
    rule.metricName = QStringLiteral("Percentage CPU");
  }
  return rule;
}

void ScaleRulePanel::setTargetResource(const QString& resourceUri) {
  m_targetResource = resourceUri;
  m_source->setItemText(CurrentResource,
                        resourceUri.isEmpty()
                            ? tr("Current resource")
                            : tr("Current resource (%1)").arg(resourceName(resourceUri)));
}

void ScaleRulePanel::setFields(const RuleFields& fields, bool editing) {
  const bool current = fields.metricResourceUri.isEmpty() ||
                       fields.metricResourceUri.compare(m_targetResource, Qt::CaseInsensitive) == 0;
  m_source->setCurrentIndex(current ? CurrentResource : OtherResource);
  m_resourceUri->setText(current ? m_targetResource : fields.metricResourceUri);
  m_namespace->setCurrentText(fields.metricNamespace);
  fillMetricNames();
  const int metricIndex = m_metric->findData(fields.metricName);
  if (metricIndex >= 0) {
    m_metric->setCurrentIndex(metricIndex);
  } else {
    m_metric->setCurrentText(fields.metricName);
  }
  m_dimensions->setRowCount(0);
  for (const auto& dimension : fields.dimensions) addDimensionRow(dimension);
  m_dividePerInstance->setChecked(fields.dividePerInstance);
  m_operator->setCurrentIndex(indexIn(kOperators, fields.op));
  m_threshold->setValue(fields.threshold);
  m_duration->setValue(fields.durationMinutes);
  m_timeGrain->setValue(fields.timeGrainMinutes);
  m_statistic->setCurrentIndex(indexIn(kStatistics, fields.statistic));
  m_aggregation->setCurrentIndex(indexIn(kAggregations, fields.aggregation));
  int operation = 0;
  for (std::size_t i = 0; i < std::size(kOperations); ++i) {
    if (kOperations[i].direction == fields.direction && kOperations[i].type == fields.type) {
      operation = static_cast<int>(i);
    }
  }
  m_operation->setCurrentIndex(operation);
  m_cooldown->setValue(fields.cooldownMinutes);
  m_instanceCount->setValue(static_cast<int>(fields.value));
  m_accept->setText(editing ? tr("Update") : tr("Add"));
  updateSource();
  updateAdvice();
}

RuleFields ScaleRulePanel::fields() const {
  RuleFields fields;
  fields.metricResourceUri = m_source->currentIndex() == CurrentResource
                                 ? m_targetResource
                                 : m_resourceUri->text().trimmed();
  fields.metricNamespace = m_namespace->currentText().trimmed();
  // Catalog entries carry their REST name as data; typed text is taken as the name itself.
  const int index = m_metric->currentIndex();
  fields.metricName = index >= 0 && m_metric->itemText(index) == m_metric->currentText()
                          ? m_metric->itemData(index).toString()
                          : m_metric->currentText().trimmed();
  for (int row = 0; row < m_dimensions->rowCount(); ++row) {
    RuleFields::Dimension dimension;
    const auto* name = m_dimensions->item(row, 0);
    const auto* values = m_dimensions->item(row, 2);
    const auto* op = qobject_cast<QComboBox*>(m_dimensions->cellWidget(row, 1));
    dimension.name = name ? name->text().trimmed() : QString();
    if (dimension.name.isEmpty()) continue;
    dimension.op = op && op->currentIndex() == 1 ? models::DimensionOperator::NotEquals
                                                 : models::DimensionOperator::Equals;
    if (values) {
      for (const QString& value : values->text().split(u',', Qt::SkipEmptyParts)) {
        dimension.values << value.trimmed();
      }
    }
    fields.dimensions.push_back(std::move(dimension));
  }
  fields.dividePerInstance = m_dividePerInstance->isChecked();
  fields.op = kOperators[m_operator->currentIndex()];
  fields.threshold = m_threshold->value();
  fields.durationMinutes = m_duration->value();
  fields.timeGrainMinutes = m_timeGrain->value();
  fields.statistic = kStatistics[m_statistic->currentIndex()];
  fields.aggregation = kAggregations[m_aggregation->currentIndex()];
  fields.direction = kOperations[m_operation->currentIndex()].direction;
  fields.type = kOperations[m_operation->currentIndex()].type;
  fields.value = m_instanceCount->value();
  fields.cooldownMinutes = m_cooldown->value();
  return fields;
}

void ScaleRulePanel::setContext(const RuleContext& context) {
  m_context = context;
  updateAdvice();
}

QStringList ScaleRulePanel::warnings() const {
  return ruleWarnings(fields(), m_context);
}

void ScaleRulePanel::fillMetricNames() {
  const QString keep = m_metric->currentText();
  const QSignalBlocker blocker(m_metric);
  m_metric->clear();
  for (const auto& metric : metricsOf(m_namespace->currentText())) {
    m_metric->addItem(tr("%1 (%2)").arg(metric.displayName, metric.name), metric.name);
  }
  const int index = m_metric->findData(keep);
  if (index >= 0) {
    m_metric->setCurrentIndex(index);
  } else {
    m_metric->setCurrentText(keep);
  }
}

void ScaleRulePanel::updateSource() {
  const bool other = m_source->currentIndex() == OtherResource;
  m_resourceUri->setEnabled(other);
  if (!other) m_resourceUri->setText(m_targetResource);
}

void ScaleRulePanel::updateAdvice() {
  const RuleFields current = fields();
  m_summary->setText(describeRule(current));
  m_explanation->setText(explainAggregation(current));
  const QStringList advice = ruleWarnings(current, m_context);
  m_warnings->setText(advice.join(QStringLiteral("\n\n")));
  m_warnings->setVisible(!advice.isEmpty());
}

void ScaleRulePanel::addDimensionRow(const RuleFields::Dimension& dimension) {
  const int row = m_dimensions->rowCount();
  m_dimensions->insertRow(row);
  m_dimensions->setItem(row, 0, new QTableWidgetItem(dimension.name));
  auto* op = new QComboBox;
  op->addItems({QStringLiteral("="), QStringLiteral("!=")});
  op->setCurrentIndex(dimension.op == models::DimensionOperator::NotEquals ? 1 : 0);
  m_dimensions->setCellWidget(row, 1, op);
  m_dimensions->setItem(row, 2, new QTableWidgetItem(dimension.values.join(QStringLiteral(", "))));
}

}  // namespace autoscale::ui
