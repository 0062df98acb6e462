#include "backend/exporters/azclirulewriter.h"

#include <algorithm>
#include <charconv>
#include <regex>

#include "backend/exporters/durationtext.h"
#include "backend/exporters/textquoting.h"
#include "models/setting/autoscalesetting.h"

namespace autoscale::backend {
namespace {

using models::ComparisonOperator;
using models::MetricStatistic;
using models::ScaleDirection;
using models::ScaleType;
using models::TimeAggregation;

bool allOf(const std::string& text, std::string_view extra) {
  return std::all_of(text.begin(), text.end(), [&](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
           extra.find(c) != std::string_view::npos;
  });
}

const char* operatorSymbol(ComparisonOperator op) {
  switch (op) {
    case ComparisonOperator::Equals:
      return "==";
    case ComparisonOperator::NotEquals:
      return "!=";
    case ComparisonOperator::GreaterThan:
      return ">";
    case ComparisonOperator::GreaterThanOrEqual:
      return ">=";
    case ComparisonOperator::LessThan:
      return "<";
    case ComparisonOperator::LessThanOrEqual:
      return "<=";
  }
  return ">";
}

// The grammar's NUMBER: digits with an optional fraction, no sign, no exponent.
std::string thresholdText(double value) {
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  std::string text(buffer, result.ptr);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

const char* aggregationWord(TimeAggregation aggregation) {
  switch (aggregation) {
    case TimeAggregation::Average:
      return "avg";
    case TimeAggregation::Minimum:
      return "min";
    case TimeAggregation::Maximum:
      return "max";
    case TimeAggregation::Total:
      return "total";
    case TimeAggregation::Count:
      return "count";
    case TimeAggregation::Last:
      return nullptr;
  }
  return nullptr;
}

const char* statisticWord(MetricStatistic statistic) {
  switch (statistic) {
    case MetricStatistic::Average:
      return "avg";
    case MetricStatistic::Min:
      return "min";
    case MetricStatistic::Max:
      return "max";
    case MetricStatistic::Sum:
      return "sum";
    case MetricStatistic::Count:
      return nullptr;
  }
  return nullptr;
}

class RuleWriter final {
 public:
  RuleWriter(const std::string& target, const PathText& path) : m_target(target), m_path(path) {}

  AzCliRuleArguments write(const Json& rule) {
    const Json* trigger = member(rule, "metricTrigger");
    const Json* action = member(rule, "scaleAction");
    if (!trigger || !action) {
      m_result.inexpressible = "the rule lacks its metricTrigger or scaleAction";
      return std::move(m_result);
    }
    m_triggerPath = m_path.key("metricTrigger");
    m_actionPath = m_path.key("scaleAction");
    writeCondition(*trigger);
    writeScale(*action);
    writeCooldown(*action);
    writeTimeGrain(*trigger);
    const std::string source = memberString(*trigger, "metricResourceUri");
    if (!source.empty() && source != m_target) add({"--resource", shellQuote(source)});
    if (!memberString(*trigger, "metricResourceLocation").empty()) {
      approximate(m_triggerPath.key("metricResourceLocation").str() +
                  " cannot be given to the CLI; the service fills it in.");
    }
    const Json* divide = member(*trigger, "dividePerInstance");
    if (divide && divide->is_boolean() && divide->get<bool>()) {
      approximate(m_triggerPath.key("dividePerInstance").str() +
                  " is true, which the CLI cannot set; the rule is created without it.");
    }
    return std::move(m_result);
  }

 private:
  void add(std::initializer_list<std::string> words) {
    m_result.arguments.insert(m_result.arguments.end(), words);
  }
  void approximate(std::string text) { m_result.approximations.push_back(std::move(text)); }
  void fail(std::string text) {
    if (m_result.inexpressible.empty()) m_result.inexpressible = std::move(text);
  }

  void writeCondition(const Json& trigger) {
    std::string condition;
    const std::string metricNamespace = memberString(trigger, "metricNamespace");
    if (!metricNamespace.empty()) {
      if (!allOf(metricNamespace, " /.*-:%#@")) {
        fail("the metric namespace \"" + metricNamespace +
             "\" has characters that --condition cannot quote");
      }
      condition += "\"" + metricNamespace + "\" ";
    }
    const std::string metric = memberString(trigger, "metricName");
    if (metric.empty() || !allOf(metric, " ./\\:%-,|") || metric.front() == ' ') {
      fail("the metric name \"" + metric + "\" has characters that --condition cannot hold");
    }
    condition += metric;

    const auto op = models::parseComparisonOperator(memberString(trigger, "operator"));
    if (!op) fail("the operator \"" + memberString(trigger, "operator") + "\" is unknown");
    condition += std::string(" ") + operatorSymbol(op.value_or(ComparisonOperator::GreaterThan));

    const Json* threshold = member(trigger, "threshold");
    if (!threshold || !threshold->is_number() || threshold->get<double>() < 0) {
      fail("the threshold must be a number of zero or more for --condition");
    } else {
      condition += " " + thresholdText(threshold->get<double>());
    }

    const auto aggregation = models::parseTimeAggregation(memberString(trigger, "timeAggregation"));
    const char* word = aggregation ? aggregationWord(*aggregation) : nullptr;
    if (!word) {
      approximate(m_triggerPath.key("timeAggregation").str() + " is " +
                  memberString(trigger, "timeAggregation") +
                  ", which --condition cannot express; the command uses avg.");
      word = "avg";
    }
    condition += std::string(" ") + word;

    const std::string window = memberString(trigger, "timeWindow");
    const std::string period = azCliPeriod(window);
    if (period.empty()) fail("the time window \"" + window + "\" is no duration the CLI can write");
    condition += " " + period;
    writeDimensions(trigger, condition);
    add({"--condition", shellQuote(condition)});
  }

  void writeDimensions(const Json& trigger, std::string& condition) {
    const auto dimensions = memberElements(trigger, "dimensions");
    for (std::size_t i = 0; i < dimensions.size(); ++i) {
      const Json& dimension = *dimensions[i];
      const std::string name = memberString(dimension, "DimensionName");
      if (name.empty() || !allOf(name, "")) {
        fail("the dimension name \"" + name + "\" is not a single word, as --condition needs");
      }
      const auto op = models::parseDimensionOperator(memberString(dimension, "Operator"));
      condition += (i == 0 ? " where " : " and ") + name +
                   (op == models::DimensionOperator::NotEquals ? " != " : " == ");
      const auto values = memberElements(dimension, "Values");
      if (values.empty()) fail("dimension " + name + " has no values");
      for (std::size_t v = 0; v < values.size(); ++v) {
        const std::string value = scalarText(*values[v]);
        if (value.empty() || !allOf(value, "-.*:~") || equalsIgnoringCase(value, "or") ||
            equalsIgnoringCase(value, "and")) {
          fail("the dimension value \"" + value + "\" cannot be written in --condition");
        }
        condition += (v ? " or " : "") + value;
      }
    }
  }

  void writeScale(const Json& action) {
    const auto direction = models::parseScaleDirection(memberString(action, "direction"));
    const auto type = models::parseScaleType(memberString(action, "type"));
    const Json* valueJson = member(action, "value");
    const std::string value = valueJson ? scalarText(*valueJson) : "1";
    if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos) {
      fail("the scale value \"" + value + "\" is not a whole number");
    }
    if (!type || *type == ScaleType::ServiceAllowedNextValue) {
      fail("the scale type " + memberString(action, "type") + " has no --scale form");
      return;
    }
    if (*type == ScaleType::ExactCount) {
      if (direction != ScaleDirection::None) {
        approximate(m_actionPath.key("direction").str() + " is " +
                    memberString(action, "direction") +
                    "; `--scale to` writes None (ExactCount ignores the direction).");
      }
      add({"--scale", "to", shellQuote(value)});
      return;
    }
    if (direction != ScaleDirection::Increase && direction != ScaleDirection::Decrease) {
      fail("a change by a count needs the direction Increase or Decrease");
      return;
    }
    const bool percent = *type == ScaleType::PercentChangeCount;
    add({"--scale", direction == ScaleDirection::Increase ? "out" : "in",
         shellQuote(value + (percent ? "%" : ""))});
  }

  void writeCooldown(const Json& action) {
    const std::string cooldown = memberString(action, "cooldown");
    const auto seconds = parseDurationSeconds(cooldown);
    if (!seconds) {
      fail("the cooldown \"" + cooldown + "\" is no duration");
      return;
    }
    const long long minutes = (*seconds + 59) / 60;
    const std::string written = "PT" + std::to_string(minutes) + "M";
    if (written != cooldown) {
      approximate(m_actionPath.key("cooldown").str() + " is " + cooldown +
                  "; --cooldown takes whole minutes and the CLI stores " + written + ".");
    }
    add({"--cooldown", std::to_string(minutes)});
  }

  void writeTimeGrain(const Json& trigger) {
    const auto statistic = models::parseMetricStatistic(memberString(trigger, "statistic"));
    const char* word = statistic ? statisticWord(*statistic) : nullptr;
    if (!word) {
      approximate(m_triggerPath.key("statistic").str() + " is " +
                  memberString(trigger, "statistic") +
                  ", which --timegrain cannot express; the command uses avg.");
      word = "avg";
    }
    const std::string grain = memberString(trigger, "timeGrain");
    const std::string period = azCliPeriod(grain);
    if (period.empty()) fail("the time grain \"" + grain + "\" is no duration the CLI can write");
    add({"--timegrain", word, shellQuote(period)});
  }

  const std::string& m_target;
  const PathText& m_path;
  PathText m_triggerPath;
  PathText m_actionPath;
  AzCliRuleArguments m_result;
};

}  // namespace

std::string azCliPeriod(const std::string& iso) {
  static const std::regex minutesOnly("PT([0-9]+)M", std::regex::icase);
  static const std::regex hoursOnly("PT([0-9]+)H", std::regex::icase);
  // The CLI's own PERIOD pattern; with both P and T present it keeps the text unchanged.
  static const std::regex cliPeriod(
      "(p)?([0-9]+y)?([0-9]+m)?([0-9]+d)?(t)?([0-9]+h)?([0-9]+m)?([0-9]+s)?", std::regex::icase);
  std::smatch match;
  if (std::regex_match(iso, match, minutesOnly) && iso == "PT" + match[1].str() + "M") {
    return match[1].str() + "m";
  }
  if (std::regex_match(iso, match, hoursOnly) && iso == "PT" + match[1].str() + "H") {
    return match[1].str() + "h";
  }
  if (std::regex_match(iso, match, cliPeriod) && match[1].matched && match[5].matched) return iso;
  return {};
}

AzCliRuleArguments azCliRuleArguments(const Json& rule, const std::string& targetResourceUri,
                                      const PathText& path) {
  return RuleWriter(targetResourceUri, path).write(rule);
}

}  // namespace autoscale::backend
