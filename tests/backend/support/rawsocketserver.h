#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

// A TCP server on 127.0.0.1 that misbehaves on purpose: for each connection it reads the
// request head and then does what `reply` says — answer with raw bytes, stop half-way, or
// reset the connection. HTTP libraries refuse to do such things, which is why this exists.
class RawSocketServer final {
 public:
  enum class Ending { Close, Reset };
  struct Reply {
    std::string bytes;  // sent as they are (may be a truncated HTTP answer, or nothing)
    Ending ending = Ending::Close;
  };
  // Called with the 1-based connection number and the request head.
  using ReplyFn = std::function<Reply(int connection, const std::string& head)>;

  explicit RawSocketServer(ReplyFn reply) : m_reply(std::move(reply)) {}
  RawSocketServer(const RawSocketServer&) = delete;
  RawSocketServer& operator=(const RawSocketServer&) = delete;
  ~RawSocketServer() { stop(); }

  bool start() {
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_listen < 0) return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(m_listen, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) return false;
    socklen_t length = sizeof address;
    ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
    if (::listen(m_listen, 16) != 0) return false;
    m_thread = std::thread([this] { serve(); });
    return true;
  }

  void stop() {
    m_stopping = true;
    if (m_thread.joinable()) m_thread.join();
    if (m_listen >= 0) ::close(m_listen);
    m_listen = -1;
  }

  int connections() const { return m_connections.load(); }
  std::string url(const std::string& path = "/") const {
    return "http://127.0.0.1:" + std::to_string(m_port) + path;
  }

 private:
  void serve() {
    // Bounded: polls every 50 ms until stop() and serves one connection at a time.
    while (!m_stopping) {
      pollfd waiting{m_listen, POLLIN, 0};
      if (::poll(&waiting, 1, 50) <= 0) continue;
      const int client = ::accept(m_listen, nullptr, nullptr);
      if (client < 0) continue;
      const int number = ++m_connections;
      const std::string head = readHead(client);
      const Reply reply = m_reply(number, head);
      if (!reply.bytes.empty()) {
        (void)!::send(client, reply.bytes.data(), reply.bytes.size(), MSG_NOSIGNAL);
      }
      if (reply.ending == Ending::Reset) {
        linger hard{1, 0};  // close with RST instead of FIN
        ::setsockopt(client, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
      }
      ::close(client);
    }
  }

  static std::string readHead(int client) {
    std::string head;
    char buffer[4096];
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (head.find("\r\n\r\n") == std::string::npos &&
           std::chrono::steady_clock::now() < deadline) {
      pollfd readable{client, POLLIN, 0};
      if (::poll(&readable, 1, 50) <= 0) continue;
      const auto got = ::recv(client, buffer, sizeof buffer, 0);
      if (got <= 0) break;
      head.append(buffer, static_cast<size_t>(got));
    }
    return head;
  }

  ReplyFn m_reply;
  int m_listen = -1;
  int m_port = 0;
  std::atomic<bool> m_stopping{false};
  std::atomic<int> m_connections{0};
  std::thread m_thread;
};
