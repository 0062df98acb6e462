// The worked examples T1–T27 of spec/azure-autoscale.md §3, one data row each (some examples
// have several rows). Every row simulates a setting on a trace and checks the documented
// outcome: the exact scale events, capacities, flapping events and reasons.
#include <QTest>

#include "enginetestsupport.h"

using namespace enginetest;

namespace {

using CO = ComparisonOperator;
const std::string kCpu = "CpuUtilizationPercentage";
const std::string kMemory = "CpuMemoryUtilizationPercentage";

struct Scenario {
  const char* name;
  AutoscaleSetting setting;
  MetricSet metrics;
  SimulationOptions options;
  std::function<void(Checks&)> check;
};

SimulationOptions replay(SimulationOptions options, int startCount) {
  options.mode = SimulationMode::Replay;
  options.startCount = startCount;
  return options;
}

SimulationOptions closedLoop(SimulationOptions options, int startCount, int recordedCount) {
  options.startCount = startCount;
  options.recordedCapacity = recordedCount;
  return options;
}

// T4: four rules on CPU and memory, one tick.
Scenario t4(const char* name, double cpu, double memory,
            std::vector<std::pair<EpochSeconds, int>> scales) {
  return {name,
          setting({Profile("default", 1, 10, 5)
                       .rule(Rule(kCpu).when(CO::LessThan, 30).decrease(1))
                       .rule(Rule(kMemory).when(CO::LessThan, 50).decrease(1))
                       .rule(Rule(kCpu).when(CO::GreaterThan, 75).increase(1))
                       .rule(Rule(kMemory).when(CO::GreaterThan, 75).increase(1))}),
          traces({Trace(kCpu).level(-30, 5, cpu), Trace(kMemory).level(-30, 5, memory)}),
          replay(window(minute(0), minute(0)), 5), [scales](Checks& c) { c.scales(scales); }};
}

// T27: a percent step that is not a whole instance, under each rounding option.
Scenario t27(const char* name, bool increase, PercentRounding rounding,
             std::vector<std::pair<EpochSeconds, int>> scales, std::string reasonPart) {
  const int start = increase ? 3 : 5;
  Rule rule = increase
                  ? Rule(kCpu).when(CO::GreaterThan, 50).increase(20, ScaleType::PercentChangeCount)
                  : Rule(kCpu).when(CO::LessThan, 30).decrease(10, ScaleType::PercentChangeCount);
  SimulationOptions options = replay(window(minute(0), minute(0)), start);
  options.percentRounding = rounding;
  return {name, setting({Profile("default", 1, 10, start).rule(rule)}),
          traces({Trace(kCpu).level(-30, 5, increase ? 90 : 10)}), options,
          [scales, reasonPart, rounding](Checks& c) {
            c.scales(scales);
            if (!scales.empty())
              c.reasonContains(c.eventAt(EventKind::Scale, minute(0)), reasonPart);
            if (c.result().options.percentRounding != rounding)
              c.fail(QStringLiteral("the rounding in force is not recorded"));
          }};
}

std::vector<Scenario> scenarios() {
  std::vector<Scenario> all;

  all.push_back(
      {"T1 largest scale-out result (+10 % vs +3)",
       setting({Profile("default", 1, 20, 10)
                    .rule(Rule(kCpu)
                              .when(CO::GreaterThan, 50)
                              .increase(10, ScaleType::PercentChangeCount))
                    .rule(Rule(kCpu).when(CO::GreaterThan, 50).increase(3))}),
       traces({Trace(kCpu).level(-30, 5, 80)}), replay(window(minute(0), minute(3)), 10),
       [](Checks& c) {
         c.scales({{minute(0), 13}});
         const auto* e = c.eventAt(EventKind::Scale, minute(0));
         c.reasonContains(e, "Scale out 10 → 13: rule 1 (");
         c.reasonContains(
             e, "and rule 2 (CpuUtilizationPercentage Average > 50 over 5 min, observed 80)");
         c.reasonContains(e, "the largest result, 13, comes from rule 2");
       }});

  all.push_back(
      {"T2 largest scale-in result (-50 % vs -3)",
       setting(
           {Profile("default", 1, 20, 10)
                .rule(Rule(kCpu).when(CO::LessThan, 30).decrease(50, ScaleType::PercentChangeCount))
                .rule(Rule(kCpu).when(CO::LessThan, 30).decrease(3))}),
       traces({Trace(kCpu).level(-30, 5, 10)}), replay(window(minute(0), minute(3)), 10),
       [](Checks& c) {
         c.scales({{minute(0), 7}});
         const auto* e = c.eventAt(EventKind::Scale, minute(0));
         c.reasonContains(e, "all scale-in rules fired");
         c.reasonContains(e, "the largest result, 7, comes from rule 2");
       }});

  all.push_back({"T3 +3 and +5 both fire: +5",
                 setting({Profile("default", 1, 20, 10)
                              .rule(Rule(kCpu).when(CO::GreaterThan, 50).increase(3))
                              .rule(Rule(kCpu).when(CO::GreaterThan, 50).increase(5))}),
                 traces({Trace(kCpu).level(-30, 5, 80)}), replay(window(minute(0), minute(3)), 10),
                 [](Checks& c) {
                   c.scales({{minute(0), 15}});
                 }});
  for (const auto& [name, start, expected] :
       {std::tuple{"T3 +3 vs +15 % at 10: +3 wins", 10, 13},
        std::tuple{"T3 +3 vs +15 % at 30: +15 % wins", 30, 35}}) {
    all.push_back({name,
                   setting({Profile("default", 1, 50, 10)
                                .rule(Rule(kCpu).when(CO::GreaterThan, 50).increase(3))
                                .rule(Rule(kCpu)
                                          .when(CO::GreaterThan, 50)
                                          .increase(15, ScaleType::PercentChangeCount))}),
                   traces({Trace(kCpu).level(-30, 5, 80)}),
                   replay(window(minute(0), minute(3)), start), [expected = expected](Checks& c) {
                     c.scales({{minute(0), expected}});
                   }});
  }

  all.push_back(t4("T4 CPU 76, memory 50: scale out", 76, 50, {{minute(0), 6}}));
  all.push_back(t4("T4 CPU 50, memory 76: scale out", 50, 76, {{minute(0), 6}}));
  all.push_back(t4("T4 CPU 25, memory 51: no scale-in (memory rule not met)", 25, 51, {}));
  all.push_back(t4("T4 CPU 29, memory 49: scale in", 29, 49, {{minute(0), 4}}));

  all.push_back({"T5 flapping with one instance; scale-in once per-instance CPU reaches 25",
                 setting({Profile("default", 1, 5, 1)
                              .rule(Rule(kCpu).when(CO::GreaterThan, 50).increase(1))
                              .rule(Rule(kCpu).when(CO::LessThan, 30).decrease(1))}),
                 traces({Trace(kCpu).level(-30, 60, 56).level(60, 120, 50)}),
                 closedLoop(window(minute(0), minute(119)), 1, 1), [](Checks& c) {
                   c.scales({{minute(0), 2}, {minute(67), 1}});
                   const auto flapping = c.events(EventKind::Flapping);
                   if (flapping.size() != 60)
                     c.fail(QStringLiteral("%1 Flapping events, expected 60 (minutes 7–66)")
                                .arg(flapping.size()));
                   const auto* first = c.eventAt(EventKind::Flapping, minute(7));
                   c.reasonContains(first, "Scale in 2 → 1 skipped to avoid flapping");
                   c.reasonContains(first, "would see 56 (28 × 2 / 1)");
                 }});

  all.push_back(
      {"T6 no margin between thresholds: scale-in skipped",
       setting(
           {Profile("default", 1, 10, 2)
                .rule(
                    Rule("ThreadCount").perInstance().when(CO::GreaterThanOrEqual, 600).increase(1))
                .rule(Rule("ThreadCount").perInstance().when(CO::LessThan, 600).decrease(1))}),
       traces({Trace("ThreadCount").level(-30, 60, 1250)}),
       closedLoop(window(minute(0), minute(59)), 2, 2), [](Checks& c) {
         c.scales({{minute(0), 3}});
         const auto* e = c.eventAt(EventKind::Flapping, minute(5));
         if (e && e->intended != 2)
           c.fail(QStringLiteral("intended %1, expected 2").arg(e->intended));
         c.reasonContains(e, "would see 625");
         c.capacityAt(minute(59), 3);
       }});

  all.push_back(
      {"T7 margin between thresholds: scale-in once the total falls below 1200",
       setting(
           {Profile("default", 1, 10, 2)
                .rule(
                    Rule("ThreadCount").perInstance().when(CO::GreaterThanOrEqual, 600).increase(1))
                .rule(Rule("ThreadCount").perInstance().when(CO::LessThan, 400).decrease(1))}),
       traces({Trace("ThreadCount").level(-30, 30, 1250).level(30, 90, 1200).level(90, 150, 1180)}),
       closedLoop(window(minute(0), minute(149)), 2, 2), [](Checks& c) {
         c.scales({{minute(0), 3}, {minute(93), 2}});
         c.noEvents(EventKind::Flapping);
         c.capacityAt(minute(149), 2);
       }});

  all.push_back(
      {"T8 equal thresholds: estimate 575 × 3 / 2 = 862.5 blocks the scale-in",
       setting({Profile("default", 1, 10, 2)
                    .rule(Rule("ThreadsPerInstance").when(CO::GreaterThanOrEqual, 600).increase(1))
                    .rule(Rule("ThreadsPerInstance").when(CO::LessThanOrEqual, 600).decrease(1))}),
       traces({Trace("ThreadsPerInstance").level(-30, -2, 625).level(-2, 60, 575)}),
       replay(window(minute(0), minute(59)), 2), [](Checks& c) {
         c.scales({{minute(0), 3}});
         c.reasonContains(c.eventAt(EventKind::Flapping, minute(5)), "would see 862.5");
       }});

  all.push_back(
      {"T9 CPU 80/60: skip at 60 (estimate 90), scale in when the estimate drops below 80",
       setting({Profile("default", 2, 10, 2)
                    .rule(Rule(kCpu).when(CO::GreaterThanOrEqual, 80).increase(1))
                    .rule(Rule(kCpu).when(CO::LessThanOrEqual, 60).decrease(1))}),
       traces({Trace(kCpu).level(-30, -2, 80).level(-2, 40, 60).level(40, 80, 50)}),
       replay(window(minute(0), minute(79)), 2), [](Checks& c) {
         c.scales({{minute(0), 3}, {minute(46), 2}});
         c.reasonContains(c.eventAt(EventKind::Flapping, minute(5)), "would see 90");
         c.reasonContains(c.eventAt(EventKind::Scale, minute(46)), "rule 2 (");
       }});

  all.push_back(
      {"T10 partial scale-in to the first safe count (formula: 28)",
       setting({Profile("default", 1, 100, 30)
                    .rule(Rule("RequestsPerMinute")
                              .perInstance()
                              .when(CO::GreaterThanOrEqual, 200)
                              .increase(20))
                    .rule(Rule(kCpu).when(CO::GreaterThan, 70).increase(1))
                    .rule(Rule("RequestsPerMinute")
                              .perInstance()
                              .when(CO::LessThanOrEqual, 50)
                              .decrease(10))}),
       traces({Trace(kCpu).level(-30, 60, 65),
               Trace("RequestsPerMinute").level(-30, 10, 3000).level(10, 60, 1500)}),
       closedLoop(window(minute(0), minute(59)), 30, 30), [](Checks& c) {
         c.scales({{minute(17), 28}});
         const auto* e = c.eventAt(EventKind::FlappingOccurred, minute(17));
         if (e && (e->from != 30 || e->to != 28 || e->intended != 20)) {
           c.fail(QStringLiteral("FlappingOccurred %1→%2 (intended %3), expected 30→28 (20)")
                      .arg(e->from)
                      .arg(e->to)
                      .arg(e->intended));
         }
         c.reasonContains(c.eventAt(EventKind::Scale, minute(17)), "stops at 28 instead of 20");
       }});

  all.push_back(
      {"T11 FlappingOccurred sample: current 6, intended 1, actual 4",
       setting({Profile("default", 1, 30, 1)
                    .rule(Rule("Requests")
                              .perInstance()
                              .over(1)
                              .aggregation(TimeAggregation::Maximum)
                              .when(CO::GreaterThanOrEqual, 3)
                              .increase(10)
                              .cooldown(1))
                    .rule(Rule("Requests")
                              .perInstance()
                              .over(1)
                              .aggregation(TimeAggregation::Maximum)
                              .when(CO::LessThan, 3)
                              .decrease(5)
                              .cooldown(1))}),
       traces({Trace("Requests").level(-30, 30, 10)}),
       closedLoop(window(minute(0), minute(5)), 6, 6), [](Checks& c) {
         c.scales({{minute(0), 4}});
         const auto& r = c.result();
         if (r.ticks[0].flapping != FlappingOutcome::Adjusted ||
             r.flappingCheckAt(0) != &r.flappingChecks[0]) {
           c.fail(QStringLiteral("tick 0 does not record the adjusted scale-in"));
           return;
         }
         const FlappingCheck& check = r.flappingChecks[0];
         if (check.current != 6 || check.intended != 1 || check.actual != 4 ||
             check.estimates.size() != 1 ||
             std::abs(check.estimates[0].observed - 10.0 / 6.0) > 1e-9 ||
             check.estimates[0].estimate != 10.0 || !check.estimates[0].firesAtTarget) {
           c.fail(QStringLiteral(
               "flapping record differs from current 6, intended 1, actual 4, estimate 10"));
         }
         // At 4 instances every count below is unsafe: the next run skips.
         if (!c.eventAt(EventKind::Flapping, minute(1)))
           c.fail(QStringLiteral("no Flapping at minute 1"));
       }});

  auto queueScenario = [](const char* name, bool dividePerInstance) {
    Rule out = Rule("ApproximateMessageCount").when(CO::GreaterThanOrEqual, 50).increase(1);
    Rule in = Rule("ApproximateMessageCount").when(CO::LessThanOrEqual, 10).decrease(1);
    if (dividePerInstance) {
      out.perInstance();
      in.perInstance();
    }
    SimulationOptions options = closedLoop(window(minute(0), minute(179)), 2, 2);
    options.implicitPerInstanceQueueMetrics = !dividePerInstance;
    return Scenario{
        name, setting({Profile("default", 1, 10, 2).rule(out).rule(in)}),
        traces({Trace("ApproximateMessageCount")
                    .level(-30, 30, 50)
                    .level(30, 60, 100)
                    .level(60, 90, 140)
                    .level(90, 120, 150)
                    .level(120, 180, 30)}),
        options, [](Checks& c) {
          c.scales({{minute(37), 3}, {minute(97), 4}, {minute(127), 3}, {minute(132), 2}});
        }};
  };
  all.push_back(queueScenario("T12 queue length per instance (dividePerInstance)", true));
  all.push_back(queueScenario("T12 queue length per instance (implicit, option)", false));

  all.push_back(
      {"T13 dividePerInstance: 6 over 2 instances is 3",
       setting(
           {Profile("default", 1, 10, 2)
                .rule(Rule("OutboundFlows").perInstance().when(CO::GreaterThan, 10).increase(1))}),
       traces({Trace("OutboundFlows").level(-30, 10, 6)}),
       closedLoop(window(minute(0), minute(5)), 2, 2), [](Checks& c) {
         c.scales({});
         const auto rules = c.result().rulesAt(0);
         if (rules.size() != 1 || rules[0].observed != 3.0 ||
             rules[0].outcome != RuleOutcome::NotTriggered) {
           c.fail(QStringLiteral("observed value is not 3 / NotTriggered"));
         }
       }});

  all.push_back(
      {"T14 minimum = maximum pins the count",
       setting(
           {Profile("default", 2, 2, 2).rule(Rule(kCpu).when(CO::GreaterThan, 50).increase(1))}),
       traces({Trace(kCpu).level(-30, 60, 99)}), replay(window(minute(0), minute(59)), 2),
       [](Checks& c) {
         c.scales({});
         if (c.result().rulesAt(0)[0].outcome != RuleOutcome::Triggered)
           c.fail(QStringLiteral("the rule should fire"));
         c.capacityAt(minute(59), 2);
       }});

  for (const auto& [name, start, expected, text] :
       {std::tuple{"T15 manual scaling below the minimum is undone", 1, 3,
                   "requires at least 3 instances (limits 3–6)"},
        std::tuple{"T15 manual scaling above the maximum is undone", 8, 6,
                   "allows at most 6 instances (limits 3–6)"}}) {
    all.push_back({name, setting({Profile("default", 3, 6, 4)}), traces({}),
                   replay(window(minute(0), minute(10)), start),
                   [expected = expected, text = std::string(text)](Checks& c) {
                     c.scales({{minute(0), expected}});
                     c.reasonContains(c.eventAt(EventKind::Scale, minute(0)), text);
                   }});
  }

  auto t16Setting = [](int mondayMaximum) {
    auto queueRules = [](Profile p) {
      return p.rule(Rule("ApproximateMessageCount").when(CO::GreaterThan, 10).increase(1))
          .rule(Rule("ApproximateMessageCount").when(CO::LessThan, 3).decrease(1));
    };
    return setting({queueRules(Profile("default", 2, 10, 2)),
                    Profile("monday", 3, mondayMaximum, 3)
                        .rule(Rule(kCpu).when(CO::GreaterThan, 80).increase(1))
                        .rule(Rule(kCpu).when(CO::LessThan, 20).decrease(1))
                        .recurrence("UTC", {"Monday"}, {3}, {0}),
                    queueRules(Profile("", 2, 10, 2).pairedWith("default", "monday"))
                        .recurrence("UTC", {"Monday"}, {20}, {0})});
  };
  all.push_back(
      {"T16 a profile switch raises the count to the new minimum; only its rules apply",
       t16Setting(10),
       traces({Trace(kCpu).span(at("2024-01-08T02:00:00Z"), at("2024-01-08T20:30:00Z"), 50),
               Trace("ApproximateMessageCount")
                   .span(at("2024-01-08T02:00:00Z"), at("2024-01-08T03:00:00Z"), 5)
                   .span(at("2024-01-08T03:00:00Z"), at("2024-01-08T20:30:00Z"), 50)}),
       replay(window(at("2024-01-08T02:50:00Z"), at("2024-01-08T20:00:00Z")), 2), [](Checks& c) {
         c.scales({{at("2024-01-08T03:00:00Z"), 3}, {at("2024-01-08T20:00:00Z"), 4}});
         c.reasonContains(c.eventAt(EventKind::Scale, at("2024-01-08T03:00:00Z")),
                          "Scale out 2 → 3: profile 'monday' requires at least 3 instances");
         c.reasonContains(c.eventAt(EventKind::Scale, at("2024-01-08T20:00:00Z")),
                          "rule 1 (ApproximateMessageCount");
         c.profileAt(at("2024-01-08T02:59:00Z"), "default (after monday)");
         c.profileAt(at("2024-01-08T03:00:00Z"), "monday");
         c.capacityAt(at("2024-01-08T19:59:00Z"), 3);
       }});
  all.push_back(
      {"T16 back on the default profile, 12 instances scale in to its maximum 10", t16Setting(15),
       traces({Trace(kCpu).span(at("2024-01-08T19:00:00Z"), at("2024-01-08T20:30:00Z"), 50),
               Trace("ApproximateMessageCount")
                   .span(at("2024-01-08T19:00:00Z"), at("2024-01-08T20:30:00Z"), 5)}),
       replay(window(at("2024-01-08T19:50:00Z"), at("2024-01-08T20:10:00Z")), 12), [](Checks& c) {
         c.scales({{at("2024-01-08T20:00:00Z"), 10}});
         c.reasonContains(
             c.eventAt(EventKind::Scale, at("2024-01-08T20:00:00Z")),
             "profile 'default (after monday)' allows at most 10 instances (limits 2–10)");
       }});

  const SimulationOptions week = window(at("2024-01-07T00:00:00Z"), at("2024-01-15T12:00:00Z"));
  all.push_back({"T17 weekday and weekend profiles (Pacific Standard Time)",
                 setting({Profile("weekdayProfile", 1, 5, 2)
                              .recurrence("Pacific Standard Time", {"Monday"}, {0}, {0}),
                          Profile("weekendProfile", 1, 5, 1)
                              .recurrence("Pacific Standard Time", {"Saturday"}, {0}, {0})}),
                 traces({}), week, [](Checks& c) {
                   c.profileAt(at("2024-01-08T07:59:00Z"), "weekendProfile");  // Sunday 23:59 PST
                   c.profileAt(at("2024-01-08T08:00:00Z"), "weekdayProfile");  // Monday 00:00 PST
                   c.profileAt(at("2024-01-13T07:59:00Z"), "weekdayProfile");  // Friday 23:59 PST
                   c.profileAt(at("2024-01-13T08:00:00Z"), "weekendProfile");  // Saturday 00:00 PST
                   c.profileAt(at("2024-01-15T07:59:00Z"), "weekendProfile");
                 }});

  all.push_back(
      {"T18 business hours (W. Europe Standard Time)",
       setting(
           {Profile("businessHoursProfile", 1, 5, 3)
                .recurrence("W. Europe Standard Time",
                            {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}, {9}, {0}),
            Profile("nonBusinessHoursProfile", 1, 5, 1)
                .recurrence("W. Europe Standard Time",
                            {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}, {17}, {0})}),
       traces({}), week, [](Checks& c) {
         c.profileAt(at("2024-01-08T07:59:00Z"), "nonBusinessHoursProfile");  // Monday 08:59 CET
         c.profileAt(at("2024-01-08T08:00:00Z"), "businessHoursProfile");     // Monday 09:00
         c.profileAt(at("2024-01-09T09:00:00Z"), "businessHoursProfile");     // Tuesday 10:00
         c.profileAt(at("2024-01-09T17:00:00Z"), "nonBusinessHoursProfile");  // Tuesday 18:00
         c.profileAt(at("2024-01-10T07:59:00Z"), "nonBusinessHoursProfile");  // Wednesday 08:59
         c.profileAt(at("2024-01-13T11:00:00Z"), "nonBusinessHoursProfile");  // Saturday noon
       }});

  all.push_back({"T19 weekday/weekend ARM example: the default profile is never used",
                 setting({Profile("defaultProfile", 1, 5, 1),
                          Profile("weekdayProfile", 1, 5, 2)
                              .recurrence("E. Europe Standard Time", {"Monday"}, {4}, {0}),
                          Profile("weekendProfile", 1, 5, 1)
                              .recurrence("E. Europe Standard Time", {"Saturday"}, {0}, {1})}),
                 traces({}), week, [](Checks& c) {
                   for (const auto& tick : c.result().ticks) {
                     if (tick.profile == 0) {
                       c.fail(QStringLiteral("the default profile was used"));
                       break;
                     }
                   }
                   c.profileAt(at("2024-01-08T01:59:00Z"), "weekendProfile");  // Monday 03:59 local
                   c.profileAt(at("2024-01-08T02:00:00Z"), "weekdayProfile");  // Monday 04:00
                   c.profileAt(at("2024-01-12T22:00:00Z"), "weekdayProfile");  // Saturday 00:00
                   c.profileAt(at("2024-01-12T22:01:00Z"), "weekendProfile");  // Saturday 00:01
                 }});

  all.push_back(
      {"T20 portal-paired default profile ends the weekend profile at 19:00",
       setting({Profile("Auto created default scale condition", 1, 5, 1),
                Profile("Weekend profile", 2, 5, 2)
                    .recurrence("E. Europe Standard Time", {"Saturday", "Sunday"}, {6}, {0}),
                Profile("", 1, 5, 1)
                    .pairedWith("Auto created default scale condition", "Weekend profile")
                    .recurrence("E. Europe Standard Time", {"Saturday", "Sunday"}, {19}, {0})}),
       traces({}), week, [](Checks& c) {
         const std::string paired = "Auto created default scale condition (after Weekend profile)";
         c.profileAt(at("2024-01-13T03:59:00Z"), paired);             // Saturday 05:59 local
         c.profileAt(at("2024-01-13T04:00:00Z"), "Weekend profile");  // Saturday 06:00
         c.profileAt(at("2024-01-13T16:59:00Z"), "Weekend profile");  // Saturday 18:59
         c.profileAt(at("2024-01-13T17:00:00Z"), paired);             // Saturday 19:00
         c.profileAt(at("2024-01-14T04:00:00Z"), "Weekend profile");  // Sunday 06:00
         c.profileAt(at("2024-01-10T12:00:00Z"), paired);             // Wednesday
         for (const auto& tick : c.result().ticks) {
           if (tick.profile == 0) {
             c.fail(QStringLiteral("the plain default profile was used"));
             break;
           }
         }
       }});

  all.push_back(
      {"T21 a fixed date in Pacific Standard Time overrides the default",
       setting({Profile("eventProfile", 5, 10, 5)
                    .fixed("Pacific Standard Time", "2017-12-26T00:00:00", "2017-12-26T23:59:00"),
                Profile("default", 1, 5, 1)}),
       traces({}), replay(window(at("2017-12-26T06:00:00Z"), at("2017-12-27T10:00:00Z")), 1),
       [](Checks& c) {
         c.profileAt(at("2017-12-26T07:59:00Z"), "default");
         c.profileAt(at("2017-12-26T08:00:00Z"), "eventProfile");
         c.profileAt(at("2017-12-27T07:59:00Z"), "eventProfile");
         c.profileAt(at("2017-12-27T08:00:00Z"), "default");
         c.scales({{at("2017-12-26T08:00:00Z"), 5}});
       }});
  all.push_back(
      {"T21 overlapping fixed dates: the first in the array wins",
       setting(
           {Profile("first", 1, 5, 1).fixed("UTC", "2017-12-26T00:00:00Z", "2017-12-26T12:00:00Z"),
            Profile("second", 1, 5, 1).fixed("UTC", "2017-12-26T06:00:00Z", "2017-12-26T18:00:00Z"),
            Profile("default", 1, 5, 1)}),
       traces({}), replay(window(at("2017-12-25T23:00:00Z"), at("2017-12-26T19:00:00Z")), 1),
       [](Checks& c) {
         c.profileAt(at("2017-12-26T08:00:00Z"), "first");
         c.profileAt(at("2017-12-26T12:00:00Z"), "first");
         c.profileAt(at("2017-12-26T12:01:00Z"), "second");
         c.profileAt(at("2017-12-26T18:01:00Z"), "default");
       }});

  all.push_back(
      {"T22 the cooldown of the rule that fired last blocks both directions",
       setting({Profile("default", 1, 10, 2)
                    .rule(Rule(kCpu).when(CO::GreaterThan, 80).increase(1).cooldown(60))
                    .rule(Rule(kCpu).when(CO::LessThan, 30).decrease(1).cooldown(40))}),
       traces({Trace(kCpu)
                   .level(-30, 5, 90)
                   .level(5, 20, 50)
                   .level(20, 50, 20)
                   .level(50, 174, 50)
                   .level(174, 193, 20)
                   .level(193, 260, 90)}),
       replay(window(minute(0), minute(250)), 2), [](Checks& c) {
         c.scales({{minute(0), 3}, {minute(180), 2}, {minute(220), 3}});
         const auto& r = c.result();
         const TickRecord& blocked = r.ticks[210];
         if (blocked.status != TickStatus::Cooldown || blocked.cooldownRemaining != 600 ||
             r.rulesAt(210)[0].outcome != RuleOutcome::Skipped ||
             r.rulesAt(210)[0].observed != 90.0) {
           c.fail(QStringLiteral(
               "minute 210 is not recorded as cooldown with 10 min left and rule 1 skipped at 90"));
         }
         if (r.ticks[30].status != TickStatus::Cooldown || r.rulesAt(30)[1].observed != 20.0) {
           c.fail(QStringLiteral("minute 30 is not recorded as cooldown with rule 2 observing 20"));
         }
       }});

  all.push_back(
      {"T23 cooldown PT10M spaces scale actions by 10 minutes",
       setting({Profile("default", 1, 10, 1)
                    .rule(Rule(kCpu).when(CO::GreaterThan, 50).increase(1).cooldown(10))}),
       traces({Trace(kCpu).level(-30, 70, 90)}), replay(window(minute(0), minute(60)), 1),
       [](Checks& c) {
         c.scales({{minute(0), 2},
                   {minute(10), 3},
                   {minute(20), 4},
                   {minute(30), 5},
                   {minute(40), 6},
                   {minute(50), 7},
                   {minute(60), 8}});
       }});

  for (const auto& [name, start, scales] :
       {std::tuple{"T24 metrics missing below the default: scale to the default", 2,
                   std::vector<std::pair<EpochSeconds, int>>{{minute(0), 3}}},
        std::tuple{"T24 metrics missing at or above the default: stay", 5,
                   std::vector<std::pair<EpochSeconds, int>>{}}}) {
    all.push_back(
        {name,
         setting({Profile("default", 1, 10, 3)
                      .rule(Rule(kCpu).when(CO::GreaterThan, 70).increase(1))
                      .rule(Rule(kCpu).when(CO::LessThan, 30).decrease(1))}),
         traces({}), replay(window(minute(0), minute(30)), start), [scales = scales](Checks& c) {
           c.scales(scales);
           if (!scales.empty())
             c.reasonContains(c.eventAt(EventKind::Scale, minute(0)), "metrics missing for rule 1");
           c.eventAt(EventKind::MetricsMissing, minute(0));
         }});
  }

  all.push_back({"T25 ServiceAllowedNextValue steps 1 → 2 → 4 → 8 and back",
                 setting({Profile("default", 1, 8, 1)
                              .rule(Rule("NamespaceCpuUsage")
                                        .when(CO::GreaterThan, 75)
                                        .increase(1, ScaleType::ServiceAllowedNextValue))
                              .rule(Rule("NamespaceCpuUsage")
                                        .when(CO::LessThan, 25)
                                        .decrease(1, ScaleType::ServiceAllowedNextValue))}),
                 traces({Trace("NamespaceCpuUsage").level(-30, 40, 90).level(40, 100, 10)}),
                 replay(window(minute(0), minute(99)), 1), [](Checks& c) {
                   c.scales({{minute(0), 2},
                             {minute(5), 4},
                             {minute(10), 8},
                             {minute(47), 4},
                             {minute(52), 2},
                             {minute(57), 1}});
                 }});
  all.push_back(
      {"T25 pinned schedules jump 1 → 16 at 06:00 and 16 → 1 at 21:00",
       setting({Profile("business", 16, 16, 16)
                    .recurrence("UTC", {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"},
                                {6}, {0}),
                Profile("night", 1, 1, 1)
                    .recurrence("UTC", {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"},
                                {21}, {0})}),
       traces({}), replay(window(at("2024-01-08T05:00:00Z"), at("2024-01-08T22:00:00Z")), 1),
       [](Checks& c) {
         c.scales({{at("2024-01-08T06:00:00Z"), 16}, {at("2024-01-08T21:00:00Z"), 1}});
       }});

  all.push_back(
      {"T26 Azure ML deployment: CPU and endpoint latency rules, closed loop", azureMlSample(),
       traces({Trace(kCpu).resource(kDeployment).level(-30, 60, 85).level(60, 130, 10),
               Trace("RequestLatency").resource(kEndpoint).level(-30, 120, 40).level(120, 130, 100),
               Trace("RequestLatency").resource(kEndpoint + "-other").level(-30, 130, 500)}),
       closedLoop(window(minute(0), minute(130)), 2, 2), [](Checks& c) {
         // Latency reaches 100 at minute 120; its 5-minute average passes 70 at minute 125
         // (40, 40, 100, 100, 100 → 76).
         c.scales({{minute(0), 4},
                   {minute(64), 3},
                   {minute(69), 2},
                   {minute(125), 3},
                   {minute(130), 4}});
         c.reasonContains(c.eventAt(EventKind::Scale, minute(0)),
                          "Scale out 2 → 4: rule 1 (CpuUtilizationPercentage Average > 70 over 5 "
                          "min, observed 85)");
         c.reasonContains(
             c.eventAt(EventKind::Scale, minute(125)),
             "Scale out 2 → 3: rule 3 (RequestLatency Average > 70 over 5 min, observed 76)");
       }});
  all.push_back(
      {"T26 Azure ML weekend profile pins the deployment at 2", azureMlSample(),
       traces({Trace(kCpu).span(at("2024-01-06T18:00:00Z"), at("2024-01-06T21:00:00Z"), 95)}),
       closedLoop(window(at("2024-01-06T19:00:00Z"), at("2024-01-06T21:00:00Z")), 2, 2),
       [](Checks& c) {
         c.scales({});
         c.profileAt(at("2024-01-06T20:00:00Z"), "weekend-profile");
       }});

  all.push_back(t27("T27 +20 % of 3, rounded up", true, PercentRounding::Up, {{minute(0), 4}},
                    "20 % of 3 = 0.6 → 1, rounded up (option percentRounding)"));
  all.push_back(t27("T27 +20 % of 3, rounded down", true, PercentRounding::Down, {}, ""));
  all.push_back(t27("T27 +20 % of 3, rounded to nearest", true, PercentRounding::Nearest,
                    {{minute(0), 4}}, "rounded to the nearest"));
  all.push_back(t27("T27 -10 % of 5, rounded up", false, PercentRounding::Up, {{minute(0), 4}},
                    "10 % of 5 = 0.5 → 1, rounded up"));
  all.push_back(t27("T27 -10 % of 5, rounded down", false, PercentRounding::Down, {}, ""));
  all.push_back(t27("T27 -10 % of 5, rounded to nearest (halves away from zero)", false,
                    PercentRounding::Nearest, {{minute(0), 4}}, "rounded to the nearest"));
  return all;
}

const std::vector<Scenario>& allScenarios() {
  static const std::vector<Scenario> all = scenarios();
  return all;
}

}  // namespace

class TestWorkedExamples final : public QObject {
  Q_OBJECT

 private slots:
  void workedExample_data() {
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < allScenarios().size(); ++i) {
      QTest::newRow(allScenarios()[i].name) << static_cast<int>(i);
    }
  }

  void workedExample() {
    QFETCH(int, index);
    const Scenario& scenario = allScenarios()[static_cast<std::size_t>(index)];
    QString error;
    const SimulationResult result =
        run(scenario.setting, scenario.metrics, scenario.options, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Checks checks(result);
    scenario.check(checks);
    QVERIFY2(checks.failures().isEmpty(), qPrintable(checks.failures().join(QLatin1Char('\n'))));
  }

  // T10: the document chooses 27 instances, although at 27 the CPU estimate is 72.2 % > 70 %;
  // the formula gives 28 (spec §8.4). The documented number is kept here as a known
  // disagreement, so that a change of reading is noticed.
  void t10DocumentedCountIsDisputed() {
    const auto& scenarios = allScenarios();
    const auto t10 = std::find_if(scenarios.begin(), scenarios.end(), [](const Scenario& s) {
      return std::string_view(s.name).substr(0, 3) == "T10";
    });
    QVERIFY(t10 != scenarios.end());
    QString error;
    const SimulationResult result = run(t10->setting, t10->metrics, t10->options, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Checks checks(result);
    const SimulationEvent* event = checks.eventAt(EventKind::FlappingOccurred, minute(17));
    QVERIFY(event);
    QEXPECT_FAIL("",
                 "spec §8.4: the documented 27 contradicts the estimate formula, which gives 28",
                 Continue);
    QCOMPARE(event->to, 27);
    QCOMPARE(event->to, 28);
  }
};

QTEST_GUILESS_MAIN(TestWorkedExamples)
#include "tst_workedexamples.moc"
