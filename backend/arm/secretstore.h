#pragma once

#include <string>

#include "models/core/result.h"

namespace autoscale::backend {

// Where a remembered secret (a service principal's client secret) is kept. Only the OS
// keychain or the process environment qualify: never a settings file or a log.
class SecretStore {
 public:
  virtual ~SecretStore() = default;
  virtual models::Result<std::string> read(const std::string& key) = 0;
  virtual models::Status write(const std::string& key, const std::string& secret) = 0;
  virtual models::Status remove(const std::string& key) = 0;
  virtual std::string describe() const = 0;
};

// Reads secrets from environment variables (the key is the variable name); read-only.
class EnvironmentSecretStore final : public SecretStore {
 public:
  models::Result<std::string> read(const std::string& key) override;
  models::Status write(const std::string& key, const std::string& secret) override;
  models::Status remove(const std::string& key) override;
  std::string describe() const override { return "environment"; }
};

}  // namespace autoscale::backend
