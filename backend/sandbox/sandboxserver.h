#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "backend/sandbox/emulatedworkspace.h"
#include "backend/sandbox/settingstore.h"
#include "backend/sandbox/workloadclock.h"
#include "models/core/result.h"

namespace httplib {
class Server;
}

namespace autoscale::backend {

class SandboxApi;

struct EmulatedDeploymentSpec {
  std::string endpoint;
  std::string deployment;
  int initialCapacity = 2;
};

struct SandboxOptions {
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 0;                    // 0: any free port
  std::string token;               // empty: a random one is made (see SandboxServer::token)
  QString dataDir;                 // empty: nothing is persisted
  bool tls = false;
  QString certificatePath;  // with tls: a given certificate and key; empty: self-generated
  QString privateKeyPath;
  double acceleration = 1.0;  // simulated seconds per wall-clock second
  std::string workload = "diurnal";
  int backfillMinutes = 24 * 60;  // history recorded before the start
  int pageSize = 50;              // list answers longer than this carry a nextLink
  WorkspaceIdentity identity;
  std::vector<EmulatedDeploymentSpec> deployments{{"demo-endpoint", "blue", 2}};
};

// The local Azure Resource Manager look-alike: the SandboxApi served over HTTP or HTTPS by
// cpp-httplib on its own threads, plus the emulation thread that advances the emulated
// workspace in simulated time. Used by `autoscale-sandbox` and embedded in the studio.
class SandboxServer final {
 public:
  static models::Result<std::unique_ptr<SandboxServer>> start(SandboxOptions options);
  ~SandboxServer();
  SandboxServer(const SandboxServer&) = delete;
  SandboxServer& operator=(const SandboxServer&) = delete;

  void stop();

  int port() const { return m_port; }
  std::string baseUrl() const;  // http(s)://127.0.0.1:port
  const std::string& token() const { return m_options.token; }
  const SandboxOptions& options() const { return m_options; }
  QString certificatePath() const { return m_options.certificatePath; }
  bool generatedCertificate() const { return m_generatedCertificate; }

  const WorkloadClock& clock() const { return *m_clock; }
  EmulatedWorkspace& workspace() { return *m_workspace; }
  SettingStore& store() { return *m_store; }

  // 32 random bytes as hex, from the system's secure generator.
  static std::string generateToken();

 private:
  explicit SandboxServer(SandboxOptions options);
  models::Status listen();
  void emulate();

  SandboxOptions m_options;
  bool m_generatedCertificate = false;
  std::unique_ptr<WorkloadClock> m_clock;
  std::unique_ptr<SettingStore> m_store;
  std::unique_ptr<EmulatedWorkspace> m_workspace;
  std::unique_ptr<SandboxApi> m_api;
  std::unique_ptr<httplib::Server> m_http;
  int m_port = 0;
  std::thread m_httpThread;
  std::thread m_emulationThread;
  std::mutex m_stopMutex;
  std::condition_variable m_stopSignal;
  bool m_stopping = false;
};

}  // namespace autoscale::backend
