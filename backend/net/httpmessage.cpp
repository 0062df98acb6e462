#include "backend/net/httpmessage.h"

#include <algorithm>
#include <cctype>

namespace autoscale::backend {

bool HttpRequest::isIdempotent() const {
  if (idempotent) return *idempotent;
  const std::string verb = toLower(method);
  return verb == "get" || verb == "head" || verb == "put" || verb == "delete" || verb == "options";
}

std::optional<std::string> HttpResponse::header(std::string_view name) const {
  const std::string wanted = toLower(name);
  for (auto it = headers.rbegin(); it != headers.rend(); ++it) {
    if (it->first == wanted) return it->second;
  }
  return std::nullopt;
}

std::string toLower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

std::string percentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  encoded.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '_' || c == '.' || c == '~') {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0x0F];
    }
  }
  return encoded;
}

std::string formEncode(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string body;
  for (const auto& [name, value] : fields) {
    if (!body.empty()) body += '&';
    body += percentEncode(name) + '=' + percentEncode(value);
  }
  return body;
}

}  // namespace autoscale::backend
