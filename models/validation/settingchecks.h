#pragma once

#include "models/validation/jsonnode.h"
#include "models/validation/reporter.h"

namespace autoscale::models::validation {

// Schema, limits and single-value lint of one autoscale setting, read from the JSON tree alone.
// `resource` is the resource object; for a bare `properties` document it is the same node as
// `properties` and the envelope is not checked.
void checkSettingTree(Reporter& reporter, const Node& resource, const Node& properties,
                      bool hasEnvelope);

}  // namespace autoscale::models::validation
