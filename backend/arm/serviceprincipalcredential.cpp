#include "backend/arm/serviceprincipalcredential.h"

namespace autoscale::backend {

ServicePrincipalCredential::ServicePrincipalCredential(EntraAuthority authority,
                                                       std::string clientId,
                                                       std::shared_ptr<SecretStore> secrets,
                                                       std::string secretKey,
                                                       HttpClientOptions http)
    : m_authority(std::move(authority)),
      m_clientId(std::move(clientId)),
      m_secrets(std::move(secrets)),
      m_secretKey(std::move(secretKey)),
      m_http(std::move(http)) {}

std::string ServicePrincipalCredential::describe() const {
  return "service principal " + m_clientId + " (tenant " + m_authority.tenant + ")";
}

models::Result<AccessToken> ServicePrincipalCredential::getToken(const CancelToken* cancel) {
  if (auto cached = m_cache.fresh()) return *cached;
  if (m_clientId.empty()) {
    return models::Result<AccessToken>::failure(
        "Auth.NoClientId", "the service principal has no client id; give --client-id");
  }
  auto secret = m_secrets->read(m_secretKey);
  if (!secret) {
    return models::Error{secret.error().code, "the client secret of " + describe() +
                                                  " could not be read: " + secret.error().message};
  }
  auto answer = postOAuthForm(m_http, m_authority.tokenUrl(),
                              {{"grant_type", "client_credentials"},
                               {"client_id", m_clientId},
                               {"client_secret", *secret},
                               {"scope", m_authority.scope}},
                              cancel);
  if (!answer) return answer.error();
  if (!answer->ok()) return oauthError(*answer, "service principal");
  m_cache.store(answer->accessToken);
  return answer->accessToken;
}

}  // namespace autoscale::backend
