#pragma once

#include <chrono>
#include <string>

#include "backend/arm/secretstore.h"

namespace autoscale::backend {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Where none is reachable (a headless Linux without a Secret Service)
// every call fails with "Auth.NoKeychain" and a message saying what to use instead.
// Needs a QCoreApplication; waits for each job with a local event loop.
class KeychainSecretStore final : public SecretStore {
 public:
  explicit KeychainSecretStore(std::string service = "autoscale-studio",
                               std::chrono::milliseconds timeout = std::chrono::seconds(15));
  models::Result<std::string> read(const std::string& key) override;
  models::Status write(const std::string& key, const std::string& secret) override;
  models::Status remove(const std::string& key) override;
  std::string describe() const override { return "OS keychain"; }

 private:
  std::string m_service;
  std::chrono::milliseconds m_timeout;
};

}  // namespace autoscale::backend
