#pragma once

#include "backend/exporters/exporter.h"

namespace autoscale::backend {

// Terraform: a `resource_group_name` variable and one `azurerm_monitor_autoscale_setting`
// resource with profile/capacity/rule/metric_trigger/scale_action/fixed_date/recurrence,
// predictive and notification blocks, in azurerm's spellings. Durations are canonical
// ISO-8601 strings (azurerm validates them); what azurerm cannot hold is stated in comments.
models::Result<ExportResult> exportTerraform(const nlohmann::ordered_json& resource);

}  // namespace autoscale::backend
