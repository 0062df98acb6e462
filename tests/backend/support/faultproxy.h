#pragma once

#include <functional>
#include <string>

#include "backend/net/httpclient.h"
#include "loopbackserver.h"

// A loopback HTTP server in front of another server (the sandbox) that forwards requests
// unchanged unless `fault` answers them instead. `fault` sees the method and the request;
// it returns true when it has written its own response.
class FaultProxy final {
 public:
  using Fault =
      std::function<bool(const httplib::Request&, httplib::Response&,
                         const std::function<autoscale::backend::HttpResponse()>& forward)>;

  FaultProxy(std::string upstream, Fault fault)
      : m_upstream(std::move(upstream)), m_fault(std::move(fault)) {
    const auto handler = [this](const httplib::Request& req, httplib::Response& res) {
      const auto forward = [&] { return this->forward(req); };
      if (m_fault && m_fault(req, res, forward)) return;
      const auto answer = forward();
      res.status = static_cast<int>(answer.status);
      res.set_content(answer.body, "application/json");
    };
    m_server.server().Get(".*", handler);
    m_server.server().Put(".*", handler);
    m_server.server().Patch(".*", handler);
    m_server.server().Delete(".*", handler);
  }

  bool start() { return m_server.start(); }
  std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(m_server.port()); }

 private:
  autoscale::backend::HttpResponse forward(const httplib::Request& req) {
    autoscale::backend::HttpClientOptions options;
    options.retry = autoscale::backend::RetryPolicy::none();
    autoscale::backend::HttpClient client(options);
    autoscale::backend::HttpRequest request;
    request.method = req.method;
    request.url = m_upstream + req.target;
    request.body = req.body;
    request.headers = {{"Authorization", req.get_header_value("Authorization")},
                       {"Content-Type", "application/json"}};
    auto answer = client.send(request);
    return answer ? *answer : autoscale::backend::HttpResponse{502, {}, "{}", 1};
  }

  std::string m_upstream;
  Fault m_fault;
  LoopbackServer m_server;
};
