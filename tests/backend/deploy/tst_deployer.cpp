// Deploy with drift check against the real sandbox, and against faults injected in front of it.
#include <QTest>
#include <atomic>

#include "backend/deploy/deployer.h"
#include "faultproxy.h"
#include "sandboxfixture.h"

using namespace autoscale::backend;
using nlohmann::ordered_json;

namespace {

ArmClientOptions quickRetries() {
  ArmClientOptions options;
  options.http.retry.maxAttempts = 2;
  options.http.retry.baseDelay = std::chrono::milliseconds(10);
  options.http.attemptTimeout = std::chrono::milliseconds(3000);
  return options;
}

}  // namespace

class TestDeployer final : public QObject {
  Q_OBJECT

 private slots:
  void createsThenFindsNothingToDo() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    Deployer deployer(*sandbox.client);
    const auto id = sandbox.settingId("blue-autoscale");
    const ordered_json local = blueSetting(sandbox.blueId(), 2, 5, 2);

    auto first = deployer.deploy(id, local, std::nullopt, {});
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QCOMPARE(first->outcome, DeployOutcome::Created);
    QVERIFY(!first->changes.empty());
    QVERIFY(containsAll(first->deployed["properties"], local["properties"]));

    const std::string modifiedAt = first->deployed["systemData"]["lastModifiedAt"];
    auto second = deployer.deploy(id, local, first->deployed, {});
    QVERIFY(second.ok());
    QCOMPARE(second->outcome, DeployOutcome::UpToDate);
    QVERIFY(second->changes.empty());
    // Nothing was written the second time.
    QCOMPARE((*sandbox.client->getAutoscaleSetting(id))["systemData"]["lastModifiedAt"]
                 .get<std::string>(),
             modifiedAt);
  }

  void dryRunShowsTheChangesAndWritesNothing() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    Deployer deployer(*sandbox.client);
    const auto id = sandbox.settingId("blue-autoscale");
    auto created = deployer.deploy(id, blueSetting(sandbox.blueId(), 2, 5, 2), std::nullopt, {});
    QVERIFY(created.ok());

    ordered_json local = blueSetting(sandbox.blueId(), 2, 8, 2);
    local["properties"]["enabled"] = false;
    DeployOptions options;
    options.dryRun = true;
    auto planned = deployer.deploy(id, local, created->deployed, options);
    QVERIFY(planned.ok());
    QCOMPARE(planned->outcome, DeployOutcome::Planned);
    QCOMPARE(planned->changes.size(), std::size_t(2));
    const std::string described = describeChanges(planned->changes);
    QVERIFY2(described.find("~ $.properties.profiles[0].capacity.maximum: \"5\" -> \"8\"") !=
                 std::string::npos,
             described.c_str());
    QVERIFY(described.find("~ $.properties.enabled: true -> false") != std::string::npos);
    QVERIFY((*sandbox.client->getAutoscaleSetting(id))["properties"]["enabled"] ==
            ordered_json(true));
  }

  void refusesARemoteThatChangedSinceItWasPulled() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    Deployer deployer(*sandbox.client);
    const auto id = sandbox.settingId("blue-autoscale");
    QVERIFY(deployer.deploy(id, blueSetting(sandbox.blueId(), 2, 5, 2), std::nullopt, {}).ok());
    const ordered_json pulled = *sandbox.client->getAutoscaleSetting(id);

    // Someone else changes the remote in the portal.
    QVERIFY(sandbox.client
                ->patchAutoscaleSetting(id, ordered_json{{"tags", {{"owner", "someone-else"}}}})
                .ok());

    ordered_json local = Deployer::content(pulled);
    local["properties"]["profiles"][0]["capacity"]["maximum"] = "7";
    auto refused = deployer.deploy(id, local, pulled, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, std::string("Deploy.RemoteChanged"));
    QVERIFY2(refused.error().message.find("$.tags.owner") != std::string::npos,
             refused.error().message.c_str());
    QCOMPARE((*sandbox.client->getAutoscaleSetting(
                 id))["properties"]["profiles"][0]["capacity"]["maximum"]
                 .get<std::string>(),
             std::string("5"));

    DeployOptions force;
    force.force = true;
    auto forced = deployer.deploy(id, local, pulled, force);
    QVERIFY(forced.ok());
    QCOMPARE(forced->outcome, DeployOutcome::Updated);
    QCOMPARE((*sandbox.client->getAutoscaleSetting(
                 id))["properties"]["profiles"][0]["capacity"]["maximum"]
                 .get<std::string>(),
             std::string("7"));
  }

  void refusesToOverwriteARemoteThatWasNeverPulled() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    Deployer deployer(*sandbox.client);
    const auto id = sandbox.settingId("blue-autoscale");
    QVERIFY(
        sandbox.client->createOrUpdateAutoscaleSetting(id, blueSetting(sandbox.blueId(), 1, 3, 1))
            .ok());
    auto refused = deployer.deploy(id, blueSetting(sandbox.blueId(), 2, 5, 2), std::nullopt, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, std::string("Deploy.NotPulled"));
  }

  void rejectedPutLeavesTheRemoteUnchanged() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const auto id = sandbox.settingId("blue-autoscale");
    const ordered_json original = blueSetting(sandbox.blueId(), 2, 5, 2);
    QVERIFY(sandbox.client->createOrUpdateAutoscaleSetting(id, original).ok());
    const ordered_json pulled = *sandbox.client->getAutoscaleSetting(id);

    std::atomic<int> puts{0};
    FaultProxy proxy(sandbox.server->baseUrl(), [&](const httplib::Request& req,
                                                    httplib::Response& res, const auto&) {
      if (req.method != "PUT") return false;
      ++puts;
      res.status = 500;
      res.set_content(R"({"error":{"code":"InternalServerError","message":"storage failed"}})",
                      "application/json");
      return true;
    });
    QVERIFY(proxy.start());
    ArmClientOptions options = quickRetries();
    options.endpoint = proxy.baseUrl();
    ArmClient client(options, std::make_shared<StaticTokenCredential>(sandbox.server->token()));

    ordered_json local = Deployer::content(pulled);
    local["properties"]["enabled"] = false;
    auto failed = Deployer(client).deploy(id, local, pulled, {});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, std::string("InternalServerError"));
    QVERIFY(failed.error().message.find("storage failed") != std::string::npos);
    QCOMPARE(puts.load(), 2);  // PUT is idempotent: retried within the bound, then given up
    const auto remote = *sandbox.client->getAutoscaleSetting(id);
    QVERIFY(Deployer::contentChanges(pulled, remote).empty());
  }

  void putAppliedButAnswerLostIsRolledBack() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const auto id = sandbox.settingId("blue-autoscale");
    QVERIFY(
        sandbox.client->createOrUpdateAutoscaleSetting(id, blueSetting(sandbox.blueId(), 2, 5, 2))
            .ok());
    const ordered_json pulled = *sandbox.client->getAutoscaleSetting(id);

    std::atomic<bool> broken{true};
    FaultProxy proxy(sandbox.server->baseUrl(), [&](const httplib::Request& req,
                                                    httplib::Response& res, const auto& forward) {
      if (req.method != "PUT" || !broken.exchange(false)) return false;
      forward();  // the service applies it …
      res.status = 200;
      const std::string whole = R"({"id": "/subscriptions/x", "properties": {"profiles": []}})";
      res.set_content(whole.substr(0, whole.size() / 2),
                      "application/json");  // … the answer is cut
      return true;
    });
    QVERIFY(proxy.start());
    ArmClientOptions options = quickRetries();
    options.endpoint = proxy.baseUrl();
    ArmClient client(options, std::make_shared<StaticTokenCredential>(sandbox.server->token()));

    ordered_json local = Deployer::content(pulled);
    local["properties"]["profiles"][0]["capacity"]["maximum"] = "9";
    auto failed = Deployer(client).deploy(id, local, pulled, {});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, std::string("Arm.MalformedResponse"));
    QVERIFY2(
        failed.error().message.find("previous remote setting was put back") != std::string::npos,
        failed.error().message.c_str());
    const auto remote = *sandbox.client->getAutoscaleSetting(id);
    QCOMPARE(remote["properties"]["profiles"][0]["capacity"]["maximum"].get<std::string>(),
             std::string("5"));
  }

  void readBackThatDiffersIsRolledBack() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const auto id = sandbox.settingId("fresh");

    std::atomic<bool> putSeen{false};
    FaultProxy proxy(sandbox.server->baseUrl(),
                     [&](const httplib::Request& req, httplib::Response& res, const auto& forward) {
                       if (req.method == "PUT") putSeen = true;
                       if (req.method != "GET" || !putSeen) return false;
                       auto answer = forward();
                       if (answer.status != 200) return false;
                       auto body = ordered_json::parse(answer.body);
                       body["properties"]["enabled"] = false;  // the service "lost" a value
                       res.status = 200;
                       res.set_content(body.dump(), "application/json");
                       return true;
                     });
    QVERIFY(proxy.start());
    ArmClientOptions options = quickRetries();
    options.endpoint = proxy.baseUrl();
    ArmClient client(options, std::make_shared<StaticTokenCredential>(sandbox.server->token()));

    auto failed =
        Deployer(client).deploy(id, blueSetting(sandbox.blueId(), 2, 5, 2), std::nullopt, {});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, std::string("Deploy.VerifyFailed"));
    QVERIFY(failed.error().message.find("$.properties.enabled") != std::string::npos);
    // It did not exist before, so it does not exist after.
    QVERIFY(!sandbox.client->findAutoscaleSetting(id)->has_value());
  }
};

QTEST_GUILESS_MAIN(TestDeployer)
#include "tst_deployer.moc"
