#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <random>
#include <string>

#include "backend/net/canceltoken.h"
#include "backend/net/httpmessage.h"
#include "backend/net/retrypolicy.h"
#include "models/core/result.h"

namespace autoscale::backend {

struct HttpClientOptions {
  std::chrono::milliseconds connectTimeout{10000};
  std::chrono::milliseconds attemptTimeout{60000};  // one attempt, connect to last byte
  std::uint64_t maxResponseBytes = 64ull << 20;
  // Extra trust anchors in PEM (e.g. the sandbox's self-signed certificate). Verification of
  // the peer and of the host name stays on whatever is given here.
  std::string caBundlePath;
  RetryPolicy retry;
};

// An HTTP client over libcurl: one easy handle per attempt, TLS verification always on,
// plain http refused unless the host is loopback, retries according to RetryPolicy, and
// cancellation through a CancelToken checked during transfers and waits.
//
// Error codes: Network.BadUrl, Network.InsecureUrl, Network.ConnectFailed, Network.Timeout,
// Network.Tls, Network.Interrupted (connection lost mid-exchange), Network.TooLarge,
// Network.Failed, Cancelled. A response with any status is a success of send(): the caller
// decides what a 4xx means. Retryable statuses that stay failing after the last attempt are
// returned as the final response.
//
// Thread-safe: send() may run on several threads at once.
class HttpClient final {
 public:
  explicit HttpClient(HttpClientOptions options = {});

  const HttpClientOptions& options() const { return m_options; }

  models::Result<HttpResponse> send(const HttpRequest& request,
                                    const CancelToken* cancel = nullptr) const;

 private:
  models::Result<HttpResponse> sendOnce(const HttpRequest& request, const CancelToken* cancel,
                                        bool* requestMayHaveArrived) const;
  std::chrono::milliseconds nextBackoff(int retry) const;

  HttpClientOptions m_options;
  mutable std::mutex m_rngMutex;
  mutable std::mt19937_64 m_rng;
};

}  // namespace autoscale::backend
