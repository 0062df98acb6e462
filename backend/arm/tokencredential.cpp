#include "backend/arm/tokencredential.h"

namespace autoscale::backend {

namespace {
// Tokens this close to expiry are renewed before use, so that none expires in flight.
constexpr std::chrono::minutes kRenewBefore{5};
}  // namespace

std::optional<AccessToken> TokenCache::fresh() const {
  std::lock_guard lock(m_mutex);
  if (m_token && m_token->expiresOn - kRenewBefore > std::chrono::system_clock::now()) {
    return m_token;
  }
  return std::nullopt;
}

void TokenCache::store(AccessToken token) {
  std::lock_guard lock(m_mutex);
  m_token = std::move(token);
}

void TokenCache::clear() {
  std::lock_guard lock(m_mutex);
  m_token.reset();
}

models::Result<AccessToken> StaticTokenCredential::getToken(const CancelToken* /*cancel*/) {
  if (m_token.empty()) {
    return models::Result<AccessToken>::failure(
        "Auth.NoToken", "no token was given; pass --token or set AUTOSCALE_TOKEN");
  }
  return AccessToken{m_token, std::chrono::system_clock::now() + std::chrono::hours(24 * 365)};
}

}  // namespace autoscale::backend
