#pragma once

#include <optional>

#include "models/validation/jsonnode.h"
#include "models/validation/reporter.h"

namespace autoscale::models::validation {

// The literal instance limits of the profile that holds a rule (absent when not literal).
struct CapacityLimits {
  std::optional<long long> minimum;
  std::optional<long long> maximum;
  std::optional<long long> defaultCount;
};

// Schema, limits and per-rule lint of one element of a profile's `rules`.
void checkRule(Reporter& reporter, const Node& rule, const CapacityLimits& limits);

}  // namespace autoscale::models::validation
