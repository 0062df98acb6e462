#pragma once

#include "backend/exporters/exporter.h"

namespace autoscale::backend {

// A bash script of `az monitor autoscale` commands that builds the setting: `create` (made
// disabled so that the half-built setting scales nothing), `rule create` per rule with the
// --condition grammar of the CLI, `profile create` per schedule (recurring ones with their
// end time taken from the paired default profile, fixed dates), and `update --enabled true`
// at the end when the setting is enabled. Everything is shell-quoted; what the CLI cannot
// express is stated in comments, and commands it cannot run are left commented out.
models::Result<ExportResult> exportAzCli(const nlohmann::ordered_json& resource);

}  // namespace autoscale::backend
