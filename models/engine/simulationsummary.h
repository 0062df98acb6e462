#pragma once

#include "models/engine/simulationresult.h"

namespace autoscale::models {

// The summary figures of a finished run, from its ticks and events.
SimulationSummary summarize(const SimulationResult& result);

}  // namespace autoscale::models
