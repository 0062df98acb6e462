// Names of the API's enums, and case-insensitive parsing of them (files use `scale` and
// `Scale`, `average` and `Average`).
#include <algorithm>
#include <array>
#include <cctype>

#include "models/setting/autoscalesetting.h"

namespace autoscale::models {
namespace {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, const char*>, N>;

constexpr NameTable<MetricStatistic, 5> kStatistics{{{MetricStatistic::Average, "Average"},
                                                     {MetricStatistic::Min, "Min"},
                                                     {MetricStatistic::Max, "Max"},
                                                     {MetricStatistic::Sum, "Sum"},
                                                     {MetricStatistic::Count, "Count"}}};
constexpr NameTable<TimeAggregation, 6> kAggregations{{{TimeAggregation::Average, "Average"},
                                                       {TimeAggregation::Minimum, "Minimum"},
                                                       {TimeAggregation::Maximum, "Maximum"},
                                                       {TimeAggregation::Total, "Total"},
                                                       {TimeAggregation::Count, "Count"},
                                                       {TimeAggregation::Last, "Last"}}};
constexpr NameTable<ComparisonOperator, 6> kOperators{
    {{ComparisonOperator::Equals, "Equals"},
     {ComparisonOperator::NotEquals, "NotEquals"},
     {ComparisonOperator::GreaterThan, "GreaterThan"},
     {ComparisonOperator::GreaterThanOrEqual, "GreaterThanOrEqual"},
     {ComparisonOperator::LessThan, "LessThan"},
     {ComparisonOperator::LessThanOrEqual, "LessThanOrEqual"}}};
constexpr NameTable<ScaleDirection, 3> kDirections{{{ScaleDirection::None, "None"},
                                                    {ScaleDirection::Increase, "Increase"},
                                                    {ScaleDirection::Decrease, "Decrease"}}};
constexpr NameTable<ScaleType, 4> kScaleTypes{
    {{ScaleType::ChangeCount, "ChangeCount"},
     {ScaleType::PercentChangeCount, "PercentChangeCount"},
     {ScaleType::ExactCount, "ExactCount"},
     {ScaleType::ServiceAllowedNextValue, "ServiceAllowedNextValue"}}};
constexpr NameTable<DimensionOperator, 2> kDimensionOperators{
    {{DimensionOperator::Equals, "Equals"}, {DimensionOperator::NotEquals, "NotEquals"}}};
constexpr NameTable<PredictiveScaleMode, 3> kScaleModes{
    {{PredictiveScaleMode::Disabled, "Disabled"},
     {PredictiveScaleMode::ForecastOnly, "ForecastOnly"},
     {PredictiveScaleMode::Enabled, "Enabled"}}};

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

template <typename Enum, std::size_t N>
const char* nameOf(const NameTable<Enum, N>& table, Enum value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return "";
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const NameTable<Enum, N>& table, std::string_view text) {
  for (const auto& [e, name] : table) {
    if (equalsIgnoringCase(text, name)) return e;
  }
  return std::nullopt;
}

}  // namespace

const char* toString(MetricStatistic value) {
  return nameOf(kStatistics, value);
}
const char* toString(TimeAggregation value) {
  return nameOf(kAggregations, value);
}
const char* toString(ComparisonOperator value) {
  return nameOf(kOperators, value);
}
const char* toString(ScaleDirection value) {
  return nameOf(kDirections, value);
}
const char* toString(ScaleType value) {
  return nameOf(kScaleTypes, value);
}
const char* toString(DimensionOperator value) {
  return nameOf(kDimensionOperators, value);
}
const char* toString(PredictiveScaleMode value) {
  return nameOf(kScaleModes, value);
}

std::optional<MetricStatistic> parseMetricStatistic(std::string_view text) {
  return parse(kStatistics, text);
}
std::optional<TimeAggregation> parseTimeAggregation(std::string_view text) {
  return parse(kAggregations, text);
}
std::optional<ComparisonOperator> parseComparisonOperator(std::string_view text) {
  return parse(kOperators, text);
}
std::optional<ScaleDirection> parseScaleDirection(std::string_view text) {
  return parse(kDirections, text);
}
std::optional<ScaleType> parseScaleType(std::string_view text) {
  return parse(kScaleTypes, text);
}
std::optional<DimensionOperator> parseDimensionOperator(std::string_view text) {
  return parse(kDimensionOperators, text);
}
std::optional<PredictiveScaleMode> parsePredictiveScaleMode(std::string_view text) {
  return parse(kScaleModes, text);
}

}  // namespace autoscale::models
