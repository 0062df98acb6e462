#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "backend/arm/armclient.h"
#include "backend/deploy/jsondiff.h"

namespace autoscale::backend {

struct DeployOptions {
  bool dryRun = false;  // plan only: nothing is written
  bool force = false;   // overwrite a remote that changed since it was pulled
};

enum class DeployOutcome {
  Created,   // there was no remote; it was created and verified
  Updated,   // the remote was replaced and verified
  UpToDate,  // the remote already holds the local content; nothing was sent
  Planned,   // dry run: `changes` says what a deploy would do
};

const char* toString(DeployOutcome outcome);

struct DeployReport {
  DeployOutcome outcome = DeployOutcome::Planned;
  bool remoteExisted = false;
  std::vector<JsonChange> changes;  // remote → local, over location, tags and properties
  nlohmann::ordered_json deployed;  // the remote as read back after writing
};

// The safe way onto a remote autoscale setting (ARCHITECTURE.md §4): pull the remote copy,
// diff it against the local document, refuse to overwrite a remote that changed since it
// was pulled (the resource has no etag: last writer wins) unless forced, PUT, read back and
// compare. Whatever fails after the PUT, the previous remote is put back (or the new
// setting deleted), so that a failed deploy leaves the remote as it was.
//
// Error codes: Deploy.RemoteChanged, Deploy.NotPulled, Deploy.VerifyFailed,
// Deploy.RestoreFailed (the remote could not be put back: the message says what is there),
// and those of ArmClient.
class Deployer final {
 public:
  explicit Deployer(const ArmClient& client) : m_client(client) {}

  // `local` is the resource JSON of the document (location, tags, properties …), sent as
  // it is. `base` is the remote as it was when the document was pulled, if it was.
  models::Result<DeployReport> deploy(const AutoscaleSettingId& id,
                                      const nlohmann::ordered_json& local,
                                      const std::optional<nlohmann::ordered_json>& base,
                                      const DeployOptions& options,
                                      const CancelToken* cancel = nullptr) const;

  // The part of a resource a deploy compares: location, tags and properties, without what
  // the service fills in by itself.
  static nlohmann::ordered_json content(const nlohmann::ordered_json& resource);
  // The differences from `from` to `to`, ignoring values only the service writes.
  static std::vector<JsonChange> contentChanges(const nlohmann::ordered_json& from,
                                                const nlohmann::ordered_json& to);

 private:
  models::Error restore(const AutoscaleSettingId& id,
                        const std::optional<nlohmann::ordered_json>& previous,
                        models::Error cause) const;

  const ArmClient& m_client;
};

}  // namespace autoscale::backend
