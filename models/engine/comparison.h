#pragma once

#include "models/setting/autoscalesetting.h"

namespace autoscale::models {

// `value operator threshold`. Values within one part in a billion of the threshold count as
// equal to it, so that the rounding of an average never decides a scale action.
bool compareWithThreshold(double value, ComparisonOperator op, double threshold);

// The operator as a symbol: >, ≥, <, ≤, =, ≠.
const char* operatorSymbol(ComparisonOperator op);

}  // namespace autoscale::models
