#include <QTest>

#include "models/json/jsonpath.h"

using autoscale::models::JsonPath;

class TestJsonPath final : public QObject {
  Q_OBJECT

 private slots:
  void printsDotsIndexesAndBrackets() {
    const JsonPath path =
        JsonPath().child("properties").child("profiles").index(0).child("rules").index(12);
    QCOMPARE(path.toString(), std::string("$.properties.profiles[0].rules[12]"));
    QCOMPARE(JsonPath().toString(), std::string("$"));
    QCOMPARE(JsonPath().child("my key").toString(), std::string("$['my key']"));
    QCOMPARE(JsonPath().child("200").toString(), std::string("$['200']"));
    QCOMPARE(JsonPath().child("api-version").toString(), std::string("$['api-version']"));
    QCOMPARE(JsonPath().child("it's").toString(), std::string("$['it\\'s']"));
    QCOMPARE(JsonPath().child("").toString(), std::string("$['']"));
    QCOMPARE(JsonPath().child("$schema").toString(), std::string("$.$schema"));
  }

  void parsesWhatItPrints_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("root") << "$";
    QTest::newRow("dots") << "$.properties.profiles[0].capacity.maximum";
    QTest::newRow("bracket key") << "$['my key'].x[3]";
    QTest::newRow("escaped quote") << "$['it\\'s']";
    QTest::newRow("numeric key") << "$.responses['200'].body";
    QTest::newRow("empty key") << "$['']";
  }
  void parsesWhatItPrints() {
    QFETCH(QString, text);
    const auto parsed = JsonPath::parse(text.toStdString());
    QVERIFY(parsed.has_value());
    QCOMPARE(QString::fromStdString(parsed->toString()), text);
  }

  void parsesOtherSpellings() {
    const auto doubleQuoted = JsonPath::parse("$[\"a b\"][2]");
    QVERIFY(doubleQuoted);
    QCOMPARE(*doubleQuoted, JsonPath().child("a b").index(2));
    const auto shortForm = JsonPath::parse("properties.profiles[0].capacity.maximum");
    QVERIFY(shortForm);
    QCOMPARE(shortForm->toString(), std::string("$.properties.profiles[0].capacity.maximum"));
    const auto spaced = JsonPath::parse("  $.a  ");
    QVERIFY(spaced);
    QCOMPARE(*spaced, JsonPath().child("a"));
  }

  void rejectsMalformedPaths_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("dangling dot") << "$.a.";
    QTest::newRow("unclosed bracket") << "$.a[0";
    QTest::newRow("negative index") << "$.a[-1]";
    QTest::newRow("unclosed quote") << "$['a]";
    QTest::newRow("junk after root") << "$x";
    QTest::newRow("huge index") << "$.a[99999999999999999999999]";
    QTest::newRow("double dot") << "$..a";
  }
  void rejectsMalformedPaths() {
    QFETCH(QString, text);
    QVERIFY(!JsonPath::parse(text.toStdString()).has_value());
  }

  void navigatesAndCompares() {
    const JsonPath rule =
        JsonPath().child("properties").child("profiles").index(1).child("rules").index(0);
    QCOMPARE(rule.parent(),
             JsonPath().child("properties").child("profiles").index(1).child("rules"));
    QVERIFY(rule.startsWith(JsonPath().child("properties")));
    QVERIFY(rule.startsWith(rule));
    QVERIFY(!rule.startsWith(JsonPath().child("properties").child("profiles").index(0)));
    QVERIFY(!JsonPath().child("a").startsWith(rule));
    QVERIFY(JsonPath().isRoot());
    QVERIFY(JsonPath().parent().isRoot());
    QCOMPARE(rule.segments().size(), std::size_t(5));
  }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
