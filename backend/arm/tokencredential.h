#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>

#include "backend/net/canceltoken.h"
#include "models/core/result.h"

namespace autoscale::backend {

// A bearer token for Azure Resource Manager. It lives in memory only: nothing writes it to a
// file, a setting or a log.
struct AccessToken {
  std::string token;
  std::chrono::system_clock::time_point expiresOn;
};

// Where tokens come from: the Azure CLI, a service principal, the device code flow, or a
// fixed token (the local sandbox). Implementations are thread-safe.
class TokenCredential {
 public:
  virtual ~TokenCredential() = default;
  virtual models::Result<AccessToken> getToken(const CancelToken* cancel = nullptr) = 0;
  // For status bars and errors, e.g. "Azure CLI"; never contains a secret.
  virtual std::string describe() const = 0;
};

// Holds the current token and says when it is too close to expiry to send.
class TokenCache final {
 public:
  std::optional<AccessToken> fresh() const;
  void store(AccessToken token);
  void clear();

 private:
  mutable std::mutex m_mutex;
  std::optional<AccessToken> m_token;
};

// A fixed token, e.g. the one the local sandbox was started with.
class StaticTokenCredential final : public TokenCredential {
 public:
  explicit StaticTokenCredential(std::string token) : m_token(std::move(token)) {}
  models::Result<AccessToken> getToken(const CancelToken* cancel = nullptr) override;
  std::string describe() const override { return "static token"; }

 private:
  std::string m_token;
};

}  // namespace autoscale::backend
