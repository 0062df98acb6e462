#include "ui/document/settingedits.h"

#include <QCoreApplication>
#include <algorithm>

#include "ui/document/editordocument.h"

namespace autoscale::ui {
namespace {

using models::JsonPath;
using models::SettingDocument;
using models::Status;
using Json = nlohmann::ordered_json;

QString tr(const char* text) {
  return QCoreApplication::translate("SettingEditor", text);
}

std::string isoMinutes(int minutes) {
  return "PT" + std::to_string(minutes) + "M";
}

std::string pairedName(const std::string& defaultName, const std::string& forProfile) {
  Json name;
  name["name"] = defaultName;
  name["for"] = forProfile;
  return name.dump();
}

Json jsonStrings(const QStringList& list) {
  Json array = Json::array();
  for (const QString& item : list) array.push_back(item.toStdString());
  return array;
}

// Sets `value` at `path` unless it is already there, so untouched bytes stay untouched.
Status setIfDifferent(SettingDocument& doc, const JsonPath& path, const Json& value) {
  const Json* current = doc.find(path);
  if (current && *current == value && current->type() == value.type()) return Status::success();
  return doc.setValue(path, value);
}

Status removeIfPresent(SettingDocument& doc, const JsonPath& path) {
  if (!doc.find(path)) return Status::success();
  return doc.removeValue(path);
}

Json weeklyRecurrence(const WeeklySchedule& schedule, const TimeOfDay& at) {
  Json recurrence;
  recurrence["frequency"] = "Week";
  Json inner;
  inner["timeZone"] = schedule.timeZone.toStdString();
  inner["days"] = jsonStrings(schedule.days);
  inner["hours"] = Json::array({at.hour});
  inner["minutes"] = Json::array({at.minute});
  recurrence["schedule"] = inner;
  return recurrence;
}

Status writeWeekly(SettingDocument& doc, const JsonPath& profile, const WeeklySchedule& schedule,
                   const TimeOfDay& at) {
  const JsonPath recurrence = profile.child("recurrence");
  if (!doc.find(recurrence)) return doc.setValue(recurrence, weeklyRecurrence(schedule, at));
  const JsonPath inner = recurrence.child("schedule");
  if (!doc.find(inner)) return doc.setValue(inner, weeklyRecurrence(schedule, at)["schedule"]);
  for (auto status : {setIfDifferent(doc, recurrence.child("frequency"), "Week"),
                      setIfDifferent(doc, inner.child("timeZone"), schedule.timeZone.toStdString()),
                      setIfDifferent(doc, inner.child("days"), jsonStrings(schedule.days)),
                      setIfDifferent(doc, inner.child("hours"), Json::array({at.hour})),
                      setIfDifferent(doc, inner.child("minutes"), Json::array({at.minute}))}) {
    if (!status) return status;
  }
  return Status::success();
}

std::optional<std::size_t> primaryDefaultIndex(const models::AutoscaleSetting& setting) {
  for (const auto& card : conditionCards(setting)) {
    if (card.isPrimaryDefault) return card.profileIndex;
  }
  return std::nullopt;
}

}  // namespace

JsonPath SettingEditor::properties() const {
  return m_document.propertiesPath();
}

JsonPath SettingEditor::profile(std::size_t index) const {
  return properties().child("profiles").index(index);
}

std::vector<std::size_t> SettingEditor::targetsOf(const ConditionCard& card) const {
  std::vector<std::size_t> targets{card.profileIndex};
  if (!card.isPrimaryDefault || !m_document.document()) return targets;
  const SettingDocument& doc = *m_document.document();
  const Json* capacity = doc.find(profile(card.profileIndex).child("capacity"));
  const Json* rules = doc.find(profile(card.profileIndex).child("rules"));
  const auto& profiles = m_document.setting().profiles;
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    if (!profiles[i].paired || !profiles[i].recurrence) continue;
    const Json* copyCapacity = doc.find(profile(i).child("capacity"));
    const Json* copyRules = doc.find(profile(i).child("rules"));
    const bool sameCapacity = capacity && copyCapacity && *capacity == *copyCapacity;
    const bool sameRules = (!rules && !copyRules) || (rules && copyRules && *rules == *copyRules);
    if (sameCapacity && sameRules) targets.push_back(i);
  }
  return targets;
}

Status SettingEditor::setEnabled(bool enabled) {
  return m_document.setValue(properties().child("enabled"), enabled,
                             enabled ? tr("Choose custom autoscale") : tr("Choose manual scale"),
                             false);
}

Status SettingEditor::setSettingName(const QString& name) {
  const std::string value = name.trimmed().toStdString();
  if (value.empty()) {
    return Status::failure("edit.name", tr("The setting name cannot be empty.").toStdString());
  }
  const JsonPath resource = m_document.resourcePath();
  const JsonPath props = properties();
  return m_document.edit(tr("Rename setting"), [&](SettingDocument& doc) {
    if (auto status = setIfDifferent(doc, props.child("name"), value); !status) return status;
    // The resource name normally equals the setting name; an ARM expression stays as it is.
    if (!(resource == props)) {
      const Json* outer = doc.find(resource.child("name"));
      if (outer && outer->is_string() && !outer->get<std::string>().starts_with('[')) {
        return setIfDifferent(doc, resource.child("name"), value);
      }
    }
    return Status::success();
  });
}

Status SettingEditor::setPredictiveMode(models::PredictiveScaleMode mode) {
  const JsonPath policy = properties().child("predictiveAutoscalePolicy");
  return m_document.edit(tr("Change predictive autoscale"), [&](SettingDocument& doc) {
    if (!doc.find(policy) || !doc.find(policy)->is_object()) {
      Json value;
      value["scaleMode"] = models::toString(mode);
      return doc.setValue(policy, value);
    }
    return doc.setValue(policy.child("scaleMode"), models::toString(mode));
  });
}

Status SettingEditor::setLookAheadMinutes(int minutes) {
  const JsonPath policy = properties().child("predictiveAutoscalePolicy");
  const JsonPath lookAhead = policy.child("scaleLookAheadTime");
  return m_document.editField(lookAhead, isoMinutes(minutes), tr("Change pre-launch time"),
                              [&](SettingDocument& doc) {
                                if (!doc.find(policy) || !doc.find(policy)->is_object()) {
                                  Json value;
                                  value["scaleMode"] = "Disabled";
                                  value["scaleLookAheadTime"] = isoMinutes(minutes);
                                  return doc.setValue(policy, value);
                                }
                                return doc.setValue(lookAhead, isoMinutes(minutes));
                              });
}

Status SettingEditor::addCondition() {
  const auto& setting = m_document.setting();
  if (setting.profiles.size() >= kMaxProfiles) {
    return Status::failure("edit.tooManyProfiles",
                           tr("A setting holds at most 20 scale conditions (profiles counted, "
                              "including auto-created copies of the default).")
                               .toStdString());
  }
  std::string name;
  for (int n = 1; n <= 100; ++n) {
    name = tr("Scale condition %1").arg(n).toStdString();
    const bool taken = std::any_of(setting.profiles.begin(), setting.profiles.end(),
                                   [&](const auto& p) { return p.name == name; });
    if (!taken) break;
  }
  Json capacity;
  capacity["minimum"] = "1";
  capacity["maximum"] = "1";
  capacity["default"] = "1";
  if (const auto defaultIndex = primaryDefaultIndex(setting); defaultIndex) {
    if (const Json* original =
            m_document.document()->find(profile(*defaultIndex).child("capacity"));
        original && original->is_object()) {
      capacity = *original;
    }
  }
  WeeklySchedule schedule;
  schedule.timeZone = QStringLiteral("UTC");
  schedule.days = {QStringLiteral("Saturday"), QStringLiteral("Sunday")};
  Json value;
  value["name"] = name;
  value["capacity"] = capacity;
  value["rules"] = Json::array();
  value["recurrence"] = weeklyRecurrence(schedule, {});
  const JsonPath profiles = properties().child("profiles");
  const std::size_t count = setting.profiles.size();
  return m_document.edit(tr("Add a scale condition"), [&](SettingDocument& doc) {
    if (!doc.find(profiles)) return doc.setValue(profiles, Json::array({value}));
    return doc.insertValue(profiles.index(count), value);
  });
}

Status SettingEditor::removeCondition(const ConditionCard& card) {
  if (card.isPrimaryDefault) {
    return Status::failure("edit.defaultCondition",
                           tr("The default scale condition cannot be deleted.").toStdString());
  }
  std::vector<std::size_t> indexes{card.profileIndex};
  if (card.pairedIndex) indexes.push_back(*card.pairedIndex);
  std::sort(indexes.rbegin(), indexes.rend());
  return m_document.edit(tr("Delete scale condition"), [&](SettingDocument& doc) {
    for (std::size_t index : indexes) {
      if (auto status = doc.removeValue(profile(index)); !status) return status;
    }
    return Status::success();
  });
}

Status SettingEditor::renameCondition(const ConditionCard& card, const QString& newName) {
  const std::string name = newName.trimmed().toStdString();
  if (name.empty()) {
    return Status::failure("edit.name", tr("A scale condition needs a name.").toStdString());
  }
  const auto& profiles = m_document.setting().profiles;
  const std::string oldName = profiles.at(card.profileIndex).name;
  return m_document.edit(tr("Rename scale condition"), [&](SettingDocument& doc) {
    if (auto status = doc.setValue(profile(card.profileIndex).child("name"), name); !status) {
      return status;
    }
    // Keep the auto-created copies pointing at their condition.
    for (std::size_t i = 0; i < profiles.size(); ++i) {
      const auto& paired = profiles[i].paired;
      if (!paired) continue;
      std::string updated;
      if (card.isPrimaryDefault && paired->name == oldName) {
        updated = pairedName(name, paired->forProfile);
      } else if (!card.isPrimaryDefault && i == card.pairedIndex) {
        updated = pairedName(paired->name, name);
      } else {
        continue;
      }
      if (auto status = doc.setValue(profile(i).child("name"), updated); !status) return status;
    }
    return Status::success();
  });
}

Status SettingEditor::moveCondition(const ConditionCard& card, int delta) {
  const auto cards = conditionCards(m_document.setting());
  std::vector<ConditionCard> movable;
  std::copy_if(cards.begin(), cards.end(), std::back_inserter(movable),
               [](const ConditionCard& c) { return !c.isPrimaryDefault; });
  const auto it = std::find_if(movable.begin(), movable.end(), [&](const ConditionCard& c) {
    return c.profileIndex == card.profileIndex;
  });
  if (it == movable.end()) return Status::failure("edit.move", "This condition cannot move.");
  const auto position = std::distance(movable.begin(), it) + delta;
  if (position < 0 || position >= static_cast<long>(movable.size())) return Status::success();
  const std::size_t target = movable[static_cast<std::size_t>(position)].profileIndex;
  return m_document.moveArrayElement(
      profile(card.profileIndex), target,
      delta < 0 ? tr("Move scale condition up") : tr("Move scale condition down"));
}

Status SettingEditor::setCapacity(const ConditionCard& card, CapacityField field, long long value) {
  const char* key = field == CapacityField::Minimum   ? "minimum"
                    : field == CapacityField::Maximum ? "maximum"
                                                      : "default";
  const auto targets = targetsOf(card);
  const std::string text = std::to_string(value);
  const JsonPath primary = profile(card.profileIndex).child("capacity").child(key);
  return m_document.editField(
      primary, text, tr("Change instance limit"), [&](SettingDocument& doc) {
        for (std::size_t t : targets) {
          auto status = doc.setValue(profile(t).child("capacity").child(key), text);
          if (!status) return status;
        }
        return Status::success();
      });
}

Status SettingEditor::setInstanceCount(const ConditionCard& card, long long count) {
  const auto targets = targetsOf(card);
  const std::string text = std::to_string(count);
  const JsonPath primary = profile(card.profileIndex).child("capacity");
  return m_document.editField(
      primary, text, tr("Scale to a specific instance count"), [&](SettingDocument& doc) {
        for (std::size_t t : targets) {
          const JsonPath capacity = profile(t).child("capacity");
          for (const char* key : {"minimum", "maximum", "default"}) {
            if (auto status = setIfDifferent(doc, capacity.child(key), text); !status) {
              return status;
            }
          }
          if (auto status = setIfDifferent(doc, profile(t).child("rules"), Json::array());
              !status) {
            return status;
          }
        }
        return Status::success();
      });
}

Status SettingEditor::addRule(const ConditionCard& card, const Json& rule) {
  const auto& profiles = m_document.setting().profiles;
  if (profiles.at(card.profileIndex).rules.size() >= kMaxRules) {
    return Status::failure("edit.tooManyRules",
                           tr("A scale condition holds at most 10 rules.").toStdString());
  }
  const auto targets = targetsOf(card);
  return m_document.edit(tr("Add a rule"), [&](SettingDocument& doc) {
    for (std::size_t t : targets) {
      const JsonPath rules = profile(t).child("rules");
      const Json* existing = doc.find(rules);
      auto status = existing && existing->is_array()
                        ? doc.insertValue(rules.index(existing->size()), rule)
                        : doc.setValue(rules, Json::array({rule}));
      if (!status) return status;
    }
    return Status::success();
  });
}

Status SettingEditor::replaceRule(const ConditionCard& card, std::size_t index, const Json& rule) {
  const auto targets = targetsOf(card);
  return m_document.edit(tr("Edit rule"), [&](SettingDocument& doc) {
    for (std::size_t t : targets) {
      if (auto status = setIfDifferent(doc, profile(t).child("rules").index(index), rule);
          !status) {
        return status;
      }
    }
    return Status::success();
  });
}

Status SettingEditor::removeRule(const ConditionCard& card, std::size_t index) {
  const auto targets = targetsOf(card);
  return m_document.edit(tr("Delete rule"), [&](SettingDocument& doc) {
    for (std::size_t t : targets) {
      if (auto status = doc.removeValue(profile(t).child("rules").index(index)); !status) {
        return status;
      }
    }
    return Status::success();
  });
}

Status SettingEditor::moveRule(const ConditionCard& card, std::size_t index, std::size_t newIndex) {
  const auto targets = targetsOf(card);
  return m_document.edit(tr("Move rule"), [&](SettingDocument& doc) {
    for (std::size_t t : targets) {
      auto status = doc.moveArrayElement(profile(t).child("rules").index(index), newIndex);
      if (!status) return status;
    }
    return Status::success();
  });
}

Status SettingEditor::setFixedDate(const ConditionCard& card, const FixedDateSchedule& schedule) {
  if (card.kind == ConditionCard::Kind::Default && card.isPrimaryDefault) {
    return Status::failure("edit.defaultSchedule",
                           tr("The default scale condition has no schedule.").toStdString());
  }
  const JsonPath target = profile(card.profileIndex);
  const auto paired = card.pairedIndex;
  return m_document.editField(
      target.child("fixedDate"), schedule.start.toStdString(), tr("Change schedule"),
      [&](SettingDocument& doc) {
        if (auto status = removeIfPresent(doc, target.child("recurrence")); !status) return status;
        const JsonPath fixed = target.child("fixedDate");
        if (!doc.find(fixed)) {
          Json value;
          value["timeZone"] = schedule.timeZone.toStdString();
          value["start"] = schedule.start.toStdString();
          value["end"] = schedule.end.toStdString();
          if (auto status = doc.setValue(fixed, value); !status) return status;
        } else {
          for (auto status :
               {setIfDifferent(doc, fixed.child("timeZone"), schedule.timeZone.toStdString()),
                setIfDifferent(doc, fixed.child("start"), schedule.start.toStdString()),
                setIfDifferent(doc, fixed.child("end"), schedule.end.toStdString())}) {
            if (!status) return status;
          }
        }
        // A fixed-date condition ends by itself: its end-time copy has no purpose any more.
        if (paired) return doc.removeValue(profile(*paired));
        return Status::success();
      });
}

Status SettingEditor::setWeekly(const ConditionCard& card, const WeeklySchedule& schedule) {
  if (card.isPrimaryDefault) {
    return Status::failure("edit.defaultSchedule",
                           tr("The default scale condition has no schedule.").toStdString());
  }
  const auto& setting = m_document.setting();
  const JsonPath target = profile(card.profileIndex);
  const auto paired = card.pairedIndex;
  const auto defaultIndex = primaryDefaultIndex(setting);
  const std::string ownName = setting.profiles.at(card.profileIndex).name;
  return m_document.editField(
      target.child("recurrence"), schedule.days.join(u',').toStdString(), tr("Change schedule"),
      [&](SettingDocument& doc) {
        if (auto status = removeIfPresent(doc, target.child("fixedDate")); !status) return status;
        if (auto status = writeWeekly(doc, target, schedule, schedule.start); !status) {
          return status;
        }
        if (!schedule.end) {
          if (paired) return doc.removeValue(profile(*paired));
          return Status::success();
        }
        if (paired) return writeWeekly(doc, profile(*paired), schedule, *schedule.end);
        // The portal's way of ending a weekly condition: a copy of the default condition that
        // starts at the end time.
        Json copy;
        std::string defaultName = kAutoCreatedDefaultName;
        copy["name"] = "";
        if (defaultIndex) {
          defaultName = setting.profiles[*defaultIndex].name;
          const JsonPath original = profile(*defaultIndex);
          if (const Json* capacity = doc.find(original.child("capacity"))) {
            copy["capacity"] = *capacity;
          }
          if (const Json* rules = doc.find(original.child("rules"))) copy["rules"] = *rules;
        }
        if (!copy.contains("capacity")) {
          copy["capacity"] = Json{{"minimum", "1"}, {"maximum", "1"}, {"default", "1"}};
        }
        if (!copy.contains("rules")) copy["rules"] = Json::array();
        copy["name"] = pairedName(defaultName, ownName);
        copy["recurrence"] = weeklyRecurrence(schedule, *schedule.end);
        return doc.insertValue(properties().child("profiles").index(card.profileIndex + 1), copy);
      });
}

Status SettingEditor::setCustomEmails(const QStringList& emails) {
  const JsonPath notifications = properties().child("notifications");
  const Json value = jsonStrings(emails);
  const JsonPath primary = notifications.index(0).child("email").child("customEmails");
  return m_document.editField(
      primary, value, tr("Change notification e-mails"), [&](SettingDocument& doc) {
        const Json* list = doc.find(notifications);
        if (!list || !list->is_array() || list->empty()) {
          Json first;
          first["operation"] = "Scale";
          first["email"] = Json{{"sendToSubscriptionAdministrator", false},
                                {"sendToSubscriptionCoAdministrators", false},
                                {"customEmails", value}};
          first["webhooks"] = Json::array();
          return doc.setValue(notifications, Json::array({first}));
        }
        const JsonPath email = notifications.index(0).child("email");
        if (!doc.find(email) || !doc.find(email)->is_object()) {
          return doc.setValue(email, Json{{"customEmails", value}});
        }
        return doc.setValue(primary, value);
      });
}

Status SettingEditor::setWebhooks(const Json& webhooks) {
  const JsonPath notifications = properties().child("notifications");
  return m_document.edit(tr("Change webhooks"), [&](SettingDocument& doc) {
    const Json* list = doc.find(notifications);
    if (!list || !list->is_array() || list->empty()) {
      Json first;
      first["operation"] = "Scale";
      first["email"] = Json{{"sendToSubscriptionAdministrator", false},
                            {"sendToSubscriptionCoAdministrators", false},
                            {"customEmails", Json::array()}};
      first["webhooks"] = webhooks;
      return doc.setValue(notifications, Json::array({first}));
    }
    return setIfDifferent(doc, notifications.index(0).child("webhooks"), webhooks);
  });
}

std::optional<WeeklySchedule> weeklyScheduleOf(const models::AutoscaleSetting& setting,
                                               const ConditionCard& card) {
  const auto& profile = setting.profiles.at(card.profileIndex);
  if (!profile.recurrence) return std::nullopt;
  const auto& schedule = profile.recurrence->schedule;
  WeeklySchedule result;
  result.timeZone = QString::fromStdString(schedule.timeZone);
  for (const auto& day : schedule.days) result.days.push_back(QString::fromStdString(day));
  result.start = {schedule.hours.empty() ? 0 : schedule.hours.front(),
                  schedule.minutes.empty() ? 0 : schedule.minutes.front()};
  if (card.pairedIndex) {
    const auto& copy = setting.profiles.at(*card.pairedIndex);
    if (copy.recurrence) {
      const auto& end = copy.recurrence->schedule;
      result.end = TimeOfDay{end.hours.empty() ? 0 : end.hours.front(),
                             end.minutes.empty() ? 0 : end.minutes.front()};
    }
  }
  return result;
}

}  // namespace autoscale::ui
