#pragma once

// Recognises one `az monitor autoscale …` command among the words of a shell command and
// collects its options, knowing each sub-command's option names and aliases.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "backend/importers/shellscript.h"
#include "models/core/diagnostic.h"

namespace autoscale::backend {

enum class AzAutoscaleVerb {
  Create,
  Update,
  Delete,
  RuleCreate,
  RuleDelete,
  RuleCopy,
  ProfileCreate,
  ProfileDelete,
  ReadOnly  // show, list, list-timezones, …: they change nothing
};

struct AzOption {
  ShellWord option;  // the option word, for its position
  std::vector<ShellWord> values;
};

struct AzAutoscaleCommand {
  AzAutoscaleVerb verb = AzAutoscaleVerb::ReadOnly;
  std::string name;  // "rule create", for messages
  int line = 0;
  // Options by canonical name (e.g. "min-count"); repeated options keep every occurrence.
  std::map<std::string, std::vector<AzOption>> options;

  const AzOption* last(const std::string& option) const;
  bool has(const std::string& option) const { return last(option) != nullptr; }
  // The option's values joined by blanks; nullopt when the option is absent.
  std::optional<std::string> text(const std::string& option) const;
  std::vector<std::string> words(const std::string& option) const;
};

// nullopt when `command` is no `az monitor autoscale` command; errors (unknown sub-command or
// option) go to `diagnostics`, and then the command is nullopt too.
std::optional<AzAutoscaleCommand> recognizeAzAutoscaleCommand(const ShellCommand& command,
                                                              models::Diagnostics& diagnostics);

}  // namespace autoscale::backend
