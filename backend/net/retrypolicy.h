#pragma once

#include <chrono>
#include <optional>
#include <random>
#include <string_view>

namespace autoscale::backend {

// When and how long to wait before sending a request again (spec §7.3): exponential backoff
// with full jitter, Retry-After honoured, bounded by attempts and by total time.
struct RetryPolicy {
  int maxAttempts = 4;  // the first try included; 1 disables retries
  std::chrono::milliseconds baseDelay{500};
  std::chrono::milliseconds maxDelay{20000};
  // No retry is started whose wait would end later than this after the first try began.
  std::chrono::milliseconds maxTotal{60000};

  static RetryPolicy none() { return RetryPolicy{1, {}, {}, {}}; }
};

// 408, 429, 500, 502, 503, 504 (the Azure SDK defaults) and 529 (metrics backend busy).
bool isRetryableStatus(long status);

// Statuses after which the server has certainly not applied the request, so that even a
// request that is not idempotent may be sent again: 429 (throttled before processing) and
// 503/529 (the service refused it).
bool statusProvesNotApplied(long status);

// Parses a Retry-After header: delta seconds, or an HTTP-date (IMF-fixdate) relative to `now`.
std::optional<std::chrono::milliseconds> parseRetryAfter(
    std::string_view value,
    std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

// The wait before retry number `retry` (1 for the first retry): a uniformly random duration
// in [0, min(maxDelay, baseDelay * 2^(retry-1))] ("full jitter"), at least 1 ms.
std::chrono::milliseconds backoffDelay(const RetryPolicy& policy, int retry, std::mt19937_64& rng);

}  // namespace autoscale::backend
