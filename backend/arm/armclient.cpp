#include "backend/arm/armclient.h"

#include <set>

#include "backend/arm/armerror.h"
#include "backend/net/urlpolicy.h"
#include "models/core/version.h"

namespace autoscale::backend {
namespace {

using models::Result;
using models::Status;
using nlohmann::ordered_json;

std::string trimSlashes(std::string text) {
  while (!text.empty() && text.back() == '/') text.pop_back();
  return text;
}

// Encodes each segment of an ARM path, keeping the slashes between them.
std::string encodePath(std::string_view path) {
  std::string encoded;
  while (true) {
    const auto slash = path.find('/');
    encoded += percentEncode(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    encoded += '/';
    path.remove_prefix(slash + 1);
  }
  return encoded;
}

std::string join(const std::vector<std::string>& items) {
  std::string joined;
  for (const auto& item : items) joined += (joined.empty() ? "" : ",") + item;
  return joined;
}

void addParameter(std::string& query, const std::string& name, const std::string& value) {
  if (value.empty()) return;
  query += (query.empty() ? "" : "&") + percentEncode(name) + '=' + percentEncode(value);
}

Status checkId(const AutoscaleSettingId& id) {
  const char* missing = id.subscriptionId.empty()  ? "subscription id"
                        : id.resourceGroup.empty() ? "resource group"
                        : id.name.empty()          ? "setting name"
                                                   : nullptr;
  if (!missing) return Status::success();
  return Status::failure("Arm.MissingParameter",
                         std::string("the autoscale setting's ") + missing + " is missing");
}

std::string normalizedResourceUri(const std::string& uri) {
  std::string path = trimSlashes(uri);
  if (path.empty() || path.front() != '/') path.insert(path.begin(), '/');
  return path;
}

std::string describeSetting(const AutoscaleSettingId& id) {
  return "autoscale setting '" + id.name + "' in resource group '" + id.resourceGroup + "'";
}

}  // namespace

ArmClient::ArmClient(ArmClientOptions options, std::shared_ptr<TokenCredential> credential)
    : m_options(std::move(options)), m_credential(std::move(credential)), m_http(m_options.http) {
  m_options.endpoint = trimSlashes(m_options.endpoint);
}

std::string ArmClient::settingPath(const AutoscaleSettingId& id) {
  return "/subscriptions/" + id.subscriptionId + "/resourceGroups/" + id.resourceGroup +
         "/providers/Microsoft.Insights/autoscalesettings/" + id.name;
}

std::string ArmClient::url(const std::string& path, const std::string& query) const {
  return m_options.endpoint + encodePath(path) + (query.empty() ? "" : "?" + query);
}

Status ArmClient::checkSameOrigin(const std::string& link) const {
  auto linkParts = splitUrl(link);
  auto ownParts = splitUrl(m_options.endpoint);
  if (!linkParts || !ownParts) {
    return Status::failure("Arm.BadNextLink", "the service sent an unusable nextLink: " + link);
  }
  if (linkParts->scheme != ownParts->scheme || linkParts->host != ownParts->host ||
      linkParts->port != ownParts->port) {
    // The token must never travel to another host.
    return Status::failure("Arm.BadNextLink", "the service sent a nextLink to another host (" +
                                                  linkParts->host + "); it was not followed");
  }
  return Status::success();
}

Result<HttpResponse> ArmClient::call(const std::string& method, const std::string& target,
                                     const ordered_json* body, const CancelToken* cancel) const {
  if (!m_credential) {
    return Result<HttpResponse>::failure("Auth.NoCredential", "no sign-in method was chosen");
  }
  auto token = m_credential->getToken(cancel);
  if (!token) return token.error();

  HttpRequest request;
  request.method = method;
  request.url = target;
  request.headers = {{"Authorization", "Bearer " + token->token},
                     {"Accept", "application/json"},
                     {"User-Agent", std::string("autoscale-studio/") + models::productVersion()}};
  if (body) {
    request.headers.emplace_back("Content-Type", "application/json");
    request.body = body->dump();
  }
  return m_http.send(request, cancel);
}

Result<ordered_json> ArmClient::callForJson(const std::string& method, const std::string& target,
                                            const ordered_json* body, const std::string& operation,
                                            const CancelToken* cancel) const {
  auto response = call(method, target, body, cancel);
  if (!response) return response.error();
  if (!response->isSuccess()) return armError(*response, operation);
  return parseJsonBody(response->body, operation);
}

Result<ordered_json> ArmClient::getAutoscaleSetting(const AutoscaleSettingId& id,
                                                    const CancelToken* cancel) const {
  if (auto valid = checkId(id); !valid) return valid.error;
  std::string query;
  addParameter(query, "api-version", m_options.autoscaleApiVersion);
  return callForJson("GET", url(settingPath(id), query), nullptr,
                     "reading the " + describeSetting(id), cancel);
}

Result<std::optional<ordered_json>> ArmClient::findAutoscaleSetting(
    const AutoscaleSettingId& id, const CancelToken* cancel) const {
  if (auto valid = checkId(id); !valid) return valid.error;
  std::string query;
  addParameter(query, "api-version", m_options.autoscaleApiVersion);
  const std::string operation = "reading the " + describeSetting(id);
  auto response = call("GET", url(settingPath(id), query), nullptr, cancel);
  if (!response) return response.error();
  if (response->status == 404) return std::optional<ordered_json>();
  if (!response->isSuccess()) return armError(*response, operation);
  auto parsed = parseJsonBody(response->body, operation);
  if (!parsed) return parsed.error();
  return std::optional<ordered_json>(std::move(*parsed));
}

Result<std::vector<ordered_json>> ArmClient::listAutoscaleSettings(
    const std::string& subscriptionId, const std::string& resourceGroup,
    const CancelToken* cancel) const {
  if (subscriptionId.empty()) {
    return Result<std::vector<ordered_json>>::failure("Arm.MissingParameter",
                                                      "the subscription id is missing");
  }
  std::string path = "/subscriptions/" + subscriptionId;
  if (!resourceGroup.empty()) path += "/resourceGroups/" + resourceGroup;
  path += "/providers/Microsoft.Insights/autoscalesettings";
  std::string query;
  addParameter(query, "api-version", m_options.autoscaleApiVersion);
  const std::string operation = "listing the autoscale settings of " +
                                (resourceGroup.empty() ? "subscription " + subscriptionId
                                                       : "resource group " + resourceGroup);

  std::vector<ordered_json> settings;
  std::set<std::string> visited;
  std::string next = url(path, query);
  for (int page = 0; !next.empty(); ++page) {
    if (page >= m_options.maxPages || !visited.insert(next).second) {
      return Result<std::vector<ordered_json>>::failure(
          "Arm.TooManyPages", operation + " did not end after " + std::to_string(page) +
                                  " pages (the service kept sending nextLink)");
    }
    auto body = callForJson("GET", next, nullptr, operation, cancel);
    if (!body) return body.error();
    const auto value = body->find("value");
    if (!body->is_object() || value == body->end() || !value->is_array()) {
      return Result<std::vector<ordered_json>>::failure(
          "Arm.MalformedResponse", "the answer to " + operation + " has no 'value' array");
    }
    for (auto& item : *value) settings.push_back(std::move(item));
    next.clear();
    if (const auto link = body->find("nextLink"); link != body->end() && link->is_string()) {
      next = link->get<std::string>();
      if (auto same = checkSameOrigin(next); !same) return same.error;
    }
  }
  return settings;
}

Result<WriteOutcome> ArmClient::createOrUpdateAutoscaleSetting(const AutoscaleSettingId& id,
                                                               const ordered_json& resource,
                                                               const CancelToken* cancel) const {
  if (auto valid = checkId(id); !valid) return valid.error;
  std::string query;
  addParameter(query, "api-version", m_options.autoscaleApiVersion);
  const std::string operation = "writing the " + describeSetting(id);
  auto response = call("PUT", url(settingPath(id), query), &resource, cancel);
  if (!response) return response.error();
  if (!response->isSuccess()) return armError(*response, operation);
  auto parsed = parseJsonBody(response->body, operation);
  if (!parsed) return parsed.error();
  return WriteOutcome{std::move(*parsed), response->status == 201};
}

Result<ordered_json> ArmClient::patchAutoscaleSetting(const AutoscaleSettingId& id,
                                                      const ordered_json& patch,
                                                      const CancelToken* cancel) const {
  if (auto valid = checkId(id); !valid) return valid.error;
  std::string query;
  addParameter(query, "api-version", m_options.autoscaleApiVersion);
  return callForJson("PATCH", url(settingPath(id), query), &patch,
                     "updating the " + describeSetting(id), cancel);
}

Result<bool> ArmClient::deleteAutoscaleSetting(const AutoscaleSettingId& id,
                                               const CancelToken* cancel) const {
  if (auto valid = checkId(id); !valid) return valid.error;
  std::string query;
  addParameter(query, "api-version", m_options.autoscaleApiVersion);
  auto response = call("DELETE", url(settingPath(id), query), nullptr, cancel);
  if (!response) return response.error();
  if (!response->isSuccess()) return armError(*response, "deleting the " + describeSetting(id));
  return response->status != 204;
}

Result<ordered_json> ArmClient::listMetrics(const std::string& resourceUri, const MetricsQuery& q,
                                            const CancelToken* cancel) const {
  std::string query;
  addParameter(query, "api-version", m_options.metricsApiVersion);
  addParameter(query, "metricnames", join(q.metricNames));
  addParameter(query, "timespan", q.timespan);
  addParameter(query, "interval", q.interval);
  addParameter(query, "aggregation", join(q.aggregations));
  addParameter(query, "metricnamespace", q.metricNamespace);
  addParameter(query, "$filter", q.filter);
  if (q.top) addParameter(query, "top", std::to_string(*q.top));
  addParameter(query, "orderby", q.orderBy);
  addParameter(query, "resultType", q.resultType);
  const std::string path =
      normalizedResourceUri(resourceUri) + "/providers/Microsoft.Insights/metrics";
  return callForJson("GET", url(path, query), nullptr, "reading the metrics of " + resourceUri,
                     cancel);
}

Result<ordered_json> ArmClient::listMetricDefinitions(const std::string& resourceUri,
                                                      const std::string& metricNamespace,
                                                      const CancelToken* cancel) const {
  std::string query;
  addParameter(query, "api-version", m_options.metricsApiVersion);
  addParameter(query, "metricnamespace", metricNamespace);
  const std::string path =
      normalizedResourceUri(resourceUri) + "/providers/Microsoft.Insights/metricDefinitions";
  return callForJson("GET", url(path, query), nullptr,
                     "reading the metric definitions of " + resourceUri, cancel);
}

}  // namespace autoscale::backend
