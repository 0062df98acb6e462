#pragma once

#include <chrono>
#include <string>

#include "backend/arm/tokencredential.h"

namespace autoscale::backend {

struct AzureCliOptions {
  // `az` (`az.cmd` on Windows), looked up on PATH unless a path is given.
  std::string program;
  std::string resource = "https://management.azure.com/";
  std::string subscription;  // optional
  std::string tenant;        // optional
  std::chrono::milliseconds timeout{60000};
};

// Reuses the Azure CLI's login (spec §7.2, option 1): runs `az account get-access-token` and
// reads its JSON. No app registration needed.
class AzureCliCredential final : public TokenCredential {
 public:
  explicit AzureCliCredential(AzureCliOptions options = {});

  models::Result<AccessToken> getToken(const CancelToken* cancel = nullptr) override;
  std::string describe() const override { return "Azure CLI"; }

  // Reads the JSON that `az account get-access-token` prints.
  static models::Result<AccessToken> parseCliOutput(const std::string& json);

 private:
  AzureCliOptions m_options;
  TokenCache m_cache;
};

}  // namespace autoscale::backend
