#pragma once

namespace autoscale::models {

// The product version, from the nearest git tag at configure time.
const char* productVersion();

}  // namespace autoscale::models
