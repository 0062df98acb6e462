#pragma once

#include <QString>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "models/core/result.h"

namespace autoscale::backend {

// Where a setting lives; matched case-insensitively, as ARM matches path segments.
struct SettingKey {
  std::string subscriptionId;
  std::string resourceGroup;
  std::string name;

  std::string canonical() const;  // lower-cased "sub/rg/name"
};

// The autoscale settings the sandbox holds, kept in memory and persisted to
// `<dataDir>/autoscalesettings.json` with an atomic write (temporary file + rename) after
// every change, so that a crash never leaves a half-written file. Thread-safe.
class SettingStore final {
 public:
  // An empty dataDir keeps everything in memory only.
  explicit SettingStore(QString dataDir);

  // Reads the persisted state; a missing file is an empty store.
  models::Status load();

  std::optional<nlohmann::ordered_json> get(const SettingKey& key) const;
  // Stores the resource; true when it was new. Fails (changing nothing) if it cannot persist.
  models::Result<bool> put(const SettingKey& key, const nlohmann::ordered_json& resource);
  // True when a setting was removed.
  models::Result<bool> remove(const SettingKey& key);
  // Settings of a subscription, optionally of one resource group, in name order.
  std::vector<nlohmann::ordered_json> list(const std::string& subscriptionId,
                                           const std::string& resourceGroup = {}) const;
  // Every setting, for the emulation.
  std::vector<nlohmann::ordered_json> all() const;

  QString filePath() const;

 private:
  struct Entry {
    SettingKey key;
    nlohmann::ordered_json resource;
  };
  models::Status persist(const std::map<std::string, Entry>& entries) const;

  QString m_dataDir;
  mutable std::mutex m_mutex;
  std::map<std::string, Entry> m_entries;  // by SettingKey::canonical()
};

}  // namespace autoscale::backend
