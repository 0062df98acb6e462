#pragma once

#include "models/setting/autoscalesetting.h"

namespace autoscale::models {

// `value operator threshold`. Values within one part in a billion of the threshold count as
// equal to it, so that the rounding of an average never decides a scale action.
// A threshold with the band of values that count as equal to it, worked out once per rule.
struct ThresholdBand {
  ComparisonOperator op = ComparisonOperator::GreaterThan;
  double low = 0.0;   // threshold − tolerance
  double high = 0.0;  // threshold + tolerance

  ThresholdBand() = default;
  ThresholdBand(ComparisonOperator comparison, double threshold) : op(comparison) {
    const double magnitude = threshold < 0 ? -threshold : threshold;
    const double tolerance = 1e-9 * (magnitude > 1.0 ? magnitude : 1.0);
    low = threshold - tolerance;
    high = threshold + tolerance;
  }

  bool fires(double value) const {
    switch (op) {
      case ComparisonOperator::Equals:
        return value >= low && value <= high;
      case ComparisonOperator::NotEquals:
        return value < low || value > high;
      case ComparisonOperator::GreaterThan:
        return value > high;
      case ComparisonOperator::GreaterThanOrEqual:
        return value >= low;
      case ComparisonOperator::LessThan:
        return value < low;
      case ComparisonOperator::LessThanOrEqual:
        return value <= high;
    }
    return false;
  }
};

inline bool compareWithThreshold(double value, ComparisonOperator op, double threshold) {
  return ThresholdBand(op, threshold).fires(value);
}

// The operator as a symbol: >, ≥, <, ≤, =, ≠.
const char* operatorSymbol(ComparisonOperator op);

}  // namespace autoscale::models
