#pragma once

#include <QString>

#include "models/setting/autoscalesetting.h"
#include "ui/rules/rulejson.h"

namespace autoscale::ui {

// One plain-language line per rule, e.g. "Increase count by 2 when average
// CpuUtilizationPercentage > 70 over 5 minutes".
QString describeRule(const RuleFields& rule);
QString describeRule(const models::ScaleRule& rule);
// The action part alone: "Increase count by 2".
QString describeAction(models::ScaleDirection direction, models::ScaleType type, long long value);
// What the two aggregations do, in words (they are easy to confuse).
QString explainAggregation(const RuleFields& rule);
QString operatorSymbol(models::ComparisonOperator op);
QString operatorLabel(models::ComparisonOperator op);
QString statisticLabel(models::MetricStatistic statistic);
QString aggregationLabel(models::TimeAggregation aggregation);

}  // namespace autoscale::ui
