#include "backend/sandbox/sandboxapi.h"

#include <QDateTime>
#include <regex>
#include <set>

#include "backend/net/httpmessage.h"
#include "backend/sandbox/metricsanswer.h"
#include "backend/sandbox/servicechecks.h"

namespace autoscale::backend {
namespace {

using nlohmann::ordered_json;

const std::set<std::string> kAutoscaleApiVersions{"2022-10-01", "2021-05-01-preview", "2015-04-01"};
const std::set<std::string> kMetricsApiVersions{"2023-10-01", "2021-05-01", "2019-07-01",
                                                "2018-01-01"};

const std::regex kSettingItem(
    R"(^/subscriptions/([^/]+)/resourcegroups/([^/]+)/providers/microsoft\.insights/autoscalesettings/([^/]+)/?$)",
    std::regex::icase);
const std::regex kSettingsOfGroup(
    R"(^/subscriptions/([^/]+)/resourcegroups/([^/]+)/providers/microsoft\.insights/autoscalesettings/?$)",
    std::regex::icase);
const std::regex kSettingsOfSubscription(
    R"(^/subscriptions/([^/]+)/providers/microsoft\.insights/autoscalesettings/?$)",
    std::regex::icase);
const std::regex kMetrics(R"(^(/subscriptions/.+)/providers/microsoft\.insights/metrics/?$)",
                          std::regex::icase);
const std::regex kMetricDefinitions(
    R"(^(/subscriptions/.+)/providers/microsoft\.insights/metricdefinitions/?$)",
    std::regex::icase);
const std::regex kMlResource(
    R"(^(/subscriptions/[^/]+/resourcegroups/[^/]+/providers/microsoft\.machinelearningservices/workspaces/[^/]+/onlineendpoints/[^/]+(/deployments/[^/]+)?)/?$)",
    std::regex::icase);

std::string nowIso() {
  return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

// Constant-time comparison, so that the answer time does not reveal how much of a guessed
// token was right.
bool sameSecret(const std::string& a, const std::string& b) {
  unsigned char difference = a.size() == b.size() ? 0 : 1;
  for (std::size_t i = 0; i < a.size(); ++i) {
    difference |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
  }
  return difference == 0;
}

std::optional<ApiAnswer> checkApiVersion(const ApiRequest& request,
                                         const std::set<std::string>& supported) {
  const auto it = request.query.find("api-version");
  if (it == request.query.end() || it->second.empty()) {
    return armErrorAnswer(
        400, "MissingApiVersionParameter",
        "The api-version query parameter (?api-version=) is required for all requests.");
  }
  if (supported.count(it->second) == 0) {
    std::string list;
    for (const auto& version : supported) list += (list.empty() ? "" : ", ") + version;
    return armErrorAnswer(400, "InvalidApiVersionParameter",
                          "The api-version '" + it->second +
                              "' is invalid. The supported versions are '" + list + "'.");
  }
  return std::nullopt;
}

std::optional<ordered_json> parseBody(const std::string& body, ApiAnswer& failure) {
  try {
    return ordered_json::parse(body);
  } catch (const ordered_json::parse_error& error) {
    failure = armErrorAnswer(400, "InvalidRequestContent",
                             "The request content was invalid and could not be deserialized: " +
                                 std::string(error.what()));
    return std::nullopt;
  }
}

std::string settingId(const SettingKey& key) {
  return "/subscriptions/" + key.subscriptionId + "/resourceGroups/" + key.resourceGroup +
         "/providers/microsoft.insights/autoscalesettings/" + key.name;
}

ApiAnswer notFound(const SettingKey& key) {
  return armErrorAnswer(404, "ResourceNotFound",
                        "The Resource 'Microsoft.Insights/autoscalesettings/" + key.name +
                            "' under resource group '" + key.resourceGroup + "' was not found.");
}

ApiAnswer ok(int status, ordered_json body) {
  ApiAnswer answer;
  answer.status = status;
  answer.body = std::move(body);
  return answer;
}

}  // namespace

ApiAnswer armErrorAnswer(int status, const std::string& code, const std::string& message,
                         const std::string& target) {
  ordered_json error{{"code", code}, {"message", message}};
  if (!target.empty()) error["target"] = target;
  return ok(status, ordered_json{{"error", std::move(error)}});
}

SandboxApi::SandboxApi(std::string token, SettingStore& store, EmulatedWorkspace& workspace,
                       const WorkloadClock& clock, int pageSize)
    : m_token(std::move(token)),
      m_store(store),
      m_workspace(workspace),
      m_clock(clock),
      m_pageSize(std::max(1, pageSize)) {}

ApiAnswer SandboxApi::handle(const ApiRequest& request) const {
  const std::string bearer = "bearer ";
  if (request.authorization.empty()) {
    auto answer = armErrorAnswer(401, "AuthenticationFailed",
                                 "Authentication failed. The 'Authorization' header is missing.");
    answer.headers["WWW-Authenticate"] = "Bearer";
    return answer;
  }
  if (toLower(request.authorization.substr(0, bearer.size())) != bearer ||
      !sameSecret(request.authorization.substr(bearer.size()), m_token)) {
    auto answer = armErrorAnswer(401, "InvalidAuthenticationToken",
                                 "The access token is invalid. Give the token the sandbox printed "
                                 "or was started with.");
    answer.headers["WWW-Authenticate"] = "Bearer error=\"invalid_token\"";
    return answer;
  }

  std::smatch match;
  if (std::regex_match(request.path, match, kSettingItem)) {
    if (auto failure = checkApiVersion(request, kAutoscaleApiVersions)) return *failure;
    return handleSetting(request, SettingKey{match[1], match[2], match[3]});
  }
  if (std::regex_match(request.path, match, kSettingsOfGroup)) {
    if (auto failure = checkApiVersion(request, kAutoscaleApiVersions)) return *failure;
    if (request.method != "GET")
      return armErrorAnswer(405, "MethodNotAllowed", "Use GET to list settings.");
    return listSettings(request, match[1], match[2]);
  }
  if (std::regex_match(request.path, match, kSettingsOfSubscription)) {
    if (auto failure = checkApiVersion(request, kAutoscaleApiVersions)) return *failure;
    if (request.method != "GET")
      return armErrorAnswer(405, "MethodNotAllowed", "Use GET to list settings.");
    return listSettings(request, match[1], {});
  }
  if (std::regex_match(request.path, match, kMetrics))
    return handleMetrics(request, match[1], false);
  if (std::regex_match(request.path, match, kMetricDefinitions))
    return handleMetrics(request, match[1], true);
  if (std::regex_match(request.path, match, kMlResource))
    return handleMlResource(request, match[1]);
  return armErrorAnswer(404, "NoRegisteredProviderFound",
                        "The sandbox has no route for '" + request.path +
                            "'. It serves Microsoft.Insights/autoscalesettings, metrics, "
                            "metricDefinitions and the emulated ML online endpoints.");
}

ApiAnswer SandboxApi::handleSetting(const ApiRequest& request, const SettingKey& key) const {
  if (request.method == "GET") {
    auto stored = m_store.get(key);
    return stored ? ok(200, std::move(*stored)) : notFound(key);
  }
  if (request.method == "PUT") return putSetting(request, key);
  if (request.method == "PATCH") return patchSetting(request, key);
  if (request.method == "DELETE") {
    auto removed = m_store.remove(key);
    if (!removed) return armErrorAnswer(500, "InternalServerError", removed.error().message);
    return ok(*removed ? 200 : 204, nullptr);
  }
  return armErrorAnswer(405, "MethodNotAllowed",
                        "The method " + request.method + " is not allowed here.");
}

ApiAnswer SandboxApi::putSetting(const ApiRequest& request, const SettingKey& key) const {
  ApiAnswer failure;
  auto body = parseBody(request.body, failure);
  if (!body) return failure;
  if (auto invalid = checkSettingResource(*body)) return *invalid;

  const auto previous = m_store.get(key);
  if (previous && toLower((*previous)["location"].get<std::string>()) !=
                      toLower((*body)["location"].get<std::string>())) {
    return armErrorAnswer(
        400, "LocationChangeNotAllowed",
        "The location of an existing autoscale setting cannot be changed (it is '" +
            (*previous)["location"].get<std::string>() + "').",
        "$.location");
  }
  ordered_json properties = (*body)["properties"];
  if (!properties.contains("name")) properties["name"] = key.name;
  const std::string now = nowIso();
  ordered_json systemData{
      {"createdBy", "sandbox-user"},
      {"createdByType", "User"},
      {"createdAt", previous ? (*previous)["systemData"].value("createdAt", now) : now},
      {"lastModifiedBy", "sandbox-user"},
      {"lastModifiedByType", "User"},
      {"lastModifiedAt", now}};
  ordered_json resource{{"id", settingId(key)},
                        {"name", key.name},
                        {"type", "Microsoft.Insights/autoscaleSettings"},
                        {"location", (*body)["location"]},
                        {"tags", body->value("tags", ordered_json::object())},
                        {"properties", std::move(properties)},
                        {"systemData", std::move(systemData)}};
  auto stored = m_store.put(key, resource);
  if (!stored) return armErrorAnswer(500, "InternalServerError", stored.error().message);
  return ok(*stored ? 201 : 200, std::move(resource));
}

ApiAnswer SandboxApi::patchSetting(const ApiRequest& request, const SettingKey& key) const {
  ApiAnswer failure;
  auto body = parseBody(request.body, failure);
  if (!body) return failure;
  if (auto invalid = checkSettingPatch(*body)) return *invalid;
  auto resource = m_store.get(key);
  if (!resource) return notFound(key);
  if (body->contains("tags") && !(*body)["tags"].is_null()) (*resource)["tags"] = (*body)["tags"];
  if (const auto properties = body->find("properties");
      properties != body->end() && properties->is_object()) {
    for (const auto& [name, value] : properties->items()) (*resource)["properties"][name] = value;
  }
  (*resource)["systemData"]["lastModifiedAt"] = nowIso();
  auto stored = m_store.put(key, *resource);
  if (!stored) return armErrorAnswer(500, "InternalServerError", stored.error().message);
  return ok(200, std::move(*resource));
}

ApiAnswer SandboxApi::listSettings(const ApiRequest& request, const std::string& subscriptionId,
                                   const std::string& resourceGroup) const {
  const auto all = m_store.list(subscriptionId, resourceGroup);
  std::size_t offset = 0;
  if (const auto token = request.query.find("$skiptoken"); token != request.query.end()) {
    offset = static_cast<std::size_t>(std::strtoull(token->second.c_str(), nullptr, 10));
  }
  ordered_json value = ordered_json::array();
  const std::size_t end = std::min(all.size(), offset + static_cast<std::size_t>(m_pageSize));
  for (std::size_t i = offset; i < end; ++i) value.push_back(all[i]);
  ordered_json body{{"value", std::move(value)}};
  if (end < all.size()) {
    body["nextLink"] = request.baseUrl + request.path +
                       "?api-version=" + percentEncode(request.query.at("api-version")) +
                       "&%24skiptoken=" + std::to_string(end);
  }
  return ok(200, std::move(body));
}

ApiAnswer SandboxApi::handleMetrics(const ApiRequest& request, const std::string& resourceId,
                                    bool definitions) const {
  if (auto failure = checkApiVersion(request, kMetricsApiVersions)) return *failure;
  if (request.method != "GET" && request.method != "POST") {
    return armErrorAnswer(405, "MethodNotAllowed", "Use GET to read metrics.");
  }
  MetricScope scope;
  if (m_workspace.isDeployment(resourceId)) {
    scope = MetricScope::Deployment;
  } else if (m_workspace.isEndpoint(resourceId)) {
    scope = MetricScope::Endpoint;
  } else {
    return armErrorAnswer(404, "ResourceNotFound",
                          "The resource '" + resourceId +
                              "' is not an emulated online endpoint or deployment of the sandbox.");
  }
  if (definitions) return metricDefinitionsAnswer(resourceId, scope);
  return metricsAnswer(m_workspace, resourceId, scope, request.query, m_clock.now());
}

ApiAnswer SandboxApi::handleMlResource(const ApiRequest& request,
                                       const std::string& resourceId) const {
  if (request.method != "GET") {
    return armErrorAnswer(405, "MethodNotAllowed", "The emulated ML resources are read-only.");
  }
  const bool isDeployment = m_workspace.isDeployment(resourceId);
  if (!isDeployment && !m_workspace.isEndpoint(resourceId)) {
    return armErrorAnswer(404, "ResourceNotFound",
                          "The resource '" + resourceId + "' was not found.");
  }
  return m_workspace.read([&](const std::vector<EmulatedDeployment>& deployments) {
    ordered_json body;
    const std::string name = resourceId.substr(resourceId.rfind('/') + 1);
    if (isDeployment) {
      for (const auto& deployment : deployments) {
        if (toLower(deployment.resourceId()) != toLower(resourceId)) continue;
        body = {
            {"id", deployment.resourceId()},
            {"name", name},
            {"type", "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments"},
            {"location", m_workspace.identity().location},
            {"sku", {{"name", "Default"}, {"capacity", deployment.capacity()}}},
            {"properties",
             {{"endpointComputeType", "Managed"},
              {"instanceType", "Standard_F2s_v2"},
              {"provisioningState", "Succeeded"}}}};
      }
    } else {
      body = {{"id", resourceId},
              {"name", name},
              {"type", "Microsoft.MachineLearningServices/workspaces/onlineEndpoints"},
              {"location", m_workspace.identity().location},
              {"properties", {{"authMode", "key"}, {"provisioningState", "Succeeded"}}}};
    }
    return ok(200, std::move(body));
  });
}

}  // namespace autoscale::backend
