// The real programs together: autoscale-sandbox on a loopback port, the autoscale CLI
// deploying, pulling and reading metrics from it.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

#include "sandboxprocess.h"

using nlohmann::ordered_json;

namespace {

const QString kToken = QStringLiteral("integration-token-5b1f");

QProcessEnvironment connectionTo(const SandboxProcess& sandbox) {
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("AUTOSCALE_ENDPOINT"), sandbox.url());
  environment.insert(QStringLiteral("AUTOSCALE_TOKEN"), kToken);
  return environment;
}

ordered_json readJson(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return ordered_json::parse(file.readAll().toStdString(), nullptr, false);
}

bool writeJson(const QString& path, const ordered_json& json) {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return false;
  return file.write(QByteArray::fromStdString(json.dump(2))) > 0;
}

}  // namespace

class TestSandboxCli final : public QObject {
  Q_OBJECT

 private slots:
  void deployPullAndDriftCheck() {
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--token"), kToken, QStringLiteral("--data-dir"),
                            dir.filePath(QStringLiteral("state"))}),
             qPrintable(sandbox.output()));
    QVERIFY(sandbox.printed(QStringLiteral("token")).isEmpty());  // a given token is not echoed
    const auto env = connectionTo(sandbox);
    const QString file = dir.filePath(QStringLiteral("blue-autoscale.json"));
    QVERIFY(QFile::copy(QStringLiteral(AUTOSCALE_SANDBOX_TEST_DATA "/blue-autoscale.json"), file));

    auto planned = runAutoscale({QStringLiteral("deploy"), file, QStringLiteral("--dry-run")}, env);
    QCOMPARE(planned.exitCode, 0);
    QVERIFY2(planned.out.contains(QStringLiteral("+ $.properties: ")), qPrintable(planned.out));
    QVERIFY(planned.err.contains(QStringLiteral("planned")));
    QVERIFY(!QFile::exists(file + QStringLiteral(".pulled")));

    auto deployed = runAutoscale({QStringLiteral("deploy"), file}, env);
    QCOMPARE(deployed.exitCode, 0);
    QVERIFY2(deployed.err.contains(QStringLiteral("blue-autoscale: created")),
             qPrintable(deployed.err));
    QVERIFY(QFile::exists(file + QStringLiteral(".pulled")));

    auto again = runAutoscale({QStringLiteral("deploy"), file}, env);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QStringLiteral("up to date")), qPrintable(again.err));

    auto listed = runAutoscale({QStringLiteral("pull"), QStringLiteral("--list")}, env);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out, QStringLiteral("blue-autoscale\n"));

    const QString pulledFile = dir.filePath(QStringLiteral("pulled.json"));
    auto pulled = runAutoscale({QStringLiteral("pull"), QStringLiteral("blue-autoscale"),
                                QStringLiteral("-o"), pulledFile},
                               env);
    QCOMPARE(pulled.exitCode, 0);
    const ordered_json original = readJson(file);
    const ordered_json remote = readJson(pulledFile);
    QVERIFY(remote["properties"] == original["properties"]);
    QVERIFY(remote["tags"] == original["tags"]);
    QVERIFY(remote["properties"]["profiles"][0]["rules"][0]["metricTrigger"]["threshold"]
                .is_number_float());

    // The pulled copy is changed and deployed: fine. The first file is now stale.
    ordered_json edited = remote;
    edited["properties"]["profiles"][0]["capacity"]["maximum"] = "6";
    QVERIFY(writeJson(pulledFile, edited));
    auto fromPulled = runAutoscale({QStringLiteral("deploy"), pulledFile}, env);
    QCOMPARE(fromPulled.exitCode, 0);
    QVERIFY2(fromPulled.out.contains(
                 QStringLiteral("~ $.properties.profiles[0].capacity.maximum: \"5\" -> \"6\"")),
             qPrintable(fromPulled.out));

    ordered_json stale = original;
    stale["properties"]["enabled"] = false;
    QVERIFY(writeJson(file, stale));
    auto refused = runAutoscale({QStringLiteral("deploy"), file}, env);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("changed since it was pulled")),
             qPrintable(refused.err));
    auto remoteNow = runAutoscale({QStringLiteral("pull"), QStringLiteral("blue-autoscale")}, env);
    QVERIFY(remoteNow.out.contains(QStringLiteral("\"maximum\": \"6\"")));

    auto forced = runAutoscale({QStringLiteral("deploy"), file, QStringLiteral("--force")}, env);
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(forced.err.contains(QStringLiteral("updated")));
  }

  void metricsOfTheEmulatedDeployment() {
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--token"), kToken}), qPrintable(sandbox.output()));
    auto csv = runAutoscale({QStringLiteral("metrics"), QStringLiteral("--metric"),
                             QStringLiteral("DeploymentCapacity,CpuUtilizationPercentage"),
                             QStringLiteral("--timespan"), QStringLiteral("PT10M")},
                            connectionTo(sandbox));
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("timestamp,metric,aggregation,value"));
    QVERIFY2(
        csv.out.contains(QRegularExpression(QStringLiteral("Z,DeploymentCapacity,average,2\n"))),
        qPrintable(csv.out));
    QVERIFY(csv.out.contains(QStringLiteral(",CpuUtilizationPercentage,average,")));
    QVERIFY(lines.size() >= 1 + 2 * 9);

    auto definitions = runAutoscale({QStringLiteral("metrics"), QStringLiteral("--definitions")},
                                    connectionTo(sandbox));
    QCOMPARE(definitions.exitCode, 0);
    QVERIFY(definitions.out.contains(QStringLiteral("\"RequestLatency_P99\"")));
  }

  void tlsSandboxWithItsOwnCertificate() {
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--token"), kToken, QStringLiteral("--tls"),
                            QStringLiteral("--data-dir"), dir.path()}),
             qPrintable(sandbox.output()));
    const QString pem = sandbox.printed(QStringLiteral("certificate"));
    QVERIFY2(QFile::exists(pem), qPrintable(sandbox.output()));
    QVERIFY(sandbox.url().startsWith(QStringLiteral("https://127.0.0.1:")));

    auto untrusted =
        runAutoscale({QStringLiteral("pull"), QStringLiteral("--list")}, connectionTo(sandbox));
    QCOMPARE(untrusted.exitCode, 2);
    QVERIFY2(untrusted.err.contains(QStringLiteral("TLS")), qPrintable(untrusted.err));
    auto trusted = runAutoscale(
        {QStringLiteral("pull"), QStringLiteral("--list"), QStringLiteral("--ca-bundle"), pem},
        connectionTo(sandbox));
    QCOMPARE(trusted.exitCode, 0);
  }

  void clearErrorsForBadStarts() {
    SandboxProcess badWorkload;
    QVERIFY(!badWorkload.start({QStringLiteral("--workload"), QStringLiteral("tsunami")}));
    QVERIFY2(badWorkload.output().contains(QStringLiteral("unknown workload")),
             qPrintable(badWorkload.output()));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AUTOSCALE_ENDPOINT"),
                       QStringLiteral("http://management.azure.com"));
    auto insecure = runAutoscale({QStringLiteral("pull"), QStringLiteral("x")}, environment);
    QCOMPARE(insecure.exitCode, 2);
    QVERIFY(insecure.err.contains(QStringLiteral("plain http")));

    environment.insert(QStringLiteral("AUTOSCALE_ENDPOINT"), QStringLiteral("http://127.0.0.1:9"));
    environment.insert(QStringLiteral("AUTOSCALE_TOKEN"), kToken);
    auto nobody = runAutoscale({QStringLiteral("pull"), QStringLiteral("x")}, environment);
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY2(nobody.err.contains(QStringLiteral("could not connect")), qPrintable(nobody.err));
  }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
