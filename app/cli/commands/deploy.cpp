// `autoscale deploy`: puts a settings file onto the remote, safely (see backend/deploy).
#include <QCommandLineParser>
#include <QFile>

#include "backend/deploy/deployer.h"
#include "cliio.h"
#include "commandtable.h"
#include "connectionoptions.h"
#include "settingfiles.h"

namespace autoscale::cli {
namespace {

using nlohmann::ordered_json;

// The resource JSON to send: the document itself, or a bare properties object wrapped.
models::Result<ordered_json> resourceOf(const ordered_json& document, const QString& location) {
  if (document.is_object() && document.contains("properties") &&
      document["properties"].is_object()) {
    return document;
  }
  if (document.is_object() && document.contains("profiles")) {
    if (location.isEmpty()) {
      return models::Result<ordered_json>::failure(
          "Usage",
          "the file holds only the setting's properties; give --location for the resource");
    }
    return ordered_json{{"location", location.toStdString()}, {"properties", document}};
  }
  if (document.is_object() && document.contains("resources")) {
    return models::Result<ordered_json>::failure(
        "Usage",
        "the file is an ARM template; deploy it with 'az deployment group create', or export "
        "the setting's resource JSON and deploy that");
  }
  return models::Result<ordered_json>::failure("Usage", "the file holds no autoscale setting");
}

int runDeploy(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Deploys a settings file: reads the remote setting, shows the differences, refuses to "
      "overwrite a remote that changed since it was pulled (FILE.pulled) unless --force, writes, "
      "reads back and compares. A failed deploy leaves the remote as it was."));
  parser.addPositionalArgument(QStringLiteral("file"),
                               QStringLiteral("The setting's resource JSON."));
  parser.addHelpOption();
  const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                  QStringLiteral("Show what would change; write nothing."));
  const QCommandLineOption force(
      QStringLiteral("force"),
      QStringLiteral("Overwrite a remote that changed since it was pulled."));
  const QCommandLineOption name(QStringLiteral("name"),
                                QStringLiteral("Setting name (default: the file's)."),
                                QStringLiteral("NAME"));
  const QCommandLineOption base(
      QStringLiteral("base"),
      QStringLiteral("The remote as pulled (default: FILE.pulled if it exists)."),
      QStringLiteral("FILE"));
  const QCommandLineOption location(QStringLiteral("location"),
                                    QStringLiteral("Region, for a file holding only properties."),
                                    QStringLiteral("REGION"));
  parser.addOptions({dryRun, force, name, base, location});
  addConnectionOptions(parser);
  if (!parser.parse(QStringList{QStringLiteral("autoscale deploy")} + args))
    return usageError(parser.errorText());
  if (parser.isSet(QStringLiteral("help"))) {
    printOut(parser.helpText() + connectionHelp());
    return ExitOk;
  }
  if (parser.positionalArguments().size() != 1)
    return usageError(QStringLiteral("deploy needs one file"));
  const QString path = parser.positionalArguments().first();

  auto document = readJsonFile(path);
  if (!document) return usageError(QString::fromStdString(document.error().message));
  auto resource = resourceOf(*document, parser.value(location));
  if (!resource) return usageError(QString::fromStdString(resource.error().message));

  std::string settingName = parser.value(name).toStdString();
  if (settingName.empty()) settingName = resource->value("name", std::string());
  if (settingName.empty()) settingName = (*resource)["properties"].value("name", std::string());
  if (settingName.empty())
    return usageError(QStringLiteral("the file names no setting; give --name"));

  std::optional<ordered_json> pulled;
  const QString basePath = parser.isSet(base) ? parser.value(base) : pulledCopyPath(path);
  if (parser.isSet(base) || QFile::exists(basePath)) {
    auto baseJson = readJsonFile(basePath);
    if (!baseJson) return usageError(QString::fromStdString(baseJson.error().message));
    pulled = std::move(*baseJson);
  }

  auto connection = connect(parser);
  if (!connection) return usageError(QString::fromStdString(connection.error().message));
  if (connection->resourceGroup.empty()) return usageError(QStringLiteral("give --resource-group"));
  const backend::AutoscaleSettingId id{connection->subscriptionId, connection->resourceGroup,
                                       settingName};

  backend::DeployOptions options;
  options.dryRun = parser.isSet(dryRun);
  options.force = parser.isSet(force);
  auto report = backend::Deployer(*connection->client).deploy(id, *resource, pulled, options);
  if (!report) {
    const auto& error = report.error();
    printErr(QStringLiteral("autoscale: deploy of '%1' failed: %2\n")
                 .arg(QString::fromStdString(settingName), QString::fromStdString(error.message)));
    const bool refused = error.code == "Deploy.RemoteChanged" || error.code == "Deploy.NotPulled";
    return refused ? ExitFindings : ExitUsage;
  }
  printOut(QString::fromStdString(backend::describeChanges(report->changes)));
  printErr(QStringLiteral("%1: %2 (%3 change%4)\n")
               .arg(QString::fromStdString(settingName),
                    QLatin1String(backend::toString(report->outcome)))
               .arg(report->changes.size())
               .arg(QLatin1String(report->changes.size() == 1 ? "" : "s")));
  if (!options.dryRun) {
    if (auto written = writeJsonFile(pulledCopyPath(path), report->deployed); !written) {
      return usageError(QString::fromStdString(written.error.message));
    }
  }
  return ExitOk;
}

const CommandRegistration registration{
    {"deploy", "deploy a setting to Azure or the sandbox (diff, drift check, verify)", 61,
     &runDeploy}};

}  // namespace
}  // namespace autoscale::cli
