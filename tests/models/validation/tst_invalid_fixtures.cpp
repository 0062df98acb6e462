// Data-driven: every fixture in tests/data/invalid gives the diagnostics its manifest lists.
#include <QDir>
#include <QTest>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "../testfiles.h"
#include "models/validation/diagnosticcatalog.h"
#include "models/validation/validator.h"

using namespace autoscale::models;

namespace {

QString invalidDir() {
  return QStringLiteral(AUTOSCALE_TEST_DATA_DIR "/invalid");
}

nlohmann::ordered_json manifest() {
  const std::string text = readFileBytes(invalidDir() + QStringLiteral("/expected.json"));
  return nlohmann::ordered_json::parse(text, nullptr, false);
}

QString describe(const Diagnostics& diagnostics) {
  QString text;
  for (const auto& d : diagnostics) {
    text += QStringLiteral("\n  %1[%2] %3: %4")
                .arg(QLatin1String(severityName(d.severity)), QString::fromStdString(d.code),
                     QString::fromStdString(d.jsonPath), QString::fromStdString(d.message));
  }
  return text;
}

}  // namespace

class TestInvalidFixtures final : public QObject {
  Q_OBJECT

 private slots:
  void manifestListsEveryFixture() {
    const auto expected = manifest();
    QVERIFY(expected.is_object());
    QVERIFY2(expected.size() >= 40, "at least 40 fixtures");
    const QStringList files =
        QDir(invalidDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
      if (file == QLatin1String("expected.json")) continue;
      QVERIFY2(expected.contains(file.toStdString()),
               qPrintable(file + QStringLiteral(" is not in the manifest")));
    }
    QCOMPARE(std::size_t(files.size() - 1), expected.size());
  }

  void fixture_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("expected");
    const auto expected = manifest();
    for (const auto& [file, list] : expected.items()) {
      QTest::newRow(file.c_str()) << QString::fromStdString(file)
                                  << QByteArray::fromStdString(list.dump());
    }
  }
  void fixture() {
    QFETCH(QString, file);
    QFETCH(QByteArray, expected);
    const auto list = nlohmann::ordered_json::parse(expected.toStdString());
    const Diagnostics diagnostics =
        validateText(readFileBytes(invalidDir() + QLatin1Char('/') + file));

    std::set<std::pair<std::string, std::string>> listed;
    for (const auto& item : list) {
      const std::string code = item.at("code");
      const std::string path = item.at("path");
      listed.emplace(code, path);
      const auto found =
          std::find_if(diagnostics.begin(), diagnostics.end(),
                       [&](const Diagnostic& d) { return d.code == code && d.jsonPath == path; });
      QVERIFY2(found != diagnostics.end(),
               qPrintable(QStringLiteral("expected %1 at %2; got:%3")
                              .arg(QString::fromStdString(code), QString::fromStdString(path),
                                   describe(diagnostics))));
      // Every diagnostic says where it is, what is wrong and how to fix it.
      QVERIFY(found->location.line > 0 && found->location.column > 0);
      QVERIFY(!found->message.empty());
      QVERIFY(!found->hint.empty());
      QCOMPARE(found->severity, findDiagnosticInfo(code)->severity);
    }
    for (const Diagnostic& d : diagnostics) {
      if (d.severity != Severity::Error) continue;
      QVERIFY2(listed.count({d.code, d.jsonPath}) == 1,
               qPrintable(QStringLiteral("unexpected error:%1").arg(describe({d}))));
    }
    if (list.empty()) QVERIFY2(diagnostics.empty(), qPrintable(describe(diagnostics)));
  }

  void everyCodeHasAFixture() {
    std::set<std::string> covered;
    const auto expected = manifest();
    for (const auto& [file, list] : expected.items()) {
      for (const auto& item : list) covered.insert(item.at("code").get<std::string>());
    }
    for (const DiagnosticInfo& info : diagnosticCatalog()) {
      QVERIFY2(covered.count(std::string(info.code)) == 1,
               qPrintable(QStringLiteral("no fixture for %1")
                              .arg(QLatin1String(info.code.data(), info.code.size()))));
    }
  }
};

QTEST_GUILESS_MAIN(TestInvalidFixtures)
#include "tst_invalid_fixtures.moc"
