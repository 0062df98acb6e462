#pragma once

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "models/core/result.h"
#include "models/json/jsonpath.h"
#include "models/setting/autoscalesetting.h"
#include "ui/document/conditioncards.h"

namespace autoscale::ui {

class EditorDocument;

enum class CapacityField { Minimum, Maximum, Default };

struct TimeOfDay {
  int hour = 0;
  int minute = 0;
  friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
};

// A "Repeat specific days" schedule as the portal shows it: the end time is written as an
// auto-created copy of the default profile that starts at that time.
struct WeeklySchedule {
  QString timeZone;
  QStringList days;  // English day names, as the API spells them
  TimeOfDay start;
  std::optional<TimeOfDay> end;
};

struct FixedDateSchedule {
  QString timeZone;
  QString start;  // local date-time as written in the file, e.g. 2026-12-24T00:00:00
  QString end;
};

// The semantic edits of the Configure and Notify tabs, each one undo step on the document.
// They know the JSON layout (paths, value types, the portal's conventions such as the paired
// default profiles); widgets only say what the user asked for.
class SettingEditor final {
 public:
  explicit SettingEditor(EditorDocument& document) : m_document(document) {}

  models::Status setEnabled(bool enabled);
  models::Status setSettingName(const QString& name);
  models::Status setPredictiveMode(models::PredictiveScaleMode mode);
  models::Status setLookAheadMinutes(int minutes);

  // Scale conditions. New conditions come last; at most 20 profiles fit in a setting.
  models::Status addCondition();
  models::Status removeCondition(const ConditionCard& card);
  models::Status renameCondition(const ConditionCard& card, const QString& name);
  models::Status moveCondition(const ConditionCard& card, int delta);

  models::Status setCapacity(const ConditionCard& card, CapacityField field, long long value);
  // "Scale to a specific instance count": no rules, minimum = maximum = default = count.
  models::Status setInstanceCount(const ConditionCard& card, long long count);

  // Rules of a condition (JSON objects with metricTrigger and scaleAction).
  models::Status addRule(const ConditionCard& card, const nlohmann::ordered_json& rule);
  models::Status replaceRule(const ConditionCard& card, std::size_t index,
                             const nlohmann::ordered_json& rule);
  models::Status removeRule(const ConditionCard& card, std::size_t index);
  models::Status moveRule(const ConditionCard& card, std::size_t index, std::size_t newIndex);

  // Schedules of non-default conditions.
  models::Status setFixedDate(const ConditionCard& card, const FixedDateSchedule& schedule);
  models::Status setWeekly(const ConditionCard& card, const WeeklySchedule& schedule);

  // Notify tab: the first notification (created when missing).
  models::Status setCustomEmails(const QStringList& emails);
  models::Status setWebhooks(const nlohmann::ordered_json& webhooks);

  static constexpr std::size_t kMaxProfiles = 20;
  static constexpr std::size_t kMaxRules = 10;

 private:
  models::JsonPath properties() const;
  models::JsonPath profile(std::size_t index) const;
  // The profiles an edit of `card`'s capacity or rules goes to: for the Default card also
  // the auto-created copies that are still identical to it.
  std::vector<std::size_t> targetsOf(const ConditionCard& card) const;

  EditorDocument& m_document;
};

// Reads a weekly schedule back from a card (start from the profile, end from its copy).
std::optional<WeeklySchedule> weeklyScheduleOf(const models::AutoscaleSetting& setting,
                                               const ConditionCard& card);

}  // namespace autoscale::ui
