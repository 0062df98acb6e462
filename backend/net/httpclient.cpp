#include "backend/net/httpclient.h"

#include <curl/curl.h>

#include <QLoggingCategory>
#include <algorithm>
#include <memory>
#include <thread>

#include "backend/net/urlpolicy.h"

Q_LOGGING_CATEGORY(lcNet, "autoscale.net")

namespace autoscale::backend {
namespace {

using Clock = std::chrono::steady_clock;
using models::Result;

void initCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

struct Transfer {
  HttpResponse response;
  std::uint64_t limit = 0;
  bool tooLarge = false;
  const CancelToken* cancel = nullptr;
};

size_t onBody(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  if (transfer->response.body.size() + bytes > transfer->limit) {
    transfer->tooLarge = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  transfer->response.body.append(data, bytes);
  return bytes;
}

size_t onHeader(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  std::string_view line(data, bytes);
  if (line.rfind("HTTP/", 0) == 0) {
    transfer->response.headers.clear();  // a new response (after 100 Continue)
    return bytes;
  }
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return bytes;
  std::string_view value = line.substr(colon + 1);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) {
    value.remove_suffix(1);
  }
  transfer->response.headers.emplace_back(toLower(line.substr(0, colon)), std::string(value));
  return bytes;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* transfer = static_cast<Transfer*>(user);
  return isCancelled(transfer->cancel) ? 1 : 0;
}

std::string describeRequest(const HttpRequest& request) {
  // The URL carries no secret (tokens travel in headers, never in query strings).
  return request.method + " " + request.url;
}

// Waits for `delay`, waking up often enough to notice a cancellation.
bool waitUnlessCancelled(std::chrono::milliseconds delay, const CancelToken* cancel) {
  const auto until = Clock::now() + delay;
  while (Clock::now() < until) {
    if (isCancelled(cancel)) return false;
    std::this_thread::sleep_for(
        std::min<Clock::duration>(std::chrono::milliseconds(50), until - Clock::now()));
  }
  return !isCancelled(cancel);
}

bool isTransientError(const std::string& code) {
  return code == "Network.ConnectFailed" || code == "Network.Timeout" ||
         code == "Network.Interrupted";
}

}  // namespace

HttpClient::HttpClient(HttpClientOptions options)
    : m_options(std::move(options)), m_rng(std::random_device{}()) {
  initCurlOnce();
}

std::chrono::milliseconds HttpClient::nextBackoff(int retry) const {
  std::lock_guard lock(m_rngMutex);
  return backoffDelay(m_options.retry, retry, m_rng);
}

Result<HttpResponse> HttpClient::send(const HttpRequest& request, const CancelToken* cancel) const {
  if (auto allowed = checkUrlAllowed(request.url); !allowed) return allowed.error;

  const auto started = Clock::now();
  const int maxAttempts = std::max(1, m_options.retry.maxAttempts);
  const auto withinBudget = [&](std::chrono::milliseconds delay) {
    return Clock::now() - started + delay <= m_options.retry.maxTotal;
  };

  for (int attempt = 1;; ++attempt) {
    if (isCancelled(cancel)) {
      return Result<HttpResponse>::failure("Cancelled",
                                           describeRequest(request) + " was cancelled");
    }
    bool mayHaveArrived = false;
    auto outcome = sendOnce(request, cancel, &mayHaveArrived);

    std::chrono::milliseconds delay{0};
    if (outcome) {
      outcome->attempts = attempt;
      const long status = outcome->status;
      if (!isRetryableStatus(status) || attempt >= maxAttempts) return outcome;
      if (!request.isIdempotent() && !statusProvesNotApplied(status)) return outcome;
      const auto retryAfter = outcome->header("retry-after");
      const auto asked = retryAfter ? parseRetryAfter(*retryAfter) : std::nullopt;
      delay = asked ? *asked : nextBackoff(attempt);
      if (!withinBudget(delay)) return outcome;
      qCInfo(lcNet).noquote() << QString::fromStdString(describeRequest(request)) << "answered"
                              << status << "- retrying in" << delay.count() << "ms";
    } else {
      const models::Error& error = outcome.error();
      if (!isTransientError(error.code)) return outcome;
      if (mayHaveArrived && !request.isIdempotent()) {
        return models::Error{
            error.code, error.message + ". The server may have received and applied this " +
                            request.method +
                            " request, so it was not sent again; read the resource back before "
                            "trying again"};
      }
      delay = nextBackoff(attempt);
      if (attempt >= maxAttempts || !withinBudget(delay)) {
        return models::Error{error.code, error.message + " (gave up after " +
                                             std::to_string(attempt) + " attempt" +
                                             (attempt == 1 ? "" : "s") + ")"};
      }
      qCInfo(lcNet).noquote() << QString::fromStdString(describeRequest(request)) << "failed ("
                              << QString::fromStdString(error.code) << ") - retrying in"
                              << delay.count() << "ms";
    }
    if (!waitUnlessCancelled(delay, cancel)) {
      return Result<HttpResponse>::failure("Cancelled",
                                           describeRequest(request) + " was cancelled");
    }
  }
}

Result<HttpResponse> HttpClient::sendOnce(const HttpRequest& request, const CancelToken* cancel,
                                          bool* requestMayHaveArrived) const {
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return Result<HttpResponse>::failure("Network.Failed", "libcurl could not start");
  CURL* h = curl.get();

  Transfer transfer;
  transfer.limit = m_options.maxResponseBytes;
  transfer.cancel = cancel;

  std::unique_ptr<curl_slist, SlistDeleter> headers;
  const auto addHeader = [&](const std::string& line) {
    headers.reset(curl_slist_append(headers.release(), line.c_str()));
  };
  for (const auto& [name, value] : request.headers) addHeader(name + ": " + value);
  addHeader("Expect:");  // no 100-continue round trip for bodies

  char errorText[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);
  curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);  // never carry the token to another host
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(m_options.connectTimeout.count()));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(m_options.attemptTimeout.count()));
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!m_options.caBundlePath.empty()) {
    curl_easy_setopt(h, CURLOPT_CAINFO, m_options.caBundlePath.c_str());
  }
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onBody);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &onHeader);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &transfer);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &onProgress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, &transfer);

  const std::string verb = toLower(request.method);
  if (verb == "head") {
    curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
  } else if (verb != "get" || !request.body.empty()) {
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    if (!request.body.empty() || verb == "post" || verb == "put" || verb == "patch") {
      curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.data());
      curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE,
                       static_cast<curl_off_t>(request.body.size()));
    }
  }

  const CURLcode code = curl_easy_perform(h);
  long requestSize = 0;
  curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &requestSize);
  *requestMayHaveArrived = requestSize > 0;

  if (code == CURLE_OK) {
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &transfer.response.status);
    qCDebug(lcNet).noquote() << QString::fromStdString(describeRequest(request)) << "->"
                             << transfer.response.status;
    return std::move(transfer.response);
  }

  const std::string what = describeRequest(request);
  const std::string detail = errorText[0] ? std::string(errorText) : curl_easy_strerror(code);
  switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
      return Result<HttpResponse>::failure("Cancelled", what + " was cancelled");
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
      *requestMayHaveArrived = false;
      return Result<HttpResponse>::failure("Network.ConnectFailed",
                                           "could not connect for " + what + ": " + detail +
                                               "; check the address and that the "
                                               "service is running");
    case CURLE_OPERATION_TIMEDOUT:
      return Result<HttpResponse>::failure("Network.Timeout", what + " timed out: " + detail);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
      *requestMayHaveArrived = false;
      return Result<HttpResponse>::failure(
          "Network.Tls", "the TLS connection for " + what + " was refused: " + detail +
                             "; for a local sandbox with its own certificate, give its PEM file "
                             "as the CA bundle");
    case CURLE_WRITE_ERROR:
      if (transfer.tooLarge) {
        return Result<HttpResponse>::failure("Network.TooLarge",
                                             "the answer to " + what + " is larger than " +
                                                 std::to_string(transfer.limit) + " bytes");
      }
      break;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return Result<HttpResponse>::failure(
          "Network.Interrupted", "the connection was lost during " + what + " (" + detail +
                                     "); nothing of the answer "
                                     "was used");
    default:
      break;
  }
  return Result<HttpResponse>::failure("Network.Failed", what + " failed: " + detail);
}

}  // namespace autoscale::backend
