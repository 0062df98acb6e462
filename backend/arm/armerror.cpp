#include "backend/arm/armerror.h"

namespace autoscale::backend {
namespace {

using nlohmann::ordered_json;

std::string stringField(const ordered_json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_null()) return {};
  return it->dump();
}

std::string joinDetails(const ordered_json& details) {
  if (details.is_string()) return details.get<std::string>();
  if (!details.is_array()) return {};
  std::string joined;
  for (const auto& detail : details) {
    if (!detail.is_object()) continue;
    const std::string text = stringField(detail, "code") + ": " + stringField(detail, "message");
    joined += joined.empty() ? text : "; " + text;
  }
  return joined;
}

std::string hintFor(long status) {
  switch (status) {
    case 400:
      return "the service rejected the content; fix the field it names and try again";
    case 401:
      return "the sign-in token was missing, wrong or expired; sign in again";
    case 403:
      return "the signed-in identity lacks permission; it needs Monitoring Contributor (to "
             "write) or Monitoring Reader (to read) on the resource group";
    case 404:
      return "check the subscription, resource group and name";
    case 409:
      return "another change is in progress; try again shortly";
    case 429:
      return "the service is throttling requests; wait and try again";
    default:
      return status >= 500 ? "the service had a problem; try again later" : "";
  }
}

}  // namespace

ArmErrorInfo parseArmErrorBody(std::string_view body) {
  ArmErrorInfo info;
  const ordered_json parsed = ordered_json::parse(body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) return info;
  const auto nested = parsed.find("error");
  const ordered_json& error = nested != parsed.end() && nested->is_object() ? *nested : parsed;
  info.code = stringField(error, "code");
  info.message = stringField(error, "message");
  info.target = stringField(error, "target");
  if (const auto details = error.find("details"); details != error.end()) {
    info.details = joinDetails(*details);
  }
  return info;
}

models::Error armError(const HttpResponse& response, std::string_view operation) {
  const ArmErrorInfo info = parseArmErrorBody(response.body);
  std::string code = info.code.empty() ? "Http" + std::to_string(response.status) : info.code;
  std::string message =
      std::string(operation) + " failed with HTTP " + std::to_string(response.status);
  if (!info.message.empty()) {
    message += ": " + info.message;
  } else if (!response.body.empty() && response.body.size() <= 300) {
    message += ": " + response.body;
  }
  if (!info.code.empty()) message += " [" + info.code + "]";
  if (!info.target.empty()) message += " (at " + info.target + ")";
  if (!info.details.empty()) message += " — " + info.details;
  if (response.attempts > 1)
    message += " (after " + std::to_string(response.attempts) + " attempts)";
  if (const std::string hint = hintFor(response.status); !hint.empty()) message += "; " + hint;
  return models::Error{std::move(code), std::move(message)};
}

models::Result<nlohmann::ordered_json> parseJsonBody(std::string_view body,
                                                     std::string_view operation) {
  try {
    return ordered_json::parse(body);
  } catch (const ordered_json::parse_error& error) {
    return models::Result<ordered_json>::failure(
        "Arm.MalformedResponse", "the answer to " + std::string(operation) +
                                     " is not valid JSON (at byte " + std::to_string(error.byte) +
                                     " of " + std::to_string(body.size()) +
                                     "); nothing of it was used");
  }
}

}  // namespace autoscale::backend
