#include "models/setting/settingtemplates.h"

namespace autoscale::models {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSettingType = "Microsoft.Insights/autoscaleSettings";
constexpr const char* kDefaultProfileName = "my-scale-settings";
constexpr const char* kWeekendProfileName = "weekend-profile";
constexpr const char* kWeekendTimeZone = "Pacific Standard Time";

Json capacity(long long minimum, long long maximum, long long defaultCount) {
  // The API spells instance counts as strings.
  return Json{{"minimum", std::to_string(minimum)},
              {"maximum", std::to_string(maximum)},
              {"default", std::to_string(defaultCount)}};
}

Json resource(const std::string& name, const std::string& location, Json properties) {
  return Json{{"name", name},
              {"type", kSettingType},
              {"location", location},
              {"tags", Json::object()},
              {"properties", std::move(properties)}};
}

struct RuleSpec {
  const std::string& metricResourceUri;
  const char* metricNamespace;
  const char* metricName;
  const char* comparison;
  double threshold;
  const char* direction;
  int change;
};

Json rule(const RuleSpec& spec) {
  return Json{{"metricTrigger",
               {{"metricName", spec.metricName},
                {"metricNamespace", spec.metricNamespace},
                {"metricResourceUri", spec.metricResourceUri},
                {"timeGrain", "PT1M"},
                {"statistic", "Average"},
                {"timeWindow", "PT5M"},
                {"timeAggregation", "Average"},
                {"operator", spec.comparison},
                {"threshold", spec.threshold},
                {"dividePerInstance", false}}},
              {"scaleAction",
               {{"direction", spec.direction},
                {"type", "ChangeCount"},
                {"value", std::to_string(spec.change)},
                {"cooldown", "PT5M"}}}};
}

Json weeklyAt(int hour, int minute) {
  return Json{{"frequency", "Week"},
              {"schedule",
               {{"timeZone", kWeekendTimeZone},
                {"days", {"Saturday", "Sunday"}},
                {"hours", {hour}},
                {"minutes", {minute}}}}};
}

}  // namespace

Json blankSettingJson(const BlankSettingOptions& options) {
  const Json profile{
      {"name", "Auto created scale condition"},
      {"capacity", capacity(options.instanceCount, options.instanceCount, options.instanceCount)},
      {"rules", Json::array()}};
  Json properties{{"name", options.name},
                  {"enabled", true},
                  {"targetResourceUri", options.targetResourceUri},
                  {"profiles", Json::array({profile})},
                  {"notifications", Json::array()}};
  return resource(options.name, options.location, std::move(properties));
}

SettingDocument blankSetting(const BlankSettingOptions& options) {
  return SettingDocument::fromJson(blankSettingJson(options));
}

std::string AzureMlDeployment::endpointResourceId() const {
  return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup +
         "/providers/Microsoft.MachineLearningServices/workspaces/" + workspace +
         "/onlineEndpoints/" + endpoint;
}

std::string AzureMlDeployment::deploymentResourceId() const {
  return endpointResourceId() + "/deployments/" + deployment;
}

Json azureMlDeploymentSettingJson(const AzureMlDeployment& deployment) {
  const std::string deploymentId = deployment.deploymentResourceId();
  const std::string endpointId = deployment.endpointResourceId();
  const char* deploymentNamespace =
      "microsoft.machinelearningservices/workspaces/onlineendpoints/deployments";
  const char* endpointNamespace = "microsoft.machinelearningservices/workspaces/onlineendpoints";
  const Json rules = Json::array({
      rule({deploymentId, deploymentNamespace, "CpuUtilizationPercentage", "GreaterThan", 70.0,
            "Increase", 2}),
      rule({deploymentId, deploymentNamespace, "CpuUtilizationPercentage", "LessThan", 30.0,
            "Decrease", 1}),
      rule({endpointId, endpointNamespace, "RequestLatency", "GreaterThan", 70.0, "Increase", 1}),
  });
  const Json defaultProfile{
      {"name", kDefaultProfileName}, {"capacity", capacity(2, 5, 2)}, {"rules", rules}};
  const Json weekendProfile{{"name", kWeekendProfileName},
                            {"capacity", capacity(2, 2, 2)},
                            {"rules", Json::array()},
                            {"recurrence", weeklyAt(0, 0)}};
  // The portal's end time: a copy of the default condition, named after the pair, that
  // starts when the weekend profile should end.
  const Json paired{
      {"name", Json{{"name", kDefaultProfileName}, {"for", kWeekendProfileName}}.dump()},
      {"capacity", capacity(2, 5, 2)},
      {"rules", rules},
      {"recurrence", weeklyAt(23, 59)}};
  Json properties{{"name", deployment.settingName},
                  {"enabled", true},
                  {"targetResourceUri", deploymentId},
                  {"profiles", Json::array({defaultProfile, weekendProfile, paired})},
                  {"notifications", Json::array()}};
  return resource(deployment.settingName, deployment.location, std::move(properties));
}

SettingDocument azureMlDeploymentSetting(const AzureMlDeployment& deployment) {
  return SettingDocument::fromJson(azureMlDeploymentSettingJson(deployment));
}

}  // namespace autoscale::models
