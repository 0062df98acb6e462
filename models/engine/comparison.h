#pragma once

#include "models/setting/autoscalesetting.h"

namespace autoscale::models {

// `value operator threshold`. Values within one part in a billion of the threshold count as
// equal to it, so that the rounding of an average never decides a scale action.
inline bool compareWithThreshold(double value, ComparisonOperator op, double threshold) {
  const double magnitude = threshold < 0 ? -threshold : threshold;
  const double tolerance = 1e-9 * (magnitude > 1.0 ? magnitude : 1.0);
  const double difference = value - threshold;
  const bool equal = difference <= tolerance && difference >= -tolerance;
  switch (op) {
    case ComparisonOperator::Equals:
      return equal;
    case ComparisonOperator::NotEquals:
      return !equal;
    case ComparisonOperator::GreaterThan:
      return !equal && value > threshold;
    case ComparisonOperator::GreaterThanOrEqual:
      return equal || value > threshold;
    case ComparisonOperator::LessThan:
      return !equal && value < threshold;
    case ComparisonOperator::LessThanOrEqual:
      return equal || value < threshold;
  }
  return false;
}

// The operator as a symbol: >, ≥, <, ≤, =, ≠.
const char* operatorSymbol(ComparisonOperator op);

}  // namespace autoscale::models
