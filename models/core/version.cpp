#include "models/core/version.h"

namespace autoscale::models {

const char* productVersion() { return AUTOSCALE_VERSION; }

}  // namespace autoscale::models
