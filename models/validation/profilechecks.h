#pragma once

#include "models/validation/jsonnode.h"
#include "models/validation/reporter.h"

namespace autoscale::models::validation {

// Schema, limits and per-profile lint of one element of `profiles`: name, capacity, rules,
// fixedDate and recurrence.
void checkProfile(Reporter& reporter, const Node& profile);

// Schema and limits of a Windows time zone slot (shared with the fixed date).
void checkTimeZone(Reporter& reporter, const Node& slot, bool required);

}  // namespace autoscale::models::validation
