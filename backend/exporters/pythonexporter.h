#pragma once

#include "backend/exporters/exporter.h"

namespace autoscale::backend {

// A Python script for the Azure SDK (azure-mgmt-monitor): the setting built from the SDK's
// models (AutoscaleSettingResource, AutoscaleProfile, ScaleRule, MetricTrigger, ScaleAction,
// ScaleCapacity, Recurrence, RecurrentSchedule, TimeWindow, AutoscaleNotification,
// EmailNotification, WebhookNotification) and sent with
// client.autoscale_settings.create_or_update(...).
models::Result<ExportResult> exportPython(const nlohmann::ordered_json& resource);

}  // namespace autoscale::backend
