#pragma once

#include <chrono>
#include <string>

#include "backend/sandbox/apianswer.h"
#include "backend/sandbox/emulatedworkspace.h"
#include "backend/sandbox/metriccatalog.h"

namespace autoscale::backend {

// GET {resource}/providers/Microsoft.Insights/metrics for an emulated deployment or endpoint,
// in the response format of spec §6. Durations in `timespan` count back from the simulated
// `now`; absolute timespans are taken as simulated time.
ApiAnswer metricsAnswer(const EmulatedWorkspace& workspace, const std::string& resourceId,
                        MetricScope scope, const QueryParameters& query,
                        std::chrono::system_clock::time_point now);

// GET {resource}/providers/Microsoft.Insights/metricDefinitions.
ApiAnswer metricDefinitionsAnswer(const std::string& resourceId, MetricScope scope);

}  // namespace autoscale::backend
