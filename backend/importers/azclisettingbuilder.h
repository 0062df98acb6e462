#pragma once

// Applies recognised `az monitor autoscale` commands to the settings they name, producing
// the JSON the CLI sends (its naming: profile `default`, notification operation `scale`,
// paired profiles named by json.dumps).

#include <optional>
#include <string>
#include <vector>

#include "backend/exporters/jsonaccess.h"
#include "backend/importers/azclicommand.h"
#include "backend/importers/azcliimporter.h"

namespace autoscale::backend {

class AzCliSettingBuilder final {
 public:
  explicit AzCliSettingBuilder(models::Diagnostics& diagnostics) : m_diagnostics(diagnostics) {}

  void apply(const AzAutoscaleCommand& command);
  std::vector<ImportedSetting> takeSettings() { return std::move(m_settings); }

 private:
  // Setting-level commands (azclisettingbuilder.cpp).
  void create(const AzAutoscaleCommand& command);
  void update(const AzAutoscaleCommand& command);
  void remove(const AzAutoscaleCommand& command);
  // Rules and profiles (azclisettingbuilderprofiles.cpp).
  void createRule(const AzAutoscaleCommand& command);
  void deleteRules(const AzAutoscaleCommand& command);
  void copyRules(const AzAutoscaleCommand& command);
  void createProfile(const AzAutoscaleCommand& command);
  void deleteProfile(const AzAutoscaleCommand& command);

  // Shared helpers.
  ImportedSetting* setting(const AzAutoscaleCommand& command);  // reports when missing
  Json* profileNamed(ImportedSetting& setting, const std::string& name,
                     const AzAutoscaleCommand& command, const char* option);
  std::optional<long long> integer(const AzAutoscaleCommand& command, const std::string& option);
  std::optional<bool> flag(const AzAutoscaleCommand& command, const std::string& option);
  // The resource id given by `option` (a full id, or a name with --resource-type and friends).
  std::optional<std::string> resourceId(const AzAutoscaleCommand& command,
                                        const std::string& option);
  Json notificationWebhook(const AzAutoscaleCommand& command, const AzOption& action);
  const ShellWord& at(const AzAutoscaleCommand& command, const std::string& option) const;

  void report(models::Severity severity, const ShellWord& where, std::string code,
              std::string message, std::string hint = {});
  void error(const ShellWord& where, std::string code, std::string message, std::string hint = {}) {
    report(models::Severity::Error, where, std::move(code), std::move(message), std::move(hint));
  }
  void warning(const ShellWord& where, std::string code, std::string message,
               std::string hint = {}) {
    report(models::Severity::Warning, where, std::move(code), std::move(message), std::move(hint));
  }

  models::Diagnostics& m_diagnostics;
  std::vector<ImportedSetting> m_settings;
  ShellWord m_commandWord;  // position of the command being applied
};

// Profiles the CLI treats as the default one: no fixedDate, and no recurrence or a JSON name.
bool isCliDefaultProfile(const Json& profile);

}  // namespace autoscale::backend
