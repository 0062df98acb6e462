// `autoscale metrics`: reads metrics of a resource from the Azure Monitor metrics API.
#include <QCommandLineParser>

#include "cliio.h"
#include "commandtable.h"
#include "connectionoptions.h"

namespace autoscale::cli {
namespace {

using nlohmann::ordered_json;

std::vector<std::string> splitComma(const QString& text) {
  std::vector<std::string> items;
  for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    items.push_back(item.trimmed().toStdString());
  }
  return items;
}

// "CpuUtilizationPercentage", or "CpuUtilizationPercentage{instanceid=blue-0}" for a split.
std::string seriesLabel(const ordered_json& metric, const ordered_json& series) {
  std::string label = metric["name"].value("value", std::string());
  std::string dimensions;
  for (const auto& item : series.value("metadatavalues", ordered_json::array())) {
    if (!dimensions.empty()) dimensions += ",";
    dimensions +=
        item["name"].value("value", std::string()) + "=" + item.value("value", std::string());
  }
  return dimensions.empty() ? label : label + "{" + dimensions + "}";
}

std::string number(const ordered_json& value) {
  QString text = QString::number(value.get<double>(), 'f', 3);
  while (text.endsWith(QLatin1Char('0'))) text.chop(1);
  if (text.endsWith(QLatin1Char('.'))) text.chop(1);
  return text.toStdString();
}

// One row per point: timestamp,metric,aggregation,value — the project's CSV trace format
// with its optional aggregation column; a series split by a dimension is named in `metric`.
QString asCsv(const ordered_json& answer) {
  QString text = QStringLiteral("timestamp,metric,aggregation,value\n");
  for (const auto& metric : answer.value("value", ordered_json::array())) {
    for (const auto& series : metric.value("timeseries", ordered_json::array())) {
      const std::string label = seriesLabel(metric, series);
      for (const auto& point : series.value("data", ordered_json::array())) {
        for (const auto& [key, value] : point.items()) {
          if (key == "timeStamp" || !value.is_number()) continue;
          text += QString::fromStdString(point["timeStamp"].get<std::string>() + "," + label + "," +
                                         key + "," + number(value) + "\n");
        }
      }
    }
  }
  return text;
}

int runMetrics(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Reads metrics of an Azure ML online deployment or endpoint (or any resource) from the "
      "metrics API. Default resource: deployment blue of demo-endpoint in the sandbox."));
  parser.addHelpOption();
  const QCommandLineOption resource(
      QStringLiteral("resource"), QStringLiteral("ARM id of the resource."), QStringLiteral("ID"));
  const QCommandLineOption workspace(QStringLiteral("workspace"),
                                     QStringLiteral("ML workspace (default demo-ws)."),
                                     QStringLiteral("NAME"), QStringLiteral("demo-ws"));
  const QCommandLineOption endpoint(QStringLiteral("endpoint-name"),
                                    QStringLiteral("Online endpoint (default demo-endpoint)."),
                                    QStringLiteral("NAME"), QStringLiteral("demo-endpoint"));
  const QCommandLineOption deployment(
      QStringLiteral("deployment"),
      QStringLiteral("Deployment (default blue; 'none' for the endpoint)."), QStringLiteral("NAME"),
      QStringLiteral("blue"));
  const QCommandLineOption metric({QStringLiteral("m"), QStringLiteral("metric")},
                                  QStringLiteral("Metric names, comma-separated."),
                                  QStringLiteral("NAMES"),
                                  QStringLiteral("CpuUtilizationPercentage,DeploymentCapacity"));
  const QCommandLineOption timespan(
      QStringLiteral("timespan"),
      QStringLiteral("ISO duration back from now, or start/end (default PT1H)."),
      QStringLiteral("SPAN"), QStringLiteral("PT1H"));
  const QCommandLineOption interval(QStringLiteral("interval"),
                                    QStringLiteral("Grain (default PT1M)."), QStringLiteral("ISO"),
                                    QStringLiteral("PT1M"));
  const QCommandLineOption aggregation(
      QStringLiteral("aggregation"),
      QStringLiteral("average, minimum, maximum, total, count (comma-separated)."),
      QStringLiteral("LIST"), QStringLiteral("average"));
  const QCommandLineOption filter(QStringLiteral("filter"),
                                  QStringLiteral("Dimension filter, e.g. \"instanceId eq '*'\"."),
                                  QStringLiteral("FILTER"));
  const QCommandLineOption format(QStringLiteral("format"),
                                  QStringLiteral("csv (default) or json."),
                                  QStringLiteral("FORMAT"), QStringLiteral("csv"));
  const QCommandLineOption definitions(
      QStringLiteral("definitions"),
      QStringLiteral("List the resource's metric definitions instead."));
  parser.addOptions({resource, workspace, endpoint, deployment, metric, timespan, interval,
                     aggregation, filter, format, definitions});
  addConnectionOptions(parser);
  if (!parser.parse(QStringList{QStringLiteral("autoscale metrics")} + args))
    return usageError(parser.errorText());
  if (parser.isSet(QStringLiteral("help"))) {
    printOut(parser.helpText() + connectionHelp());
    return ExitOk;
  }
  const QString outputFormat = parser.value(format);
  if (outputFormat != QLatin1String("csv") && outputFormat != QLatin1String("json")) {
    return usageError(QStringLiteral("--format must be csv or json"));
  }

  auto connection = connect(parser);
  if (!connection) return usageError(QString::fromStdString(connection.error().message));
  std::string resourceId = parser.value(resource).toStdString();
  if (resourceId.empty()) {
    if (connection->resourceGroup.empty())
      return usageError(QStringLiteral("give --resource or --resource-group"));
    resourceId = "/subscriptions/" + connection->subscriptionId + "/resourceGroups/" +
                 connection->resourceGroup +
                 "/providers/Microsoft.MachineLearningServices/workspaces/" +
                 parser.value(workspace).toStdString() + "/onlineEndpoints/" +
                 parser.value(endpoint).toStdString();
    if (parser.value(deployment) != QLatin1String("none")) {
      resourceId += "/deployments/" + parser.value(deployment).toStdString();
    }
  }

  models::Result<ordered_json> answer = ordered_json();
  if (parser.isSet(definitions)) {
    answer = connection->client->listMetricDefinitions(resourceId);
  } else {
    backend::MetricsQuery query;
    query.metricNames = splitComma(parser.value(metric));
    query.timespan = parser.value(timespan).toStdString();
    query.interval = parser.value(interval).toStdString();
    query.aggregations = splitComma(parser.value(aggregation));
    query.filter = parser.value(filter).toStdString();
    answer = connection->client->listMetrics(resourceId, query);
  }
  if (!answer) return usageError(QString::fromStdString(answer.error().message));

  if (outputFormat == QLatin1String("json") || parser.isSet(definitions)) {
    printOut(QString::fromStdString(answer->dump(2)) + QLatin1Char('\n'));
  } else {
    printOut(asCsv(*answer));
  }
  return ExitOk;
}

const CommandRegistration registration{
    {"metrics", "read metrics of a deployment or endpoint", 62, &runMetrics}};

}  // namespace
}  // namespace autoscale::cli
