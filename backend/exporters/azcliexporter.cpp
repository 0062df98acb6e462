#include "backend/exporters/azcliexporter.h"

#include "backend/exporters/azclirulewriter.h"
#include "backend/exporters/exportnotes.h"
#include "backend/exporters/settingoutline.h"
#include "backend/exporters/textquoting.h"
#include "backend/importers/azclitimezones.h"

namespace autoscale::backend {
namespace {

constexpr const char* kCliDefaultProfile = "default";  // what `create` names its profile
constexpr std::string_view kTarget = "the az CLI";

struct Command {
  std::vector<std::string> comments;
  std::string head;                             // e.g. "az monitor autoscale create"
  std::vector<std::vector<std::string>> lines;  // option groups, one per line
  bool disabled = false;                        // written commented out
};

std::string render(const Command& command) {
  std::string out;
  for (const auto& comment : command.comments) out += "# " + singleLine(comment) + "\n";
  const std::string prefix = command.disabled ? "# " : "";
  out += prefix + command.head;
  for (const auto& words : command.lines) {
    out += " \\\n" + prefix + " ";
    for (const auto& word : words) out += " " + word;
  }
  return out + "\n";
}

std::string clockText(const Json& schedule) {
  const auto hours = memberElements(schedule, "hours");
  const auto minutes = memberElements(schedule, "minutes");
  const int hour =
      hours.empty() || !hours.front()->is_number_integer() ? 0 : hours.front()->get<int>();
  const int minute =
      minutes.empty() || !minutes.front()->is_number_integer() ? 0 : minutes.front()->get<int>();
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", hour, minute);
  return buffer;
}

class AzCliExporter final {
 public:
  explicit AzCliExporter(const SettingOutline& outline) : m_outline(outline) {}

  ExportResult run() {
    m_name = m_outline.name.empty() ? "autoscale-setting" : m_outline.name;
    if (m_outline.name.empty())
      note("The setting has no name; the script calls it " + m_name + ".");
    noteUnknownKeys(*m_outline.resource,
                    {"id", "name", "type", "location", "tags", "properties", "systemData"},
                    PathText(), kTarget, m_notes);
    noteUnknownKeys(*m_outline.properties,
                    {"profiles", "notifications", "enabled", "predictiveAutoscalePolicy", "name",
                     "targetResourceUri", "targetResourceLocation"},
                    PathText().key("properties"), kTarget, m_notes);
    writeCreate();
    writeDefaultRules();
    writeProfiles();
    writeEnable();
    checkProfileOrder();

    ExportResult result;
    result.text = header() + m_body;
    result.notes = std::move(m_notes);
    return result;
  }

 private:
  void note(std::string text) { m_notes.push_back(std::move(text)); }

  std::vector<std::string> scope(std::string_view nameOption) const {
    return {"--resource-group", "\"$RESOURCE_GROUP\"", std::string(nameOption), shellQuote(m_name)};
  }

  void emit(const Command& command) { m_body += "\n" + render(command); }

  std::string header() const {
    std::string group = resourceGroupOf(memberString(*m_outline.resource, "id"));
    if (group.empty()) group = resourceGroupOf(m_outline.targetResourceUri);
    std::string out =
        "#!/usr/bin/env bash\n"
        "# Autoscale setting " +
        singleLine(m_name) +
        " as Azure CLI commands.\n"
        "# The setting is created disabled and enabled at the end, so that it scales nothing\n"
        "# while it is incomplete.\n";
    if (!m_notes.empty()) {
      out +=
          "#\n# What the CLI cannot express (the commands use the nearest form or are left\n"
          "# commented out):\n";
      for (const auto& text : m_notes) out += "#   - " + singleLine(text) + "\n";
    }
    out += "set -euo pipefail\n\n";
    out += "RESOURCE_GROUP=\"${RESOURCE_GROUP:-" + group + "}\"\n";
    if (m_outline.targetResourceUri.empty()) {
      out += "TARGET_RESOURCE_ID=\"${TARGET_RESOURCE_ID:?set the id of the resource to scale}\"\n";
    }
    return out;
  }

  std::string countText(const Json* capacity, std::string_view key) {
    const Json* value = capacity ? member(*capacity, key) : nullptr;
    const std::string text = value ? scalarText(*value) : "";
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) {
      note("The instance limit " + std::string(key) + " (" + text +
           ") is not a whole number, which the CLI needs.");
    }
    return text;
  }

  // --count/--min-count/--max-count of a capacity object.
  std::vector<std::string> capacityWords(const Json* capacity, const std::string& profileName) {
    const std::string count = countText(capacity, "default");
    const std::string minimum = countText(capacity, "minimum");
    const std::string maximum = countText(capacity, "maximum");
    for (const auto& [value, option] :
         {std::pair{minimum, "--min-count"}, {maximum, "--max-count"}}) {
      if (value == "0" && count != "0") {
        note("Profile " + profileName + ": the CLI reads " + option +
             " 0 as not given and uses --count (" + count + ") instead.");
      }
    }
    return {"--count",           shellQuote(count), "--min-count",
            shellQuote(minimum), "--max-count",     shellQuote(maximum)};
  }

  const Json* scaleNotification() {
    const auto notifications = memberElements(*m_outline.properties, "notifications");
    const Json* chosen = nullptr;
    for (const Json* notification : notifications) {
      if (!chosen && equalsIgnoringCase(memberString(*notification, "operation"), "scale")) {
        chosen = notification;
      } else {
        note(
            "Only one notification (operation scale) can be made with the CLI; the others are "
            "left out.");
      }
    }
    if (notifications.empty()) {
      note("The CLI always adds a scale notification without recipients; the setting has none.");
    }
    return chosen;
  }

  void addNotificationOptions(Command& command) {
    const Json* notification = scaleNotification();
    if (!notification) return;
    noteUnknownKeys(*notification, {"operation", "email", "webhooks"},
                    PathText().key("properties").key("notifications").index(0), kTarget, m_notes);
    if (const Json* email = member(*notification, "email")) {
      const Json* admin = member(*email, "sendToSubscriptionAdministrator");
      const Json* coAdmin = member(*email, "sendToSubscriptionCoAdministrators");
      if (admin && admin->is_boolean() && admin->get<bool>()) {
        command.lines.push_back({"--email-administrator", "true"});
      }
      if (coAdmin && coAdmin->is_boolean() && coAdmin->get<bool>()) {
        command.lines.push_back({"--email-coadministrators", "true"});
      }
      const auto emails = memberElements(*email, "customEmails");
      if (!emails.empty()) {
        std::vector<std::string> words{"--action", "email"};
        for (const Json* address : emails) words.push_back(shellQuote(scalarText(*address)));
        command.lines.push_back(std::move(words));
      }
    }
    for (const Json* webhook : memberElements(*notification, "webhooks")) {
      std::vector<std::string> words{"--action", "webhook",
                                     shellQuote(memberString(*webhook, "serviceUri"))};
      if (const Json* bag = member(*webhook, "properties"); bag && bag->is_object()) {
        for (auto it = bag->begin(); it != bag->end(); ++it) {
          if (it.key().find('=') != std::string::npos) {
            note("Webhook property \"" + it.key() +
                 "\" has a '=' in its name, which "
                 "--action webhook cannot pass; it is left out.");
            continue;
          }
          words.push_back(shellQuote(it.key() + "=" + scalarText(it.value())));
        }
      }
      command.lines.push_back(std::move(words));
    }
  }

  void writeCreate() {
    Command command;
    command.head = "az monitor autoscale create";
    command.lines.push_back(scope("--name"));
    command.lines.push_back({"--resource", m_outline.targetResourceUri.empty()
                                               ? "\"$TARGET_RESOURCE_ID\""
                                               : shellQuote(m_outline.targetResourceUri)});
    if (!m_outline.location.empty()) {
      command.lines.push_back({"--location", shellQuote(m_outline.location)});
    }
    const ProfileOutline* defaultProfile = m_outline.defaultProfile();
    const ProfileOutline* limitsFrom = defaultProfile;
    if (!defaultProfile) {
      note(
          "The setting has no default profile, but az monitor autoscale create always makes one "
          "(named default); it gets the limits of the first profile.");
      limitsFrom = m_outline.profiles.empty() ? nullptr : &m_outline.profiles.front();
    } else if (defaultProfile->name != kCliDefaultProfile) {
      note("The default profile is named " + defaultProfile->name + "; the CLI names it default.");
    }
    const Json* capacity = limitsFrom ? member(*limitsFrom->json, "capacity") : nullptr;
    command.lines.push_back(capacityWords(capacity, kCliDefaultProfile));
    if (const Json* tags = member(*m_outline.resource, "tags");
        tags && tags->is_object() && !tags->empty()) {
      std::vector<std::string> words{"--tags"};
      for (auto it = tags->begin(); it != tags->end(); ++it) {
        words.push_back(shellQuote(it.key() + "=" + scalarText(it.value())));
      }
      command.lines.push_back(std::move(words));
    }
    addNotificationOptions(command);
    if (const Json* policy = member(*m_outline.properties, "predictiveAutoscalePolicy");
        policy && policy->is_object()) {
      std::vector<std::string> words{"--scale-mode",
                                     shellQuote(memberString(*policy, "scaleMode"))};
      const std::string lookAhead = memberString(*policy, "scaleLookAheadTime");
      if (!lookAhead.empty()) {
        words.push_back("--scale-look-ahead-time");
        words.push_back(shellQuote(lookAhead));
      }
      command.lines.push_back(std::move(words));
    }
    command.lines.push_back({"--disabled", "true"});
    emit(command);
    m_expectedOrder.push_back(defaultProfile ? defaultProfile->index : SIZE_MAX);
  }

  void writeRules(const ProfileOutline& profile, const std::string& cliProfileName) {
    const auto rules = memberElements(*profile.json, "rules");
    const PathText profilePath = PathText().key("properties").key("profiles").index(profile.index);
    for (std::size_t i = 0; i < rules.size(); ++i) {
      const PathText rulePath = profilePath.key("rules").index(i);
      noteUnknownKeys(*rules[i], {"metricTrigger", "scaleAction"}, rulePath, kTarget, m_notes);
      const AzCliRuleArguments arguments =
          azCliRuleArguments(*rules[i], m_outline.targetResourceUri, rulePath);
      Command command;
      command.head = "az monitor autoscale rule create";
      command.lines.push_back(scope("--autoscale-name"));
      if (cliProfileName != kCliDefaultProfile) {
        command.lines.push_back({"--profile-name", shellQuote(cliProfileName)});
      }
      // Option groups: each option with the words that follow it.
      for (const auto& word : arguments.arguments) {
        if (word.rfind("--", 0) == 0) command.lines.emplace_back();
        command.lines.back().push_back(word);
      }
      for (const auto& text : arguments.approximations) {
        command.comments.push_back("Cannot express: " + text);
        note(text);
      }
      if (!arguments.inexpressible.empty()) {
        const std::string text =
            rulePath.str() + " cannot be created with the CLI: " + arguments.inexpressible + ".";
        command.comments.push_back(text + " The command is left commented out.");
        command.disabled = true;
        note(text);
      }
      emit(command);
    }
  }

  void writeDefaultRules() {
    if (const ProfileOutline* profile = m_outline.defaultProfile()) {
      writeRules(*profile, kCliDefaultProfile);
    }
  }

  void checkTimeZone(const std::string& zone, const std::string& profileName) {
    if (!azCliTimeZone(zone)) {
      note("Profile " + profileName + ": the CLI does not know the time zone \"" + zone +
           "\" and refuses the command (see az monitor autoscale profile list-timezones).");
    }
  }

  std::vector<std::string> recurrenceWords(const Json& schedule, const ProfileOutline& profile) {
    std::vector<std::string> words{"--recurrence", "week"};
    for (const Json* day : memberElements(schedule, "days")) {
      const std::string text = scalarText(*day);
      const auto name = dayName(text);
      if (!name) {
        note("Profile " + profile.name + ": \"" + text + "\" is no day; it is left out.");
        continue;
      }
      if (*name != text) {
        note("Profile " + profile.name + ": the day \"" + text + "\" is written as " + *name +
             " by the CLI.");
      }
      std::string word = name->substr(0, 3);
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      words.push_back(word);
    }
    for (const char* key : {"hours", "minutes"}) {
      if (memberElements(schedule, key).size() > 1) {
        note("Profile " + profile.name + ": the recurrence has several " + key +
             "; the CLI takes one start time, the first.");
      }
    }
    return words;
  }

  void checkPairedProfile(const ProfileOutline& profile, const ProfileOutline* paired) {
    if (!paired) {
      note("Profile " + profile.name +
           " has no paired default profile to end it; the CLI adds "
           "one ending at 23:59.");
      return;
    }
    const ProfileOutline* defaultProfile = m_outline.defaultProfile();
    if (memberString(*paired->json, "name") !=
        pairedProfileNameText(kCliDefaultProfile, profile.name)) {
      note("The paired profile " + paired->name + " gets the name " +
           pairedProfileNameText(kCliDefaultProfile, profile.name) + " from the CLI.");
    }
    if (defaultProfile) {
      for (const char* key : {"capacity", "rules"}) {
        const Json* mine = member(*paired->json, key);
        const Json* theirs = member(*defaultProfile->json, key);
        if (!mine || !theirs || *mine != *theirs) {
          note("The paired profile " + paired->name + " has other " + key +
               " than the default profile; the CLI copies the default's.");
        }
      }
    }
  }

  void writeRecurringProfile(const ProfileOutline& profile, Command& command) {
    const Json* recurrence = member(*profile.json, "recurrence");
    const Json* schedule = recurrence ? member(*recurrence, "schedule") : nullptr;
    if (!schedule) {
      note("Profile " + profile.name + " has a recurrence without a schedule; it is left out.");
      command.disabled = true;
      return;
    }
    const std::string zone = memberString(*schedule, "timeZone");
    checkTimeZone(zone, profile.name);
    command.lines.push_back({"--timezone", shellQuote(zone)});
    command.lines.push_back(recurrenceWords(*schedule, profile));
    const ProfileOutline* paired = m_outline.pairedProfileFor(profile.name);
    checkPairedProfile(profile, paired);
    std::vector<std::string> times{"--start", clockText(*schedule)};
    if (paired) {
      const Json* pairedRecurrence = member(*paired->json, "recurrence");
      const Json* pairedSchedule =
          pairedRecurrence ? member(*pairedRecurrence, "schedule") : nullptr;
      if (pairedSchedule) {
        times.push_back("--end");
        times.push_back(clockText(*pairedSchedule));
      }
    }
    command.lines.push_back(std::move(times));
    m_expectedOrder.push_back(profile.index);
    m_expectedOrder.push_back(paired ? paired->index : SIZE_MAX);
  }

  std::string cliDateTime(const std::string& text, const std::string& profileName) {
    // The CLI takes a wall-clock time and stores it with +00:00.
    std::string wallClock = text.substr(0, std::min<std::size_t>(text.size(), 19));
    const std::string offset = text.size() > 19 ? text.substr(19) : "";
    if (offset != "Z" && offset != "z" && offset != "+00:00") {
      note("Profile " + profileName + ": the time " + text + " is stored by the CLI as " +
           wallClock + "+00:00.");
    } else if (offset != "+00:00") {
      note("Profile " + profileName + ": the CLI writes the time " + text + " as " + wallClock +
           "+00:00 (the same instant).");
    }
    return wallClock;
  }

  void writeFixedDateProfile(const ProfileOutline& profile, Command& command) {
    const Json& window = *member(*profile.json, "fixedDate");
    std::string zone = memberString(window, "timeZone");
    if (zone.empty()) {
      note("Profile " + profile.name +
           " has no time zone, which the CLI requires; written as UTC.");
      zone = "UTC";
    }
    checkTimeZone(zone, profile.name);
    command.lines.push_back({"--timezone", shellQuote(zone)});
    command.lines.push_back(
        {"--start", shellQuote(cliDateTime(memberString(window, "start"), profile.name)), "--end",
         shellQuote(cliDateTime(memberString(window, "end"), profile.name))});
    m_expectedOrder.push_back(profile.index);
  }

  void writeProfiles() {
    const ProfileOutline* defaultProfile = m_outline.defaultProfile();
    for (const auto& profile : m_outline.profiles) {
      const PathText path = PathText().key("properties").key("profiles").index(profile.index);
      if (&profile == defaultProfile || profile.role == ProfileRole::PairedDefault) continue;
      if (profile.role == ProfileRole::Default) {
        note(path.str() +
             " is a second default profile, which the CLI cannot make; it is left "
             "out.");
        continue;
      }
      noteUnknownKeys(*profile.json, {"name", "capacity", "rules", "fixedDate", "recurrence"}, path,
                      kTarget, m_notes);
      Command command;
      command.head = "az monitor autoscale profile create";
      command.lines.push_back(
          {"--resource-group", "\"$RESOURCE_GROUP\"", "--autoscale-name", shellQuote(m_name)});
      command.lines.push_back({"--name", shellQuote(profile.name)});
      command.lines.push_back(capacityWords(member(*profile.json, "capacity"), profile.name));
      if (profile.role == ProfileRole::Recurring) {
        writeRecurringProfile(profile, command);
      } else {
        writeFixedDateProfile(profile, command);
      }
      emit(command);
      if (!command.disabled) writeRules(profile, profile.name);
    }
  }

  void writeEnable() {
    const Json* enabled = member(*m_outline.properties, "enabled");
    if (enabled && enabled->is_boolean() && enabled->get<bool>()) {
      Command command;
      command.head = "az monitor autoscale update";
      command.lines.push_back(scope("--name"));
      command.lines.push_back({"--enabled", "true"});
      emit(command);
    } else if (!enabled) {
      note("$.properties.enabled is absent; the script leaves the setting disabled.");
    }
  }

  void checkProfileOrder() {
    std::vector<std::size_t> actual;
    for (std::size_t i = 0; i < m_outline.profiles.size(); ++i) actual.push_back(i);
    if (m_expectedOrder != actual) {
      note(
          "The CLI puts the profiles in the order default, then each schedule followed by its "
          "paired default profile; the setting's order differs.");
    }
  }

  const SettingOutline& m_outline;
  std::string m_name;
  std::string m_body;
  std::vector<std::string> m_notes;
  std::vector<std::size_t> m_expectedOrder;
};

}  // namespace

models::Result<ExportResult> exportAzCli(const nlohmann::ordered_json& resource) {
  auto outline = outlineSetting(resource);
  if (!outline) return outline.error();
  return AzCliExporter(*outline).run();
}

}  // namespace autoscale::backend
