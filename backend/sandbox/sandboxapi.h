#pragma once

#include <string>

#include "backend/sandbox/apianswer.h"
#include "backend/sandbox/emulatedworkspace.h"
#include "backend/sandbox/settingstore.h"
#include "backend/sandbox/workloadclock.h"

namespace autoscale::backend {

struct ApiRequest {
  std::string method;  // upper case
  std::string path;    // decoded, without the query
  QueryParameters query;
  std::string body;
  std::string authorization;  // the Authorization header
  std::string baseUrl;        // scheme://host:port the client used, for nextLink
};

// The ARM surface of the sandbox, independent of the HTTP server that carries it:
// Microsoft.Insights/autoscalesettings (PUT, GET, PATCH, DELETE, list by resource group and
// subscription), Microsoft.Insights/metrics and metricDefinitions of the emulated ML
// endpoints and deployments, and GET of those ML resources. Path segments match
// case-insensitively; api-version is checked; errors have ARM's shape; a bearer token is
// required. Thread-safe.
class SandboxApi final {
 public:
  SandboxApi(std::string token, SettingStore& store, EmulatedWorkspace& workspace,
             const WorkloadClock& clock, int pageSize = 50);

  ApiAnswer handle(const ApiRequest& request) const;

 private:
  ApiAnswer handleSetting(const ApiRequest& request, const SettingKey& key) const;
  ApiAnswer putSetting(const ApiRequest& request, const SettingKey& key) const;
  ApiAnswer patchSetting(const ApiRequest& request, const SettingKey& key) const;
  ApiAnswer listSettings(const ApiRequest& request, const std::string& subscriptionId,
                         const std::string& resourceGroup) const;
  ApiAnswer handleMetrics(const ApiRequest& request, const std::string& resourceId,
                          bool definitions) const;
  ApiAnswer handleMlResource(const ApiRequest& request, const std::string& resourceId) const;

  std::string m_token;
  SettingStore& m_store;
  EmulatedWorkspace& m_workspace;
  const WorkloadClock& m_clock;
  int m_pageSize;
};

}  // namespace autoscale::backend
