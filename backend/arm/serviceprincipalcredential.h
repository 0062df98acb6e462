#pragma once

#include <memory>
#include <string>

#include "backend/arm/oauthclient.h"
#include "backend/arm/secretstore.h"

namespace autoscale::backend {

// Client credentials of an app registration (spec §7.2, option 2). The client secret is read
// from a SecretStore (the environment or the OS keychain) each time a token is needed, and
// is never kept beyond the request.
class ServicePrincipalCredential final : public TokenCredential {
 public:
  ServicePrincipalCredential(EntraAuthority authority, std::string clientId,
                             std::shared_ptr<SecretStore> secrets, std::string secretKey,
                             HttpClientOptions http = {});

  models::Result<AccessToken> getToken(const CancelToken* cancel = nullptr) override;
  std::string describe() const override;

 private:
  EntraAuthority m_authority;
  std::string m_clientId;
  std::shared_ptr<SecretStore> m_secrets;
  std::string m_secretKey;
  HttpClient m_http;
  TokenCache m_cache;
};

}  // namespace autoscale::backend
