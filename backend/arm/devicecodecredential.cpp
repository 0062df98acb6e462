#include "backend/arm/devicecodecredential.h"

#include <thread>

namespace autoscale::backend {
namespace {

using Clock = std::chrono::steady_clock;

}  // namespace

DeviceCodeCredential::DeviceCodeCredential(EntraAuthority authority, std::string clientId,
                                           PromptCallback onPrompt, HttpClientOptions http)
    : m_authority(std::move(authority)),
      m_clientId(std::move(clientId)),
      m_onPrompt(std::move(onPrompt)),
      m_http(std::move(http)) {}

models::Result<AccessToken> DeviceCodeCredential::getToken(const CancelToken* cancel) {
  if (auto cached = m_cache.fresh()) return *cached;
  std::lock_guard lock(m_signInMutex);
  if (auto cached = m_cache.fresh()) return *cached;  // another thread signed in meanwhile
  if (!m_refreshToken.empty()) {
    if (auto renewed = refresh(cancel)) return renewed;
  }
  return signIn(cancel);
}

models::Result<AccessToken> DeviceCodeCredential::refresh(const CancelToken* cancel) {
  auto answer = postOAuthForm(m_http, m_authority.tokenUrl(),
                              {{"grant_type", "refresh_token"},
                               {"client_id", m_clientId},
                               {"refresh_token", m_refreshToken},
                               {"scope", m_authority.scope + " offline_access"}},
                              cancel);
  if (!answer) return answer.error();
  if (!answer->ok()) {
    m_refreshToken.clear();
    return oauthError(*answer, "device code (refresh)");
  }
  if (!answer->refreshToken.empty()) m_refreshToken = answer->refreshToken;
  m_cache.store(answer->accessToken);
  return answer->accessToken;
}

models::Result<AccessToken> DeviceCodeCredential::signIn(const CancelToken* cancel) {
  auto start = postOAuthForm(
      m_http, m_authority.deviceCodeUrl(),
      {{"client_id", m_clientId}, {"scope", m_authority.scope + " offline_access"}}, cancel);
  if (!start) return start.error();
  if (!start->ok()) return oauthError(*start, "device code");

  const auto& body = start->body;
  const std::string deviceCode = oauthText(body, "device_code");
  DeviceCodePrompt prompt{oauthText(body, "user_code"), oauthText(body, "verification_uri"),
                          oauthText(body, "message"),
                          std::chrono::seconds(oauthInteger(body, "expires_in", 900))};
  if (deviceCode.empty() || prompt.userCode.empty() || prompt.verificationUri.empty()) {
    return models::Result<AccessToken>::failure(
        "Auth.MalformedAnswer",
        "the device code answer lacks device_code, user_code or "
        "verification_uri");
  }
  if (prompt.message.empty()) {
    prompt.message = "To sign in, open " + prompt.verificationUri + " and enter the code " +
                     prompt.userCode + ".";
  }
  if (m_onPrompt) m_onPrompt(prompt);

  auto interval = std::chrono::seconds(std::max<long long>(1, oauthInteger(body, "interval", 5)));
  const auto deadline = Clock::now() + prompt.expiresIn;
  // The loop ends by deadline: every round waits at least one second.
  while (Clock::now() < deadline) {
    const auto wakeUp = Clock::now() + interval;
    while (Clock::now() < wakeUp) {
      if (isCancelled(cancel)) {
        return models::Result<AccessToken>::failure("Cancelled",
                                                    "the device code sign-in was cancelled");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    auto poll = postOAuthForm(m_http, m_authority.tokenUrl(),
                              {{"grant_type", "urn:ietf:params:oauth:grant-type:device_code"},
                               {"client_id", m_clientId},
                               {"device_code", deviceCode}},
                              cancel);
    if (!poll) return poll.error();
    if (poll->ok()) {
      m_refreshToken = poll->refreshToken;
      m_cache.store(poll->accessToken);
      return poll->accessToken;
    }
    if (poll->error == "authorization_pending") continue;
    if (poll->error == "slow_down") {
      interval += std::chrono::seconds(5);  // RFC 8628 §3.5
      continue;
    }
    return oauthError(*poll, "device code");
  }
  return models::Result<AccessToken>::failure(
      "Auth.expired_token", "the device code expired before the sign-in was finished; start again");
}

}  // namespace autoscale::backend
