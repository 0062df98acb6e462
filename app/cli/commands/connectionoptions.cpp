#include "connectionoptions.h"

#include <QDir>

#include "backend/arm/azureclicredential.h"
#include "backend/arm/devicecodecredential.h"
#include "backend/arm/keychainsecretstore.h"
#include "backend/arm/serviceprincipalcredential.h"
#include "backend/net/urlpolicy.h"
#include "cliio.h"

namespace autoscale::cli {
namespace {

using models::Result;

struct Flag {
  const char* name;
  const char* variable;
  const char* help;
};

const Flag kFlags[] = {
    {"endpoint", "AUTOSCALE_ENDPOINT",
     "ARM endpoint (default: the local sandbox, http://127.0.0.1:8470)."},
    {"token", "AUTOSCALE_TOKEN", "Bearer token (the sandbox's token)."},
    {"subscription", "AUTOSCALE_SUBSCRIPTION", "Subscription id."},
    {"resource-group", "AUTOSCALE_RESOURCE_GROUP", "Resource group."},
    {"ca-bundle", "AUTOSCALE_CA_BUNDLE", "Extra trusted certificates (PEM), e.g. the sandbox's."},
    {"auth", "AUTOSCALE_AUTH", "Sign-in: token, azure-cli, service-principal or device-code."},
    {"tenant", "AUTOSCALE_TENANT", "Entra ID tenant (service principal, device code)."},
    {"client-id", "AUTOSCALE_CLIENT_ID",
     "Application (client) id (service principal, device code)."},
    {"authority", "AUTOSCALE_AUTHORITY",
     "Entra ID authority host (default https://login.microsoftonline.com)."},
    {"secret-from", "AUTOSCALE_SECRET_FROM",
     "Where the service principal's secret is: env (AUTOSCALE_CLIENT_SECRET, the default) or "
     "keychain."},
};

QString option(const QCommandLineParser& parser, const Flag& flag) {
  const QString name = QLatin1String(flag.name);
  if (parser.isSet(name)) return parser.value(name);
  return qEnvironmentVariable(flag.variable);
}

QString option(const QCommandLineParser& parser, const char* name) {
  for (const Flag& flag : kFlags) {
    if (qstrcmp(flag.name, name) == 0) return option(parser, flag);
  }
  return {};
}

}  // namespace

void addConnectionOptions(QCommandLineParser& parser) {
  for (const Flag& flag : kFlags) {
    parser.addOption(QCommandLineOption(QLatin1String(flag.name), QLatin1String(flag.help),
                                        QStringLiteral("value")));
  }
}

QString connectionHelp() {
  QString text = QStringLiteral("\nEvery connection option may also come from the environment:\n");
  for (const Flag& flag : kFlags) {
    text += QStringLiteral("  --%1  %2\n")
                .arg(QLatin1String(flag.name), -16)
                .arg(QLatin1String(flag.variable));
  }
  return text;
}

Result<Connection> connect(const QCommandLineParser& parser) {
  backend::ArmClientOptions options;
  const QString endpoint = option(parser, "endpoint");
  options.endpoint =
      endpoint.isEmpty() ? std::string(kDefaultSandboxEndpoint) : endpoint.toStdString();
  if (auto allowed = backend::checkUrlAllowed(options.endpoint); !allowed) {
    return Result<Connection>::failure(allowed.error.code, "--endpoint: " + allowed.error.message);
  }
  options.http.caBundlePath = QDir::fromNativeSeparators(option(parser, "ca-bundle")).toStdString();
  const auto endpointParts = backend::splitUrl(options.endpoint);
  const bool local = endpointParts && backend::isLoopbackHost(endpointParts->host);

  const QString token = option(parser, "token");
  QString auth = option(parser, "auth");
  if (auth.isEmpty())
    auth = !token.isEmpty() || local ? QStringLiteral("token") : QStringLiteral("azure-cli");

  backend::EntraAuthority authority;
  if (const QString host = option(parser, "authority"); !host.isEmpty())
    authority.authorityHost = host.toStdString();
  if (const QString tenant = option(parser, "tenant"); !tenant.isEmpty())
    authority.tenant = tenant.toStdString();
  const std::string clientId = option(parser, "client-id").toStdString();

  std::shared_ptr<backend::TokenCredential> credential;
  if (auth == QLatin1String("token")) {
    if (token.isEmpty()) {
      return Result<Connection>::failure(
          "Auth.NoToken",
          "no token: give --token (or AUTOSCALE_TOKEN), e.g. the one "
          "autoscale-sandbox printed");
    }
    credential = std::make_shared<backend::StaticTokenCredential>(token.toStdString());
  } else if (auth == QLatin1String("azure-cli")) {
    backend::AzureCliOptions cli;
    cli.subscription = option(parser, "subscription").toStdString();
    cli.tenant = option(parser, "tenant").toStdString();
    credential = std::make_shared<backend::AzureCliCredential>(cli);
  } else if (auth == QLatin1String("service-principal")) {
    const QString from = option(parser, "secret-from");
    std::shared_ptr<backend::SecretStore> secrets;
    std::string key;
    if (from.isEmpty() || from == QLatin1String("env")) {
      secrets = std::make_shared<backend::EnvironmentSecretStore>();
      key = "AUTOSCALE_CLIENT_SECRET";
    } else if (from == QLatin1String("keychain")) {
      secrets = std::make_shared<backend::KeychainSecretStore>();
      key = "service-principal/" + clientId;
    } else {
      return Result<Connection>::failure("Usage", "--secret-from must be env or keychain");
    }
    credential = std::make_shared<backend::ServicePrincipalCredential>(authority, clientId, secrets,
                                                                       key, options.http);
  } else if (auth == QLatin1String("device-code")) {
    credential = std::make_shared<backend::DeviceCodeCredential>(
        authority, clientId,
        [](const backend::DeviceCodePrompt& prompt) {
          printErr(QString::fromStdString(prompt.message) + QLatin1Char('\n'));
        },
        options.http);
  } else {
    return Result<Connection>::failure(
        "Usage", "--auth must be token, azure-cli, service-principal or device-code");
  }

  Connection connection;
  const QString subscription = option(parser, "subscription");
  const QString group = option(parser, "resource-group");
  connection.subscriptionId = !subscription.isEmpty() ? subscription.toStdString()
                              : local                 ? std::string(kSandboxSubscription)
                                                      : std::string();
  connection.resourceGroup = !group.isEmpty() ? group.toStdString()
                             : local          ? std::string(kSandboxResourceGroup)
                                              : std::string();
  if (connection.subscriptionId.empty()) {
    return Result<Connection>::failure("Usage", "give --subscription (or AUTOSCALE_SUBSCRIPTION)");
  }
  connection.client = std::make_unique<backend::ArmClient>(options, credential);
  return connection;
}

}  // namespace autoscale::cli
