#pragma once

// New settings documents: a blank setting, and the Azure ML deployment setting of the
// reference walkthrough (the studio's "new" actions and the sample workspace use them).

#include <nlohmann/json.hpp>
#include <string>

#include "models/setting/settingdocument.h"

namespace autoscale::models {

struct BlankSettingOptions {
  std::string name = "autoscale-setting";
  std::string targetResourceUri;
  std::string location = "eastus";
  long long instanceCount = 1;  // minimum = maximum = default
};

// One default condition (`Auto created scale condition`) with no rules, enabled, no
// notifications.
nlohmann::ordered_json blankSettingJson(const BlankSettingOptions& options = {});
SettingDocument blankSetting(const BlankSettingOptions& options = {});

// Where the walkthrough's endpoint and deployment live.
struct AzureMlDeployment {
  std::string subscriptionId = "00000000-0000-0000-0000-000000000000";
  std::string resourceGroup = "my-resource-group";
  std::string workspace = "my-workspace";
  std::string endpoint = "my-endpoint";
  std::string deployment = "blue";
  std::string location = "eastus";
  std::string settingName = "my-endpoint-blue-autoscale";

  std::string endpointResourceId() const;
  std::string deploymentResourceId() const;
};

// The walkthrough setting: default condition `my-scale-settings` (2..5, default 2) with
// +2 on CpuUtilizationPercentage > 70, -1 on CpuUtilizationPercentage < 30 and +1 on the
// endpoint's RequestLatency > 70 (each averaged over 5 minutes, cooldown 5 minutes); a
// `weekend-profile` pinned to 2 on Saturday and Sunday (Pacific Standard Time, from 00:00)
// and the portal's paired default condition that takes over at 23:59.
nlohmann::ordered_json azureMlDeploymentSettingJson(const AzureMlDeployment& deployment = {});
SettingDocument azureMlDeploymentSetting(const AzureMlDeployment& deployment = {});

}  // namespace autoscale::models
