#pragma once

#include <functional>
#include <mutex>
#include <string>

#include "backend/arm/oauthclient.h"

namespace autoscale::backend {

// What the user must do to finish a device code sign-in: open `verificationUri` and type
// `userCode`. `message` is the service's own sentence saying so.
struct DeviceCodePrompt {
  std::string userCode;
  std::string verificationUri;
  std::string message;
  std::chrono::seconds expiresIn{900};
};

// Interactive sign-in without an embedded browser (spec §7.2, option 3). getToken() asks for
// a code, hands the prompt to the callback (the studio shows it in a dialog, the CLI prints
// it), then polls until the user has signed in, the code expires, or the caller cancels.
// A refresh token, when granted, renews the access token without asking again (memory only).
class DeviceCodeCredential final : public TokenCredential {
 public:
  using PromptCallback = std::function<void(const DeviceCodePrompt&)>;

  DeviceCodeCredential(EntraAuthority authority, std::string clientId, PromptCallback onPrompt,
                       HttpClientOptions http = {});

  models::Result<AccessToken> getToken(const CancelToken* cancel = nullptr) override;
  std::string describe() const override { return "device code sign-in"; }

 private:
  models::Result<AccessToken> signIn(const CancelToken* cancel);
  models::Result<AccessToken> refresh(const CancelToken* cancel);

  EntraAuthority m_authority;
  std::string m_clientId;
  PromptCallback m_onPrompt;
  HttpClient m_http;
  TokenCache m_cache;
  std::mutex m_signInMutex;  // one sign-in at a time
  std::string m_refreshToken;
};

}  // namespace autoscale::backend
