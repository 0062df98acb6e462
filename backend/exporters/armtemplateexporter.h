#pragma once

#include "backend/exporters/exporter.h"

namespace autoscale::backend {

// An ARM deployment template (deploymentTemplate.json schema) with parameters for the name,
// location, target resource and default instance limits, and the resource at api-version
// 2022-10-01 with every property of the input kept, unknown keys included. Read-only envelope
// fields (id, systemData) are left out.
models::Result<ExportResult> exportArmTemplate(const nlohmann::ordered_json& resource);

inline constexpr const char* kAutoscaleApiVersion = "2022-10-01";
inline constexpr const char* kAutoscaleResourceType = "Microsoft.Insights/autoscalesettings";

// Envelope keys that the service sets and a deployment must not send.
bool isReadOnlyEnvelopeKey(std::string_view key);

}  // namespace autoscale::backend
