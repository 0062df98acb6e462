#include "models/engine/comparison.h"

#include <algorithm>
#include <cmath>

namespace autoscale::models {

bool compareWithThreshold(double value, ComparisonOperator op, double threshold) {
  const double tolerance = 1e-9 * std::max(1.0, std::abs(threshold));
  const bool equal = std::abs(value - threshold) <= tolerance;
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

const char* operatorSymbol(ComparisonOperator op) {
  switch (op) {
    case ComparisonOperator::Equals:
      return "=";
    case ComparisonOperator::NotEquals:
      return "≠";
    case ComparisonOperator::GreaterThan:
      return ">";
    case ComparisonOperator::GreaterThanOrEqual:
      return "≥";
    case ComparisonOperator::LessThan:
      return "<";
    case ComparisonOperator::LessThanOrEqual:
      return "≤";
  }
  return "?";
}

}  // namespace autoscale::models
