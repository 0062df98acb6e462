#pragma once

#include "models/setting/autoscalesetting.h"
#include "models/validation/reporter.h"

namespace autoscale::models::validation {

// Pairs each scale-in rule of `profile` with the scale-out rules on the same metric and
// reports
// * AS3020 when the scale-in condition implies a scale-out condition (it can never act), and
// * AS3001 when, at some instance count in [minimum, maximum], a scale-in would move the
//   engine's flapping estimate (§2.9: observed × current / new) past the scale-out threshold.
void lintFlapping(Reporter& reporter, const ScaleProfile& profile);

}  // namespace autoscale::models::validation
