#pragma once

#include <httplib.h>

#include <chrono>
#include <string>
#include <thread>

// A real HTTP server on 127.0.0.1 and a free port, serving from its own thread for the
// lifetime of the object. Tests register handlers on server() before start().
class LoopbackServer final {
 public:
  LoopbackServer() = default;
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;
  ~LoopbackServer() { stop(); }

  httplib::Server& server() { return m_server; }

  // Binds and starts serving; false if it did not come up within two seconds.
  bool start() {
    m_port = m_server.bind_to_any_port("127.0.0.1");
    if (m_port <= 0) return false;
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    for (int i = 0; i < 200 && !m_server.is_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return m_server.is_running();
  }

  void stop() {
    if (m_thread.joinable()) {
      m_server.stop();
      m_thread.join();
    }
  }

  int port() const { return m_port; }
  std::string url(const std::string& path = "/") const {
    return "http://127.0.0.1:" + std::to_string(m_port) + path;
  }

 private:
  httplib::Server m_server;
  std::thread m_thread;
  int m_port = 0;
};
