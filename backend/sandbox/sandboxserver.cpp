#include "backend/sandbox/sandboxserver.h"

#include <httplib.h>

#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>

#include "backend/core/logging.h"
#include "backend/net/httpmessage.h"
#include "backend/net/urlpolicy.h"
#include "backend/sandbox/sandboxapi.h"
#include "backend/sandbox/selfsignedcertificate.h"

namespace autoscale::backend {
namespace {

ApiRequest toApiRequest(const httplib::Request& req, const std::string& scheme) {
  ApiRequest request;
  request.method = req.method;
  request.path = req.path;
  for (const auto& [name, value] : req.params) request.query[toLower(name)] = value;
  request.body = req.body;
  request.authorization = req.get_header_value("Authorization");
  request.baseUrl = scheme + "://" + req.get_header_value("Host");
  return request;
}

void writeAnswer(const ApiAnswer& answer, httplib::Response& res) {
  res.status = answer.status;
  for (const auto& [name, value] : answer.headers) res.set_header(name, value);
  res.set_header("x-ms-request-id", SandboxServer::generateToken().substr(0, 32));
  if (answer.status != 204 && !answer.body.is_null()) {
    res.set_content(answer.body.dump(), "application/json; charset=utf-8");
  }
}

}  // namespace

std::string SandboxServer::generateToken() {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string token;
  for (int i = 0; i < 32; ++i) {
    const auto byte = QRandomGenerator::system()->bounded(256);
    token += kHex[byte >> 4];
    token += kHex[byte & 0x0F];
  }
  return token;
}

SandboxServer::SandboxServer(SandboxOptions options) : m_options(std::move(options)) {}

models::Result<std::unique_ptr<SandboxServer>> SandboxServer::start(SandboxOptions options) {
  using R = models::Result<std::unique_ptr<SandboxServer>>;
  if (options.token.empty()) options.token = generateToken();
  if (!isLoopbackHost(options.host)) {
    qCWarning(lcSandbox).noquote()
        << "the sandbox listens on" << QString::fromStdString(options.host)
        << "which other machines may reach";
  }
  std::unique_ptr<SandboxServer> server(new SandboxServer(std::move(options)));
  SandboxOptions& o = server->m_options;

  server->m_clock = std::make_unique<WorkloadClock>(o.acceleration);
  server->m_store = std::make_unique<SettingStore>(o.dataDir);
  if (auto loaded = server->m_store->load(); !loaded) return loaded.error;

  auto workload = makeWorkload(o.workload, server->m_clock->start());
  if (!workload) return workload.error();
  SettingStore* store = server->m_store.get();
  server->m_workspace = std::make_unique<EmulatedWorkspace>(o.identity, std::move(*workload),
                                                            makeEngineScalingController(),
                                                            [store] { return store->all(); });
  for (const auto& spec : o.deployments) {
    server->m_workspace->addDeployment(spec.endpoint, spec.deployment, spec.initialCapacity);
  }
  server->m_workspace->backfill(server->m_clock->start(), o.backfillMinutes);
  server->m_api = std::make_unique<SandboxApi>(o.token, *server->m_store, *server->m_workspace,
                                               *server->m_clock, o.pageSize);

  if (auto listening = server->listen(); !listening) return listening.error;
  server->m_emulationThread = std::thread([s = server.get()] { s->emulate(); });
  return R(std::move(server));
}

models::Status SandboxServer::listen() {
  SandboxOptions& o = m_options;
  std::string scheme = "http";
  if (o.tls) {
    if (o.certificatePath.isEmpty() != o.privateKeyPath.isEmpty()) {
      return models::Status::failure("Sandbox.Certificate",
                                     "give both a certificate and its private key, or neither");
    }
    if (o.certificatePath.isEmpty()) {
      const QString directory =
          o.dataDir.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                    .filePath(QStringLiteral("autoscale-sandbox-tls-") +
                                              QString::fromStdString(generateToken().substr(0, 8)))
                              : QDir(o.dataDir).filePath(QStringLiteral("tls"));
      auto files = createSelfSignedCertificate(directory);
      if (!files) return models::Status{files.error()};
      o.certificatePath = files->certificatePem;
      o.privateKeyPath = files->privateKeyPem;
      m_generatedCertificate = true;
    }
    const QByteArray cert = o.certificatePath.toLocal8Bit();
    const QByteArray key = o.privateKeyPath.toLocal8Bit();
    auto tlsServer = std::make_unique<httplib::SSLServer>(cert.constData(), key.constData());
    if (!tlsServer->is_valid()) {
      return models::Status::failure(
          "Sandbox.Certificate",
          "the certificate or key could not be loaded (" + o.certificatePath.toStdString() + ")");
    }
    m_http = std::move(tlsServer);
    scheme = "https";
  } else {
    m_http = std::make_unique<httplib::Server>();
  }

  const auto handler = [this, scheme](const httplib::Request& req, httplib::Response& res) {
    writeAnswer(m_api->handle(toApiRequest(req, scheme)), res);
  };
  m_http->Get(".*", handler);
  m_http->Delete(".*", handler);
  m_http->Put(".*", handler);
  m_http->Patch(".*", handler);
  m_http->Post(".*", handler);
  m_http->set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        writeAnswer(
            armErrorAnswer(500, "InternalServerError", "the sandbox failed on this request"), res);
      });
  m_http->set_logger([](const httplib::Request& req, const httplib::Response& res) {
    // Method, path and status only: headers carry the token.
    qCDebug(lcSandbox).noquote() << QString::fromStdString(req.method)
                                 << QString::fromStdString(req.path) << res.status;
  });
  m_http->set_payload_max_length(8u << 20);

  m_port = o.port > 0 ? (m_http->bind_to_port(o.host, o.port) ? o.port : -1)
                      : m_http->bind_to_any_port(o.host);
  if (m_port <= 0) {
    return models::Status::failure("Sandbox.Bind",
                                   "cannot listen on " + o.host + ":" + std::to_string(o.port) +
                                       " (in use, or not an address of this machine)");
  }
  m_httpThread = std::thread([this] { m_http->listen_after_bind(); });
  for (int i = 0; i < 500 && !m_http->is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!m_http->is_running())
    return models::Status::failure("Sandbox.Bind", "the server did not start");
  return models::Status::success();
}

void SandboxServer::emulate() {
  std::unique_lock lock(m_stopMutex);
  while (!m_stopping) {
    lock.unlock();
    m_workspace->advanceTo(m_clock->now());
    lock.lock();
    // Wake up a few times per simulated minute, and at least every 200 ms for stop().
    const auto wait = std::min<std::chrono::steady_clock::duration>(
        std::chrono::milliseconds(200), m_clock->realDuration(std::chrono::seconds(15)));
    m_stopSignal.wait_for(lock, wait, [this] { return m_stopping; });
  }
}

std::string SandboxServer::baseUrl() const {
  const bool v6 = m_options.host.find(':') != std::string::npos;
  const std::string host = m_options.host == "0.0.0.0" ? "127.0.0.1"
                           : v6                        ? "[" + m_options.host + "]"
                                                       : m_options.host;
  return std::string(m_options.tls ? "https" : "http") + "://" + host + ":" +
         std::to_string(m_port);
}

void SandboxServer::stop() {
  {
    std::lock_guard lock(m_stopMutex);
    m_stopping = true;
  }
  m_stopSignal.notify_all();
  if (m_emulationThread.joinable()) m_emulationThread.join();
  if (m_http) m_http->stop();
  if (m_httpThread.joinable()) m_httpThread.join();
}

SandboxServer::~SandboxServer() {
  stop();
}

}  // namespace autoscale::backend
