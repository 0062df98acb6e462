// Fault tests of the HTTP client against real servers on 127.0.0.1.
#include <QTest>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "backend/net/httpclient.h"
#include "loopbackserver.h"
#include "rawsocketserver.h"

using namespace autoscale::backend;
using namespace std::chrono;

namespace {

HttpClientOptions quickOptions(int attempts) {
  HttpClientOptions options;
  options.connectTimeout = milliseconds(2000);
  options.attemptTimeout = milliseconds(5000);
  options.retry.maxAttempts = attempts;
  options.retry.baseDelay = milliseconds(20);
  options.retry.maxDelay = milliseconds(100);
  options.retry.maxTotal = milliseconds(20000);
  return options;
}

HttpRequest request(const std::string& method, const std::string& url, std::string body = {}) {
  HttpRequest r;
  r.method = method;
  r.url = url;
  r.body = std::move(body);
  return r;
}

// Records when each request arrived, for checks of the waits between retries.
struct Arrivals {
  std::mutex mutex;
  std::vector<steady_clock::time_point> times;
  int record() {
    std::lock_guard lock(mutex);
    times.push_back(steady_clock::now());
    return static_cast<int>(times.size());
  }
  int count() {
    std::lock_guard lock(mutex);
    return static_cast<int>(times.size());
  }
  milliseconds gap(int from) {
    std::lock_guard lock(mutex);
    return duration_cast<milliseconds>(times.at(from + 1) - times.at(from));
  }
};

std::string httpAnswer(int status, const std::string& reason, const std::string& body,
                       const std::string& extraHeaders = {}) {
  return "HTTP/1.1 " + std::to_string(status) + " " + reason +
         "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

}  // namespace

class TestHttpClient final : public QObject {
  Q_OBJECT

 private slots:
  void throttledRequestWaitsForRetryAfter() {
    LoopbackServer server;
    Arrivals arrivals;
    server.server().Get("/x", [&](const httplib::Request&, httplib::Response& res) {
      if (arrivals.record() == 1) {
        res.status = 429;
        res.set_header("Retry-After", "1");
        res.set_content(R"({"error":{"code":"TooManyRequests","message":"slow down"}})",
                        "application/json");
      } else {
        res.set_content(R"({"ok":true})", "application/json");
      }
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(3));
    auto response = client.send(request("GET", server.url("/x")));
    QVERIFY(response.ok());
    QCOMPARE(response->status, 200L);
    QCOMPARE(response->attempts, 2);
    QCOMPARE(response->body, std::string(R"({"ok":true})"));
    QCOMPARE(arrivals.count(), 2);
    // Retry-After said one second; the quick backoff (≤ 100 ms) must not have been used.
    QVERIFY2(arrivals.gap(0) >= milliseconds(950),
             qPrintable(QString::number(arrivals.gap(0).count())));
  }

  void retryAfterBeyondTheBudgetIsNotWaitedFor() {
    LoopbackServer server;
    Arrivals arrivals;
    server.server().Get("/x", [&](const httplib::Request&, httplib::Response& res) {
      arrivals.record();
      res.status = 429;
      res.set_header("Retry-After", "3600");
    });
    QVERIFY(server.start());
    auto options = quickOptions(5);
    options.retry.maxTotal = seconds(5);
    HttpClient client(options);
    auto response = client.send(request("GET", server.url("/x")));
    QVERIFY(response.ok());
    QCOMPARE(response->status, 429L);  // handed back for the caller to report
    QCOMPARE(response->attempts, 1);
    QCOMPARE(arrivals.count(), 1);
  }

  void serverErrorsAreRetriedWithinTheAttemptBound() {
    LoopbackServer server;
    Arrivals arrivals;
    server.server().Get("/x", [&](const httplib::Request&, httplib::Response& res) {
      arrivals.record();
      res.status = 500;
      res.set_content(R"({"code":"InternalError","message":"boom"})", "application/json");
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(3));
    auto response = client.send(request("GET", server.url("/x")));
    QVERIFY(response.ok());
    QCOMPARE(response->status, 500L);
    QCOMPARE(response->attempts, 3);
    QCOMPARE(arrivals.count(), 3);
  }

  void unavailableThenAvailable() {
    LoopbackServer server;
    Arrivals arrivals;
    server.server().Get("/x", [&](const httplib::Request&, httplib::Response& res) {
      if (arrivals.record() <= 2) {
        res.status = 503;
      } else {
        res.set_content("{}", "application/json");
      }
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(4));
    auto response = client.send(request("GET", server.url("/x")));
    QVERIFY(response.ok());
    QCOMPARE(response->status, 200L);
    QCOMPARE(response->attempts, 3);
  }

  void validationErrorsAreNotRetried() {
    LoopbackServer server;
    Arrivals arrivals;
    server.server().Put("/x", [&](const httplib::Request&, httplib::Response& res) {
      arrivals.record();
      res.status = 400;
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(4));
    auto response = client.send(request("PUT", server.url("/x"), "{}"));
    QVERIFY(response.ok());
    QCOMPARE(response->status, 400L);
    QCOMPARE(arrivals.count(), 1);
  }

  void patchIsNotRepeatedAfterAServerError() {
    LoopbackServer server;
    Arrivals arrivals;
    server.server().Patch("/x", [&](const httplib::Request&, httplib::Response& res) {
      arrivals.record();
      res.status = 500;
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(4));
    auto response = client.send(request("PATCH", server.url("/x"), R"({"tags":{}})"));
    QVERIFY(response.ok());
    QCOMPARE(response->status, 500L);
    QCOMPARE(arrivals.count(), 1);  // a 500 may have applied the PATCH
  }

  void patchIsRepeatedAfterThrottling() {
    LoopbackServer server;
    Arrivals arrivals;
    server.server().Patch("/x", [&](const httplib::Request& req, httplib::Response& res) {
      if (arrivals.record() == 1) {
        res.status = 429;  // throttled requests are not processed
        res.set_header("Retry-After", "0");
      } else {
        res.set_content(req.body, "application/json");
      }
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(4));
    auto response = client.send(request("PATCH", server.url("/x"), R"({"tags":{"a":"b"}})"));
    QVERIFY(response.ok());
    QCOMPARE(response->status, 200L);
    QCOMPARE(response->body, std::string(R"({"tags":{"a":"b"}})"));
    QCOMPARE(arrivals.count(), 2);
  }

  void tooSlowAnswersTimeOutWithinBounds() {
    LoopbackServer server;
    Arrivals arrivals;
    server.server().Get("/slow", [&](const httplib::Request&, httplib::Response& res) {
      arrivals.record();
      std::this_thread::sleep_for(milliseconds(1500));
      res.set_content("{}", "application/json");
    });
    QVERIFY(server.start());
    auto options = quickOptions(2);
    options.attemptTimeout = milliseconds(300);
    HttpClient client(options);
    auto response = client.send(request("GET", server.url("/slow")));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, std::string("Network.Timeout"));
    QVERIFY2(response.error().message.find("gave up after 2 attempts") != std::string::npos,
             response.error().message.c_str());
    QCOMPARE(arrivals.count(), 2);
  }

  void connectionResetIsRetriedForGet() {
    RawSocketServer server([](int connection, const std::string&) {
      if (connection == 1) return RawSocketServer::Reply{{}, RawSocketServer::Ending::Reset};
      return RawSocketServer::Reply{httpAnswer(200, "OK", R"({"value":[]})")};
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(3));
    auto response = client.send(request("GET", server.url("/x")));
    QVERIFY2(response.ok(), response.ok() ? "" : response.error().message.c_str());
    QCOMPARE(response->status, 200L);
    QCOMPARE(response->attempts, 2);
    QCOMPARE(server.connections(), 2);
  }

  void connectionResetIsNotRetriedForPatchAndSaysSo() {
    RawSocketServer server([](int, const std::string&) {
      return RawSocketServer::Reply{{}, RawSocketServer::Ending::Reset};
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(3));
    auto response = client.send(request("PATCH", server.url("/x"), R"({"tags":{}})"));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, std::string("Network.Interrupted"));
    QVERIFY2(response.error().message.find("may have received and applied") != std::string::npos,
             response.error().message.c_str());
    QCOMPARE(server.connections(), 1);
  }

  void truncatedAnswerIsAnErrorNotAPartialDocument() {
    const std::string full = R"({"properties":{"profiles":[{"name":"a"}]}})";
    RawSocketServer server([&](int, const std::string&) {
      std::string answer = httpAnswer(200, "OK", full);
      answer.resize(answer.size() - full.size() / 2);  // the connection drops mid-body
      return RawSocketServer::Reply{answer, RawSocketServer::Ending::Close};
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(2));
    auto response = client.send(request("GET", server.url("/x")));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, std::string("Network.Interrupted"));
    QCOMPARE(server.connections(), 2);
  }

  void refusedConnectionIsAClearError() {
    int port = 0;
    {
      LoopbackServer closed;  // take a free port, then close it again
      QVERIFY(closed.start());
      port = closed.port();
    }
    HttpClient client(quickOptions(2));
    auto response = client.send(request("GET", "http://127.0.0.1:" + std::to_string(port) + "/"));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, std::string("Network.ConnectFailed"));
    QVERIFY(response.error().message.find("gave up after 2 attempts") != std::string::npos);
  }

  void plainHttpToARemoteHostIsRefusedBeforeSending() {
    HttpClient client(quickOptions(1));
    auto response = client.send(request("GET", "http://management.azure.com/subscriptions"));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, std::string("Network.InsecureUrl"));
  }

  void cancellationStopsATransfer() {
    LoopbackServer server;
    server.server().Get("/slow", [&](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(milliseconds(1500));
      res.set_content("{}", "application/json");
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(3));
    CancelToken cancel;
    std::thread canceller([&] {
      std::this_thread::sleep_for(milliseconds(200));
      cancel.cancel();
    });
    auto response = client.send(request("GET", server.url("/slow")), &cancel);
    canceller.join();
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, std::string("Cancelled"));
  }

  void cancellationStopsTheWaitBetweenRetries() {
    LoopbackServer server;
    Arrivals arrivals;
    server.server().Get("/x", [&](const httplib::Request&, httplib::Response& res) {
      arrivals.record();
      res.status = 429;
      res.set_header("Retry-After", "10");
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(3));
    CancelToken cancel;
    std::thread canceller([&] {
      std::this_thread::sleep_for(milliseconds(300));
      cancel.cancel();
    });
    auto response = client.send(request("GET", server.url("/x")), &cancel);
    canceller.join();
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, std::string("Cancelled"));
    QCOMPARE(arrivals.count(), 1);
  }

  void headersAndBodyTravel() {
    LoopbackServer server;
    std::string seenAuth, seenBody, seenType;
    server.server().Put("/echo", [&](const httplib::Request& req, httplib::Response& res) {
      seenAuth = req.get_header_value("Authorization");
      seenType = req.get_header_value("Content-Type");
      seenBody = req.body;
      res.status = 201;
      res.set_header("X-Custom", "one");
      res.set_content(req.body, "application/json");
    });
    QVERIFY(server.start());
    HttpClient client(quickOptions(1));
    auto r = request("PUT", server.url("/echo"), R"({"a":1})");
    r.headers = {{"Authorization", "Bearer abc"}, {"Content-Type", "application/json"}};
    auto response = client.send(r);
    QVERIFY(response.ok());
    QCOMPARE(response->status, 201L);
    QCOMPARE(seenAuth, std::string("Bearer abc"));
    QCOMPARE(seenType, std::string("application/json"));
    QCOMPARE(seenBody, std::string(R"({"a":1})"));
    QCOMPARE(response->header("x-CUSTOM").value_or(""), std::string("one"));
  }

  void oversizedAnswerIsRefused() {
    LoopbackServer server;
    server.server().Get("/big", [&](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(4096, 'x'), "text/plain");
    });
    QVERIFY(server.start());
    auto options = quickOptions(1);
    options.maxResponseBytes = 1024;
    HttpClient client(options);
    auto response = client.send(request("GET", server.url("/big")));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, std::string("Network.TooLarge"));
  }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
