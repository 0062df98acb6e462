#include <QTest>

#include "backend/deploy/jsondiff.h"

using namespace autoscale::backend;
using nlohmann::ordered_json;

class TestJsonDiff final : public QObject {
  Q_OBJECT

 private slots:
  void equalDocumentsHaveNoChanges() {
    const auto a = ordered_json::parse(R"({"a":1,"b":[1,{"c":"x"}],"t":10.0})");
    const auto b =
        ordered_json::parse(R"({"b":[1,{"c":"x"}],"a":1,"t":10})");  // order and 10 vs 10.0
    QVERIFY(diffJson(a, b).empty());
  }

  void changesCarryPathsAndValues() {
    const auto before =
        ordered_json::parse(R"({"p":{"n":"1","gone":true},"list":[1,2,3],"my key":1})");
    const auto after = ordered_json::parse(R"({"p":{"n":"2","new":null},"list":[1,2],"my key":1})");
    const auto changes = diffJson(before, after);
    QCOMPARE(changes.size(), std::size_t(4));
    QCOMPARE(describeChanges(changes),
             std::string(
                 "~ $.p.n: \"1\" -> \"2\"\n- $.p.gone: true\n+ $.p.new: null\n- $.list[2]: 3\n"));
  }

  void oddKeysAreBracketed() {
    const auto changes =
        diffJson(ordered_json::parse(R"({"my key":1})"), ordered_json::parse(R"({"my key":2})"));
    QCOMPARE(changes.at(0).path, std::string("$['my key']"));
  }
};

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
