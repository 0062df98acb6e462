#pragma once

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "backend/arm/tokencredential.h"
#include "backend/net/httpclient.h"

namespace autoscale::backend {

// Microsoft Entra ID (v2.0 endpoints) as spec §7.2 describes them.
struct EntraAuthority {
  std::string authorityHost = "https://login.microsoftonline.com";
  std::string tenant = "organizations";
  std::string scope = "https://management.azure.com/.default";

  std::string tokenUrl() const;
  std::string deviceCodeUrl() const;
};

// What the token endpoint answered: a token, or an OAuth error (`error` such as
// `authorization_pending`, with the service's description).
struct OAuthAnswer {
  AccessToken accessToken;
  std::string refreshToken;
  std::string error;
  std::string errorDescription;
  nlohmann::ordered_json body;  // the whole answer, for flows that need other fields

  bool ok() const { return error.empty(); }
};

// POSTs a form to an OAuth endpoint. Transport failures and unreadable answers are errors;
// an OAuth error answer (400 with `error`) is a successful OAuthAnswer with `error` set.
models::Result<OAuthAnswer> postOAuthForm(
    const HttpClient& http, const std::string& url,
    const std::vector<std::pair<std::string, std::string>>& form, const CancelToken* cancel);

// Fields of an OAuth answer: a string, or an integer that may arrive as a string.
std::string oauthText(const nlohmann::ordered_json& body, const char* key);
long long oauthInteger(const nlohmann::ordered_json& body, const char* key, long long fallback);

// "Auth.<error>" with a sentence built from the service's description (which never echoes
// the secret or the token).
models::Error oauthError(const OAuthAnswer& answer, const std::string& flow);

}  // namespace autoscale::backend
