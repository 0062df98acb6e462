#include "backend/importers/azclisettingbuilder.h"

#include "backend/exporters/settingoutline.h"
#include "backend/importers/azconditiongrammar.h"

namespace autoscale::backend {

bool isCliDefaultProfile(const Json& profile) {
  if (member(profile, "fixedDate")) return false;
  return !member(profile, "recurrence") ||
         parsePairedProfileName(memberString(profile, "name")).has_value() ||
         Json::accept(memberString(profile, "name"));
}

void AzCliSettingBuilder::apply(const AzAutoscaleCommand& command) {
  m_commandWord = ShellWord{"az", command.line, 1, true};
  switch (command.verb) {
    case AzAutoscaleVerb::Create:
      return create(command);
    case AzAutoscaleVerb::Update:
      return update(command);
    case AzAutoscaleVerb::Delete:
      return remove(command);
    case AzAutoscaleVerb::RuleCreate:
      return createRule(command);
    case AzAutoscaleVerb::RuleDelete:
      return deleteRules(command);
    case AzAutoscaleVerb::RuleCopy:
      return copyRules(command);
    case AzAutoscaleVerb::ProfileCreate:
      return createProfile(command);
    case AzAutoscaleVerb::ProfileDelete:
      return deleteProfile(command);
    case AzAutoscaleVerb::ReadOnly:
      return;
  }
}

void AzCliSettingBuilder::report(models::Severity severity, const ShellWord& where,
                                 std::string code, std::string message, std::string hint) {
  m_diagnostics.push_back(models::Diagnostic{severity,
                                             std::move(code),
                                             {},
                                             std::move(message),
                                             std::move(hint),
                                             {where.line, where.column}});
}

const ShellWord& AzCliSettingBuilder::at(const AzAutoscaleCommand& command,
                                         const std::string& option) const {
  const AzOption* found = command.last(option);
  if (!found) return m_commandWord;
  return found->values.empty() ? found->option : found->values.front();
}

std::optional<long long> AzCliSettingBuilder::integer(const AzAutoscaleCommand& command,
                                                      const std::string& option) {
  const auto text = command.text(option);
  if (!text) return std::nullopt;
  if (text->empty() || text->size() > 9 ||
      text->find_first_not_of("0123456789") != std::string::npos) {
    error(at(command, option), "import.notANumber",
          "--" + option + " takes a whole number, not \"" + *text + "\"");
    return std::nullopt;
  }
  return std::stoll(*text);
}

std::optional<bool> AzCliSettingBuilder::flag(const AzAutoscaleCommand& command,
                                              const std::string& option) {
  const AzOption* found = command.last(option);
  if (!found) return std::nullopt;
  if (found->values.empty()) return true;  // a bare flag means true
  const auto parsed = parseAzBool(found->values.front().text);
  if (!parsed.ok()) {
    error(found->values.front(), "import.notABoolean", "--" + option + ": " + parsed.error,
          parsed.hint);
    return std::nullopt;
  }
  return parsed.value;
}

std::optional<std::string> AzCliSettingBuilder::resourceId(const AzAutoscaleCommand& command,
                                                           const std::string& option) {
  const auto value = command.text(option);
  if (!value) return std::nullopt;
  if (!value->empty() && value->front() == '/') return *value;
  if (!value->empty() && value->front() == '$') return *value;  // a placeholder stays as it is
  // A name: the id is built from --resource-group, --resource-namespace, --resource-type and
  // --resource-parent, as the CLI does.
  const auto group = command.text("resource-group");
  auto type = command.text("resource-type");
  auto space = command.text("resource-namespace");
  if (type && !space && type->find('/') != std::string::npos) {
    space = type->substr(0, type->find('/'));
    type = type->substr(type->find('/') + 1);
  }
  if (!group || !type || !space) {
    error(at(command, option), "import.resourceName",
          "\"" + *value + "\" is a resource name; the import needs its resource id",
          "give the full id (/subscriptions/…), or --resource-group, --resource-namespace and "
          "--resource-type with the name");
    return std::nullopt;
  }
  std::string subscription = command.text("subscription").value_or("");
  if (subscription.empty()) {
    warning(at(command, option), "import.subscription",
            "the resource id needs a subscription; it is kept as the placeholder "
            "${SUBSCRIPTION_ID}",
            "give --subscription in the command");
    subscription = "${SUBSCRIPTION_ID}";
  }
  const auto parent = command.text("resource-parent");
  return "/subscriptions/" + subscription + "/resourceGroups/" + *group + "/providers/" + *space +
         "/" + (parent ? *parent + "/" : "") + *type + "/" + *value;
}

ImportedSetting* AzCliSettingBuilder::setting(const AzAutoscaleCommand& command) {
  const auto name = command.text("autoscale-name");
  if (!name) {
    error(m_commandWord, "import.noSettingName",
          "`az monitor autoscale " + command.name + "` names no autoscale setting",
          "give --autoscale-name NAME");
    return nullptr;
  }
  for (auto it = m_settings.rbegin(); it != m_settings.rend(); ++it) {
    if (equalsIgnoringCase(it->name, *name)) return &*it;
  }
  error(at(command, "autoscale-name"), "import.unknownSetting",
        "the script has not created the autoscale setting " + *name + " before this command",
        "an import starts from `az monitor autoscale create --name " + *name + "`");
  return nullptr;
}

Json* AzCliSettingBuilder::profileNamed(ImportedSetting& target, const std::string& name,
                                        const AzAutoscaleCommand& command, const char* option) {
  Json& profiles = target.resource["properties"]["profiles"];
  for (auto& profile : profiles) {
    if (memberString(profile, "name") == name) return &profile;
  }
  error(at(command, option), "import.unknownProfile",
        "the setting " + target.name + " has no profile named " + name,
        "check the profile name; the CLI names the default profile `default`");
  return nullptr;
}

Json AzCliSettingBuilder::notificationWebhook(const AzAutoscaleCommand& /*command*/,
                                              const AzOption& action) {
  Json webhook = Json::object();
  webhook["serviceUri"] = action.values.size() > 1 ? action.values[1].text : "";
  Json properties = Json::object();
  for (std::size_t i = 2; i < action.values.size(); ++i) {
    const std::string& pair = action.values[i].text;
    const auto equals = pair.find('=');
    if (equals == std::string::npos) {
      error(action.values[i], "import.webhookProperty",
            "webhook property \"" + pair + "\" is not KEY=VALUE",
            "write --action webhook URI [KEY=VALUE …]");
      continue;
    }
    properties[pair.substr(0, equals)] = pair.substr(equals + 1);
  }
  webhook["properties"] = std::move(properties);
  return webhook;
}

namespace {

Json tagsFrom(const std::vector<std::string>& words) {
  Json tags = Json::object();
  for (const auto& word : words) {
    if (word.empty()) continue;  // `--tags ""` clears the tags
    const auto equals = word.find('=');
    tags[word.substr(0, equals)] = equals == std::string::npos ? "" : word.substr(equals + 1);
  }
  return tags;
}

}  // namespace

void AzCliSettingBuilder::create(const AzAutoscaleCommand& command) {
  const auto target = resourceId(command, "resource");
  if (!command.has("resource")) {
    error(m_commandWord, "import.noResource",
          "`az monitor autoscale create` needs the resource to scale",
          "give --resource RESOURCE_ID");
  }
  const auto count = integer(command, "count");
  if (!command.has("count")) {
    error(m_commandWord, "import.noCount", "`az monitor autoscale create` needs --count",
          "give --count N (the default instance count)");
  }
  if (!target || !count) return;

  std::string name = command.text("autoscale-name").value_or("");
  if (name.empty()) name = target->substr(target->find_last_of('/') + 1);
  // The CLI reads a limit of 0 as not given (`min_count or count`).
  auto limit = [&](const char* option) {
    const auto value = integer(command, option);
    if (value && *value == 0 && *count != 0) {
      warning(at(command, option), "import.zeroLimit",
              std::string("the CLI reads --") + option + " 0 as not given and uses --count");
    }
    return value && *value != 0 ? *value : *count;
  };
  Json profile = Json::object();
  profile["name"] = "default";
  profile["capacity"] = Json{{"minimum", std::to_string(limit("min-count"))},
                             {"maximum", std::to_string(limit("max-count"))},
                             {"default", std::to_string(*count)}};
  profile["rules"] = Json::array();

  Json email = Json::object();
  email["customEmails"] = Json::array();
  email["sendToSubscriptionAdministrator"] = flag(command, "email-administrator").value_or(false);
  email["sendToSubscriptionCoAdministrators"] =
      flag(command, "email-coadministrators").value_or(false);
  Json webhooks = Json::array();
  if (const auto it = command.options.find("action"); it != command.options.end()) {
    for (const AzOption& action : it->second) {
      const std::string type = action.values.empty() ? "" : action.values.front().text;
      if (equalsIgnoringCase(type, "email")) {
        for (std::size_t i = 1; i < action.values.size(); ++i) {
          email["customEmails"].push_back(action.values[i].text);
        }
      } else if (equalsIgnoringCase(type, "webhook")) {
        webhooks.push_back(notificationWebhook(command, action));
      } else {
        error(action.option, "import.actionType",
              "--action takes email or webhook, not \"" + type + "\"",
              "write --action email ADDRESS … or --action webhook URI [KEY=VALUE …]");
      }
    }
  }
  Json notification = Json::object();
  notification["operation"] = "scale";
  notification["email"] = std::move(email);
  notification["webhooks"] = std::move(webhooks);

  Json properties = Json::object();
  properties["profiles"] = Json::array({std::move(profile)});
  properties["notifications"] = Json::array({std::move(notification)});
  properties["enabled"] = !flag(command, "disabled").value_or(false);
  properties["name"] = name;
  properties["targetResourceUri"] = *target;
  if (const auto mode = command.text("scale-mode")) {
    Json policy{{"scaleMode", *mode}};
    if (const auto lookAhead = command.text("scale-look-ahead-time"))
      policy["scaleLookAheadTime"] = *lookAhead;
    properties["predictiveAutoscalePolicy"] = std::move(policy);
  } else if (command.has("scale-look-ahead-time")) {
    error(at(command, "scale-look-ahead-time"), "import.lookAheadWithoutMode",
          "--scale-look-ahead-time needs --scale-mode", "add --scale-mode Enabled or ForecastOnly");
  }

  ImportedSetting created;
  created.name = name;
  created.line = command.line;
  created.resource = Json::object();
  created.resource["name"] = name;
  created.resource["type"] = "Microsoft.Insights/autoscaleSettings";
  if (const auto location = command.text("location")) {
    created.resource["location"] = *location;
  } else {
    warning(m_commandWord, "import.noLocation",
            "the command gives no --location: Azure uses the resource group's region, which the "
            "import cannot know, so the setting has no location",
            "add --location REGION to the command, or set the location in the studio");
  }
  if (command.has("tags")) created.resource["tags"] = tagsFrom(command.words("tags"));
  created.resource["properties"] = std::move(properties);

  for (auto& existing : m_settings) {
    if (equalsIgnoringCase(existing.name, name) && !existing.deleted) {
      warning(m_commandWord, "import.replaced",
              "the setting " + name + " is created again; the new one replaces the one from line " +
                  std::to_string(existing.line));
      existing = std::move(created);
      return;
    }
  }
  m_settings.push_back(std::move(created));
}

void AzCliSettingBuilder::update(const AzAutoscaleCommand& command) {
  ImportedSetting* target = setting(command);
  if (!target) return;
  Json& properties = target->resource["properties"];
  Json& profiles = properties["profiles"];

  const auto count = integer(command, "count");
  auto minimum = integer(command, "min-count");
  auto maximum = integer(command, "max-count");
  if (count || minimum || maximum) {
    const Json* defaultProfile = nullptr;
    for (const auto& profile : profiles) {
      if (isCliDefaultProfile(profile)) {
        defaultProfile = &profile;
        break;
      }
    }
    if (!defaultProfile) {
      error(m_commandWord, "import.noDefaultProfile",
            "the setting " + target->name + " has no default profile whose limits could change");
      return;
    }
    const Json& capacity = (*defaultProfile)["capacity"];
    const std::string current = memberString(capacity, "default");
    const bool pinned = current == memberString(capacity, "minimum") &&
                        current == memberString(capacity, "maximum");
    // A pinned default profile moves as a whole when only --count is given.
    if (count && pinned && !minimum && !maximum) minimum = maximum = count;
    const std::string newDefault = count ? std::to_string(*count) : current;
    const std::string newMinimum =
        minimum ? std::to_string(*minimum) : memberString(capacity, "minimum");
    const std::string newMaximum =
        maximum ? std::to_string(*maximum) : memberString(capacity, "maximum");
    for (auto& profile : profiles) {
      if (!isCliDefaultProfile(profile)) continue;
      profile["capacity"]["default"] = newDefault;
      profile["capacity"]["minimum"] = newMinimum;
      profile["capacity"]["maximum"] = newMaximum;
    }
  }
  if (const auto enabled = flag(command, "enabled")) properties["enabled"] = *enabled;
  if (command.has("tags")) target->resource["tags"] = tagsFrom(command.words("tags"));

  const bool notifies = command.has("add-action") || command.has("remove-action") ||
                        command.has("email-administrator") || command.has("email-coadministrators");
  if (notifies) {
    // The CLI edits the one `scale` notification and moves it to the end.
    Json kept = Json::array();
    Json scale;
    for (auto& notification : properties["notifications"]) {
      if (scale.is_null() && equalsIgnoringCase(memberString(notification, "operation"), "scale")) {
        scale = notification;
      } else {
        kept.push_back(notification);
      }
    }
    if (scale.is_null()) {
      scale = Json{{"operation", "scale"},
                   {"email", Json{{"customEmails", Json::array()}}},
                   {"webhooks", Json::array()}};
    }
    if (const auto it = command.options.find("remove-action"); it != command.options.end()) {
      for (const AzOption& action : it->second) {
        for (std::size_t i = 1; i < action.values.size(); ++i) {
          const std::string& key = action.values[i].text;
          const bool isWebhook = key.rfind("http://", 0) == 0 || key.rfind("https://", 0) == 0;
          Json& list = isWebhook ? scale["webhooks"] : scale["email"]["customEmails"];
          Json remaining = Json::array();
          for (const auto& entry : list) {
            const std::string value =
                isWebhook ? memberString(entry, "serviceUri") : scalarText(entry);
            if (value != key) remaining.push_back(entry);
          }
          list = std::move(remaining);
        }
      }
    }
    if (const auto it = command.options.find("add-action"); it != command.options.end()) {
      for (const AzOption& action : it->second) {
        const std::string type = action.values.empty() ? "" : action.values.front().text;
        if (equalsIgnoringCase(type, "email")) {
          for (std::size_t i = 1; i < action.values.size(); ++i) {
            scale["email"]["customEmails"].push_back(action.values[i].text);
          }
        } else if (equalsIgnoringCase(type, "webhook")) {
          scale["webhooks"].push_back(notificationWebhook(command, action));
        } else {
          error(action.option, "import.actionType",
                "--add-action takes email or webhook, not \"" + type + "\"");
        }
      }
    }
    if (const auto admin = flag(command, "email-administrator")) {
      scale["email"]["sendToSubscriptionAdministrator"] = *admin;
    }
    if (const auto coAdmins = flag(command, "email-coadministrators")) {
      scale["email"]["sendToSubscriptionCoAdministrators"] = *coAdmins;
    }
    kept.push_back(std::move(scale));
    properties["notifications"] = std::move(kept);
  }
  if (const auto mode = command.text("scale-mode")) {
    properties["predictiveAutoscalePolicy"]["scaleMode"] = *mode;
  }
  if (const auto lookAhead = command.text("scale-look-ahead-time")) {
    if (!properties.contains("predictiveAutoscalePolicy")) {
      error(at(command, "scale-look-ahead-time"), "import.lookAheadWithoutMode",
            "--scale-look-ahead-time needs --scale-mode",
            "add --scale-mode Enabled or ForecastOnly");
    } else {
      properties["predictiveAutoscalePolicy"]["scaleLookAheadTime"] = *lookAhead;
    }
  }
}

void AzCliSettingBuilder::remove(const AzAutoscaleCommand& command) {
  ImportedSetting* target = setting(command);
  if (!target) return;
  target->deleted = true;
  warning(m_commandWord, "import.deleted",
          "the script deletes the setting " + target->name +
              " here; the import keeps it as it was before the delete",
          "remove the delete command from the script if the setting should stay");
}

}  // namespace autoscale::backend
