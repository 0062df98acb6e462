#pragma once

#include "backend/exporters/exporter.h"

namespace autoscale::backend {

// A Bicep file: the parameters of the ARM template export and the resource
// `Microsoft.Insights/autoscalesettings@2022-10-01` with every property of the input kept.
models::Result<ExportResult> exportBicep(const nlohmann::ordered_json& resource);

}  // namespace autoscale::backend
