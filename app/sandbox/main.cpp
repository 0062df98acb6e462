// autoscale-sandbox: a local service that speaks the ARM API of autoscale settings and metrics.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include "backend/sandbox/sandboxserver.h"
#include "models/core/version.h"

namespace {

std::atomic<bool> g_stopRequested{false};

void requestStop(int) {
  g_stopRequested = true;
}

void print(FILE* stream, const QString& text) {
  const QByteArray bytes = text.toUtf8();
  std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
  std::fflush(stream);
}

int fail(const QString& message) {
  print(stderr, QStringLiteral("autoscale-sandbox: ") + message + QLatin1Char('\n'));
  return 2;
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("autoscale-sandbox"));
  QCoreApplication::setApplicationVersion(QLatin1String(autoscale::models::productVersion()));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "A local Azure Resource Manager compatible service for autoscale settings and the "
      "metrics of emulated Azure ML online endpoints."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption host(QStringLiteral("host"),
                                QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                QStringLiteral("address"), QStringLiteral("127.0.0.1"));
  const QCommandLineOption port(
      QStringLiteral("port"),
      QStringLiteral("Port to listen on (default 8470; 0 picks a free one)."), QStringLiteral("N"),
      QStringLiteral("8470"));
  const QCommandLineOption token(
      QStringLiteral("token"),
      QStringLiteral("Bearer token clients must send (default: a random token, printed at start; "
                     "or AUTOSCALE_SANDBOX_TOKEN)."),
      QStringLiteral("T"));
  const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                   QStringLiteral("Directory where settings are persisted."),
                                   QStringLiteral("DIR"));
  const QCommandLineOption tls(
      QStringLiteral("tls"),
      QStringLiteral("Serve HTTPS (with --cert/--key, or a self-generated certificate)."));
  const QCommandLineOption cert(QStringLiteral("cert"),
                                QStringLiteral("Certificate (PEM) for --tls."),
                                QStringLiteral("PEM"));
  const QCommandLineOption key(
      QStringLiteral("key"), QStringLiteral("Private key (PEM) for --tls."), QStringLiteral("PEM"));
  const QCommandLineOption acceleration(
      QStringLiteral("acceleration"),
      QStringLiteral("Simulated seconds per real second (default 1; 60 runs a minute per second)."),
      QStringLiteral("X"), QStringLiteral("1"));
  const QCommandLineOption workload(
      QStringLiteral("workload"),
      QStringLiteral(
          "Traffic of demo-endpoint: diurnal[:PEAK], constant:RPM, step:LOW:HIGH:MINUTES "
          "or ramp:FROM:TO:MINUTES (requests per minute; default diurnal)."),
      QStringLiteral("SPEC"), QStringLiteral("diurnal"));
  const QCommandLineOption pageSize(
      QStringLiteral("page-size"),
      QStringLiteral("Settings per list page before a nextLink (default 50)."), QStringLiteral("N"),
      QStringLiteral("50"));
  parser.addOptions({host, port, token, dataDir, tls, cert, key, acceleration, workload, pageSize});
  parser.process(app);

  autoscale::backend::SandboxOptions options;
  options.host = parser.value(host).toStdString();
  bool ok = false;
  options.port = parser.value(port).toInt(&ok);
  if (!ok || options.port < 0 || options.port > 65535)
    return fail(QStringLiteral("--port must be 0-65535"));
  options.acceleration = parser.value(acceleration).toDouble(&ok);
  if (!ok || options.acceleration <= 0 || options.acceleration > 100000) {
    return fail(QStringLiteral("--acceleration must be a number above 0 and at most 100000"));
  }
  options.pageSize = parser.value(pageSize).toInt(&ok);
  if (!ok || options.pageSize < 1)
    return fail(QStringLiteral("--page-size must be a positive number"));
  options.token = parser.isSet(token)
                      ? parser.value(token).toStdString()
                      : qEnvironmentVariable("AUTOSCALE_SANDBOX_TOKEN").toStdString();
  const bool tokenGiven = !options.token.empty();
  options.dataDir = parser.value(dataDir);
  options.tls = parser.isSet(tls);
  options.certificatePath = parser.value(cert);
  options.privateKeyPath = parser.value(key);
  options.workload = parser.value(workload).toStdString();

  auto server = autoscale::backend::SandboxServer::start(std::move(options));
  if (!server) return fail(QString::fromStdString(server.error().message));
  auto& sandbox = **server;

  if (sandbox.generatedCertificate()) {
    print(stdout, QStringLiteral("certificate: %1\n").arg(sandbox.certificatePath()));
  }
  // A token the user chose is theirs to know; one made here must be shown once to be usable.
  if (!tokenGiven)
    print(stdout, QStringLiteral("token: %1\n").arg(QString::fromStdString(sandbox.token())));
  const auto& identity = sandbox.workspace().identity();
  print(stdout, QStringLiteral("subscription: %1\nresource group: %2\ndeployment: %3\n")
                    .arg(QString::fromStdString(identity.subscriptionId),
                         QString::fromStdString(identity.resourceGroup),
                         QString::fromStdString(identity.deploymentId("demo-endpoint", "blue"))));
  print(stdout, QStringLiteral("autoscale-sandbox listening on %1\n")
                    .arg(QString::fromStdString(sandbox.baseUrl())));

  std::signal(SIGINT, requestStop);
  std::signal(SIGTERM, requestStop);
  while (!g_stopRequested) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  sandbox.stop();
  return 0;
}
