#pragma once

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

#include "models/setting/autoscalesetting.h"

namespace autoscale::ui {

// The fields of the Scale rule panel, in the panel's units (minutes), with the portal's
// defaults: threshold 70, duration 10 min, grain 1 min, Average/Average, Increase count by 1,
// cool down 5 min.
struct RuleFields {
  struct Dimension {
    QString name;
    models::DimensionOperator op = models::DimensionOperator::Equals;
    QStringList values;
  };

  QString metricResourceUri;
  QString metricNamespace;
  QString metricName;
  std::vector<Dimension> dimensions;
  bool dividePerInstance = false;
  models::ComparisonOperator op = models::ComparisonOperator::GreaterThan;
  double threshold = 70;
  int durationMinutes = 10;
  int timeGrainMinutes = 1;
  models::MetricStatistic statistic = models::MetricStatistic::Average;
  models::TimeAggregation aggregation = models::TimeAggregation::Average;
  models::ScaleDirection direction = models::ScaleDirection::Increase;
  models::ScaleType type = models::ScaleType::ChangeCount;
  long long value = 1;
  int cooldownMinutes = 5;
};

RuleFields ruleFieldsOf(const models::ScaleRule& rule);

// The rule as JSON. When `original` is given, its keys (unknown ones included, and their
// spelling such as `Dimensions`) are kept and only the panel's fields are written; values
// the user did not change keep their original JSON (`10.0` stays `10.0`).
nlohmann::ordered_json ruleJson(const RuleFields& fields,
                                const nlohmann::ordered_json* original = nullptr);

// "PT10M", "PT1H", "PT1H30M", "P1D".
std::string isoDurationMinutes(long long minutes);

}  // namespace autoscale::ui
