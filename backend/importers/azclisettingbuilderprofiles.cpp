// AzCliSettingBuilder: the rule and profile commands.
#include <algorithm>

#include "backend/exporters/settingoutline.h"
#include "backend/importers/azclisettingbuilder.h"
#include "backend/importers/azclitimezones.h"
#include "backend/importers/azconditiongrammar.h"

namespace autoscale::backend {
namespace {

// Spring Apps targets read their metrics from the Spring service (the CLI's special case).
std::optional<std::string> springServiceId(const std::string& target) {
  std::string lower = target;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string marker = "/providers/microsoft.appplatform/spring/";
  const auto at = lower.find(marker);
  if (at == std::string::npos) return std::nullopt;
  const auto nameEnd = target.find('/', at + marker.size());
  return target.substr(0, nameEnd);
}

}  // namespace

void AzCliSettingBuilder::createRule(const AzAutoscaleCommand& command) {
  ImportedSetting* target = setting(command);
  if (!target) return;
  const std::string profileName = command.text("profile-name").value_or("default");
  Json* profile = profileNamed(*target, profileName, command, "profile-name");
  if (!profile) return;

  const AzOption* conditionOption = command.last("condition");
  const AzOption* scaleOption = command.last("scale");
  if (!conditionOption || !scaleOption) {
    error(m_commandWord, "import.ruleIncomplete",
          "`az monitor autoscale rule create` needs --condition and --scale",
          "e.g. --condition \"Percentage CPU > 70 avg 5m\" --scale out 1");
    return;
  }
  const auto condition = parseAzCondition(*command.text("condition"));
  if (!condition.ok()) {
    const ShellWord& where =
        conditionOption->values.empty() ? conditionOption->option : conditionOption->values.front();
    ShellWord position = where;
    // The offset counts characters of the condition text; inside one word it points at the
    // character (a quote opens the word, hence the +1).
    if (conditionOption->values.size() == 1)
      position.column += static_cast<int>(condition.offset) + 1;
    error(position, "import.condition", "--condition: " + condition.error, condition.hint);
    return;
  }
  const auto scale = parseAzScale(command.words("scale"));
  if (!scale.ok()) {
    error(at(command, "scale"), "import.scale", "--scale: " + scale.error, scale.hint);
    return;
  }
  const auto timeGrain = command.has("timegrain") ? parseAzTimeGrain(command.words("timegrain"))
                                                  : parseAzTimeGrain({"avg", "1m"});
  if (!timeGrain.ok()) {
    error(at(command, "timegrain"), "import.timegrain", "--timegrain: " + timeGrain.error,
          timeGrain.hint);
    return;
  }
  const long long cooldown = integer(command, "cooldown").value_or(5);
  const std::string settingTarget =
      memberString(target->resource["properties"], "targetResourceUri");
  std::optional<std::string> source;
  if (command.has("source")) {
    source = resourceId(command, "source");
    if (!source) return;
  }

  const Json& parsed = condition.value;
  std::string metricNamespace = memberString(parsed, "metricNamespace");
  std::string metricUri = source.value_or(settingTarget);
  if (const auto spring = springServiceId(settingTarget)) {
    if (metricNamespace.empty()) metricNamespace = "Microsoft.AppPlatform/Spring";
    if (!source) metricUri = *spring;
  }
  Json trigger = Json::object();
  trigger["metricName"] = parsed["metricName"];
  trigger["metricNamespace"] = metricNamespace;
  trigger["metricResourceUri"] = metricUri;
  trigger["timeGrain"] = timeGrain.value["timeGrain"];
  trigger["statistic"] = timeGrain.value["statistic"];
  trigger["timeWindow"] = parsed["timeWindow"];
  trigger["timeAggregation"] = parsed["timeAggregation"];
  trigger["operator"] = parsed["operator"];
  trigger["threshold"] = parsed["threshold"];
  if (parsed.contains("dimensions")) trigger["dimensions"] = parsed["dimensions"];
  Json action = scale.value;
  action["cooldown"] = "PT" + std::to_string(cooldown) + "M";
  (*profile)["rules"].push_back(
      Json{{"metricTrigger", std::move(trigger)}, {"scaleAction", std::move(action)}});
}

namespace {

// `--index 0 2` or `--index '*'`.
std::optional<std::vector<std::size_t>> indexes(const std::vector<std::string>& words,
                                                std::size_t count, bool& all) {
  all = std::find(words.begin(), words.end(), "*") != words.end();
  std::vector<std::size_t> out;
  if (all) return out;
  for (const auto& word : words) {
    if (word.empty() || word.find_first_not_of("0123456789") != std::string::npos ||
        word.size() > 6) {
      return std::nullopt;
    }
    const std::size_t index = std::stoul(word);
    if (index >= count) return std::nullopt;
    out.push_back(index);
  }
  return out;
}

}  // namespace

void AzCliSettingBuilder::deleteRules(const AzAutoscaleCommand& command) {
  ImportedSetting* target = setting(command);
  if (!target) return;
  Json* profile = profileNamed(*target, command.text("profile-name").value_or("default"), command,
                               "profile-name");
  if (!profile) return;
  Json& rules = (*profile)["rules"];
  bool all = false;
  const auto chosen = indexes(command.words("index"), rules.size(), all);
  if (!chosen || (!all && chosen->empty())) {
    error(at(command, "index"), "import.ruleIndex",
          "--index must list rule positions of the profile (0 to " +
              std::to_string(rules.size() ? rules.size() - 1 : 0) + ") or '*'");
    return;
  }
  Json kept = Json::array();
  for (std::size_t i = 0; i < rules.size() && !all; ++i) {
    if (std::find(chosen->begin(), chosen->end(), i) == chosen->end()) kept.push_back(rules[i]);
  }
  rules = std::move(kept);
}

void AzCliSettingBuilder::copyRules(const AzAutoscaleCommand& command) {
  ImportedSetting* target = setting(command);
  if (!target) return;
  const auto destination = command.text("dest-schedule");
  if (!destination) {
    error(m_commandWord, "import.ruleCopy", "`rule copy` needs --dest-schedule PROFILE");
    return;
  }
  Json* from = profileNamed(*target, command.text("source-schedule").value_or("default"), command,
                            "source-schedule");
  Json* to = profileNamed(*target, *destination, command, "dest-schedule");
  if (!from || !to) return;
  const Json rules = (*from)["rules"];
  bool all = false;
  const auto chosen = indexes(command.words("index"), rules.size(), all);
  if (!chosen || (!all && chosen->empty())) {
    error(at(command, "index"), "import.ruleIndex",
          "--index must list rule positions of the source profile or '*'");
    return;
  }
  if (all) {
    (*to)["rules"] = rules;
    return;
  }
  for (std::size_t index : *chosen) (*to)["rules"].push_back(rules[index]);
}

void AzCliSettingBuilder::createProfile(const AzAutoscaleCommand& command) {
  ImportedSetting* target = setting(command);
  if (!target) return;
  const auto name = command.text("name");
  const auto count = integer(command, "count");
  const auto zone = command.text("timezone");
  if (!name || !command.has("count") || !zone) {
    error(m_commandWord, "import.profileIncomplete",
          "`az monitor autoscale profile create` needs --name, --count and --timezone");
    return;
  }
  if (!count) return;
  std::string timeZone = *zone;
  if (const auto known = azCliTimeZone(*zone)) {
    timeZone = *known;
  } else {
    warning(at(command, "timezone"), "import.timeZone",
            "the CLI does not know the time zone \"" + *zone + "\" and would refuse the command",
            "see `az monitor autoscale profile list-timezones`");
  }
  auto limit = [&](const char* option) {
    const auto value = integer(command, option);
    return std::to_string(value && *value != 0 ? *value : *count);
  };
  Json capacity{{"minimum", limit("min-count")},
                {"maximum", limit("max-count")},
                {"default", std::to_string(*count)}};
  Json rules = Json::array();
  Json& profiles = target->resource["properties"]["profiles"];
  if (const auto copyFrom = command.text("copy-rules")) {
    const Json* source = profileNamed(*target, *copyFrom, command, "copy-rules");
    if (!source) return;
    rules = (*source)["rules"];
  }

  if (!command.has("recurrence")) {
    const auto start = command.text("start");
    const auto end = command.text("end");
    if (!start || !end) {
      error(m_commandWord, "import.fixedDate",
            "a profile without --recurrence is a fixed date and needs --start and --end",
            "e.g. --start 2024-12-24 --end 2024-12-26");
      return;
    }
    const auto startTime = parseAzDateTime(*start);
    const auto endTime = parseAzDateTime(*end);
    for (const auto* parsed : {&startTime, &endTime}) {
      if (!parsed->ok()) {
        error(at(command, parsed == &startTime ? "start" : "end"), "import.dateTime", parsed->error,
              parsed->hint);
        return;
      }
    }
    profiles.push_back(
        Json{{"name", *name},
             {"capacity", std::move(capacity)},
             {"rules", std::move(rules)},
             {"fixedDate",
              Json{{"timeZone", timeZone}, {"start", startTime.value}, {"end", endTime.value}}}});
    return;
  }

  const auto days = parseAzRecurrence(command.words("recurrence"));
  if (!days.ok()) {
    error(at(command, "recurrence"), "import.recurrence", "--recurrence: " + days.error, days.hint);
    return;
  }
  const auto start = parseAzClock(command.text("start").value_or("00:00"));
  const auto end = parseAzClock(command.text("end").value_or("23:59"));
  for (const auto* parsed : {&start, &end}) {
    if (!parsed->ok()) {
      error(at(command, parsed == &start ? "start" : "end"), "import.clock", parsed->error,
            parsed->hint);
      return;
    }
  }
  // The default profile whose copy ends the new one: the first profile without a schedule,
  // else the first paired copy (whose default name the CLI then calls `default`).
  std::string defaultName;
  Json defaultCapacity;
  Json defaultRules;
  for (const auto& profile : profiles) {
    if (!member(profile, "fixedDate") && !member(profile, "recurrence")) {
      defaultName = memberString(profile, "name");
      defaultCapacity = profile["capacity"];
      defaultRules = profile["rules"];
      break;
    }
  }
  if (defaultCapacity.is_null()) {
    for (const auto& profile : profiles) {
      if (member(profile, "recurrence") && parsePairedProfileName(memberString(profile, "name"))) {
        defaultName = "default";
        defaultCapacity = profile["capacity"];
        defaultRules = profile["rules"];
        break;
      }
    }
  }
  if (defaultCapacity.is_null()) {
    error(m_commandWord, "import.noDefaultProfile",
          "the setting " + target->name +
              " has no default profile to return to after the recurring profile");
    return;
  }
  auto recurrence = [&](const std::pair<int, int>& time) {
    return Json{{"frequency", "Week"},
                {"schedule", Json{{"timeZone", timeZone},
                                  {"days", days.value},
                                  {"hours", Json::array({time.first})},
                                  {"minutes", Json::array({time.second})}}}};
  };
  profiles.push_back(Json{{"name", *name},
                          {"capacity", std::move(capacity)},
                          {"rules", std::move(rules)},
                          {"recurrence", recurrence(start.value)}});
  profiles.push_back(Json{{"name", pairedProfileNameText(defaultName, *name)},
                          {"capacity", std::move(defaultCapacity)},
                          {"rules", std::move(defaultRules)},
                          {"recurrence", recurrence(end.value)}});
}

void AzCliSettingBuilder::deleteProfile(const AzAutoscaleCommand& command) {
  ImportedSetting* target = setting(command);
  if (!target) return;
  const auto name = command.text("name");
  if (!name) {
    error(m_commandWord, "import.profileName", "`profile delete` needs --name PROFILE");
    return;
  }
  Json& profiles = target->resource["properties"]["profiles"];
  const Json* previousDefault = nullptr;
  for (const auto& profile : profiles) {
    if (isCliDefaultProfile(profile)) {
      previousDefault = &profile;
      break;
    }
  }
  const Json savedDefault = previousDefault ? *previousDefault : Json();
  Json kept = Json::array();
  for (const auto& profile : profiles) {
    std::string owner = memberString(profile, "name");
    if (const auto paired = parsePairedProfileName(owner)) owner = paired->forProfile;
    if (!equalsIgnoringCase(owner, *name)) kept.push_back(profile);
  }
  // Removing the last copy of the default profile would leave none: the CLI puts it back.
  const bool hasDefault = std::any_of(
      kept.begin(), kept.end(), [](const Json& profile) { return isCliDefaultProfile(profile); });
  if (!hasDefault && !savedDefault.is_null()) kept.push_back(savedDefault);
  profiles = std::move(kept);
}

}  // namespace autoscale::backend
