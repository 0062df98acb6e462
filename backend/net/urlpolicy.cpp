#include "backend/net/urlpolicy.h"

#include <QHostAddress>
#include <QString>
#include <charconv>

#include "backend/net/httpmessage.h"

namespace autoscale::backend {

models::Result<UrlParts> splitUrl(std::string_view url) {
  const auto fail = [&](const char* why) {
    return models::Result<UrlParts>::failure(
        "Network.BadUrl", "'" + std::string(url) + "' is not a usable URL: " + why);
  };
  const auto schemeEnd = url.find("://");
  if (schemeEnd == std::string_view::npos) return fail("it has no scheme such as https://");
  UrlParts parts;
  parts.scheme = toLower(url.substr(0, schemeEnd));
  if (parts.scheme != "http" && parts.scheme != "https") return fail("only http and https work");

  std::string_view rest = url.substr(schemeEnd + 3);
  const auto pathStart = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, pathStart);
  parts.pathAndQuery =
      pathStart == std::string_view::npos ? "/" : std::string(rest.substr(pathStart));
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    return fail("credentials in the URL are not accepted");
  }

  std::string_view portText;
  if (!authority.empty() && authority.front() == '[') {
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return fail("an IPv6 address lacks its ']'");
    parts.host = toLower(authority.substr(1, close - 1));
    std::string_view after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return fail("unexpected text after the IPv6 address");
      portText = after.substr(1);
    }
  } else {
    const auto colon = authority.rfind(':');
    parts.host = toLower(authority.substr(0, colon));
    if (colon != std::string_view::npos) portText = authority.substr(colon + 1);
  }
  if (parts.host.empty()) return fail("it has no host");
  if (!portText.empty()) {
    const auto [end, error] =
        std::from_chars(portText.data(), portText.data() + portText.size(), parts.port);
    if (error != std::errc() || end != portText.data() + portText.size() || parts.port <= 0 ||
        parts.port > 65535) {
      return fail("its port is not a number between 1 and 65535");
    }
  }
  return parts;
}

bool isLoopbackHost(std::string_view host) {
  if (toLower(host) == "localhost") return true;
  QHostAddress address;
  if (!address.setAddress(QString::fromUtf8(host.data(), static_cast<qsizetype>(host.size())))) {
    return false;
  }
  return address.isLoopback();
}

models::Status checkUrlAllowed(std::string_view url) {
  auto parts = splitUrl(url);
  if (!parts) return models::Status{parts.error()};
  if (parts->scheme == "http" && !isLoopbackHost(parts->host)) {
    return models::Status::failure(
        "Network.InsecureUrl",
        "plain http is only allowed to this machine (127.0.0.1, ::1, localhost), not to '" +
            parts->host + "'; use an https:// URL");
  }
  return models::Status::success();
}

}  // namespace autoscale::backend
