#include "models/engine/comparison.h"

namespace autoscale::models {

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
