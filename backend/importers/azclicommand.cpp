#include "backend/importers/azclicommand.h"

#include <algorithm>
#include <cctype>

namespace autoscale::backend {
namespace {

using models::Diagnostic;
using models::Severity;

enum class Arity { Flag, One, Many };

struct OptionSpec {
  const char* canonical;
  std::vector<const char*> spellings;
  Arity arity;
};

struct VerbSpec {
  std::vector<const char*> path;  // words after `az monitor autoscale`
  AzAutoscaleVerb verb;
  std::vector<OptionSpec> options;
};

const OptionSpec kResourceGroup{"resource-group", {"-g", "--resource-group"}, Arity::One};
const OptionSpec kCount{"count", {"--count"}, Arity::One};
const OptionSpec kMinCount{"min-count", {"--min-count"}, Arity::One};
const OptionSpec kMaxCount{"max-count", {"--max-count"}, Arity::One};
const OptionSpec kAutoscaleName{"autoscale-name", {"--autoscale-name"}, Arity::One};
const OptionSpec kSettingName{"autoscale-name", {"-n", "--name", "--autoscale-name"}, Arity::One};
const OptionSpec kTags{"tags", {"--tags"}, Arity::Many};
const OptionSpec kScaleMode{"scale-mode", {"--scale-mode"}, Arity::One};
const OptionSpec kLookAhead{"scale-look-ahead-time", {"--scale-look-ahead-time"}, Arity::One};
const OptionSpec kEmailAdmin{"email-administrator", {"--email-administrator"}, Arity::Flag};
const OptionSpec kEmailCoAdmins{
    "email-coadministrators", {"--email-coadministrators"}, Arity::Flag};
const OptionSpec kResourceType{"resource-type", {"--resource-type"}, Arity::One};
const OptionSpec kResourceNamespace{"resource-namespace", {"--resource-namespace"}, Arity::One};
const OptionSpec kResourceParent{"resource-parent", {"--resource-parent"}, Arity::One};

const std::vector<VerbSpec>& verbs() {
  static const std::vector<VerbSpec> specs{
      {{"create"},
       AzAutoscaleVerb::Create,
       {kSettingName,
        kResourceGroup,
        {"resource", {"--resource"}, Arity::One},
        kResourceType,
        kResourceNamespace,
        kResourceParent,
        kCount,
        kMinCount,
        kMaxCount,
        {"location", {"-l", "--location"}, Arity::One},
        kTags,
        {"disabled", {"--disabled"}, Arity::Flag},
        {"action", {"-a", "--action", "--actions"}, Arity::Many},
        kEmailAdmin,
        kEmailCoAdmins,
        kScaleMode,
        kLookAhead}},
      {{"update"},
       AzAutoscaleVerb::Update,
       {kSettingName,
        kResourceGroup,
        kCount,
        kMinCount,
        kMaxCount,
        {"enabled", {"--enabled"}, Arity::Flag},
        kTags,
        {"add-action", {"-a", "--add-action", "--add-actions"}, Arity::Many},
        {"remove-action", {"-r", "--remove-action", "--remove-actions"}, Arity::Many},
        kEmailAdmin,
        kEmailCoAdmins,
        kScaleMode,
        kLookAhead}},
      {{"delete"}, AzAutoscaleVerb::Delete, {kSettingName, kResourceGroup}},
      {{"rule", "create"},
       AzAutoscaleVerb::RuleCreate,
       {kAutoscaleName,
        kResourceGroup,
        {"condition", {"--condition"}, Arity::Many},
        {"scale", {"--scale"}, Arity::Many},
        {"profile-name", {"--profile-name"}, Arity::One},
        {"cooldown", {"--cooldown"}, Arity::One},
        {"source", {"--resource", "--source"}, Arity::One},
        kResourceType,
        kResourceNamespace,
        kResourceParent,
        {"timegrain", {"--timegrain"}, Arity::Many}}},
      {{"rule", "delete"},
       AzAutoscaleVerb::RuleDelete,
       {kAutoscaleName,
        kResourceGroup,
        {"profile-name", {"--profile-name"}, Arity::One},
        {"index", {"--index"}, Arity::Many}}},
      {{"rule", "copy"},
       AzAutoscaleVerb::RuleCopy,
       {kAutoscaleName,
        kResourceGroup,
        {"source-schedule", {"--source-schedule"}, Arity::One},
        {"dest-schedule", {"--dest-schedule"}, Arity::One},
        {"index", {"--index"}, Arity::Many}}},
      {{"profile", "create"},
       AzAutoscaleVerb::ProfileCreate,
       {kAutoscaleName,
        kResourceGroup,
        {"name", {"-n", "--name"}, Arity::One},
        kCount,
        kMinCount,
        kMaxCount,
        {"timezone", {"--timezone"}, Arity::One},
        {"start", {"--start"}, Arity::One},
        {"end", {"--end"}, Arity::One},
        {"recurrence", {"-r", "--recurrence"}, Arity::Many},
        {"copy-rules", {"--copy-rules"}, Arity::One}}},
      {{"profile", "delete"},
       AzAutoscaleVerb::ProfileDelete,
       {kAutoscaleName, kResourceGroup, {"name", {"-n", "--name"}, Arity::One}}}};
  return specs;
}

// Options every az command takes; they change nothing in the setting.
const std::vector<OptionSpec>& globalOptions() {
  static const std::vector<OptionSpec> specs{
      {"subscription", {"--subscription"}, Arity::One},
      {"output", {"-o", "--output"}, Arity::One},
      {"query", {"--query"}, Arity::One},
      {"only-show-errors", {"--only-show-errors"}, Arity::Flag},
      {"debug", {"--debug"}, Arity::Flag},
      {"verbose", {"--verbose"}, Arity::Flag},
      {"yes", {"-y", "--yes"}, Arity::Flag},
      {"no-wait", {"--no-wait"}, Arity::Flag}};
  return specs;
}

const std::vector<std::vector<const char*>>& readOnlyPaths() {
  static const std::vector<std::vector<const char*>> paths{{"show"},
                                                           {"list"},
                                                           {"show-predictive-metric"},
                                                           {"rule", "list"},
                                                           {"profile", "list"},
                                                           {"profile", "show"},
                                                           {"profile", "list-timezones"}};
  return paths;
}

bool isOptionWord(const std::string& text) {
  if (text.size() < 2 || text.front() != '-') return false;
  // A negative number is a value, not an option.
  return !(std::isdigit(static_cast<unsigned char>(text[1])) || text[1] == '.');
}

const OptionSpec* findSpec(const std::vector<OptionSpec>& specs, const std::string& spelling) {
  for (const auto& spec : specs) {
    for (const char* candidate : spec.spellings) {
      if (spelling == candidate) return &spec;
    }
  }
  return nullptr;
}

Diagnostic errorAt(const ShellWord& word, std::string code, std::string message, std::string hint) {
  return Diagnostic{Severity::Error,    std::move(code), {},
                    std::move(message), std::move(hint), {word.line, word.column}};
}

}  // namespace

const AzOption* AzAutoscaleCommand::last(const std::string& option) const {
  const auto it = options.find(option);
  return it == options.end() || it->second.empty() ? nullptr : &it->second.back();
}

std::optional<std::string> AzAutoscaleCommand::text(const std::string& option) const {
  const AzOption* found = last(option);
  if (!found) return std::nullopt;
  std::string joined;
  for (const ShellWord& word : found->values) joined += (joined.empty() ? "" : " ") + word.text;
  return joined;
}

std::vector<std::string> AzAutoscaleCommand::words(const std::string& option) const {
  std::vector<std::string> out;
  if (const AzOption* found = last(option)) {
    for (const ShellWord& word : found->values) out.push_back(word.text);
  }
  return out;
}

std::optional<AzAutoscaleCommand> recognizeAzAutoscaleCommand(const ShellCommand& command,
                                                              models::Diagnostics& diagnostics) {
  const auto& words = command.words;
  if (words.size() < 3 || words[0].text != "az" || words[1].text != "monitor" ||
      words[2].text != "autoscale") {
    return std::nullopt;
  }
  std::size_t next = 3;
  for (const auto& path : readOnlyPaths()) {
    bool matches = words.size() >= 3 + path.size();
    for (std::size_t k = 0; matches && k < path.size(); ++k) matches = words[3 + k].text == path[k];
    if (matches && (words.size() == 3 + path.size() || isOptionWord(words[3 + path.size()].text))) {
      return AzAutoscaleCommand{AzAutoscaleVerb::ReadOnly, "", command.line, {}};
    }
  }
  const VerbSpec* verb = nullptr;
  for (const auto& spec : verbs()) {
    bool matches = words.size() >= 3 + spec.path.size();
    for (std::size_t k = 0; matches && k < spec.path.size(); ++k) {
      matches = words[3 + k].text == spec.path[k];
    }
    if (matches) {
      verb = &spec;
      next = 3 + spec.path.size();
      break;
    }
  }
  const ShellWord& head = words.size() > 3 ? words[3] : words[2];
  if (!verb) {
    diagnostics.push_back(errorAt(head, "import.unknownCommand",
                                  "`az monitor autoscale " +
                                      (words.size() > 3 ? words[3].text : "") +
                                      "` is no autoscale command the import knows",
                                  "use create, update, delete, rule create|delete|copy or "
                                  "profile create|delete"));
    return std::nullopt;
  }
  AzAutoscaleCommand result;
  result.verb = verb->verb;
  for (const char* part : verb->path)
    result.name += (result.name.empty() ? "" : " ") + std::string(part);
  result.line = command.line;
  bool ok = true;
  for (std::size_t i = next; i < words.size();) {
    const ShellWord& word = words[i];
    if (!isOptionWord(word.text)) {
      diagnostics.push_back(errorAt(
          word, "import.unexpectedArgument",
          "\"" + word.text + "\" is not an option of `az monitor autoscale " + result.name + "`",
          "options start with --; quote values that contain blanks"));
      ok = false;
      ++i;
      continue;
    }
    std::string spelling = word.text;
    std::optional<std::string> inlineValue;
    if (const auto equals = spelling.find('='); equals != std::string::npos) {
      inlineValue = spelling.substr(equals + 1);
      spelling = spelling.substr(0, equals);
    }
    const OptionSpec* spec = findSpec(verb->options, spelling);
    if (!spec) spec = findSpec(globalOptions(), spelling);
    if (!spec) {
      diagnostics.push_back(
          errorAt(word, "import.unknownOption",
                  spelling + " is no option of `az monitor autoscale " + result.name + "`",
                  "see `az monitor autoscale " + result.name + " --help`"));
      ok = false;
      ++i;
      while (i < words.size() && !isOptionWord(words[i].text)) ++i;
      continue;
    }
    AzOption option;
    option.option = word;
    ++i;
    if (inlineValue) {
      option.values.push_back(ShellWord{*inlineValue, word.line, word.column, word.resolved});
    } else {
      while (i < words.size() && !isOptionWord(words[i].text)) {
        option.values.push_back(words[i]);
        ++i;
        if (spec->arity != Arity::Many) break;
      }
    }
    if (spec->arity == Arity::One && option.values.empty()) {
      diagnostics.push_back(errorAt(word, "import.missingValue", spelling + " needs a value",
                                    "write " + spelling + " VALUE"));
      ok = false;
      continue;
    }
    result.options[spec->canonical].push_back(std::move(option));
  }
  if (!ok) return std::nullopt;
  return result;
}

}  // namespace autoscale::backend
