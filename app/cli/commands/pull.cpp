// `autoscale pull`: reads an autoscale setting from the remote (Azure or the sandbox).
#include <QCommandLineParser>

#include "cliio.h"
#include "commandtable.h"
#include "connectionoptions.h"
#include "settingfiles.h"

namespace autoscale::cli {
namespace {

int runPull(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Reads an autoscale setting and writes its resource JSON to a file (with the pulled copy "
      "beside it, for deploy's drift check) or to stdout. With --list, lists the settings of the "
      "resource group (or, with --all, of the subscription)."));
  parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The setting's name."));
  parser.addHelpOption();
  const QCommandLineOption output(
      {QStringLiteral("o"), QStringLiteral("output")},
      QStringLiteral("Write to FILE (and FILE.pulled) instead of stdout."), QStringLiteral("FILE"));
  const QCommandLineOption list(QStringLiteral("list"),
                                QStringLiteral("List the settings' names."));
  const QCommandLineOption all(QStringLiteral("all"),
                               QStringLiteral("With --list: the whole subscription."));
  parser.addOptions({output, list, all});
  addConnectionOptions(parser);
  if (!parser.parse(QStringList{QStringLiteral("autoscale pull")} + args))
    return usageError(parser.errorText());
  if (parser.isSet(QStringLiteral("help"))) {
    printOut(parser.helpText() + connectionHelp());
    return ExitOk;
  }
  const QStringList names = parser.positionalArguments();
  if (!parser.isSet(list) && names.size() != 1)
    return usageError(QStringLiteral("pull needs one setting name"));

  auto connection = connect(parser);
  if (!connection) return usageError(QString::fromStdString(connection.error().message));

  if (parser.isSet(list)) {
    auto settings = connection->client->listAutoscaleSettings(
        connection->subscriptionId, parser.isSet(all) ? std::string() : connection->resourceGroup);
    if (!settings) return usageError(QString::fromStdString(settings.error().message));
    for (const auto& setting : *settings) {
      printOut(QString::fromStdString(setting.value("name", std::string())) + QLatin1Char('\n'));
    }
    return ExitOk;
  }

  if (connection->resourceGroup.empty()) return usageError(QStringLiteral("give --resource-group"));
  const backend::AutoscaleSettingId id{connection->subscriptionId, connection->resourceGroup,
                                       names.first().toStdString()};
  auto setting = connection->client->getAutoscaleSetting(id);
  if (!setting) return usageError(QString::fromStdString(setting.error().message));

  if (!parser.isSet(output)) {
    printOut(QString::fromStdString(setting->dump(2)) + QLatin1Char('\n'));
    return ExitOk;
  }
  const QString path = parser.value(output);
  for (const QString& target : {path, pulledCopyPath(path)}) {
    if (auto written = writeJsonFile(target, *setting); !written) {
      return usageError(QString::fromStdString(written.error.message));
    }
  }
  printErr(QStringLiteral("pulled '%1' into %2\n").arg(names.first(), path));
  return ExitOk;
}

const CommandRegistration registration{
    {"pull", "read an autoscale setting from Azure or the sandbox", 60, &runPull}};

}  // namespace
}  // namespace autoscale::cli
