#include "ui/rules/ruledescription.h"

#include <QCoreApplication>

namespace autoscale::ui {
namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1) {
  return QCoreApplication::translate("RuleDescription", text, comment, n);
}

QString number(double value) {
  return QString::number(value, 'g', 10);
}

QString aggregationWord(models::TimeAggregation aggregation) {
  switch (aggregation) {
    case models::TimeAggregation::Average:
      return tr("average");
    case models::TimeAggregation::Minimum:
      return tr("minimum");
    case models::TimeAggregation::Maximum:
      return tr("maximum");
    case models::TimeAggregation::Total:
      return tr("total");
    case models::TimeAggregation::Count:
      return tr("count of");
    case models::TimeAggregation::Last:
      return tr("last");
  }
  return {};
}

}  // namespace

QString operatorSymbol(models::ComparisonOperator op) {
  switch (op) {
    case models::ComparisonOperator::Equals:
      return QStringLiteral("=");
    case models::ComparisonOperator::NotEquals:
      return QStringLiteral("≠");
    case models::ComparisonOperator::GreaterThan:
      return QStringLiteral(">");
    case models::ComparisonOperator::GreaterThanOrEqual:
      return QStringLiteral("≥");
    case models::ComparisonOperator::LessThan:
      return QStringLiteral("<");
    case models::ComparisonOperator::LessThanOrEqual:
      return QStringLiteral("≤");
  }
  return {};
}

QString operatorLabel(models::ComparisonOperator op) {
  switch (op) {
    case models::ComparisonOperator::Equals:
      return tr("Equal to");
    case models::ComparisonOperator::NotEquals:
      return tr("Not equal to");
    case models::ComparisonOperator::GreaterThan:
      return tr("Greater than");
    case models::ComparisonOperator::GreaterThanOrEqual:
      return tr("Greater than or equal to");
    case models::ComparisonOperator::LessThan:
      return tr("Less than");
    case models::ComparisonOperator::LessThanOrEqual:
      return tr("Less than or equal to");
  }
  return {};
}

QString statisticLabel(models::MetricStatistic statistic) {
  switch (statistic) {
    case models::MetricStatistic::Average:
      return tr("Average");
    case models::MetricStatistic::Min:
      return tr("Minimum");
    case models::MetricStatistic::Max:
      return tr("Maximum");
    case models::MetricStatistic::Sum:
      return tr("Sum");
    case models::MetricStatistic::Count:
      return tr("Count");
  }
  return {};
}

QString aggregationLabel(models::TimeAggregation aggregation) {
  switch (aggregation) {
    case models::TimeAggregation::Average:
      return tr("Average");
    case models::TimeAggregation::Minimum:
      return tr("Minimum");
    case models::TimeAggregation::Maximum:
      return tr("Maximum");
    case models::TimeAggregation::Total:
      return tr("Total");
    case models::TimeAggregation::Count:
      return tr("Count");
    case models::TimeAggregation::Last:
      return tr("Last");
  }
  return {};
}

QString describeAction(models::ScaleDirection direction, models::ScaleType type, long long value) {
  const bool up = direction == models::ScaleDirection::Increase;
  const bool down = direction == models::ScaleDirection::Decrease;
  switch (type) {
    case models::ScaleType::ChangeCount:
      if (up) return tr("Increase count by %1").arg(value);
      if (down) return tr("Decrease count by %1").arg(value);
      break;
    case models::ScaleType::PercentChangeCount:
      if (up) return tr("Increase percent by %1").arg(value);
      if (down) return tr("Decrease percent by %1").arg(value);
      break;
    case models::ScaleType::ExactCount:
      if (up) return tr("Increase count to %1").arg(value);
      if (down) return tr("Decrease count to %1").arg(value);
      return tr("Set count to %1").arg(value);
    case models::ScaleType::ServiceAllowedNextValue:
      if (up) return tr("Increase to the next allowed size");
      if (down) return tr("Decrease to the previous allowed size");
      break;
  }
  return tr("Do nothing (direction None)");
}

QString describeRule(const RuleFields& rule) {
  const QString metric = rule.metricName.isEmpty() ? tr("(no metric)") : rule.metricName;
  QString line = tr("%1 when %2 %3 %4 %5 over %n minute(s)", nullptr, rule.durationMinutes)
                     .arg(describeAction(rule.direction, rule.type, rule.value),
                          aggregationWord(rule.aggregation), metric, operatorSymbol(rule.op),
                          number(rule.threshold));
  if (rule.dividePerInstance) line += tr(", per instance");
  if (!rule.dimensions.empty()) line += tr(" (filtered)");
  return line;
}

QString describeRule(const models::ScaleRule& rule) {
  const auto& trigger = rule.metricTrigger;
  // Template expressions cannot be described in words; show them as written.
  for (const auto* raw : {&trigger.threshold.expression, &rule.scaleAction.value.expression}) {
    if (*raw) {
      return describeRule(ruleFieldsOf(rule)) + tr(" [uses %1]").arg(QString::fromStdString(**raw));
    }
  }
  return describeRule(ruleFieldsOf(rule));
}

QString explainAggregation(const RuleFields& rule) {
  return tr("Every evaluation takes the %1 of the samples inside each %n-minute grain "
            "(time grain statistic), then the %2 of those grain values over the last %3 "
            "minutes (time aggregation), and compares it with %4.",
            nullptr, rule.timeGrainMinutes)
      .arg(statisticLabel(rule.statistic).toLower(), aggregationLabel(rule.aggregation).toLower())
      .arg(rule.durationMinutes)
      .arg(number(rule.threshold));
}

}  // namespace autoscale::ui
