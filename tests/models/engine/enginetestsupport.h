#pragma once

// Builders for the typed settings and traces the engine tests feed to simulate(), and a
// checker that collects every mismatch of a result with what a scenario expects.

#include <QString>
#include <QStringList>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "models/engine/simulator.h"
#include "models/metrics/metricseries.h"
#include "models/metrics/timestamp.h"
#include "models/setting/autoscalesetting.h"

namespace enginetest {

using namespace autoscale::models;

// 2024-01-03T10:00:00Z, a Wednesday: minute 0 of the scenarios.
constexpr EpochSeconds kT0 = 1704276000;
constexpr EpochSeconds minute(long long m) {
  return kT0 + m * 60;
}

// An absolute UTC time written as ISO-8601.
inline EpochSeconds at(const char* iso) {
  return parseUtcTimestamp(iso).value_or(0);
}

template <typename T>
Slot<T> literal(T value) {
  Slot<T> slot;
  slot.value = value;
  slot.present = true;
  return slot;
}

class Rule {
 public:
  explicit Rule(std::string metric) {
    MetricTrigger& t = m_rule.metricTrigger;
    t.metricName = std::move(metric);
    t.metricResourceUri =
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/"
        "workspaces/ws/onlineEndpoints/ep/deployments/blue";
    t.timeGrainSeconds = literal(60LL);
    t.statistic = literal(MetricStatistic::Average);
    t.timeWindowSeconds = literal(300LL);
    t.timeAggregation = literal(TimeAggregation::Average);
    t.op = literal(ComparisonOperator::GreaterThan);
    t.threshold = literal(0.0);
    t.dividePerInstance = literal(false);
    m_rule.scaleAction.direction = literal(ScaleDirection::Increase);
    m_rule.scaleAction.type = literal(ScaleType::ChangeCount);
    m_rule.scaleAction.value = literal(1LL);
    m_rule.scaleAction.cooldownSeconds = literal(300LL);
  }
  Rule& when(ComparisonOperator op, double threshold) {
    m_rule.metricTrigger.op = literal(op);
    m_rule.metricTrigger.threshold = literal(threshold);
    return *this;
  }
  Rule& over(long long minutes) {
    m_rule.metricTrigger.timeWindowSeconds = literal(minutes * 60);
    return *this;
  }
  Rule& grain(long long minutes) {
    m_rule.metricTrigger.timeGrainSeconds = literal(minutes * 60);
    return *this;
  }
  Rule& statistic(MetricStatistic s) {
    m_rule.metricTrigger.statistic = literal(s);
    return *this;
  }
  Rule& aggregation(TimeAggregation a) {
    m_rule.metricTrigger.timeAggregation = literal(a);
    return *this;
  }
  Rule& perInstance() {
    m_rule.metricTrigger.dividePerInstance = literal(true);
    return *this;
  }
  Rule& resource(std::string uri) {
    m_rule.metricTrigger.metricResourceUri = std::move(uri);
    return *this;
  }
  Rule& dimension(std::string name, DimensionOperator op, std::vector<std::string> values) {
    m_rule.metricTrigger.dimensions.push_back(
        MetricDimension{std::move(name), literal(op), std::move(values)});
    return *this;
  }
  Rule& action(ScaleDirection direction, ScaleType type, long long value) {
    m_rule.scaleAction.direction = literal(direction);
    m_rule.scaleAction.type = literal(type);
    m_rule.scaleAction.value = literal(value);
    return *this;
  }
  Rule& increase(long long by, ScaleType type = ScaleType::ChangeCount) {
    return action(ScaleDirection::Increase, type, by);
  }
  Rule& decrease(long long by, ScaleType type = ScaleType::ChangeCount) {
    return action(ScaleDirection::Decrease, type, by);
  }
  Rule& cooldown(long long minutes) {
    m_rule.scaleAction.cooldownSeconds = literal(minutes * 60);
    return *this;
  }
  ScaleRule& raw() { return m_rule; }
  operator ScaleRule() const { return m_rule; }  // NOLINT(google-explicit-constructor)

 private:
  ScaleRule m_rule;
};

class Profile {
 public:
  Profile(std::string name, long long minimum, long long maximum, long long defaultCount) {
    m_profile.name = std::move(name);
    m_profile.capacity.minimum = literal(minimum);
    m_profile.capacity.maximum = literal(maximum);
    m_profile.capacity.defaultCount = literal(defaultCount);
  }
  Profile& rule(ScaleRule rule) {
    m_profile.rules.push_back(std::move(rule));
    return *this;
  }
  Profile& recurrence(std::string timeZone, std::vector<std::string> days, std::vector<int> hours,
                      std::vector<int> minutes) {
    m_profile.recurrence =
        Recurrence{"Week", RecurrentSchedule{std::move(timeZone), std::move(days), std::move(hours),
                                             std::move(minutes)}};
    return *this;
  }
  Profile& fixed(std::string timeZone, std::string start, std::string end) {
    m_profile.fixedDate = FixedDate{std::move(timeZone), std::move(start), std::move(end)};
    return *this;
  }
  Profile& pairedWith(std::string defaultName, std::string forProfile) {
    m_profile.paired = PairedProfileName{defaultName, forProfile};
    m_profile.name = "{\"name\":\"" + defaultName + "\",\"for\":\"" + forProfile + "\"}";
    return *this;
  }
  operator ScaleProfile() const { return m_profile; }  // NOLINT(google-explicit-constructor)

 private:
  ScaleProfile m_profile;
};

inline AutoscaleSetting setting(std::vector<ScaleProfile> profiles, bool enabled = true) {
  AutoscaleSetting s;
  s.name = "test-setting";
  s.profiles = std::move(profiles);
  s.enabled = literal(enabled);
  return s;
}

// A trace built from constant stretches: level(from, to, value) fills every minute of
// [from, to) (scenario minutes).
class Trace {
 public:
  explicit Trace(std::string metric) { m_series.metric = std::move(metric); }
  Trace& level(long long fromMinute, long long toMinute, double value) {
    return span(minute(fromMinute), minute(toMinute), value);
  }
  // Every minute of [from, to) in absolute time.
  Trace& span(EpochSeconds from, EpochSeconds to, double value) {
    for (EpochSeconds t = from; t < to; t += 60) m_series.points.push_back(MetricPoint{t, value});
    return *this;
  }
  Trace& dimension(std::string name, std::string value) {
    m_series.dimensions.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  Trace& resource(std::string uri) {
    m_series.resourceUri = std::move(uri);
    return *this;
  }
  operator MetricSeries() const { return m_series; }  // NOLINT(google-explicit-constructor)

 private:
  MetricSeries m_series;
};

inline MetricSet traces(std::vector<MetricSeries> series) {
  MetricSet set;
  set.series = std::move(series);
  return set;
}

inline SimulationOptions window(EpochSeconds from, EpochSeconds to) {
  SimulationOptions options;
  options.from = from;
  options.to = to;
  return options;
}

inline const std::string kDeployment =
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/"
    "onlineEndpoints/ep/deployments/blue";
inline const std::string kEndpoint =
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/"
    "onlineEndpoints/ep";

// The setting of the Azure ML walkthrough (spec/walkthrough-azureml.md) as the CLI creates it:
// the default profile, the weekend profile, and the paired default profile that ends the
// weekend profile at 23:59.
inline AutoscaleSetting azureMlSample() {
  auto rules = [](Profile p) {
    return p
        .rule(Rule("CpuUtilizationPercentage")
                  .when(ComparisonOperator::GreaterThan, 70)
                  .over(5)
                  .increase(2))
        .rule(Rule("CpuUtilizationPercentage")
                  .when(ComparisonOperator::LessThan, 30)
                  .over(5)
                  .decrease(1))
        .rule(Rule("RequestLatency")
                  .resource(kEndpoint)
                  .when(ComparisonOperator::GreaterThan, 70)
                  .over(5)
                  .increase(1));
  };
  AutoscaleSetting s = setting({
      rules(Profile("my-scale-settings", 2, 5, 2)),
      Profile("weekend-profile", 2, 2, 2)
          .recurrence("Pacific Standard Time", {"Saturday", "Sunday"}, {0}, {0}),
      rules(Profile("", 2, 5, 2).pairedWith("my-scale-settings", "weekend-profile"))
          .recurrence("Pacific Standard Time", {"Saturday", "Sunday"}, {23}, {59}),
  });
  s.targetResourceUri = kDeployment;
  return s;
}

inline QString minuteText(EpochSeconds time) {
  return QStringLiteral("minute %1 (%2)")
      .arg((time - kT0) / 60)
      .arg(QString::fromStdString(formatUtcTimestamp(time)));
}

// Collects every way a result differs from expectations.
class Checks final {
 public:
  explicit Checks(const SimulationResult& result) : m_result(result) {}

  const SimulationResult& result() const { return m_result; }
  const QStringList& failures() const { return m_failures; }

  void fail(const QString& message) { m_failures << message; }

  void capacityAt(EpochSeconds time, int expected) {
    const int actual = m_result.capacityAt(time);
    if (actual != expected) {
      fail(QStringLiteral("capacity at %1 is %2, expected %3")
               .arg(minuteText(time))
               .arg(actual)
               .arg(expected));
    }
  }

  std::vector<const SimulationEvent*> events(EventKind kind) const {
    std::vector<const SimulationEvent*> found;
    for (const auto& e : m_result.events) {
      if (e.kind == kind) found.push_back(&e);
    }
    return found;
  }

  // The scale events must be exactly these (time, new count) pairs.
  void scales(const std::vector<std::pair<EpochSeconds, int>>& expected) {
    const auto actual = events(EventKind::Scale);
    QStringList seen;
    for (const auto* e : actual)
      seen << QStringLiteral("%1→%2 at %3").arg(e->from).arg(e->to).arg(minuteText(e->time));
    bool same = actual.size() == expected.size();
    for (std::size_t i = 0; same && i < actual.size(); ++i) {
      same = actual[i]->time == expected[i].first && actual[i]->to == expected[i].second;
    }
    if (!same) {
      QStringList wanted;
      for (const auto& [time, to] : expected)
        wanted << QStringLiteral("→%1 at %2").arg(to).arg(minuteText(time));
      fail(QStringLiteral("scale events [%1], expected [%2]")
               .arg(seen.join(QStringLiteral("; ")), wanted.join(QStringLiteral("; "))));
    }
  }

  const SimulationEvent* eventAt(EventKind kind, EpochSeconds time) {
    for (const auto& e : m_result.events) {
      if (e.kind == kind && e.time == time) return &e;
    }
    fail(QStringLiteral("no %1 event at %2").arg(QLatin1String(toString(kind)), minuteText(time)));
    return nullptr;
  }

  void reasonContains(const SimulationEvent* event, const std::string& text) {
    if (event && event->reason.find(text) == std::string::npos) {
      fail(QStringLiteral("reason \"%1\" does not contain \"%2\"")
               .arg(QString::fromStdString(event->reason), QString::fromStdString(text)));
    }
  }

  void noEvents(EventKind kind) {
    const auto found = events(kind);
    if (!found.empty()) {
      fail(QStringLiteral("unexpected %1 event at %2: %3")
               .arg(QLatin1String(toString(kind)), minuteText(found.front()->time),
                    QString::fromStdString(found.front()->reason)));
    }
  }

  void profileAt(EpochSeconds time, const std::string& expectedLabel) {
    const auto tick = m_result.tickAt(time);
    const int profile = tick ? m_result.ticks[*tick].profile : -1;
    const std::string actual =
        profile >= 0 ? m_result.profiles[static_cast<std::size_t>(profile)].label : "(none)";
    if (actual != expectedLabel) {
      fail(QStringLiteral("profile at %1 is '%2', expected '%3'")
               .arg(QString::fromStdString(formatUtcTimestamp(time)),
                    QString::fromStdString(actual), QString::fromStdString(expectedLabel)));
    }
  }

 private:
  const SimulationResult& m_result;
  QStringList m_failures;
};

// Runs a simulation that must succeed.
inline SimulationResult run(const AutoscaleSetting& s, const MetricSet& metrics,
                            const SimulationOptions& options, QString* error) {
  auto result = simulate(s, metrics, options);
  if (!result) {
    *error = QString::fromStdString(result.error().code + ": " + result.error().message);
    return {};
  }
  return std::move(result).value();
}

}  // namespace enginetest
