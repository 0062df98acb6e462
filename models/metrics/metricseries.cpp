#include "models/metrics/metricseries.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace autoscale::models {
namespace {

constexpr std::array<std::pair<PointAggregation, const char*>, 6> kAggregationNames{{
    {PointAggregation::Raw, "raw"},
    {PointAggregation::Average, "average"},
    {PointAggregation::Minimum, "minimum"},
    {PointAggregation::Maximum, "maximum"},
    {PointAggregation::Total, "total"},
    {PointAggregation::Count, "count"},
}};

}  // namespace

bool namesEqual(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool looksLikePercentage(std::string_view metric) {
  std::string lower(metric);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.find("percent") != std::string::npos ||
         lower.find("utilization") != std::string::npos;
}

const char* toString(PointAggregation aggregation) {
  for (const auto& [value, name] : kAggregationNames) {
    if (value == aggregation) return name;
  }
  return "raw";
}

std::optional<PointAggregation> parsePointAggregation(std::string_view text) {
  for (const auto& [value, name] : kAggregationNames) {
    if (namesEqual(text, name)) return value;
  }
  return std::nullopt;
}

std::optional<std::string> MetricSeries::dimension(std::string_view name) const {
  for (const auto& [key, value] : dimensions) {
    if (namesEqual(key, name)) return value;
  }
  return std::nullopt;
}

bool MetricSeries::sameSeriesAs(const MetricSeries& other) const {
  if (!namesEqual(metric, other.metric) || !namesEqual(resourceUri, other.resourceUri) ||
      aggregation != other.aggregation || dimensions.size() != other.dimensions.size()) {
    return false;
  }
  return std::all_of(dimensions.begin(), dimensions.end(), [&other](const auto& dim) {
    const auto value = other.dimension(dim.first);
    return value && namesEqual(*value, dim.second);
  });
}

std::string MetricSeries::label() const {
  std::string text = metric;
  if (!dimensions.empty()) {
    text += '{';
    for (std::size_t i = 0; i < dimensions.size(); ++i) {
      if (i > 0) text += ',';
      text += dimensions[i].first + '=' + dimensions[i].second;
    }
    text += '}';
  }
  if (aggregation != PointAggregation::Raw) text += std::string(" (") + toString(aggregation) + ')';
  return text;
}

bool MetricSet::empty() const {
  return std::all_of(series.begin(), series.end(),
                     [](const MetricSeries& s) { return s.points.empty(); });
}

std::optional<EpochSeconds> MetricSet::firstTime() const {
  std::optional<EpochSeconds> first;
  for (const auto& s : series) {
    if (!s.points.empty() && (!first || s.points.front().time < *first)) {
      first = s.points.front().time;
    }
  }
  return first;
}

std::optional<EpochSeconds> MetricSet::lastTime() const {
  std::optional<EpochSeconds> last;
  for (const auto& s : series) {
    if (!s.points.empty() && (!last || s.points.back().time > *last)) last = s.points.back().time;
  }
  return last;
}

void MetricSet::append(MetricSet other) {
  for (auto& s : other.series) series.push_back(std::move(s));
  for (auto& n : other.notes) notes.push_back(std::move(n));
}

}  // namespace autoscale::models
