#pragma once

#include "models/setting/autoscalesetting.h"
#include "models/validation/reporter.h"

namespace autoscale::models::validation {

// Lint that looks across the elements of one setting, on its typed snapshot: flapping, rules
// in one direction only, schedules that overlap or never end, profile names, and the
// predictive policy's required rule.
void lintSetting(Reporter& reporter, const AutoscaleSetting& setting);

}  // namespace autoscale::models::validation
