#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "backend/arm/tokencredential.h"
#include "backend/net/httpclient.h"
#include "models/core/result.h"

namespace autoscale::backend {

inline constexpr const char* kAutoscaleApiVersion = "2022-10-01";
inline constexpr const char* kMetricsApiVersion = "2023-10-01";
inline constexpr const char* kAzureResourceManager = "https://management.azure.com";

struct ArmClientOptions {
  std::string endpoint = kAzureResourceManager;  // scheme://host[:port], no path
  std::string autoscaleApiVersion = kAutoscaleApiVersion;
  std::string metricsApiVersion = kMetricsApiVersion;
  HttpClientOptions http;
  int maxPages = 1000;  // bound on nextLink pages of one list
};

struct AutoscaleSettingId {
  std::string subscriptionId;
  std::string resourceGroup;
  std::string name;
};

// Parameters of a metrics query (spec §6); empty fields are not sent.
struct MetricsQuery {
  std::vector<std::string> metricNames;
  std::string timespan;  // "start/end" in ISO 8601, or an ISO duration back from now
  std::string interval;  // ISO duration such as PT1M, or FULL
  std::vector<std::string> aggregations;  // average, minimum, maximum, total, count
  std::string metricNamespace;
  std::string filter;  // $filter, e.g. "instanceId eq '*'"
  std::optional<int> top;
  std::string orderBy;
  std::string resultType;  // Data or Metadata
};

struct WriteOutcome {
  nlohmann::ordered_json resource;  // what the service answered
  bool created = false;             // 201 rather than 200
};

// Azure Resource Manager operations of Microsoft.Insights used by the studio and the CLI.
// Bodies are `nlohmann::ordered_json`, passed through untouched, so that lossless documents
// keep their keys and order. No call throws; each returns a Result whose error code is the
// service's own (e.g. "ResourceNotFound") or one of the Network./Auth./Arm. codes.
class ArmClient final {
 public:
  ArmClient(ArmClientOptions options, std::shared_ptr<TokenCredential> credential);

  const ArmClientOptions& options() const { return m_options; }

  models::Result<nlohmann::ordered_json> getAutoscaleSetting(
      const AutoscaleSettingId& id, const CancelToken* cancel = nullptr) const;
  // Like get, but a setting that does not exist is an empty optional rather than an error.
  models::Result<std::optional<nlohmann::ordered_json>> findAutoscaleSetting(
      const AutoscaleSettingId& id, const CancelToken* cancel = nullptr) const;
  // Every setting of the resource group, or of the subscription when `resourceGroup` is
  // empty, following nextLink.
  models::Result<std::vector<nlohmann::ordered_json>> listAutoscaleSettings(
      const std::string& subscriptionId, const std::string& resourceGroup = {},
      const CancelToken* cancel = nullptr) const;
  models::Result<WriteOutcome> createOrUpdateAutoscaleSetting(
      const AutoscaleSettingId& id, const nlohmann::ordered_json& resource,
      const CancelToken* cancel = nullptr) const;
  models::Result<nlohmann::ordered_json> patchAutoscaleSetting(
      const AutoscaleSettingId& id, const nlohmann::ordered_json& patch,
      const CancelToken* cancel = nullptr) const;
  // True when a setting was deleted (200), false when there was none (204).
  models::Result<bool> deleteAutoscaleSetting(const AutoscaleSettingId& id,
                                              const CancelToken* cancel = nullptr) const;

  // `resourceUri` is an ARM id such as /subscriptions/…/onlineEndpoints/e/deployments/blue.
  models::Result<nlohmann::ordered_json> listMetrics(const std::string& resourceUri,
                                                     const MetricsQuery& query,
                                                     const CancelToken* cancel = nullptr) const;
  models::Result<nlohmann::ordered_json> listMetricDefinitions(
      const std::string& resourceUri, const std::string& metricNamespace = {},
      const CancelToken* cancel = nullptr) const;

  // The path of a setting, e.g.
  // /subscriptions/s/resourceGroups/rg/providers/Microsoft.Insights/autoscalesettings/n.
  static std::string settingPath(const AutoscaleSettingId& id);

 private:
  models::Result<HttpResponse> call(const std::string& method, const std::string& url,
                                    const nlohmann::ordered_json* body,
                                    const CancelToken* cancel) const;
  models::Result<nlohmann::ordered_json> callForJson(const std::string& method,
                                                     const std::string& url,
                                                     const nlohmann::ordered_json* body,
                                                     const std::string& operation,
                                                     const CancelToken* cancel) const;
  std::string url(const std::string& path, const std::string& query) const;
  models::Status checkSameOrigin(const std::string& link) const;

  ArmClientOptions m_options;
  std::shared_ptr<TokenCredential> m_credential;
  HttpClient m_http;
};

}  // namespace autoscale::backend
