#pragma once

#include <QCommandLineParser>
#include <QString>
#include <memory>

#include "backend/arm/armclient.h"

// Connection options shared by `pull`, `deploy` and `metrics`: flags, each with an
// environment variable as fallback, defaulting to the local sandbox.
namespace autoscale::cli {

inline constexpr const char* kDefaultSandboxEndpoint = "http://127.0.0.1:8470";
inline constexpr const char* kSandboxSubscription = "00000000-0000-0000-0000-000000000000";
inline constexpr const char* kSandboxResourceGroup = "demo-rg";

struct Connection {
  std::unique_ptr<backend::ArmClient> client;
  std::string subscriptionId;
  std::string resourceGroup;
};

void addConnectionOptions(QCommandLineParser& parser);
// Text for --help: the variables behind the flags.
QString connectionHelp();

// Builds a signed-in client from the parsed options; errors name the option to fix.
models::Result<Connection> connect(const QCommandLineParser& parser);

}  // namespace autoscale::cli
