#include "backend/sandbox/settingstore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include "backend/net/httpmessage.h"

namespace autoscale::backend {
namespace {

using nlohmann::ordered_json;

constexpr const char* kFileName = "autoscalesettings.json";

}  // namespace

std::string SettingKey::canonical() const {
  return toLower(subscriptionId) + "/" + toLower(resourceGroup) + "/" + toLower(name);
}

SettingStore::SettingStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString SettingStore::filePath() const {
  return m_dataDir.isEmpty() ? QString() : QDir(m_dataDir).filePath(QLatin1String(kFileName));
}

models::Status SettingStore::load() {
  if (m_dataDir.isEmpty()) return models::Status::success();
  QFile file(filePath());
  if (!file.exists()) return models::Status::success();
  if (!file.open(QIODevice::ReadOnly)) {
    return models::Status::failure("Sandbox.DataDir", "cannot read " + filePath().toStdString() +
                                                          ": " + file.errorString().toStdString());
  }
  const QByteArray bytes = file.readAll();
  const ordered_json state =
      ordered_json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
  const auto settings = state.is_object() ? state.find("settings") : state.end();
  if (state.is_discarded() || settings == state.end() || !settings->is_array()) {
    return models::Status::failure(
        "Sandbox.DataDir", filePath().toStdString() +
                               " is not a sandbox state file; move it away or choose another "
                               "--data-dir");
  }
  std::map<std::string, Entry> entries;
  for (const auto& item : *settings) {
    if (!item.is_object() || !item.contains("key") || !item.contains("resource")) continue;
    const auto& key = item["key"];
    if (!key.is_array() || key.size() != 3 || !key[0].is_string() || !key[1].is_string() ||
        !key[2].is_string()) {
      continue;
    }
    Entry entry{{key[0].get<std::string>(), key[1].get<std::string>(), key[2].get<std::string>()},
                item["resource"]};
    entries[entry.key.canonical()] = std::move(entry);
  }
  std::lock_guard lock(m_mutex);
  m_entries = std::move(entries);
  return models::Status::success();
}

models::Status SettingStore::persist(const std::map<std::string, Entry>& entries) const {
  if (m_dataDir.isEmpty()) return models::Status::success();
  if (!QDir().mkpath(m_dataDir)) {
    return models::Status::failure("Sandbox.DataDir",
                                   "cannot create the data directory " + m_dataDir.toStdString());
  }
  ordered_json settings = ordered_json::array();
  for (const auto& [canonical, entry] : entries) {
    settings.push_back(
        ordered_json{{"key", {entry.key.subscriptionId, entry.key.resourceGroup, entry.key.name}},
                     {"resource", entry.resource}});
  }
  const std::string text = ordered_json{{"settings", settings}}.dump(2) + "\n";
  QSaveFile file(filePath());
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(text.data(), static_cast<qint64>(text.size())) !=
          static_cast<qint64>(text.size()) ||
      !file.commit()) {
    return models::Status::failure("Sandbox.DataDir", "cannot write " + filePath().toStdString() +
                                                          ": " + file.errorString().toStdString());
  }
  return models::Status::success();
}

std::optional<ordered_json> SettingStore::get(const SettingKey& key) const {
  std::lock_guard lock(m_mutex);
  const auto it = m_entries.find(key.canonical());
  if (it == m_entries.end()) return std::nullopt;
  return it->second.resource;
}

models::Result<bool> SettingStore::put(const SettingKey& key, const ordered_json& resource) {
  std::lock_guard lock(m_mutex);
  auto next = m_entries;
  const bool created = next.find(key.canonical()) == next.end();
  next[key.canonical()] = Entry{key, resource};
  if (auto saved = persist(next); !saved) return saved.error;
  m_entries = std::move(next);
  return created;
}

models::Result<bool> SettingStore::remove(const SettingKey& key) {
  std::lock_guard lock(m_mutex);
  auto next = m_entries;
  if (next.erase(key.canonical()) == 0) return false;
  if (auto saved = persist(next); !saved) return saved.error;
  m_entries = std::move(next);
  return true;
}

std::vector<ordered_json> SettingStore::list(const std::string& subscriptionId,
                                             const std::string& resourceGroup) const {
  std::lock_guard lock(m_mutex);
  std::vector<ordered_json> found;
  for (const auto& [canonical, entry] : m_entries) {
    if (toLower(entry.key.subscriptionId) != toLower(subscriptionId)) continue;
    if (!resourceGroup.empty() && toLower(entry.key.resourceGroup) != toLower(resourceGroup)) {
      continue;
    }
    found.push_back(entry.resource);
  }
  return found;
}

std::vector<ordered_json> SettingStore::all() const {
  std::lock_guard lock(m_mutex);
  std::vector<ordered_json> found;
  for (const auto& [canonical, entry] : m_entries) found.push_back(entry.resource);
  return found;
}

}  // namespace autoscale::backend
