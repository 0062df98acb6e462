#include "models/metrics/monitorjson.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

namespace autoscale::models {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::array<PointAggregation, 5> kAggregations{
    PointAggregation::Average, PointAggregation::Minimum, PointAggregation::Maximum,
    PointAggregation::Total, PointAggregation::Count};

Error jsonError(const std::string& path, const std::string& message) {
  return Error{"trace.json", path + ": " + message};
}

// Line and column (1-based) of a byte offset.
std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

std::string stringOf(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object()) {
    const auto inner = value.find("value");
    if (inner != value.end() && inner->is_string()) return inner->get<std::string>();
  }
  return {};
}

// The emitting resource from a metric id `{resource}/providers/Microsoft.Insights/metrics/{name}`.
std::string resourceFromMetricId(const std::string& id) {
  static constexpr std::string_view kMarker = "/providers/microsoft.insights/metrics/";
  std::string lower = id;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::size_t at = lower.rfind(kMarker);
  return at == std::string::npos ? std::string() : id.substr(0, at);
}

Status readTimeseries(const Json& entry, const std::string& path, const MetricSeries& base,
                      MetricSet& set) {
  MetricSeries shape = base;
  const auto meta = entry.find("metadatavalues");
  if (meta != entry.end() && meta->is_array()) {
    for (std::size_t i = 0; i < meta->size(); ++i) {
      const Json& item = (*meta)[i];
      const std::string name =
          item.is_object() && item.contains("name") ? stringOf(item["name"]) : "";
      if (name.empty()) {
        return Status{jsonError(path + ".metadatavalues[" + std::to_string(i) + "]",
                                "a dimension value without a name; expected {\"name\": {\"value\": "
                                "\"instanceId\"}, \"value\": \"…\"}")};
      }
      const auto value = item.find("value");
      shape.dimensions.emplace_back(name, value != item.end() && value->is_string()
                                              ? value->get<std::string>()
                                              : std::string());
    }
  }
  std::array<MetricSeries, kAggregations.size()> byAggregation;
  for (std::size_t a = 0; a < kAggregations.size(); ++a) {
    byAggregation[a] = shape;
    byAggregation[a].aggregation = kAggregations[a];
  }
  std::array<bool, kAggregations.size()> seen{};
  const auto data = entry.find("data");
  if (data != entry.end() && !data->is_array()) {
    return Status{jsonError(path + ".data", "expected an array of data points")};
  }
  if (data != entry.end()) {
    for (std::size_t i = 0; i < data->size(); ++i) {
      const Json& point = (*data)[i];
      const std::string pointPath = path + ".data[" + std::to_string(i) + "]";
      if (!point.is_object()) return Status{jsonError(pointPath, "expected an object")};
      const auto stamp = point.find("timeStamp");
      const std::string stampText =
          stamp != point.end() && stamp->is_string() ? stamp->get<std::string>() : "";
      const auto time = parseUtcTimestamp(stampText);
      if (!time) {
        return Status{
            jsonError(pointPath + ".timeStamp", "'" + stampText +
                                                    "' is not an ISO-8601 UTC time such as "
                                                    "2024-05-01T09:30:00Z")};
      }
      for (std::size_t a = 0; a < kAggregations.size(); ++a) {
        const auto value = point.find(toString(kAggregations[a]));
        if (value == point.end() || value->is_null()) continue;
        if (!value->is_number()) {
          return Status{
              jsonError(pointPath + "." + toString(kAggregations[a]), "expected a number")};
        }
        auto& points = byAggregation[a].points;
        if (!points.empty() && points.back().time >= *time) {
          return Status{jsonError(pointPath + ".timeStamp",
                                  "points must be in increasing time order; " + stampText +
                                      " does not come after the previous point")};
        }
        points.push_back(MetricPoint{*time, value->get<double>()});
        seen[a] = true;
      }
    }
  }
  for (std::size_t a = 0; a < kAggregations.size(); ++a) {
    if (seen[a]) set.series.push_back(std::move(byAggregation[a]));
  }
  return Status::success();
}

Status readMetric(const Json& metric, const std::string& path, MetricSet& set) {
  if (!metric.is_object()) return Status{jsonError(path, "expected a metric object")};
  MetricSeries base;
  base.metric = metric.contains("name") ? stringOf(metric["name"]) : "";
  if (base.metric.empty()) {
    return Status{jsonError(path + ".name", "the metric has no name; expected {\"value\": \"…\"}")};
  }
  if (metric.contains("id") && metric["id"].is_string()) {
    base.resourceUri = resourceFromMetricId(metric["id"].get<std::string>());
  }
  if (metric.contains("unit") && metric["unit"].is_string())
    base.unit = metric["unit"].get<std::string>();
  const std::string errorCode = metric.contains("errorCode") ? stringOf(metric["errorCode"]) : "";
  if (!errorCode.empty() && !namesEqual(errorCode, "Success")) {
    const std::string message =
        metric.contains("errorMessage") ? stringOf(metric["errorMessage"]) : "";
    set.notes.push_back("metric " + base.metric + " was skipped: the service answered " +
                        errorCode + (message.empty() ? "" : " (" + message + ")"));
    return Status::success();
  }
  const auto timeseries = metric.find("timeseries");
  if (timeseries == metric.end()) return Status::success();
  if (!timeseries->is_array()) {
    return Status{jsonError(path + ".timeseries", "expected an array of time series")};
  }
  for (std::size_t i = 0; i < timeseries->size(); ++i) {
    const Status status = readTimeseries(
        (*timeseries)[i], path + ".timeseries[" + std::to_string(i) + "]", base, set);
    if (!status) return status;
  }
  return Status::success();
}

// What one bucket of one output series has seen.
struct Bucket {
  double sum = 0.0;
  double count = 0.0;
  double minimum = std::numeric_limits<double>::infinity();
  double maximum = -std::numeric_limits<double>::infinity();
  double averageSum = 0.0;  // for series that already hold averages
  double averageCount = 0.0;
  std::array<bool, kAggregations.size()> has{};
};

void addToBucket(Bucket& bucket, PointAggregation aggregation, double value) {
  auto mark = [&bucket](PointAggregation a) {
    const auto at = std::find(kAggregations.begin(), kAggregations.end(), a);
    bucket.has[static_cast<std::size_t>(at - kAggregations.begin())] = true;
  };
  switch (aggregation) {
    case PointAggregation::Raw:
      bucket.sum += value;
      bucket.count += 1;
      bucket.averageSum += value;
      bucket.averageCount += 1;
      bucket.minimum = std::min(bucket.minimum, value);
      bucket.maximum = std::max(bucket.maximum, value);
      for (auto a : kAggregations) mark(a);
      break;
    case PointAggregation::Average:
      bucket.averageSum += value;
      bucket.averageCount += 1;
      mark(aggregation);
      break;
    case PointAggregation::Minimum:
      bucket.minimum = std::min(bucket.minimum, value);
      mark(aggregation);
      break;
    case PointAggregation::Maximum:
      bucket.maximum = std::max(bucket.maximum, value);
      mark(aggregation);
      break;
    case PointAggregation::Total:
      bucket.sum += value;
      mark(aggregation);
      break;
    case PointAggregation::Count:
      bucket.count += value;
      mark(aggregation);
      break;
  }
}

double bucketValue(const Bucket& bucket, PointAggregation aggregation) {
  switch (aggregation) {
    case PointAggregation::Average:
      return bucket.averageSum / bucket.averageCount;
    case PointAggregation::Minimum:
      return bucket.minimum;
    case PointAggregation::Maximum:
      return bucket.maximum;
    case PointAggregation::Total:
      return bucket.sum;
    case PointAggregation::Count:
      return bucket.count;
    case PointAggregation::Raw:
      break;
  }
  return 0.0;
}

std::string lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

std::string isoDurationText(EpochSeconds seconds) {
  if (seconds > 0 && seconds % 86400 == 0) return "P" + std::to_string(seconds / 86400) + "D";
  std::string text = "PT";
  if (seconds >= 3600) text += std::to_string(seconds / 3600) + "H";
  if (seconds % 3600 >= 60) text += std::to_string(seconds % 3600 / 60) + "M";
  if (seconds % 60 != 0 || seconds == 0) text += std::to_string(seconds % 60) + "S";
  return text;
}

Result<MetricSet> readMonitorMetricsJson(std::string_view text) {
  Json document;
  try {
    document = Json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& error) {
    const auto [line, column] = lineAndColumn(text, error.byte > 0 ? error.byte - 1 : 0);
    return Error{"trace.json", "line " + std::to_string(line) + ", column " +
                                   std::to_string(column) +
                                   ": the file is not valid JSON; check for a missing comma, "
                                   "quote or bracket there"};
  }
  MetricSet set;
  const Json* metrics = nullptr;
  std::string path = "$";
  if (document.is_object() && document.contains("value") && document["value"].is_array()) {
    metrics = &document["value"];
    path = "$.value";
  } else if (document.is_array()) {
    metrics = &document;
  } else {
    return Error{"trace.json",
                 "$: expected an Azure Monitor metrics response, an object with a \"value\" array "
                 "of metrics"};
  }
  for (std::size_t i = 0; i < metrics->size(); ++i) {
    const Status status = readMetric((*metrics)[i], path + "[" + std::to_string(i) + "]", set);
    if (!status) return status.error;
  }
  return set;
}

nlohmann::ordered_json toMonitorMetricsJson(const MetricSet& set,
                                            const MonitorJsonOptions& options) {
  const EpochSeconds interval = std::max<EpochSeconds>(options.intervalSeconds, 1);
  const EpochSeconds from =
      floorDiv(options.from.value_or(set.firstTime().value_or(0)), interval) * interval;
  EpochSeconds to = options.to.value_or(set.lastTime().value_or(from) + interval);
  to = std::max(to, from);

  // Output series: one per metric, resource and dimension combination, over all aggregations.
  struct Output {
    const MetricSeries* shape;
    std::vector<const MetricSeries*> parts;
  };
  std::vector<Output> outputs;
  for (const auto& s : set.series) {
    auto same = [&s](const Output& o) {
      MetricSeries probe = *o.shape;
      probe.aggregation = s.aggregation;
      return probe.sameSeriesAs(s);
    };
    auto found = std::find_if(outputs.begin(), outputs.end(), same);
    if (found == outputs.end()) {
      outputs.push_back(Output{&s, {&s}});
    } else {
      found->parts.push_back(&s);
    }
  }

  Json value = Json::array();
  std::map<std::string, std::size_t> metricIndex;  // metric + resource -> position in `value`
  for (const auto& output : outputs) {
    const MetricSeries& shape = *output.shape;
    const std::string key = lowered(shape.metric) + '\n' + lowered(shape.resourceUri);
    auto at = metricIndex.find(key);
    if (at == metricIndex.end()) {
      Json metric;
      metric["id"] = shape.resourceUri + "/providers/Microsoft.Insights/metrics/" + shape.metric;
      metric["type"] = "Microsoft.Insights/metrics";
      metric["name"] = Json{{"value", shape.metric}, {"localizedValue", shape.metric}};
      metric["displayDescription"] = "";
      metric["unit"] = shape.unit.empty() ? std::string("Unspecified") : shape.unit;
      metric["errorCode"] = "Success";
      metric["timeseries"] = Json::array();
      at = metricIndex.emplace(key, value.size()).first;
      value.push_back(std::move(metric));
    }
    const std::size_t buckets = static_cast<std::size_t>((to - from + interval - 1) / interval);
    std::vector<Bucket> bucketData(buckets);
    for (const MetricSeries* part : output.parts) {
      for (const auto& point : part->points) {
        if (point.time < from || point.time >= to) continue;
        addToBucket(bucketData[static_cast<std::size_t>((point.time - from) / interval)],
                    part->aggregation, point.value);
      }
    }
    Json meta = Json::array();
    for (const auto& [name, dimValue] : shape.dimensions) {
      meta.push_back(Json{{"name", Json{{"value", lowered(name)}, {"localizedValue", name}}},
                          {"value", dimValue}});
    }
    Json data = Json::array();
    for (std::size_t b = 0; b < buckets; ++b) {
      Json point;
      point["timeStamp"] = formatUtcTimestamp(from + static_cast<EpochSeconds>(b) * interval);
      const Bucket& bucket = bucketData[b];
      const bool raw = std::any_of(
          output.parts.begin(), output.parts.end(),
          [](const MetricSeries* p) { return p->aggregation == PointAggregation::Raw; });
      for (std::size_t a = 0; a < kAggregations.size(); ++a) {
        const PointAggregation aggregation = kAggregations[a];
        const bool wanted =
            !raw || std::find(options.aggregations.begin(), options.aggregations.end(),
                              aggregation) != options.aggregations.end();
        if (wanted && bucket.has[a])
          point[toString(aggregation)] = bucketValue(bucket, aggregation);
      }
      data.push_back(std::move(point));
    }
    value[at->second]["timeseries"].push_back(
        Json{{"metadatavalues", std::move(meta)}, {"data", std::move(data)}});
  }

  Json document;
  document["cost"] = 0;
  document["timespan"] = formatUtcTimestamp(from) + "/" + formatUtcTimestamp(to);
  document["interval"] = isoDurationText(interval);
  document["namespace"] = options.metricNamespace;
  document["resourceregion"] = options.resourceRegion;
  document["value"] = std::move(value);
  return document;
}

std::string writeMonitorMetricsJson(const MetricSet& set, const MonitorJsonOptions& options) {
  return toMonitorMetricsJson(set, options).dump(2) + "\n";
}

}  // namespace autoscale::models
