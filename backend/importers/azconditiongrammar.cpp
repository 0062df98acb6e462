#include "backend/importers/azconditiongrammar.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <regex>

namespace autoscale::backend {
namespace {

template <typename T>
Parsed<T> failure(std::string error, std::string hint, std::size_t offset = 0) {
  Parsed<T> result;
  result.error = std::move(error);
  result.hint = std::move(hint);
  result.offset = offset;
  return result;
}

constexpr const char* kConditionUsage =
    "write it as METRIC {==,!=,>,>=,<,<=} THRESHOLD {avg,min,max,total,count} PERIOD "
    "[where DIMENSION {==,!=} VALUE [or VALUE …]], e.g. \"Percentage CPU > 70 avg 5m\"";

bool isMetricChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) ||
         std::string_view(" \t_./\\:%-,|").find(c) != std::string_view::npos;
}

bool isWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

struct Token {
  std::string text;
  std::size_t offset;
};

// Splits at blanks; `,` and the operators `==`/`!=` are tokens of their own.
std::vector<Token> dimensionTokens(std::string_view text, std::size_t base) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == ',') {
      tokens.push_back({",", base + i++});
    } else if ((c == '=' || c == '!') && i + 1 < text.size() && text[i + 1] == '=') {
      tokens.push_back({std::string(text.substr(i, 2)), base + i});
      i += 2;
    } else {
      const std::size_t start = i;
      while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])) &&
             text[i] != ',' &&
             !((text[i] == '=' || text[i] == '!') && i + 1 < text.size() && text[i + 1] == '=')) {
        ++i;
      }
      tokens.push_back({std::string(text.substr(start, i - start)), base + start});
    }
  }
  return tokens;
}

Parsed<Json> parseDimensions(std::string_view text, std::size_t base) {
  const auto tokens = dimensionTokens(text, base);
  Json dimensions = Json::array();
  std::size_t i = 0;
  auto isOperator = [&](std::size_t k) {
    return k < tokens.size() && (tokens[k].text == "==" || tokens[k].text == "!=");
  };
  while (i < tokens.size()) {
    const Token& name = tokens[i];
    if (!std::all_of(name.text.begin(), name.text.end(), isWordChar)) {
      return failure<Json>("\"" + name.text + "\" is no dimension name", kConditionUsage,
                           name.offset);
    }
    if (!isOperator(i + 1)) {
      return failure<Json>("expected == or != after the dimension " + name.text, kConditionUsage,
                           i + 1 < tokens.size() ? tokens[i + 1].offset : base + text.size());
    }
    Json dimension = Json::object();
    dimension["DimensionName"] = name.text;
    dimension["Operator"] = tokens[i + 1].text == "==" ? "Equals" : "NotEquals";
    Json values = Json::array();
    i += 2;
    while (i < tokens.size()) {
      const std::string word = lower(tokens[i].text);
      if (word == "and") {
        ++i;
        break;
      }
      if (word == ",") {
        // A comma before `NAME ==` starts the next dimension; otherwise it separates values.
        if (isOperator(i + 2)) {
          ++i;
          break;
        }
        ++i;
        continue;
      }
      if (word == "or") {
        ++i;
        continue;
      }
      values.push_back(tokens[i].text);
      ++i;
    }
    if (values.empty()) {
      return failure<Json>("the dimension " + name.text + " has no value", kConditionUsage,
                           i < tokens.size() ? tokens[i].offset : base + text.size());
    }
    dimension["Values"] = std::move(values);
    dimensions.push_back(std::move(dimension));
  }
  if (dimensions.empty()) {
    return failure<Json>("`where` is not followed by a dimension", kConditionUsage, base);
  }
  Parsed<Json> result;
  result.value = std::move(dimensions);
  return result;
}

}  // namespace

Parsed<std::string> parseAzPeriod(std::string_view text) {
  static const std::regex period(
      "(p)?([0-9]+y)?([0-9]+m)?([0-9]+d)?(t)?([0-9]+h)?([0-9]+m)?([0-9]+s)?", std::regex::icase);
  const std::string value(text);
  std::smatch match;
  if (value.empty() || !std::regex_match(value, match, period)) {
    return failure<std::string>("\"" + value + "\" is no period",
                                "write a period like 5m, 1h, 1d or an ISO-8601 duration like PT5M");
  }
  Parsed<std::string> result;
  if (match[1].matched && match[5].matched) {
    result.value = value;  // ISO-8601 text goes through unchanged
    return result;
  }
  // Shorthand: days, hours and minutes (an m before any T means minutes), written
  // "P" + days + "T" + minutes + hours + seconds as the CLI does.
  const std::string minutes = match[7].matched ? match[7].str() : match[3].str();
  std::string out = "P" + match[4].str() + "T" + minutes + match[6].str() + match[8].str();
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  result.value = out;
  return result;
}

Parsed<Json> parseAzCondition(std::string_view text) {
  Json trigger = Json::object();
  std::size_t pos = 0;
  auto skipBlanks = [&] {
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
  };
  skipBlanks();
  std::string metricNamespace;
  if (pos < text.size() && (text[pos] == '"' || text[pos] == '\'')) {
    const char quote = text[pos];
    const auto close = text.find(quote, pos + 1);
    if (close == std::string_view::npos) {
      return failure<Json>("the metric namespace's quote is never closed", kConditionUsage, pos);
    }
    metricNamespace = std::string(text.substr(pos + 1, close - pos - 1));
    pos = close + 1;
    skipBlanks();
  }
  const std::size_t metricStart = pos;
  while (pos < text.size() && isMetricChar(text[pos])) ++pos;
  const std::string metric(trim(text.substr(metricStart, pos - metricStart)));
  if (metric.empty()) {
    return failure<Json>("the condition names no metric", kConditionUsage, metricStart);
  }
  static constexpr std::array<std::pair<const char*, const char*>, 6> kOperators{
      {{"<=", "LessThanOrEqual"},
       {">=", "GreaterThanOrEqual"},
       {"==", "Equals"},
       {"!=", "NotEquals"},
       {"<", "LessThan"},
       {">", "GreaterThan"}}};
  const char* op = nullptr;
  for (const auto& [symbol, name] : kOperators) {
    if (text.substr(pos, std::string_view(symbol).size()) == symbol) {
      op = name;
      pos += std::string_view(symbol).size();
      break;
    }
  }
  if (!op) {
    return failure<Json>(
        pos < text.size() ? "\"" + std::string(1, text[pos]) + "\" cannot appear in a metric name"
                          : "the condition has no operator after the metric " + metric,
        kConditionUsage, pos);
  }
  skipBlanks();
  // THRESHOLD: digits with an optional fraction ('.' or ','); no sign.
  const std::size_t numberStart = pos;
  while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) ++pos;
  if (pos < text.size() && (text[pos] == '.' || text[pos] == ',') && pos + 1 < text.size() &&
      std::isdigit(static_cast<unsigned char>(text[pos + 1]))) {
    ++pos;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) ++pos;
  }
  if (pos == numberStart) {
    return failure<Json>("expected a threshold (a number without sign) after the operator",
                         kConditionUsage, numberStart);
  }
  std::string number(text.substr(numberStart, pos - numberStart));
  for (char& c : number) c = c == ',' ? '.' : c;
  double threshold = 0;
  std::from_chars(number.data(), number.data() + number.size(), threshold);

  auto word = [&]() -> std::pair<std::string, std::size_t> {
    skipBlanks();
    const std::size_t start = pos;
    while (pos < text.size() && isWordChar(text[pos])) ++pos;
    return {std::string(text.substr(start, pos - start)), start};
  };
  const auto [aggregation, aggregationOffset] = word();
  static constexpr std::array<std::pair<const char*, const char*>, 5> kAggregations{
      {{"avg", "Average"},
       {"min", "Minimum"},
       {"max", "Maximum"},
       {"total", "Total"},
       {"count", "Count"}}};
  const char* aggregationName = nullptr;
  for (const auto& [shorthand, name] : kAggregations) {
    if (lower(aggregation) == shorthand) aggregationName = name;
  }
  if (!aggregationName) {
    return failure<Json>(aggregation.empty() ? "expected an aggregation after the threshold"
                                             : "\"" + aggregation + "\" is no aggregation",
                         "use one of avg, min, max, total, count (the CLI has no `last`)",
                         aggregationOffset);
  }
  const auto [periodText, periodOffset] = word();
  const auto period = parseAzPeriod(periodText);
  if (periodText.empty() || !period.ok()) {
    return failure<Json>(
        periodText.empty() ? "expected a period after the aggregation" : period.error,
        period.hint.empty() ? kConditionUsage : period.hint, periodOffset);
  }
  trigger["metricName"] = metric;
  trigger["metricNamespace"] = metricNamespace;
  trigger["timeWindow"] = period.value;
  trigger["timeAggregation"] = aggregationName;
  trigger["operator"] = op;
  trigger["threshold"] = threshold;

  skipBlanks();
  if (pos < text.size()) {
    const auto [keyword, keywordOffset] = word();
    if (lower(keyword) != "where") {
      return failure<Json>(
          "unexpected text after the period; only `where` and dimension "
          "filters may follow",
          kConditionUsage, keywordOffset);
    }
    auto dimensions = parseDimensions(text.substr(pos), pos);
    if (!dimensions.ok()) return dimensions;
    trigger["dimensions"] = std::move(dimensions.value);
  }
  Parsed<Json> result;
  result.value = std::move(trigger);
  return result;
}

Parsed<Json> parseAzScale(const std::vector<std::string>& words) {
  std::vector<std::string> parts = words;
  if (parts.size() == 1) {  // one quoted string is split at blanks, as the CLI does
    std::vector<std::string> split;
    std::string current;
    for (char c : parts.front()) {
      if (c == ' ') {
        if (!current.empty()) split.push_back(current);
        current.clear();
      } else {
        current += c;
      }
    }
    if (!current.empty()) split.push_back(current);
    parts = split;
  }
  constexpr const char* kUsage = "write --scale {out,in,to} VALUE[%], e.g. --scale out 2";
  if (parts.size() != 2) return failure<Json>("--scale takes a direction and an amount", kUsage);
  const std::string direction = parts[0];
  std::string amount = parts[1];
  Json action = Json::object();
  if (direction == "to") {
    action["direction"] = "None";
    action["type"] = "ExactCount";
  } else if (direction == "out" || direction == "in") {
    action["direction"] = direction == "out" ? "Increase" : "Decrease";
    const bool percent = !amount.empty() && amount.back() == '%';
    if (percent) amount.pop_back();
    action["type"] = percent ? "PercentChangeCount" : "ChangeCount";
  } else {
    return failure<Json>("\"" + direction + "\" is no scale direction", kUsage);
  }
  if (amount.empty() || amount.find_first_not_of("0123456789") != std::string::npos) {
    return failure<Json>("\"" + parts[1] + "\" is no instance count", kUsage);
  }
  action["value"] = amount;
  Parsed<Json> result;
  result.value = std::move(action);
  return result;
}

Parsed<Json> parseAzTimeGrain(const std::vector<std::string>& words) {
  std::vector<std::string> parts;
  for (const auto& word : words) {
    std::size_t start = 0;
    while (start <= word.size()) {
      const auto blank = word.find(' ', start);
      const std::string part =
          word.substr(start, blank == std::string::npos ? blank : blank - start);
      if (!part.empty()) parts.push_back(part);
      if (blank == std::string::npos) break;
      start = blank + 1;
    }
  }
  constexpr const char* kUsage = "write --timegrain {avg,min,max,sum} PERIOD, e.g. avg 1m";
  if (parts.size() != 2) return failure<Json>("--timegrain takes a statistic and a period", kUsage);
  static constexpr std::array<std::pair<const char*, const char*>, 4> kStatistics{
      {{"avg", "Average"}, {"min", "Min"}, {"max", "Max"}, {"sum", "Sum"}}};
  const char* statistic = nullptr;
  for (const auto& [shorthand, name] : kStatistics) {
    if (lower(parts[0]) == shorthand) statistic = name;
  }
  if (!statistic) {
    return failure<Json>("\"" + parts[0] + "\" is no time grain statistic",
                         "use avg, min, max or sum (the CLI has no count)");
  }
  const auto period = parseAzPeriod(parts[1]);
  if (!period.ok()) return failure<Json>(period.error, period.hint);
  Parsed<Json> result;
  result.value = Json{{"statistic", statistic}, {"timeGrain", period.value}};
  return result;
}

Parsed<std::vector<std::string>> parseAzRecurrence(const std::vector<std::string>& words) {
  static constexpr std::array<const char*, 7> kDays{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                    "Thursday", "Friday", "Saturday"};
  constexpr const char* kUsage = "write --recurrence week DAY [DAY …], e.g. week sat sun";
  if (words.empty() || lower(words.front()) != "week") {
    return failure<std::vector<std::string>>("the recurrence must start with `week`", kUsage);
  }
  Parsed<std::vector<std::string>> result;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string day = lower(words[i]);
    const char* match = nullptr;
    for (const char* name : kDays) {
      if (day.size() >= 2 && lower(name).rfind(day, 0) == 0) match = name;
    }
    if (!match) {
      return failure<std::vector<std::string>>(
          "\"" + words[i] + "\" is no day",
          "give days as at least two letters of their English name: su mo tu we th fr sa");
    }
    if (std::find(result.value.begin(), result.value.end(), match) != result.value.end()) {
      return failure<std::vector<std::string>>(std::string(match) + " is given twice", kUsage);
    }
    result.value.emplace_back(match);
  }
  if (result.value.empty()) {
    return failure<std::vector<std::string>>("the recurrence names no day", kUsage);
  }
  return result;
}

Parsed<std::pair<int, int>> parseAzClock(std::string_view text) {
  static const std::regex clock("([0-9]{1,2}):([0-9]{2})(:[0-9]{2})?");
  const std::string value(text);
  std::smatch match;
  if (!std::regex_match(value, match, clock) || std::stoi(match[1]) > 23 ||
      std::stoi(match[2]) > 59) {
    return failure<std::pair<int, int>>("\"" + value + "\" is no time of day",
                                        "write the time as hh:mm, e.g. 08:30");
  }
  Parsed<std::pair<int, int>> result;
  result.value = {std::stoi(match[1]), std::stoi(match[2])};
  return result;
}

Parsed<std::string> parseAzDateTime(std::string_view text) {
  static const std::regex dateTime(
      "([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?)?");
  const std::string value(text);
  std::smatch match;
  if (!std::regex_match(value, match, dateTime)) {
    return failure<std::string>("\"" + value + "\" is no date and time",
                                "write it as yyyy-mm-dd hh:mm:ss, e.g. 2024-12-24 08:00:00");
  }
  Parsed<std::string> result;
  result.value = match[1].str() + "T" + (match[2].matched ? match[2].str() : "00") + ":" +
                 (match[3].matched ? match[3].str() : "00") + ":" +
                 (match[4].matched ? match[4].str() : "00") + "+00:00";
  return result;
}

Parsed<bool> parseAzBool(std::string_view text) {
  const std::string value = lower(text);
  Parsed<bool> result;
  for (const char* yes : {"true", "yes", "y", "on", "1", "t"}) {
    if (value == yes) {
      result.value = true;
      return result;
    }
  }
  for (const char* no : {"false", "no", "n", "off", "0", "f"}) {
    if (value == no) return result;
  }
  return failure<bool>("\"" + std::string(text) + "\" is no boolean", "use true or false");
}

}  // namespace autoscale::backend
