#include "backend/arm/oauthclient.h"

#include <cstdlib>

#include "backend/arm/armerror.h"

namespace autoscale::backend {
namespace {

std::string trimSlash(std::string text) {
  while (!text.empty() && text.back() == '/') text.pop_back();
  return text;
}

}  // namespace

std::string oauthText(const nlohmann::ordered_json& body, const char* key) {
  const auto it = body.find(key);
  return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

long long oauthInteger(const nlohmann::ordered_json& body, const char* key, long long fallback) {
  const auto it = body.find(key);
  if (it == body.end()) return fallback;
  if (it->is_number_integer()) return it->get<long long>();
  if (it->is_string()) {
    const std::string text = it->get<std::string>();
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (end && *end == '\0' && !text.empty()) return value;
  }
  return fallback;
}

std::string EntraAuthority::tokenUrl() const {
  return trimSlash(authorityHost) + "/" + tenant + "/oauth2/v2.0/token";
}

std::string EntraAuthority::deviceCodeUrl() const {
  return trimSlash(authorityHost) + "/" + tenant + "/oauth2/v2.0/devicecode";
}

models::Result<OAuthAnswer> postOAuthForm(
    const HttpClient& http, const std::string& url,
    const std::vector<std::pair<std::string, std::string>>& form, const CancelToken* cancel) {
  HttpRequest request;
  request.method = "POST";
  request.url = url;
  request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                     {"Accept", "application/json"}};
  request.body = formEncode(form);
  request.idempotent = true;  // asking for a token twice does no harm
  auto response = http.send(request, cancel);
  if (!response) return response.error();

  const std::string operation = "the token request to " + url;
  auto body = parseJsonBody(response->body, operation);
  if (!body) {
    if (!response->isSuccess()) return armError(*response, operation);
    return body.error();
  }
  OAuthAnswer answer;
  answer.body = std::move(*body);
  answer.error = oauthText(answer.body, "error");
  answer.errorDescription = oauthText(answer.body, "error_description");
  if (!response->isSuccess() && answer.error.empty()) return armError(*response, operation);
  if (!answer.ok()) return answer;

  answer.accessToken.token = oauthText(answer.body, "access_token");
  if (answer.accessToken.token.empty()) {
    return models::Result<OAuthAnswer>::failure("Auth.MalformedAnswer",
                                                operation + " returned no access_token");
  }
  answer.accessToken.expiresOn =
      std::chrono::system_clock::now() +
      std::chrono::seconds(oauthInteger(answer.body, "expires_in", 3600));
  answer.refreshToken = oauthText(answer.body, "refresh_token");
  return answer;
}

models::Error oauthError(const OAuthAnswer& answer, const std::string& flow) {
  std::string description = answer.errorDescription;
  // Entra descriptions carry trace and correlation ids on further lines; the first is enough.
  if (const auto newline = description.find_first_of("\r\n"); newline != std::string::npos) {
    description.resize(newline);
  }
  return {"Auth." + answer.error, flow + " sign-in failed: " + answer.error +
                                      (description.empty() ? "" : " — " + description)};
}

}  // namespace autoscale::backend
