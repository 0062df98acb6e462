#include "models/metrics/csvtrace.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace autoscale::models {
namespace {

constexpr std::string_view kDimensionPrefix = "dim.";

struct Field {
  std::string text;
  std::size_t column = 1;  // 1-based character column where the field starts
};

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

Error csvError(std::size_t line, std::size_t column, const std::string& message) {
  return Error{"trace.csv", "line " + std::to_string(line) + ", column " + std::to_string(column) +
                                ": " + message};
}

// Splits one line into fields; double quotes protect commas and are doubled inside quotes.
std::optional<std::vector<Field>> splitLine(std::string_view line, std::string& problem) {
  std::vector<Field> fields;
  std::size_t pos = 0;
  while (true) {
    Field field;
    field.column = pos + 1;
    if (pos < line.size() && line[pos] == '"') {
      ++pos;
      bool closed = false;
      while (pos < line.size()) {
        if (line[pos] == '"') {
          if (pos + 1 < line.size() && line[pos + 1] == '"') {
            field.text += '"';
            pos += 2;
            continue;
          }
          closed = true;
          ++pos;
          break;
        }
        field.text += line[pos++];
      }
      if (!closed) {
        problem = "a quoted field is not closed; end it with a double quote";
        return std::nullopt;
      }
      if (pos < line.size() && line[pos] != ',') {
        problem = "unexpected text after a quoted field; put a comma after the closing quote";
        return std::nullopt;
      }
    } else {
      const std::size_t end = std::min(line.find(',', pos), line.size());
      field.text = std::string(trimmed(line.substr(pos, end - pos)));
      pos = end;
    }
    fields.push_back(std::move(field));
    if (pos >= line.size()) break;
    ++pos;  // the comma
  }
  return fields;
}

struct Columns {
  int timestamp = -1;
  int metric = -1;
  int value = -1;
  int resource = -1;
  int aggregation = -1;
  int unit = -1;
  std::vector<std::pair<int, std::string>> dimensions;
  std::size_t count = 0;
};

Result<Columns> readHeader(const std::vector<Field>& header, MetricSet& set) {
  Columns columns;
  columns.count = header.size();
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = lowered(header[i].text);
    const int index = static_cast<int>(i);
    int* slot = nullptr;
    if (name == "timestamp") slot = &columns.timestamp;
    if (name == "metric") slot = &columns.metric;
    if (name == "value") slot = &columns.value;
    if (name == "resource") slot = &columns.resource;
    if (name == "aggregation") slot = &columns.aggregation;
    if (name == "unit") slot = &columns.unit;
    if (slot) {
      if (*slot >= 0) {
        return csvError(1, header[i].column, "the column '" + name + "' appears twice");
      }
      *slot = index;
    } else if (name.rfind(kDimensionPrefix, 0) == 0 && name.size() > kDimensionPrefix.size()) {
      columns.dimensions.emplace_back(index, header[i].text.substr(kDimensionPrefix.size()));
    } else {
      set.notes.push_back("column '" + header[i].text +
                          "' is not a trace column (timestamp, metric, value, resource, "
                          "aggregation, unit, dim.<name>) and was ignored");
    }
  }
  const std::pair<int, const char*> required[] = {
      {columns.timestamp, "timestamp"}, {columns.metric, "metric"}, {columns.value, "value"}};
  for (const auto& [index, name] : required) {
    if (index < 0) {
      return csvError(1, 1,
                      std::string("the header has no '") + name +
                          "' column; the first line must name the columns, for example "
                          "'timestamp,metric,value'");
    }
  }
  return columns;
}

struct PendingSeries {
  MetricSeries series;
  std::vector<std::size_t> lines;  // source line of each point, for duplicate messages
};

std::string seriesKey(const MetricSeries& s) {
  std::vector<std::string> dims;
  for (const auto& [name, value] : s.dimensions)
    dims.push_back(lowered(name) + '=' + lowered(value));
  std::sort(dims.begin(), dims.end());
  std::string key =
      lowered(s.metric) + '\n' + lowered(s.resourceUri) + '\n' + toString(s.aggregation) + '\n';
  for (const auto& d : dims) key += d + '\n';
  return key;
}

// Sorts the points of one series by time and rejects two points at the same time.
Status finishSeries(PendingSeries& pending) {
  auto& points = pending.series.points;
  std::vector<std::size_t> order(points.size());
  std::iota(order.begin(), order.end(), 0);
  const bool sorted = std::is_sorted(points.begin(), points.end(),
                                     [](const auto& a, const auto& b) { return a.time < b.time; });
  if (!sorted) {
    std::stable_sort(order.begin(), order.end(), [&points](std::size_t a, std::size_t b) {
      return points[a].time < points[b].time;
    });
  }
  for (std::size_t i = 1; i < order.size(); ++i) {
    if (points[order[i]].time == points[order[i - 1]].time) {
      const Error error = csvError(
          pending.lines[order[i]], 1,
          "a second point for " + pending.series.label() + " at " +
              formatUtcTimestamp(points[order[i]].time) + " (the first is on line " +
              std::to_string(pending.lines[order[i - 1]]) + "); keep one row per series and time");
      return Status{error};
    }
  }
  if (!sorted) {
    std::vector<MetricPoint> reordered;
    reordered.reserve(points.size());
    for (std::size_t i : order) reordered.push_back(points[i]);
    points = std::move(reordered);
  }
  return Status::success();
}

std::string formatNumber(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string quoted(const std::string& field) {
  if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

}  // namespace

Result<MetricSet> readMetricsCsv(std::string_view text) {
  MetricSet set;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a UTF-8 byte order mark
  std::optional<Columns> columns;
  std::vector<PendingSeries> pending;
  std::unordered_map<std::string, std::size_t> indexByKey;
  std::size_t lineNumber = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++lineNumber;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trimmed(line).empty()) continue;
    std::string problem;
    const auto fields = splitLine(line, problem);
    if (!fields) return csvError(lineNumber, 1, problem);
    if (!columns) {
      auto header = readHeader(*fields, set);
      if (!header) return header.error();
      columns = *header;
      continue;
    }
    if (fields->size() != columns->count) {
      return csvError(lineNumber, 1,
                      "the row has " + std::to_string(fields->size()) +
                          " fields but the header has " + std::to_string(columns->count) +
                          "; give every row one field per column");
    }
    const Field& timeField = (*fields)[static_cast<std::size_t>(columns->timestamp)];
    const auto time = parseUtcTimestamp(timeField.text);
    if (!time) {
      return csvError(lineNumber, timeField.column,
                      "'" + timeField.text +
                          "' is not an ISO-8601 UTC time; write it like 2024-05-01T09:30:00Z");
    }
    const Field& metricField = (*fields)[static_cast<std::size_t>(columns->metric)];
    if (metricField.text.empty()) {
      return csvError(lineNumber, metricField.column,
                      "the metric name is empty; name the metric, e.g. CpuUtilizationPercentage");
    }
    MetricSeries key;
    key.metric = metricField.text;
    if (columns->resource >= 0)
      key.resourceUri = (*fields)[static_cast<std::size_t>(columns->resource)].text;
    if (columns->unit >= 0) key.unit = (*fields)[static_cast<std::size_t>(columns->unit)].text;
    if (columns->aggregation >= 0) {
      const Field& field = (*fields)[static_cast<std::size_t>(columns->aggregation)];
      if (!field.text.empty()) {
        const auto aggregation = parsePointAggregation(field.text);
        if (!aggregation) {
          return csvError(lineNumber, field.column,
                          "'" + field.text +
                              "' is not an aggregation; use raw, average, minimum, maximum, "
                              "total or count");
        }
        key.aggregation = *aggregation;
      }
    }
    for (const auto& [index, name] : columns->dimensions) {
      const std::string& value = (*fields)[static_cast<std::size_t>(index)].text;
      if (!value.empty()) key.dimensions.emplace_back(name, value);
    }
    const std::string keyText = seriesKey(key);
    auto found = indexByKey.find(keyText);
    if (found == indexByKey.end()) {
      found = indexByKey.emplace(keyText, pending.size()).first;
      pending.push_back(PendingSeries{std::move(key), {}});
    }
    PendingSeries& target = pending[found->second];
    const Field& valueField = (*fields)[static_cast<std::size_t>(columns->value)];
    if (valueField.text.empty()) continue;  // a missing point
    double value = 0.0;
    const char* first = valueField.text.data();
    const char* last = first + valueField.text.size();
    if (*first == '+') ++first;
    const auto parsed = std::from_chars(first, last, value);
    if (parsed.ec != std::errc() || parsed.ptr != last || !std::isfinite(value)) {
      return csvError(lineNumber, valueField.column,
                      "'" + valueField.text +
                          "' is not a number; write a decimal number such as 42.5, or leave the "
                          "field empty for a missing point");
    }
    target.series.points.push_back(MetricPoint{*time, value});
    target.lines.push_back(lineNumber);
  }
  if (!columns) {
    return csvError(1, 1,
                    "the file is empty; a trace starts with the header 'timestamp,metric,value'");
  }
  for (auto& p : pending) {
    const Status status = finishSeries(p);
    if (!status) return status.error;
    set.series.push_back(std::move(p.series));
  }
  return set;
}

std::string writeMetricsCsv(const MetricSet& set) {
  bool anyResource = false;
  bool anyAggregation = false;
  bool anyUnit = false;
  std::vector<std::string> dimensionNames;
  for (const auto& s : set.series) {
    anyResource = anyResource || !s.resourceUri.empty();
    anyAggregation = anyAggregation || s.aggregation != PointAggregation::Raw;
    anyUnit = anyUnit || !s.unit.empty();
    for (const auto& dim : s.dimensions) {
      const bool known =
          std::any_of(dimensionNames.begin(), dimensionNames.end(),
                      [&dim](const std::string& n) { return namesEqual(n, dim.first); });
      if (!known) dimensionNames.push_back(dim.first);
    }
  }
  std::string out = "timestamp,metric,value";
  if (anyResource) out += ",resource";
  if (anyAggregation) out += ",aggregation";
  if (anyUnit) out += ",unit";
  for (const auto& name : dimensionNames) out += "," + quoted(std::string(kDimensionPrefix) + name);
  out += '\n';
  for (const auto& s : set.series) {
    std::string suffix;
    if (anyResource) suffix += "," + quoted(s.resourceUri);
    if (anyAggregation) suffix += std::string(",") + toString(s.aggregation);
    if (anyUnit) suffix += "," + quoted(s.unit);
    for (const auto& name : dimensionNames) suffix += "," + quoted(s.dimension(name).value_or(""));
    suffix += '\n';
    const std::string metric = quoted(s.metric);
    for (const auto& point : s.points) {
      out += formatUtcTimestamp(point.time);
      out += ',';
      out += metric;
      out += ',';
      out += formatNumber(point.value);
      out += suffix;
    }
  }
  return out;
}

}  // namespace autoscale::models
