// The az CLI's argument grammar (spec §4) maps to the JSON the CLI sends.
#include <QTest>

#include "../exporters/settingsamples.h"

#include "backend/importers/azclitimezones.h"
#include "backend/importers/azconditiongrammar.h"

using namespace autoscale::backend;

class TestAzConditionGrammar final : public QObject {
  Q_OBJECT

 private slots:
  void conditions_data() {
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("json");
    QTest::newRow("spec example") << QStringLiteral("Percentage CPU > 70 avg 5m")
                                  << QStringLiteral(
                                         R"({"metricName":"Percentage CPU","metricNamespace":"",
        "timeWindow":"PT5M","timeAggregation":"Average","operator":"GreaterThan","threshold":70.0})");
    QTest::newRow("path metric")
        << QStringLiteral("/builtin/memory/percentavailablememory > 80 total 5m")
        << QStringLiteral(R"({"metricName":"/builtin/memory/percentavailablememory",
        "metricNamespace":"","timeWindow":"PT5M","timeAggregation":"Total","operator":"GreaterThan","threshold":80.0})");
    QTest::newRow("namespace and dimensions")
        << QStringLiteral(
               "\"Microsoft.Web/sites\" Requests > 3 avg 5m where Instance == a or b and Code != "
               "500, 503")
        << QStringLiteral(
               R"({"metricName":"Requests","metricNamespace":"Microsoft.Web/sites","timeWindow":"PT5M",
        "timeAggregation":"Average","operator":"GreaterThan","threshold":3.0,"dimensions":[
        {"DimensionName":"Instance","Operator":"Equals","Values":["a","b"]},
        {"DimensionName":"Code","Operator":"NotEquals","Values":["500","503"]}]})");
    QTest::newRow("every operator 1")
        << QStringLiteral("m <= 1,5 min 1h")
        << QStringLiteral(R"({"metricName":"m","metricNamespace":"","timeWindow":"PT1H",
        "timeAggregation":"Minimum","operator":"LessThanOrEqual","threshold":1.5})");
    QTest::newRow("every operator 2")
        << QStringLiteral("m == 0 count PT10M")
        << QStringLiteral(R"({"metricName":"m","metricNamespace":"","timeWindow":"PT10M",
        "timeAggregation":"Count","operator":"Equals","threshold":0.0})");
    QTest::newRow("comma dimension separator")
        << QStringLiteral("m != 2 max 5m where A == x, B == y")
        << QStringLiteral(R"({"metricName":"m","metricNamespace":"","timeWindow":"PT5M",
        "timeAggregation":"Maximum","operator":"NotEquals","threshold":2.0,"dimensions":[
        {"DimensionName":"A","Operator":"Equals","Values":["x"]},{"DimensionName":"B","Operator":"Equals","Values":["y"]}]})");
  }
  void conditions() {
    QFETCH(QString, condition);
    QFETCH(QString, json);
    const auto parsed = parseAzCondition(condition.toStdString());
    QVERIFY2(parsed.ok(), parsed.error.c_str());
    QCOMPARE(parsed.value, Json::parse(json.toStdString()));
  }

  void badConditions_data() {
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("offset");
    QTest::newRow("no metric") << QStringLiteral("> 70 avg 5m") << 0;
    QTest::newRow("negative threshold") << QStringLiteral("cpu > -1 avg 5m") << 6;
    QTest::newRow("unknown aggregation") << QStringLiteral("cpu > 1 mean 5m") << 8;
    QTest::newRow("bad period") << QStringLiteral("cpu > 1 avg 5x") << 12;
    QTest::newRow("trailing text") << QStringLiteral("cpu > 1 avg 5m please") << 15;
    QTest::newRow("dimension without value") << QStringLiteral("cpu > 1 avg 5m where A ==") << 25;
  }
  void badConditions() {
    QFETCH(QString, condition);
    QFETCH(int, offset);
    const auto parsed = parseAzCondition(condition.toStdString());
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.hint.empty());
    QCOMPARE(static_cast<int>(parsed.offset), offset);
  }

  void periods_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("minutes") << QStringLiteral("5m") << QStringLiteral("PT5M");
    QTest::newRow("hours") << QStringLiteral("1h") << QStringLiteral("PT1H");
    QTest::newRow("cli order") << QStringLiteral("1h30m") << QStringLiteral("PT30M1H");
    QTest::newRow("days") << QStringLiteral("1d") << QStringLiteral("P1DT");
    QTest::newRow("iso passes") << QStringLiteral("PT1H30M") << QStringLiteral("PT1H30M");
    QTest::newRow("iso lower passes") << QStringLiteral("pt5m") << QStringLiteral("pt5m");
  }
  void periods() {
    QFETCH(QString, text);
    QFETCH(QString, iso);
    const auto parsed = parseAzPeriod(text.toStdString());
    QVERIFY2(parsed.ok(), parsed.error.c_str());
    QCOMPARE(QString::fromStdString(parsed.value), iso);
  }

  void scales_data() {
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("json");
    QTest::newRow("out 2") << QStringList{QStringLiteral("out"), QStringLiteral("2")}
                           << QStringLiteral(
                                  R"({"direction":"Increase","type":"ChangeCount","value":"2"})");
    QTest::newRow("in 20%")
        << QStringList{QStringLiteral("in"), QStringLiteral("20%")}
        << QStringLiteral(R"({"direction":"Decrease","type":"PercentChangeCount","value":"20"})");
    QTest::newRow("out 10% quoted")
        << QStringList{QStringLiteral("out 10%")}
        << QStringLiteral(R"({"direction":"Increase","type":"PercentChangeCount","value":"10"})");
    QTest::newRow("to 5") << QStringList{QStringLiteral("to"), QStringLiteral("5")}
                          << QStringLiteral(
                                 R"({"direction":"None","type":"ExactCount","value":"5"})");
  }
  void scales() {
    QFETCH(QStringList, words);
    QFETCH(QString, json);
    std::vector<std::string> input;
    for (const auto& word : words) input.push_back(word.toStdString());
    const auto parsed = parseAzScale(input);
    QVERIFY2(parsed.ok(), parsed.error.c_str());
    QCOMPARE(parsed.value, Json::parse(json.toStdString()));
  }

  void otherArguments() {
    QCOMPARE(parseAzTimeGrain({"max", "2m"}).value,
             Json::parse(R"({"statistic":"Max","timeGrain":"PT2M"})"));
    QCOMPARE(parseAzTimeGrain({"sum 1h"}).value,
             Json::parse(R"({"statistic":"Sum","timeGrain":"PT1H"})"));
    QVERIFY(!parseAzTimeGrain({"count", "1m"}).ok());
    QCOMPARE(parseAzRecurrence({"week", "sat", "SU", "thu"}).value,
             (std::vector<std::string>{"Saturday", "Sunday", "Thursday"}));
    QVERIFY(!parseAzRecurrence({"week", "t"}).ok());             // too short: tue or thu
    QVERIFY(!parseAzRecurrence({"week", "mo", "monday"}).ok());  // twice
    QVERIFY(!parseAzRecurrence({"month", "mo"}).ok());
    QCOMPARE(parseAzClock("7:05").value, (std::pair<int, int>{7, 5}));
    QVERIFY(!parseAzClock("24:00").ok());
    QCOMPARE(parseAzDateTime("2026-12-24 08:30").value, std::string("2026-12-24T08:30:00+00:00"));
    QCOMPARE(parseAzDateTime("2026-12-24").value, std::string("2026-12-24T00:00:00+00:00"));
    QVERIFY(!parseAzDateTime("24.12.2026").ok());
    QCOMPARE(azCliTimeZone("pacific standard time").value_or(""),
             std::string("Pacific Standard Time"));
    QVERIFY(!azCliTimeZone("UTC"));  // the CLI's list has no plain UTC
  }
};

QTEST_GUILESS_MAIN(TestAzConditionGrammar)
#include "tst_azconditiongrammar.moc"
