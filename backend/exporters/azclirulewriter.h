#pragma once

// The arguments of `az monitor autoscale rule create` for one scale rule: the --condition
// string of the CLI's grammar, --scale, --cooldown, --timegrain and the metric source.

#include <string>
#include <vector>

#include "backend/exporters/jsonaccess.h"

namespace autoscale::backend {

struct AzCliRuleArguments {
  std::vector<std::string> arguments;  // shell-quoted, e.g. {"--scale", "out", "2"}
  // Values written in the nearest form the CLI has, one sentence each.
  std::vector<std::string> approximations;
  // Set when the rule cannot be written at all (the command is then left commented out).
  std::string inexpressible;
};

AzCliRuleArguments azCliRuleArguments(const Json& rule, const std::string& targetResourceUri,
                                      const PathText& path);

// A duration as the CLI's PERIOD argument reads it back to the same text: `5m`, `1h`, or the
// ISO text itself when it has both P and T (the CLI passes those through). Empty when the
// CLI cannot reproduce `iso`.
std::string azCliPeriod(const std::string& iso);

}  // namespace autoscale::backend
