#include "ui/rules/ruleadvice.h"

#include <QCoreApplication>

#include "ui/rules/ruledescription.h"

namespace autoscale::ui {
namespace {

QString tr(const char* text) {
  return QCoreApplication::translate("RuleAdvice", text);
}

bool isScaleOut(const RuleFields& rule) {
  return rule.direction == models::ScaleDirection::Increase &&
         (rule.op == models::ComparisonOperator::GreaterThan ||
          rule.op == models::ComparisonOperator::GreaterThanOrEqual);
}

bool isScaleIn(const RuleFields& rule) {
  return rule.direction == models::ScaleDirection::Decrease &&
         (rule.op == models::ComparisonOperator::LessThan ||
          rule.op == models::ComparisonOperator::LessThanOrEqual);
}

bool sameMetric(const RuleFields& a, const RuleFields& b) {
  return a.metricName.compare(b.metricName, Qt::CaseInsensitive) == 0 &&
         a.metricResourceUri.compare(b.metricResourceUri, Qt::CaseInsensitive) == 0;
}

// The instances a scale-in rule removes from `count`.
long long removedBy(const RuleFields& rule, long long count) {
  switch (rule.type) {
    case models::ScaleType::ChangeCount:
      return rule.value;
    case models::ScaleType::PercentChangeCount:
      return std::max(1LL, count * rule.value / 100);
    case models::ScaleType::ExactCount:
      return std::max(0LL, count - rule.value);
    case models::ScaleType::ServiceAllowedNextValue:
      return 1;
  }
  return 1;
}

}  // namespace

std::optional<long long> flappingCount(double inThreshold, double outThreshold, long long by,
                                       long long minimum, long long maximum) {
  if (by <= 0) return std::nullopt;
  for (long long count = std::max(minimum + by, by + 1); count <= maximum && count < 10000;
       ++count) {
    const double projected =
        inThreshold * static_cast<double>(count) / static_cast<double>(count - by);
    if (projected >= outThreshold) return count;
  }
  return std::nullopt;
}

QStringList ruleWarnings(const RuleFields& rule, const RuleContext& context) {
  QStringList warnings;
  const long long minimum = context.minimum.value_or(1);
  const long long maximum = context.maximum.value_or(minimum + 10);
  for (const RuleFields& other : context.otherRules) {
    const RuleFields* in = isScaleIn(rule) && isScaleOut(other)   ? &rule
                           : isScaleOut(rule) && isScaleIn(other) ? &other
                                                                  : nullptr;
    if (!in || !sameMetric(rule, other)) continue;
    const RuleFields* out = in == &rule ? &other : &rule;
    // Only averaged per-instance metrics move with the instance count this way.
    if (in->aggregation != models::TimeAggregation::Average) continue;
    const long long by = removedBy(*in, maximum);
    if (const auto count = flappingCount(in->threshold, out->threshold, by, minimum, maximum)) {
      const double projected =
          in->threshold * static_cast<double>(*count) / static_cast<double>(*count - by);
      warnings << tr("Flapping risk: scaling in from %1 to %2 instances lifts an average just "
                     "under %3 to about %4, which reaches the scale-out threshold %5. Widen the "
                     "gap between the thresholds or scale in by fewer instances.")
                      .arg(*count)
                      .arg(*count - by)
                      .arg(in->threshold)
                      .arg(projected, 0, 'f', 1)
                      .arg(out->threshold);
    }
  }
  if (isScaleOut(rule) || rule.direction == models::ScaleDirection::Increase) {
    bool hasScaleIn = false;
    for (const RuleFields& other : context.otherRules) {
      hasScaleIn = hasScaleIn || other.direction == models::ScaleDirection::Decrease;
    }
    if (!hasScaleIn) {
      warnings << tr(
          "This condition has no scale-in rule: instances added by scaling out are "
          "never removed by it. Add a rule that decreases the count.");
    }
  }
  return warnings;
}

}  // namespace autoscale::ui
