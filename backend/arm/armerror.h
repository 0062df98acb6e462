#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "backend/net/httpmessage.h"
#include "models/core/result.h"

namespace autoscale::backend {

// What an ARM error body said. Three shapes arrive (spec §1.17): the 2022-10-01
// `{"error":{"code","message","target","details":"…"}}`, the 2015-04-01 flat
// `{"code","message"}`, and the ARM front door's `{"error":{"code","message","details":[…]}}`.
struct ArmErrorInfo {
  std::string code;
  std::string message;
  std::string target;
  std::string details;  // a string, or the details array's messages joined
};

ArmErrorInfo parseArmErrorBody(std::string_view body);

// A readable error for a non-2xx answer to `operation` (e.g. "GET autoscale setting 'x'"):
// code = the service's code (or "Http<status>"), message with status, service text and a hint.
models::Error armError(const HttpResponse& response, std::string_view operation);

// Parses a JSON answer; a malformed body becomes "Arm.MalformedResponse" with the byte
// offset where parsing stopped. Never throws.
models::Result<nlohmann::ordered_json> parseJsonBody(std::string_view body,
                                                     std::string_view operation);

}  // namespace autoscale::backend
