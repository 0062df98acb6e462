#include <QTest>

#include "../testfiles.h"
#include "models/json/losslessjson.h"

using namespace autoscale::models;
using Json = nlohmann::ordered_json;

namespace {

LosslessJson parsed(const std::string& text) {
  auto result = LosslessJson::parse(text);
  if (!std::holds_alternative<LosslessJson>(result)) qFatal("fixture does not parse");
  return std::get<LosslessJson>(std::move(result));
}

JsonPath path(const char* text) {
  return *JsonPath::parse(text);
}

std::string edited(const Result<LosslessJson>& result) {
  if (!result) qFatal("edit failed: %s", result.error().message.c_str());
  return result->text();
}

const std::string kSmall =
    "{\n"
    "  \"name\": \"x\",\n"
    "  \"threshold\": 10.0,\n"
    "  \"days\": [\"Saturday\"],\n"
    "  \"rules\": [],\n"
    "  \"capacity\": {\n"
    "    \"minimum\": \"1\",\n"
    "    \"maximum\": \"3\"\n"
    "  }\n"
    "}\n";

}  // namespace

class TestLosslessJson final : public QObject {
  Q_OBJECT

 private slots:
  void setReplacesOnlyTheValueText() {
    const LosslessJson json = parsed(kSmall);
    std::string expected = kSmall;
    expected.replace(expected.find("\"3\""), 3, "\"5\"");
    QCOMPARE(edited(json.setValue(path("$.capacity.maximum"), "5")), expected);
    // Untouched number spellings survive an edit elsewhere.
    QVERIFY(edited(json.setValue(path("$.name"), "y")).find("10.0") != std::string::npos);
  }

  void findMatchesKeysCaseInsensitively() {
    const LosslessJson json = parsed("{\"Properties\": {\"Profiles\": [1, 2]}, \"properties\": 0}");
    const auto exact = json.find(path("$.properties"));
    QVERIFY(exact);
    QVERIFY(exact->value->is_number());  // exact spelling wins
    const auto caseless = json.find(path("$.properties.profiles[1]"));
    QVERIFY(!caseless);  // $.properties is the number
    const auto other = json.find(path("$.PROPERTIES"));
    QVERIFY(other);
    QCOMPARE(other->path.toString(), std::string("$.Properties"));
    const auto element = json.find(path("$.PROPERTIES.profiles[1]"));
    QVERIFY(element);
    QCOMPARE(element->path.toString(), std::string("$.Properties.Profiles[1]"));
    QCOMPARE(element->value->get<int>(), 2);
  }

  void setAddsAMissingMemberOnItsOwnLine() {
    const LosslessJson json = parsed(kSmall);
    std::string expected = kSmall;
    expected.replace(expected.find("\"3\"\n"), 4, "\"3\",\n    \"default\": \"2\"\n");
    QCOMPARE(edited(json.setValue(path("$.capacity.default"), "2")), expected);
  }

  void setRendersNewContainersInTheFileStyle() {
    const LosslessJson json = parsed(kSmall);
    const Json rule = {{"metricTrigger", {{"threshold", 70.0}}}, {"tags", Json::object()}};
    std::string expected = kSmall;
    expected.replace(expected.find("\"rules\": []"), 11,
                     "\"rules\": [\n"
                     "    {\n"
                     "      \"metricTrigger\": {\n"
                     "        \"threshold\": 70.0\n"
                     "      },\n"
                     "      \"tags\": {}\n"
                     "    }\n"
                     "  ]");
    QCOMPARE(edited(json.setValue(path("$.rules"), Json::array({rule}))), expected);
    // An inline array stays inline.
    std::string inlineExpected = kSmall;
    inlineExpected.replace(inlineExpected.find("[\"Saturday\"]"), 12, "[\"Saturday\", \"Sunday\"]");
    QCOMPARE(edited(json.setValue(path("$.days"), Json::array({"Saturday", "Sunday"}))),
             inlineExpected);
  }

  void editsKeepFourSpacesTabsAndCrlf_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("indent");
    QTest::addColumn<QString>("newline");
    QTest::newRow("four spaces") << "four-spaces.json"
                                 << "    "
                                 << "\n";
    QTest::newRow("tabs") << "tabs.json"
                          << "\t"
                          << "\n";
    QTest::newRow("crlf") << "crlf.json"
                          << "  "
                          << "\r\n";
  }
  void editsKeepFourSpacesTabsAndCrlf() {
    QFETCH(QString, file);
    QFETCH(QString, indent);
    QFETCH(QString, newline);
    const std::string unit = indent.toStdString();
    const std::string nl = newline.toStdString();
    const std::string text = readFileBytes(settingsFixturesDir() + QLatin1Char('/') + file);
    const LosslessJson json = parsed(text);
    QCOMPARE(json.style().indentUnit, unit);
    QCOMPARE(json.style().newline, nl);
    // A new object member under properties (depth 2) gets two units and the file's newline.
    const std::string withMember = edited(json.setValue(
        path("$.properties.predictiveAutoscalePolicy"), Json{{"scaleMode", "Disabled"}}));
    const std::string expectedMember = "," + nl + unit + unit + "\"predictiveAutoscalePolicy\": {" +
                                       nl + unit + unit + unit + "\"scaleMode\": \"Disabled\"" +
                                       nl + unit + unit + "}" + nl + unit + "}";
    QVERIFY2(withMember.find(expectedMember) != std::string::npos, withMember.c_str());
    QCOMPARE(withMember.substr(0, text.rfind(nl + unit + "}")),
             text.substr(0, text.rfind(nl + unit + "}")));
    // Every line break in the result is the file's own.
    if (nl == "\r\n") {
      for (std::size_t i = withMember.find('\n'); i != std::string::npos;
           i = withMember.find('\n', i + 1)) {
        QVERIFY(i > 0 && withMember[i - 1] == '\r');
      }
    } else {
      QVERIFY(withMember.find('\r') == std::string::npos);
    }
    QCOMPARE(withMember.substr(withMember.size() - nl.size()), nl);
  }

  void keepsAMissingFinalNewline() {
    const std::string text =
        readFileBytes(settingsFixturesDir() + QStringLiteral("/no-final-newline.json"));
    QVERIFY(text.back() == '}');
    const LosslessJson json = parsed(text);
    QVERIFY(!json.style().finalNewline);
    QCOMPARE(edited(json.setValue(path("$.location"), "westus")).back(), '}');
    QCOMPARE(json.canonicalText().back(), '\n');
  }

  void minifiedFilesStayOnOneLine() {
    const std::string text =
        readFileBytes(settingsFixturesDir() + QStringLiteral("/minified.json"));
    const LosslessJson json = parsed(text);
    QVERIFY(json.style().minified);
    const std::string out =
        edited(json.setValue(path("$.properties.extra"), Json{{"a", Json::array({1, 2})}}));
    QVERIFY(out.find('\n') == std::string::npos);
    QVERIFY(out.find(",\"extra\":{\"a\":[1,2]}}") != std::string::npos);
  }

  void insertsArrayElements() {
    const LosslessJson json =
        parsed("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": [],\n  \"c\": [1]\n}");
    QCOMPARE(
        edited(json.insertValue(path("$.a[0]"), 0)),
        std::string("{\n  \"a\": [\n    0,\n    1,\n    2\n  ],\n  \"b\": [],\n  \"c\": [1]\n}"));
    QCOMPARE(
        edited(json.insertValue(path("$.a[1]"), 9)),
        std::string("{\n  \"a\": [\n    1,\n    9,\n    2\n  ],\n  \"b\": [],\n  \"c\": [1]\n}"));
    QCOMPARE(
        edited(json.insertValue(path("$.a[2]"), 3)),
        std::string("{\n  \"a\": [\n    1,\n    2,\n    3\n  ],\n  \"b\": [],\n  \"c\": [1]\n}"));
    QCOMPARE(
        edited(json.insertValue(path("$.b[0]"), "x")),
        std::string(
            "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": [\n    \"x\"\n  ],\n  \"c\": [1]\n}"));
    QCOMPARE(edited(json.insertValue(path("$.c[1]"), 2)),
             std::string("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": [],\n  \"c\": [1, 2]\n}"));
    QVERIFY(!json.insertValue(path("$.a[3]"), 0));
    QVERIFY(!json.insertValue(path("$.nope[0]"), 0));
    QVERIFY(!json.insertValue(path("$.a"), 0));
  }

  void removesMembersAndElements() {
    const LosslessJson json =
        parsed("{\n  \"a\": 1,\n  \"b\": [1, 2, 3],\n  \"c\": {\"only\": true}\n}\n");
    QCOMPARE(edited(json.removeValue(path("$.a"))),
             std::string("{\n  \"b\": [1, 2, 3],\n  \"c\": {\"only\": true}\n}\n"));
    QCOMPARE(edited(json.removeValue(path("$.b"))),
             std::string("{\n  \"a\": 1,\n  \"c\": {\"only\": true}\n}\n"));
    QCOMPARE(edited(json.removeValue(path("$.c"))),
             std::string("{\n  \"a\": 1,\n  \"b\": [1, 2, 3]\n}\n"));
    QCOMPARE(edited(json.removeValue(path("$.b[0]"))),
             std::string("{\n  \"a\": 1,\n  \"b\": [2, 3],\n  \"c\": {\"only\": true}\n}\n"));
    QCOMPARE(edited(json.removeValue(path("$.b[1]"))),
             std::string("{\n  \"a\": 1,\n  \"b\": [1, 3],\n  \"c\": {\"only\": true}\n}\n"));
    QCOMPARE(edited(json.removeValue(path("$.c.only"))),
             std::string("{\n  \"a\": 1,\n  \"b\": [1, 2, 3],\n  \"c\": {}\n}\n"));
    QVERIFY(!json.removeValue(path("$.zzz")));
    QVERIFY(!json.removeValue(JsonPath()));
  }

  void movesArrayElementsKeepingSeparators() {
    const LosslessJson json = parsed("[\n  {\"n\": 0},\n  {\"n\": 1},\n  {\"n\": 2}\n]");
    QCOMPARE(edited(json.moveArrayElement(path("$[0]"), 2)),
             std::string("[\n  {\"n\": 1},\n  {\"n\": 2},\n  {\"n\": 0}\n]"));
    QCOMPARE(edited(json.moveArrayElement(path("$[2]"), 0)),
             std::string("[\n  {\"n\": 2},\n  {\"n\": 0},\n  {\"n\": 1}\n]"));
    QCOMPARE(edited(json.moveArrayElement(path("$[1]"), 1)), json.text());
    QVERIFY(!json.moveArrayElement(path("$[1]"), 3));
    QVERIFY(!json.moveArrayElement(path("$[3]"), 0));
  }

  void canonicalTextOnlyChangesWhitespace() {
    const std::string messy =
        "{\"a\":10.0,  \"b\":[1e3,\"\\u00e9\", {} ,[]],\n\n\t\"c\":{\"d\":-0}}";
    const LosslessJson json = parsed(messy);
    const std::string canonical = json.canonicalText();
    QCOMPARE(canonical,
             std::string("{\n  \"a\": 10.0,\n  \"b\": [\n    1e3,\n    \"\\u00e9\",\n    {},\n"
                         "    []\n  ],\n  \"c\": {\n    \"d\": -0\n  }\n}\n"));
    QCOMPARE(parsed(canonical).canonicalText(), canonical);  // idempotent
    QVERIFY(parsed(canonical).value() == json.value());
  }

  void canonicalTextOfTheExamplesIsTheExamples() {
    // The official examples are already laid out canonically (2 spaces, LF).
    for (const QString& file : referenceExampleFiles()) {
      const std::string text = readFileBytes(file);
      const LosslessJson json = parsed(text);
      if (text.find("\"headers\": {}") == std::string::npos) continue;
      QCOMPARE(json.canonicalText(), text);
    }
  }
};

QTEST_GUILESS_MAIN(TestLosslessJson)
#include "tst_losslessjson.moc"
