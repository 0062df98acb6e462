#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace autoscale::backend {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  HttpHeaders headers;
  std::string body;
  // Whether sending the request twice has the same effect as sending it once. GET, HEAD,
  // PUT, DELETE and OPTIONS are idempotent by their HTTP definition; POST and PATCH are not
  // unless the caller knows better (a token request, a PATCH that sets absolute values).
  std::optional<bool> idempotent;

  bool isIdempotent() const;
};

struct HttpResponse {
  long status = 0;
  HttpHeaders headers;  // names in lower case, in the order received
  std::string body;
  int attempts = 0;  // how many times the request was sent

  // The last value of header `name` (case-insensitive), if present.
  std::optional<std::string> header(std::string_view name) const;
  bool isSuccess() const { return status >= 200 && status < 300; }
};

std::string toLower(std::string_view text);

// application/x-www-form-urlencoded and URL query escaping (RFC 3986 unreserved kept).
std::string percentEncode(std::string_view text);
std::string formEncode(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace autoscale::backend
