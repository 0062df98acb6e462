// The sandbox's ARM routes for autoscale settings, over real HTTP(S) on loopback.
#include <QDir>
#include <QTest>

#include "backend/net/httpclient.h"
#include "backend/sandbox/selfsignedcertificate.h"
#include "sandboxfixture.h"

using namespace autoscale::backend;
using nlohmann::ordered_json;

class TestSandboxService final : public QObject {
  Q_OBJECT

 private:
  HttpResponse raw(SandboxFixture& sandbox, const std::string& method, const std::string& path,
                   const std::string& body = {}, const std::string& token = "default") {
    HttpClient http;
    HttpRequest request;
    request.method = method;
    request.url = sandbox.server->baseUrl() + path;
    request.body = body;
    if (token == "default") {
      request.headers.emplace_back("Authorization", "Bearer " + sandbox.server->token());
    } else if (!token.empty()) {
      request.headers.emplace_back("Authorization", "Bearer " + token);
    }
    auto response = http.send(request);
    return response ? *response : HttpResponse{};
  }

 private slots:
  void officialExampleIsCreatedThenUpdated() {
    SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), sandbox.error.c_str());
    const ordered_json body = officialCreateBody();
    QVERIFY(body.contains("properties"));
    const auto id = sandbox.settingId("MySetting");

    auto created = sandbox.client->createOrUpdateAutoscaleSetting(id, body);
    QVERIFY2(created.ok(), created.ok() ? "" : created.error().message.c_str());
    QVERIFY(created->created);
    QCOMPARE(created->resource["name"].get<std::string>(), std::string("MySetting"));
    QCOMPARE(created->resource["type"].get<std::string>(),
             std::string("Microsoft.Insights/autoscaleSettings"));
    QVERIFY(containsAll(created->resource["properties"], body["properties"]));
    // Values keep their JSON types and the properties their order: 10.0 stays a float.
    QVERIFY(created->resource["properties"]["profiles"][0]["rules"][0]["metricTrigger"]["threshold"]
                .is_number_float());
    QCOMPARE(created->resource["properties"].begin().key(), body["properties"].begin().key());

    auto updated = sandbox.client->createOrUpdateAutoscaleSetting(id, body);
    QVERIFY(updated.ok());
    QVERIFY(!updated->created);

    auto read = sandbox.client->getAutoscaleSetting(id);
    QVERIFY(read.ok());
    QCOMPARE(read->dump(), updated->resource.dump());
    QVERIFY((*read)["tags"] == body["tags"]);
  }

  void pathSegmentsMatchWhateverTheirCase() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QVERIFY(
        sandbox.client
            ->createOrUpdateAutoscaleSetting(sandbox.settingId("CaseTest"), officialCreateBody())
            .ok());
    const std::string path =
        "/SUBSCRIPTIONS/" + sandbox.identity().subscriptionId +
        "/resourcegroups/DEMO-RG/providers/MICROSOFT.INSIGHTS/AutoScaleSettings/casetest"
        "?api-version=2022-10-01";
    const HttpResponse response = raw(sandbox, "GET", path);
    QCOMPARE(response.status, 200L);
    QVERIFY(response.body.find("\"name\":\"CaseTest\"") != std::string::npos);
  }

  void listsFollowNextLinkByGroupAndSubscription() {
    SandboxFixture sandbox;
    SandboxOptions options;
    options.pageSize = 2;
    QVERIFY(sandbox.start(options));
    for (int i = 0; i < 5; ++i) {
      QVERIFY(sandbox.client
                  ->createOrUpdateAutoscaleSetting(sandbox.settingId("s" + std::to_string(i)),
                                                   officialCreateBody())
                  .ok());
    }
    QVERIFY(sandbox.client
                ->createOrUpdateAutoscaleSetting(sandbox.settingId("other", "other-rg"),
                                                 officialCreateBody())
                .ok());

    const HttpResponse firstPage = raw(sandbox, "GET",
                                       "/subscriptions/" + sandbox.identity().subscriptionId +
                                           "/resourceGroups/demo-rg/providers/Microsoft.Insights/"
                                           "autoscalesettings?api-version=2022-10-01");
    QCOMPARE(firstPage.status, 200L);
    const auto page = ordered_json::parse(firstPage.body);
    QCOMPARE(page["value"].size(), std::size_t(2));
    QVERIFY(page["nextLink"].get<std::string>().rfind(sandbox.server->baseUrl(), 0) == 0);

    auto inGroup =
        sandbox.client->listAutoscaleSettings(sandbox.identity().subscriptionId, "demo-rg");
    QVERIFY2(inGroup.ok(), inGroup.ok() ? "" : inGroup.error().message.c_str());
    QCOMPARE(inGroup->size(), std::size_t(5));
    auto inSubscription = sandbox.client->listAutoscaleSettings(sandbox.identity().subscriptionId);
    QVERIFY(inSubscription.ok());
    QCOMPARE(inSubscription->size(), std::size_t(6));
  }

  void patchReplacesOnlyWhatItSends() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const auto id = sandbox.settingId("MySetting");
    const ordered_json body = officialCreateBody();
    QVERIFY(sandbox.client->createOrUpdateAutoscaleSetting(id, body).ok());
    auto patched = sandbox.client->patchAutoscaleSetting(
        id, ordered_json{{"tags", {{"team", "ml"}}}, {"properties", {{"enabled", false}}}});
    QVERIFY(patched.ok());
    QVERIFY((*patched)["tags"] == (ordered_json{{"team", "ml"}}));
    QVERIFY((*patched)["properties"]["enabled"] == ordered_json(false));
    QVERIFY((*patched)["properties"]["profiles"] == body["properties"]["profiles"]);
    QCOMPARE(sandbox.client->getAutoscaleSetting(id)->dump(), patched->dump());

    auto missing = sandbox.client->patchAutoscaleSetting(
        sandbox.settingId("nope"), ordered_json{{"tags", ordered_json::object()}});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, std::string("ResourceNotFound"));
  }

  void deleteAnswers200ThenNothingToDelete() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const auto id = sandbox.settingId("gone");
    QVERIFY(sandbox.client->createOrUpdateAutoscaleSetting(id, officialCreateBody()).ok());
    auto first = sandbox.client->deleteAutoscaleSetting(id);
    QVERIFY(first.ok());
    QVERIFY(*first);
    auto second = sandbox.client->deleteAutoscaleSetting(id);
    QVERIFY(second.ok());
    QVERIFY(!*second);
    auto found = sandbox.client->findAutoscaleSetting(id);
    QVERIFY(found.ok());
    QVERIFY(!found->has_value());
    auto get = sandbox.client->getAutoscaleSetting(id);
    QCOMPARE(get.error().code, std::string("ResourceNotFound"));
    QVERIFY(get.error().message.find("HTTP 404") != std::string::npos);
  }

  void tokenIsRequired() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const std::string path =
        "/subscriptions/" + sandbox.identity().subscriptionId +
        "/providers/Microsoft.Insights/autoscalesettings?api-version=2022-10-01";
    const HttpResponse none = raw(sandbox, "GET", path, {}, {});
    QCOMPARE(none.status, 401L);
    QCOMPARE(ordered_json::parse(none.body)["error"]["code"].get<std::string>(),
             std::string("AuthenticationFailed"));
    auto wrong = sandbox.makeClient({}, "not-the-token")
                     ->listAutoscaleSettings(sandbox.identity().subscriptionId);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, std::string("InvalidAuthenticationToken"));
    QVERIFY(wrong.error().message.find("sign in again") != std::string::npos);
  }

  void apiVersionIsChecked() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    ArmClientOptions options;
    options.autoscaleApiVersion = "2019-01-01";
    auto result = sandbox.makeClient(options)->getAutoscaleSetting(sandbox.settingId("x"));
    QCOMPARE(result.error().code, std::string("InvalidApiVersionParameter"));
    const HttpResponse missing =
        raw(sandbox, "GET",
            "/subscriptions/s/resourceGroups/r/providers/Microsoft.Insights/autoscalesettings/x");
    QCOMPARE(missing.status, 400L);
    QVERIFY(missing.body.find("MissingApiVersionParameter") != std::string::npos);
  }

  void invalidSettingsAreRejectedWithTheirPath() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    ordered_json body = blueSetting(sandbox.blueId(), 2, 5, 9);
    auto outOfRange =
        sandbox.client->createOrUpdateAutoscaleSetting(sandbox.settingId("bad"), body);
    QVERIFY(!outOfRange.ok());
    QCOMPARE(outOfRange.error().code, std::string("BadRequest"));
    QVERIFY2(outOfRange.error().message.find("$.properties.profiles[0].capacity.default") !=
                 std::string::npos,
             outOfRange.error().message.c_str());

    body = blueSetting(sandbox.blueId(), 2, 5, 2);
    body.erase("location");
    QCOMPARE(
        sandbox.client->createOrUpdateAutoscaleSetting(sandbox.settingId("bad"), body).error().code,
        std::string("LocationRequired"));

    const HttpResponse garbage =
        raw(sandbox, "PUT",
            ArmClient::settingPath(sandbox.settingId("bad")) + "?api-version=2022-10-01",
            "{\"location\": \"westeurope\", \"properties\": {");
    QCOMPARE(garbage.status, 400L);
    QVERIFY(garbage.body.find("InvalidRequestContent") != std::string::npos);
    QVERIFY(!sandbox.client->findAutoscaleSetting(sandbox.settingId("bad"))->has_value());
  }

  void stateSurvivesARestartAndIsWrittenAtomically() {
    QTemporaryDir dataDir;
    const ordered_json body = officialCreateBody();
    {
      SandboxFixture sandbox;
      SandboxOptions options;
      options.dataDir = dataDir.path();
      QVERIFY(sandbox.start(options));
      QVERIFY(sandbox.client->createOrUpdateAutoscaleSetting(sandbox.settingId("kept"), body).ok());
      QVERIFY(
          sandbox.client->createOrUpdateAutoscaleSetting(sandbox.settingId("dropped"), body).ok());
      QVERIFY(sandbox.client->deleteAutoscaleSetting(sandbox.settingId("dropped")).ok());
    }
    // Only the state file: no temporary file is left behind by the writes.
    QCOMPARE(QDir(dataDir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("autoscalesettings.json")});
    SandboxFixture restarted;
    SandboxOptions options;
    options.dataDir = dataDir.path();
    QVERIFY(restarted.start(options));
    auto kept = restarted.client->getAutoscaleSetting(restarted.settingId("kept"));
    QVERIFY(kept.ok());
    QVERIFY(containsAll((*kept)["properties"], body["properties"]));
    QVERIFY(!restarted.client->findAutoscaleSetting(restarted.settingId("dropped"))->has_value());
  }

  void corruptStateFileIsAClearError() {
    QTemporaryDir dataDir;
    QFile file(dataDir.filePath(QStringLiteral("autoscalesettings.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    SandboxFixture sandbox;
    SandboxOptions options;
    options.dataDir = dataDir.path();
    QVERIFY(!sandbox.start(options));
    QVERIFY(sandbox.error.find("not a sandbox state file") != std::string::npos);
  }

  void tlsWithASelfGeneratedCertificate() {
    SandboxFixture sandbox;
    SandboxOptions options;
    options.tls = true;
    QVERIFY2(sandbox.start(options), sandbox.error.c_str());
    QVERIFY(sandbox.server->generatedCertificate());
    QVERIFY(QFile::exists(sandbox.server->certificatePath()));
    QVERIFY(sandbox.server->baseUrl().rfind("https://127.0.0.1:", 0) == 0);
    // Trusting the sandbox's PEM: verification on, and it passes.
    auto listed = sandbox.client->listAutoscaleSettings(sandbox.identity().subscriptionId);
    QVERIFY2(listed.ok(), listed.ok() ? "" : listed.error().message.c_str());
    // Without it the same request is refused: verification is never off.
    // Trusting another certificate (valid, but not the sandbox's): refused.
    QTemporaryDir elsewhere;
    auto other = createSelfSignedCertificate(elsewhere.path());
    QVERIFY(other.ok());
    ArmClientOptions untrusted;
    untrusted.http.caBundlePath = other->certificatePem.toStdString();
    auto refused =
        sandbox.makeClient(untrusted)->listAutoscaleSettings(sandbox.identity().subscriptionId);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, std::string("Network.Tls"));
  }

  void mlResourcesCanBeRead() {
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const HttpResponse deployment =
        raw(sandbox, "GET", sandbox.blueId() + "?api-version=2023-04-01");
    QCOMPARE(deployment.status, 200L);
    const auto body = ordered_json::parse(deployment.body);
    QCOMPARE(body["sku"]["capacity"].get<int>(), 2);
    QCOMPARE(raw(sandbox, "GET", sandbox.endpointId() + "?api-version=2023-04-01").status, 200L);
    QCOMPARE(raw(sandbox, "GET", sandbox.endpointId() + "/deployments/green?api-version=2023-04-01")
                 .status,
             404L);
  }
};

QTEST_GUILESS_MAIN(TestSandboxService)
#include "tst_sandboxservice.moc"
