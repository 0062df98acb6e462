#include "backend/deploy/deployer.h"

#include <algorithm>

#include "backend/core/logging.h"

namespace autoscale::backend {
namespace {

using models::Result;
using nlohmann::ordered_json;

// Values the service adds to what it was sent (properties.name, targetResourceLocation,
// empty tags, `null` echoes): present on one side only, they are no change.
bool isServiceFilled(const JsonChange& change) {
  if (change.kind == JsonChange::Kind::Changed) return false;
  const auto& extra = change.kind == JsonChange::Kind::Removed ? change.before : change.after;
  return extra.is_null() || change.path == "$.properties.name" ||
         change.path == "$.properties.targetResourceLocation" ||
         (change.path == "$.tags" && extra.empty());
}

}  // namespace

const char* toString(DeployOutcome outcome) {
  switch (outcome) {
    case DeployOutcome::Created:
      return "created";
    case DeployOutcome::Updated:
      return "updated";
    case DeployOutcome::UpToDate:
      return "up to date";
    case DeployOutcome::Planned:
      return "planned";
  }
  return "planned";
}

ordered_json Deployer::content(const ordered_json& resource) {
  ordered_json content = ordered_json::object();
  if (!resource.is_object()) return content;
  for (const char* key : {"location", "tags", "properties"}) {
    if (const auto it = resource.find(key); it != resource.end()) content[key] = *it;
  }
  return content;
}

std::vector<JsonChange> Deployer::contentChanges(const ordered_json& from, const ordered_json& to) {
  auto changes = diffJson(content(from), content(to));
  changes.erase(std::remove_if(changes.begin(), changes.end(), isServiceFilled), changes.end());
  return changes;
}

Result<DeployReport> Deployer::deploy(const AutoscaleSettingId& id, const ordered_json& local,
                                      const std::optional<ordered_json>& base,
                                      const DeployOptions& options,
                                      const CancelToken* cancel) const {
  if (!local.is_object() || !local.contains("properties")) {
    return Result<DeployReport>::failure(
        "Deploy.NotAResource",
        "the document is not an autoscale setting resource (it has no properties object)");
  }
  auto found = m_client.findAutoscaleSetting(id, cancel);
  if (!found) return found.error();
  const std::optional<ordered_json>& remote = *found;

  DeployReport report;
  report.remoteExisted = remote.has_value();
  report.changes = contentChanges(remote.value_or(ordered_json::object()), local);

  if (!options.force) {
    if (base && !remote) {
      return Result<DeployReport>::failure(
          "Deploy.RemoteChanged", "the remote setting '" + id.name +
                                      "' was deleted since it was pulled; deploy with --force to "
                                      "create it again");
    }
    if (base && remote) {
      const auto drift = contentChanges(*base, *remote);
      if (!drift.empty()) {
        return Result<DeployReport>::failure(
            "Deploy.RemoteChanged",
            "the remote setting '" + id.name + "' changed since it was pulled:\n" +
                describeChanges(drift) +
                "Pull it again and merge, or deploy with --force to overwrite those changes");
      }
    }
    if (!base && remote && !report.changes.empty()) {
      return Result<DeployReport>::failure(
          "Deploy.NotPulled", "a different setting '" + id.name +
                                  "' already exists remotely and this document was not pulled "
                                  "from it; pull it first, or deploy with --force to overwrite it");
    }
  }

  if (remote && report.changes.empty()) {
    report.outcome = DeployOutcome::UpToDate;
    report.deployed = *remote;
    return report;
  }
  if (options.dryRun) {
    report.outcome = DeployOutcome::Planned;
    return report;
  }

  auto written = m_client.createOrUpdateAutoscaleSetting(id, local, cancel);
  if (!written) {
    // A PUT that timed out, lost its connection or got an unreadable answer may still have
    // been applied.
    const std::string& code = written.error().code;
    if (code.rfind("Network.", 0) == 0 || code == "Cancelled" || code == "Arm.MalformedResponse") {
      return restore(id, remote, written.error());
    }
    return written.error();  // the service refused it: nothing changed
  }
  auto readBack = m_client.getAutoscaleSetting(id, cancel);
  if (!readBack) return restore(id, remote, readBack.error());
  const auto mismatch = contentChanges(local, *readBack);
  if (!mismatch.empty()) {
    return restore(
        id, remote,
        models::Error{"Deploy.VerifyFailed",
                      "the setting read back after writing differs from the document:\n" +
                          describeChanges(mismatch)});
  }
  report.outcome = remote ? DeployOutcome::Updated : DeployOutcome::Created;
  report.deployed = std::move(*readBack);
  qCInfo(lcArm).noquote() << "deployed autoscale setting" << QString::fromStdString(id.name) << "("
                          << toString(report.outcome) << ")";
  return report;
}

models::Error Deployer::restore(const AutoscaleSettingId& id,
                                const std::optional<ordered_json>& previous,
                                models::Error cause) const {
  // Restoring must run to its end even if the caller cancelled the deploy.
  const auto current = m_client.findAutoscaleSetting(id);
  const bool unchanged = current && ((!previous && !current->has_value()) ||
                                     (previous && current->has_value() &&
                                      contentChanges(*previous, **current).empty() &&
                                      contentChanges(**current, *previous).empty()));
  if (unchanged) {
    return {cause.code, cause.message + ". The remote setting was left unchanged"};
  }
  models::Status restored = models::Status::success();
  if (previous) {
    auto put = m_client.createOrUpdateAutoscaleSetting(id, content(*previous));
    if (!put) restored = models::Status{put.error()};
  } else {
    auto removed = m_client.deleteAutoscaleSetting(id);
    if (!removed) restored = models::Status{removed.error()};
  }
  if (!restored) {
    return {"Deploy.RestoreFailed",
            cause.message + ". Putting the previous remote back also failed (" +
                restored.error.message + "): read the remote setting and check it by hand"};
  }
  return {cause.code, cause.message + ". The previous remote setting was put back"};
}

}  // namespace autoscale::backend
