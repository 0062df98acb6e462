#include "backend/sandbox/metricsanswer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "backend/net/httpmessage.h"
#include "backend/sandbox/isotime.h"

namespace autoscale::backend {
namespace {

using Clock = std::chrono::system_clock;
using nlohmann::ordered_json;

constexpr long long kMaxPoints = 50000;

struct Window {
  Clock::time_point start;
  Clock::time_point end;
  std::chrono::seconds interval{60};
};

struct Filter {
  bool splitByInstance = false;
  std::string instance;    // a single instanceId, or empty
  std::string deployment;  // endpoint scope: a single deployment, or empty
};

struct Failure {
  std::string code;
  std::string message;
};

std::vector<std::string> splitList(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    std::string item =
        text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) items.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return items;
}

std::string param(const QueryParameters& query, const char* name) {
  const auto it = query.find(name);
  return it == query.end() ? std::string() : it->second;
}

std::optional<Failure> parseWindow(const QueryParameters& query, Clock::time_point now,
                                   Window& window) {
  const std::string timespan = param(query, "timespan");
  window.end = now;
  window.start = now - std::chrono::hours(1);
  if (!timespan.empty()) {
    const auto slash = timespan.find('/');
    if (slash == std::string::npos) {
      const auto span = parseIsoDuration(timespan);
      if (!span)
        return Failure{"BadRequest",
                       "timespan '" + timespan + "' is neither start/end nor an ISO 8601 duration"};
      window.start = now - *span;
    } else {
      const std::string first = timespan.substr(0, slash);
      const std::string second = timespan.substr(slash + 1);
      const auto start = parseIsoTimestamp(first);
      const auto end = parseIsoTimestamp(second);
      const auto span = parseIsoDuration(second);
      if (!start || (!end && !span)) {
        return Failure{
            "BadRequest",
            "timespan '" + timespan +
                "' must be start/end in ISO 8601 (e.g. 2024-05-01T00:00:00Z/2024-05-01T06:00:00Z)"};
      }
      window.start = *start;
      window.end = end ? *end : *start + *span;
    }
  }
  if (window.end <= window.start)
    return Failure{"BadRequest", "timespan '" + timespan + "' ends before it starts"};

  const std::string interval = param(query, "interval");
  if (interval.empty()) {
    window.interval = std::chrono::minutes(1);
  } else if (toLower(interval) == "full") {
    window.interval = std::chrono::duration_cast<std::chrono::seconds>(window.end - window.start);
  } else {
    const auto parsed = parseIsoDuration(interval);
    if (!parsed || parsed->count() < 60 || parsed->count() % 60 != 0) {
      return Failure{
          "BadRequest",
          "interval '" + interval +
              "' is not supported; use a whole number of minutes such as PT1M, PT5M, PT1H or FULL"};
    }
    window.interval = *parsed;
  }
  if ((window.end - window.start) / window.interval > kMaxPoints) {
    return Failure{"BadRequest", "the query asks for more than " + std::to_string(kMaxPoints) +
                                     " points; choose a larger interval or a shorter timespan"};
  }
  return std::nullopt;
}

// Accepts `dim eq 'value'` clauses joined by `and`.
std::optional<Failure> parseFilter(const std::string& text, MetricScope scope, Filter& filter) {
  std::string rest = text;
  while (!rest.empty()) {
    const auto andAt = toLower(rest).find(" and ");
    std::string clause = rest.substr(0, andAt);
    rest = andAt == std::string::npos ? std::string() : rest.substr(andAt + 5);
    const auto eq = toLower(clause).find(" eq ");
    const auto open = clause.find('\'');
    const auto close = clause.rfind('\'');
    if (eq == std::string::npos || open == std::string::npos || close <= open) {
      return Failure{"BadRequest",
                     "$filter clause '" + clause + "' is not of the form name eq 'value'"};
    }
    std::string name = clause.substr(0, eq);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    const std::string value = clause.substr(open + 1, close - open - 1);
    const std::string lowered = toLower(name);
    if (scope == MetricScope::Deployment && lowered == "instanceid") {
      filter.splitByInstance = value == "*";
      if (value != "*") filter.instance = value;
    } else if (scope == MetricScope::Endpoint && lowered == "deployment") {
      if (value != "*") filter.deployment = value;
    } else {
      return Failure{"BadRequest", "dimension '" + name +
                                       "' cannot be filtered in the sandbox; use instanceId "
                                       "(deployments) or deployment (endpoints)"};
    }
  }
  return std::nullopt;
}

std::string lastSegment(const std::string& resourceId) {
  return resourceId.substr(resourceId.rfind('/') + 1);
}

std::string instanceName(const std::string& deploymentId, int index) {
  return lastSegment(deploymentId) + "-" + std::to_string(index);
}

// The samples of the resource in the window, endpoint samples combining its deployments.
std::vector<DeploymentSample> samplesFor(const EmulatedWorkspace& workspace,
                                         const std::string& resourceId, MetricScope scope,
                                         const Filter& filter, const Window& window) {
  return workspace.read([&](const std::vector<EmulatedDeployment>& deployments) {
    std::map<Clock::time_point, DeploymentSample> byMinute;
    for (const auto& deployment : deployments) {
      const bool matches = scope == MetricScope::Deployment
                               ? toLower(deployment.resourceId()) == toLower(resourceId)
                               : toLower(deployment.endpointResourceId()) == toLower(resourceId);
      if (!matches) continue;
      if (!filter.deployment.empty() &&
          toLower(lastSegment(deployment.resourceId())) != toLower(filter.deployment)) {
        continue;
      }
      for (const auto& sample : deployment.history()) {
        if (sample.minute < window.start || sample.minute >= window.end) continue;
        auto [it, inserted] = byMinute.try_emplace(sample.minute, sample);
        if (inserted) continue;
        // Several deployments of one endpoint: traffic adds up, latency is traffic-weighted.
        DeploymentSample& combined = it->second;
        const double total = combined.requestsPerMinute + sample.requestsPerMinute;
        const auto weighted = [&](double a, double b) {
          return total > 0 ? (a * combined.requestsPerMinute + b * sample.requestsPerMinute) / total
                           : a;
        };
        combined.latencyP50Ms = weighted(combined.latencyP50Ms, sample.latencyP50Ms);
        combined.latencyP90Ms = weighted(combined.latencyP90Ms, sample.latencyP90Ms);
        combined.latencyP95Ms = weighted(combined.latencyP95Ms, sample.latencyP95Ms);
        combined.latencyP99Ms = weighted(combined.latencyP99Ms, sample.latencyP99Ms);
        combined.requestsPerMinute = total;
      }
    }
    std::vector<DeploymentSample> samples;
    for (auto& [minute, sample] : byMinute) samples.push_back(std::move(sample));
    return samples;
  });
}

struct Accumulator {
  double sum = 0;
  double minimum = std::numeric_limits<double>::infinity();
  double maximum = -std::numeric_limits<double>::infinity();
  long long count = 0;
  void add(double value) {
    sum += value;
    minimum = std::min(minimum, value);
    maximum = std::max(maximum, value);
    ++count;
  }
};

double rounded(double value) {
  return std::round(value * 1000.0) / 1000.0;
}

ordered_json dataPoints(const std::vector<std::pair<Clock::time_point, double>>& values,
                        const Window& window, const std::vector<std::string>& aggregations) {
  const auto alignedStart =
      Clock::time_point((window.start.time_since_epoch() / window.interval) * window.interval);
  const auto buckets = static_cast<std::size_t>(
      (window.end - alignedStart + window.interval - std::chrono::seconds(1)) / window.interval);
  std::vector<Accumulator> accumulators(buckets);
  for (const auto& [time, value] : values) {
    const auto index = static_cast<std::size_t>((time - alignedStart) / window.interval);
    if (index < buckets) accumulators[index].add(value);
  }
  ordered_json data = ordered_json::array();
  for (std::size_t i = 0; i < buckets; ++i) {
    ordered_json point{
        {"timeStamp",
         formatIsoTimestamp(alignedStart + window.interval * static_cast<long long>(i))}};
    const Accumulator& a = accumulators[i];
    if (a.count > 0) {
      for (const auto& aggregation : aggregations) {
        if (aggregation == "average")
          point["average"] = rounded(a.sum / static_cast<double>(a.count));
        if (aggregation == "minimum") point["minimum"] = rounded(a.minimum);
        if (aggregation == "maximum") point["maximum"] = rounded(a.maximum);
        if (aggregation == "total") point["total"] = rounded(a.sum);
        if (aggregation == "count") point["count"] = static_cast<double>(a.count);
      }
    }
    data.push_back(std::move(point));
  }
  return data;
}

ordered_json metadata(const char* name, const std::string& value) {
  return ordered_json::array(
      {{{"name", {{"value", toLower(name)}, {"localizedValue", toLower(name)}}},
        {"value", value}}});
}

ordered_json metricEntry(const MetricInfo& metric, const std::string& resourceId,
                         const std::vector<DeploymentSample>& samples, const Filter& filter,
                         const Window& window, const std::vector<std::string>& aggregations) {
  ordered_json timeseries = ordered_json::array();
  const bool perInstance = metric.scope == MetricScope::Deployment &&
                           std::find(metric.dimensions.begin(), metric.dimensions.end(),
                                     "instanceId") != metric.dimensions.end();
  if (perInstance && (filter.splitByInstance || !filter.instance.empty())) {
    std::map<std::string, std::vector<std::pair<Clock::time_point, double>>> byInstance;
    for (const auto& sample : samples) {
      const auto values = metricValues(metric, sample);
      for (std::size_t i = 0; i < values.size(); ++i) {
        byInstance[instanceName(resourceId, static_cast<int>(i))].emplace_back(sample.minute,
                                                                               values[i]);
      }
    }
    for (const auto& [instance, values] : byInstance) {
      if (!filter.instance.empty() && toLower(instance) != toLower(filter.instance)) continue;
      timeseries.push_back({{"metadatavalues", metadata("instanceId", instance)},
                            {"data", dataPoints(values, window, aggregations)}});
    }
  } else {
    std::vector<std::pair<Clock::time_point, double>> values;
    bool any = false;
    for (const auto& sample : samples) {
      const auto perSample = metricValues(metric, sample);
      if (perSample.empty()) continue;
      any = true;
      double sum = 0;
      for (double v : perSample) sum += v;
      values.emplace_back(sample.minute, metric.sumOverInstances
                                             ? sum
                                             : sum / static_cast<double>(perSample.size()));
    }
    const bool hasSignal = any || samples.empty();
    if (hasSignal) {
      ordered_json series{{"metadatavalues", ordered_json::array()},
                          {"data", dataPoints(values, window, aggregations)}};
      if (!filter.deployment.empty())
        series["metadatavalues"] = metadata("deployment", filter.deployment);
      timeseries.push_back(std::move(series));
    }
  }
  return {{"id", resourceId + "/providers/Microsoft.Insights/metrics/" + metric.name},
          {"type", "Microsoft.Insights/metrics"},
          {"name", {{"value", metric.name}, {"localizedValue", metric.displayName}}},
          {"displayDescription",
           metric.displayName + " of the emulated " +
               (metric.scope == MetricScope::Deployment ? "deployment" : "endpoint")},
          {"unit", metric.unit},
          {"timeseries", std::move(timeseries)},
          {"errorCode", "Success"}};
}

}  // namespace

ApiAnswer metricsAnswer(const EmulatedWorkspace& workspace, const std::string& resourceId,
                        MetricScope scope, const QueryParameters& query, Clock::time_point now) {
  std::vector<const MetricInfo*> metrics;
  const std::string names = param(query, "metricnames");
  for (const auto& name : splitList(names)) {
    const MetricInfo* metric = findMetric(scope, name);
    if (!metric) {
      return armErrorAnswer(400, "BadRequest",
                            "Failed to find metric configuration for provider: " +
                                std::string(scope == MetricScope::Deployment ? kDeploymentNamespace
                                                                             : kEndpointNamespace) +
                                ", metric: " + name +
                                ". See GET …/metricDefinitions for the valid names");
    }
    metrics.push_back(metric);
  }
  if (metrics.empty()) metrics.push_back(&metricCatalog(scope).front());

  std::vector<std::string> aggregations;
  for (const auto& item : splitList(toLower(param(query, "aggregation")))) {
    if (item != "average" && item != "minimum" && item != "maximum" && item != "total" &&
        item != "count") {
      return armErrorAnswer(
          400, "BadRequest",
          "aggregation '" + item + "' is unknown; use average, minimum, maximum, total or count");
    }
    aggregations.push_back(item);
  }
  if (aggregations.empty()) aggregations.push_back("average");

  Window window;
  if (auto failure = parseWindow(query, now, window))
    return armErrorAnswer(400, failure->code, failure->message);
  Filter filter;
  if (auto failure = parseFilter(param(query, "$filter"), scope, filter)) {
    return armErrorAnswer(400, failure->code, failure->message);
  }

  const auto samples = samplesFor(workspace, resourceId, scope, filter, window);
  ordered_json value = ordered_json::array();
  for (const MetricInfo* metric : metrics) {
    value.push_back(metricEntry(*metric, resourceId, samples, filter, window, aggregations));
  }
  ApiAnswer answer;
  answer.body = {
      {"cost", static_cast<long long>(samples.size() * metrics.size())},
      {"timespan", formatIsoTimestamp(window.start) + "/" + formatIsoTimestamp(window.end)},
      {"interval",
       param(query, "interval").empty() ? std::string("PT1M") : param(query, "interval")},
      {"value", std::move(value)},
      {"namespace",
       toLower(scope == MetricScope::Deployment ? kDeploymentNamespace : kEndpointNamespace)},
      {"resourceregion", workspace.identity().location}};
  return answer;
}

ApiAnswer metricDefinitionsAnswer(const std::string& resourceId, MetricScope scope) {
  static const std::vector<std::string> grains{"PT1M", "PT5M", "PT15M", "PT30M",
                                               "PT1H", "PT6H", "PT12H", "P1D"};
  ordered_json availabilities = ordered_json::array();
  for (const auto& grain : grains)
    availabilities.push_back({{"timeGrain", grain}, {"retention", "P93D"}});
  ordered_json value = ordered_json::array();
  for (const auto& metric : metricCatalog(scope)) {
    ordered_json dimensions = ordered_json::array();
    for (const auto& dimension : metric.dimensions)
      dimensions.push_back({{"value", dimension}, {"localizedValue", dimension}});
    value.push_back(
        {{"id", resourceId + "/providers/microsoft.insights/metricdefinitions/" + metric.name},
         {"resourceId", resourceId},
         {"namespace",
          scope == MetricScope::Deployment ? kDeploymentNamespace : kEndpointNamespace},
         {"name", {{"value", metric.name}, {"localizedValue", metric.displayName}}},
         {"displayDescription", metric.displayName},
         {"isDimensionRequired", false},
         {"unit", metric.unit},
         {"primaryAggregationType", metric.primaryAggregation},
         {"supportedAggregationTypes", metric.aggregations},
         {"metricAvailabilities", availabilities},
         {"dimensions", std::move(dimensions)}});
  }
  ApiAnswer answer;
  answer.body = {{"value", std::move(value)}};
  return answer;
}

}  // namespace autoscale::backend
