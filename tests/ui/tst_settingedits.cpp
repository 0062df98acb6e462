// The portal's conventions that the Configure tab's edits keep: paired default profiles for
// the end time of weekly conditions, default-card edits reaching the paired copies, limits.
#include <QTest>

#include "ui/document/conditioncards.h"
#include "ui/document/editordocument.h"
#include "ui/document/settingedits.h"

using namespace autoscale::ui;

namespace {

const QByteArray kSetting = R"({
  "properties": {
    "name": "s",
    "enabled": true,
    "targetResourceUri": "/subscriptions/x/resourceGroups/rg/providers/p/t/n",
    "profiles": [
      {
        "name": "Auto created default scale condition",
        "capacity": { "minimum": "1", "maximum": "4", "default": "1" },
        "rules": []
      }
    ]
  }
}
)";

ConditionCard cardAt(const EditorDocument& document, std::size_t index) {
  return conditionCards(document.setting()).at(index);
}

}  // namespace

class TestSettingEdits final : public QObject {
  Q_OBJECT

 private slots:
  void weeklyEndTimeIsAPairedDefaultReadBackAsOneCard() {
    EditorDocument document;
    document.load(kSetting);
    SettingEditor editor(document);
    QVERIFY(editor.addCondition().ok());
    QVERIFY(editor.renameCondition(cardAt(document, 1), QStringLiteral("nights")).ok());
    WeeklySchedule schedule;
    schedule.timeZone = QStringLiteral("W. Europe Standard Time");
    schedule.days = {QStringLiteral("Monday"), QStringLiteral("Friday")};
    schedule.start = {20, 30};
    schedule.end = TimeOfDay{6, 15};
    QVERIFY(editor.setWeekly(cardAt(document, 1), schedule).ok());

    const auto& profiles = document.setting().profiles;
    QCOMPARE(profiles.size(), std::size_t{3});
    QVERIFY(profiles[2].paired.has_value());
    QCOMPARE(profiles[2].paired->name, std::string("Auto created default scale condition"));
    QCOMPARE(profiles[2].paired->forProfile, std::string("nights"));
    QCOMPARE(profiles[2].recurrence->schedule.hours, std::vector<int>{6});
    QCOMPARE(profiles[2].recurrence->schedule.minutes, std::vector<int>{15});
    QCOMPARE(profiles[2].capacity.maximum.value, 4LL);  // a copy of the default condition

    const auto cards = conditionCards(document.setting());
    QCOMPARE(cards.size(), std::size_t{2});
    QCOMPARE(cards[1].pairedIndex, std::optional<std::size_t>{2});
    const auto readBack = weeklyScheduleOf(document.setting(), cards[1]);
    QVERIFY(readBack);
    QCOMPARE(readBack->days, schedule.days);
    QVERIFY(readBack->start == schedule.start);
    QVERIFY(readBack->end == schedule.end);

    // Renaming the condition keeps its copy pointing at it; removing the end removes the copy.
    QVERIFY(editor.renameCondition(cardAt(document, 1), QStringLiteral("evenings")).ok());
    QCOMPARE(document.setting().profiles[2].paired->forProfile, std::string("evenings"));
    schedule.end.reset();
    QVERIFY(editor.setWeekly(cardAt(document, 1), schedule).ok());
    QCOMPARE(document.setting().profiles.size(), std::size_t{2});
  }

  void defaultCardEditsReachItsCopies() {
    EditorDocument document;
    document.load(kSetting);
    SettingEditor editor(document);
    QVERIFY(editor.addCondition().ok());
    WeeklySchedule schedule;
    schedule.timeZone = QStringLiteral("UTC");
    schedule.days = {QStringLiteral("Saturday")};
    schedule.end = TimeOfDay{23, 0};
    QVERIFY(editor.setWeekly(cardAt(document, 1), schedule).ok());
    QVERIFY(editor.setCapacity(cardAt(document, 0), CapacityField::Maximum, 9).ok());
    nlohmann::ordered_json rule = {
        {"metricTrigger", {{"metricName", "Cpu"}, {"operator", "GreaterThan"}}},
        {"scaleAction", {{"direction", "Increase"}, {"value", "1"}}}};
    QVERIFY(editor.addRule(cardAt(document, 0), rule).ok());
    const auto& profiles = document.setting().profiles;
    QCOMPARE(profiles[0].capacity.maximum.value, 9LL);
    QCOMPARE(profiles[2].capacity.maximum.value, 9LL);
    QCOMPARE(profiles[2].rules.size(), std::size_t{1});
    // The recurring condition itself is not a copy of the default.
    QCOMPARE(profiles[1].rules.size(), std::size_t{0});
    // One undo step each.
    document.undoStack()->undo();
    QCOMPARE(document.setting().profiles[2].rules.size(), std::size_t{0});
  }

  void defaultConditionCannotBeDeletedOthersTakeTheirCopyAlong() {
    EditorDocument document;
    document.load(kSetting);
    SettingEditor editor(document);
    QVERIFY(!editor.removeCondition(cardAt(document, 0)).ok());
    QVERIFY(editor.addCondition().ok());
    WeeklySchedule schedule;
    schedule.timeZone = QStringLiteral("UTC");
    schedule.days = {QStringLiteral("Sunday")};
    schedule.end = TimeOfDay{12, 0};
    QVERIFY(editor.setWeekly(cardAt(document, 1), schedule).ok());
    QCOMPARE(document.setting().profiles.size(), std::size_t{3});
    QVERIFY(editor.removeCondition(cardAt(document, 1)).ok());
    QCOMPARE(document.setting().profiles.size(), std::size_t{1});
  }

  void switchingToFixedDatesDropsTheWeeklyParts() {
    EditorDocument document;
    document.load(kSetting);
    SettingEditor editor(document);
    QVERIFY(editor.addCondition().ok());
    FixedDateSchedule fixed{QStringLiteral("UTC"), QStringLiteral("2026-12-24T00:00:00"),
                            QStringLiteral("2026-12-27T00:00:00")};
    QVERIFY(editor.setFixedDate(cardAt(document, 1), fixed).ok());
    const auto& profile = document.setting().profiles.at(1);
    QVERIFY(!profile.recurrence);
    QVERIFY(profile.fixedDate);
    QCOMPARE(profile.fixedDate->start, std::string("2026-12-24T00:00:00"));
    QCOMPARE(cardAt(document, 1).kind, ConditionCard::Kind::FixedDate);
  }

  void atMostTwentyConditions() {
    EditorDocument document;
    document.load(kSetting);
    SettingEditor editor(document);
    for (int i = 1; i < 20; ++i) QVERIFY(editor.addCondition().ok());
    QCOMPARE(document.setting().profiles.size(), std::size_t{20});
    const auto status = editor.addCondition();
    QVERIFY(!status.ok());
    QCOMPARE(document.setting().profiles.size(), std::size_t{20});
  }

  void instanceCountModePinsTheLimits() {
    EditorDocument document;
    document.load(kSetting);
    SettingEditor editor(document);
    QVERIFY(editor.setInstanceCount(cardAt(document, 0), 3).ok());
    const auto& capacity = document.setting().profiles.at(0).capacity;
    QCOMPARE(capacity.minimum.value, 3LL);
    QCOMPARE(capacity.maximum.value, 3LL);
    QCOMPARE(capacity.defaultCount.value, 3LL);
  }
};

QTEST_GUILESS_MAIN(TestSettingEdits)
#include "tst_settingedits.moc"
