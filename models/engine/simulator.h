#pragma once

// The autoscale engine as a pure function: what Azure Monitor autoscale would do with
// `setting` on the metrics of `metrics`, minute by minute, and why
// (spec/azure-autoscale.md §2, docs/engine.md). No I/O, no event loop; safe to call from any
// thread.

#include "models/core/result.h"
#include "models/engine/simulationoptions.h"
#include "models/engine/simulationresult.h"
#include "models/metrics/metricseries.h"
#include "models/setting/autoscalesetting.h"

namespace autoscale::models {

// Error codes: those of compileSetting (an ARM expression or a missing value, with its JSON
// path), "engine.time" (no time range: no metrics and no from/to), "engine.options" (an
// option out of range), "engine.cancelled".
Result<SimulationResult> simulate(const AutoscaleSetting& setting, const MetricSet& metrics,
                                  const SimulationOptions& options);

}  // namespace autoscale::models
