#include "backend/exporters/exporter.h"

#include "backend/exporters/armtemplateexporter.h"
#include "backend/exporters/azcliexporter.h"
#include "backend/exporters/bicepexporter.h"
#include "backend/exporters/jsonaccess.h"
#include "backend/exporters/pythonexporter.h"
#include "backend/exporters/terraformexporter.h"

namespace autoscale::backend {

const std::vector<ExportFormatInfo>& exportFormats() {
  static const std::vector<ExportFormatInfo> formats{
      {ExportFormat::ArmTemplate, "arm-template", ".json",
       "ARM deployment template with parameters"},
      {ExportFormat::Bicep, "bicep", ".bicep", "Bicep file with parameters"},
      {ExportFormat::Terraform, "terraform", ".tf",
       "Terraform azurerm_monitor_autoscale_setting resource"},
      {ExportFormat::AzCli, "az-cli", ".sh", "bash script of az monitor autoscale commands"},
      {ExportFormat::Python, "python", ".py",
       "Python script for the Azure SDK (azure-mgmt-monitor)"}};
  return formats;
}

const ExportFormatInfo& exportFormatInfo(ExportFormat format) {
  for (const auto& info : exportFormats()) {
    if (info.format == format) return info;
  }
  return exportFormats().front();
}

std::optional<ExportFormat> exportFormatFromName(std::string_view name) {
  for (const auto& info : exportFormats()) {
    if (equalsIgnoringCase(info.name, name)) return info.format;
  }
  return std::nullopt;
}

models::Result<ExportResult> exportSetting(const nlohmann::ordered_json& resource,
                                           ExportFormat format) {
  try {
    switch (format) {
      case ExportFormat::ArmTemplate:
        return exportArmTemplate(resource);
      case ExportFormat::Bicep:
        return exportBicep(resource);
      case ExportFormat::Terraform:
        return exportTerraform(resource);
      case ExportFormat::AzCli:
        return exportAzCli(resource);
      case ExportFormat::Python:
        return exportPython(resource);
    }
  } catch (const std::exception& error) {
    // The exporters use the non-throwing nlohmann APIs; this only guards the boundary.
    return models::Error{"export.internal", std::string("export failed: ") + error.what()};
  }
  return models::Error{"export.format", "unknown export format"};
}

}  // namespace autoscale::backend
