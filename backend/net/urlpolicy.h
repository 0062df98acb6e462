#pragma once

#include <string>
#include <string_view>

#include "models/core/result.h"

namespace autoscale::backend {

struct UrlParts {
  std::string scheme;  // lower case
  std::string host;    // lower case, without brackets for IPv6
  int port = 0;        // 0 when not given
  std::string pathAndQuery;
};

// Splits an absolute http(s) URL; fails with code "Network.BadUrl".
models::Result<UrlParts> splitUrl(std::string_view url);

// 127.0.0.0/8, ::1 and localhost.
bool isLoopbackHost(std::string_view host);

// The transport rule of the studio: https everywhere, plain http only to a loopback host
// (the local sandbox). Fails with "Network.InsecureUrl" and says how to fix it.
models::Status checkUrlAllowed(std::string_view url);

}  // namespace autoscale::backend
