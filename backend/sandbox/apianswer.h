#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace autoscale::backend {

// What a sandbox route answers: a status and a JSON body (empty for 204).
struct ApiAnswer {
  int status = 200;
  nlohmann::ordered_json body;
  std::map<std::string, std::string> headers;
};

// An ARM-shaped error answer: {"error":{"code","message"[,"target"]}}.
ApiAnswer armErrorAnswer(int status, const std::string& code, const std::string& message,
                         const std::string& target = {});

// Query parameters with lower-cased names (ARM matches them case-insensitively).
using QueryParameters = std::map<std::string, std::string>;

}  // namespace autoscale::backend
