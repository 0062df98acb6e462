#include <QTest>

#include "../testfiles.h"
#include "models/json/jsonsource.h"

using namespace autoscale::models;

namespace {

std::string spanText(const std::string& text, const JsonSpan& span) {
  return text.substr(span.begin, span.end - span.begin);
}

}  // namespace

class TestJsonSource final : public QObject {
  Q_OBJECT

 private slots:
  void recordsTheSpanOfEveryValue() {
    const std::string text =
        "{\n  \"a\": 10.0,\n  \"b\" : [1, \"x\\ty\", {\"c\": null}],\n  \"d\": -2e3\n}\n";
    const JsonSourceParse parsed = parseJsonSource(text);
    QVERIFY(parsed.source);
    const auto& spans = parsed.source->spans;
    // Pre-order: root, a, b, 1, "x\ty", {c}, null, d
    QCOMPARE(spans.size(), std::size_t(8));
    QCOMPARE(spanText(text, spans[0]), text.substr(0, text.size() - 1));
    QCOMPARE(spanText(text, spans[1]), std::string("10.0"));
    QCOMPARE(text.substr(spans[1].keyBegin, spans[1].keyEnd - spans[1].keyBegin),
             std::string("\"a\""));
    QCOMPARE(spanText(text, spans[2]), std::string("[1, \"x\\ty\", {\"c\": null}]"));
    QCOMPARE(spans[2].subtreeSize, std::size_t(5));
    QCOMPARE(spanText(text, spans[4]), std::string("\"x\\ty\""));
    QCOMPARE(spanText(text, spans[6]), std::string("null"));
    QCOMPARE(spanText(text, spans[7]), std::string("-2e3"));
    QVERIFY(spans[7].isMember);
    QVERIFY(!spans[3].isMember);
    QCOMPARE(nextSibling(spans, 2), std::size_t(7));
    QCOMPARE(childNode(spans, 0, 2), std::size_t(7));
    const auto& value = parsed.source->value;
    QCOMPARE(value["a"].get<double>(), 10.0);
    QCOMPARE(value["b"][1].get<std::string>(), std::string("x\ty"));
    QCOMPARE(value["d"].get<double>(), -2000.0);
    QVERIFY(value["b"][0].is_number_unsigned());
  }

  void decodesStringsAndNumbers() {
    const std::string text =
        "[\"\\u00e9\\ud83d\\ude00\", \"caf\xC3\xA9\", 18446744073709551615, "
        "-9223372036854775808, 0.5, -0]";
    const JsonSourceParse parsed = parseJsonSource(text);
    QVERIFY(!parsed.error);
    const auto& value = parsed.source->value;
    QCOMPARE(value[0].get<std::string>(), std::string("\xC3\xA9\xF0\x9F\x98\x80"));
    QCOMPARE(value[1].get<std::string>(), std::string("caf\xC3\xA9"));
    QCOMPARE(value[2].get<std::uint64_t>(), std::uint64_t(18446744073709551615ULL));
    QCOMPARE(value[3].get<std::int64_t>(), std::numeric_limits<std::int64_t>::min());
    QVERIFY(value[4].is_number_float());
    // A number no double can hold is an error, not an infinity.
    const JsonSourceParse huge = parseJsonSource("[1e400]");
    QVERIFY(huge.error);
    QVERIFY(QString::fromStdString(huge.error->message).contains(QStringLiteral("out of range")));
  }

  void acceptsAByteOrderMark() {
    const std::string text = "\xEF\xBB\xBF{\"a\": 1}";
    const JsonSourceParse parsed = parseJsonSource(text);
    QVERIFY(parsed.source);
    QCOMPARE(parsed.source->spans[0].begin, std::size_t(3));
  }

  void reportsErrorsWithLineColumnAndHint_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing comma")
        << "{\n  \"a\": 1\n  \"b\": 2\n}" << 3 << 3 << "expected ',' or '}'";
    QTest::newRow("trailing comma") << "{\"a\": [1, 2,]}" << 1 << 13 << "trailing comma";
    QTest::newRow("single quotes") << "{'a': 1}" << 1 << 2 << "member name in double quotes";
    QTest::newRow("bare word") << "{\"a\": yes}" << 1 << 7 << "a value is expected";
    QTest::newRow("comment") << "{\n// note\n\"a\": 1}" << 2 << 1 << "comments are not allowed";
    QTest::newRow("duplicate key")
        << "{\"a\": 1, \"A\": 2, \"a\": 3}" << 1 << 18 << "duplicate member name";
    QTest::newRow("unterminated") << "{\"a\": \"abc" << 1 << 11 << "ends inside a string";
    QTest::newRow("newline in string")
        << "{\"a\": \"ab\ncd\"}" << 1 << 10 << "past the end of the line";
    QTest::newRow("leading zero") << "[01]" << 1 << 2 << "leading zeros";
    QTest::newRow("bad escape") << "[\"a\\q\"]" << 1 << 4 << "invalid escape";
    QTest::newRow("lone surrogate") << "[\"\\udc00\"]" << 1 << 3 << "surrogate";
    QTest::newRow("empty") << "  \n " << 2 << 2 << "empty";
    QTest::newRow("two values") << "{} {}" << 1 << 4 << "after the end";
    QTest::newRow("tru") << "[tru]" << 1 << 2 << "did you mean true";
    QTest::newRow("column counts characters")
        << "{\"\xC3\xA9\xC3\xA9\": x}" << 1 << 8 << "a value is expected";
  }
  void reportsErrorsWithLineColumnAndHint() {
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const JsonSourceParse parsed = parseJsonSource(text.toStdString());
    QVERIFY(!parsed.source);
    QVERIFY(parsed.error);
    QVERIFY2(QString::fromStdString(parsed.error->message).contains(message),
             parsed.error->message.c_str());
    QCOMPARE(parsed.error->line, line);
    QCOMPARE(parsed.error->column, column);
  }

  void rejectsInvalidUtf8AndControlCharacters() {
    QVERIFY(parseJsonSource("[\"\xC3\"]").error);
    QVERIFY(parseJsonSource("[\"\xED\xA0\x80\"]").error);  // encoded surrogate
    QVERIFY(parseJsonSource("[\"\xC0\xAF\"]").error);      // overlong
    QVERIFY(parseJsonSource(std::string("[\"a\x01\"]")).error);
  }

  void limitsNestingInsteadOfOverflowingTheStack() {
    const std::string deep(100000, '[');
    const JsonSourceParse parsed = parseJsonSource(deep);
    QVERIFY(parsed.error);
    QVERIFY(QString::fromStdString(parsed.error->message).contains(QStringLiteral("nests deeper")));
    std::string fine = std::string(200, '[') + std::string(200, ']');
    QVERIFY(parseJsonSource(fine).source);
  }

  // Every prefix of a real file is an error with a sensible position, never a crash.
  void everyTruncationOfAnExampleIsASyntaxError() {
    const std::string text =
        readFileBytes(referenceExamplesDir() + QStringLiteral("/getAutoscaleSetting.json"));
    QVERIFY(text.size() > 1000);
    std::size_t lastBrace = text.rfind('}');
    for (std::size_t cut = 0; cut <= lastBrace; ++cut) {
      const std::string prefix = text.substr(0, cut);
      const JsonSourceParse parsed = parseJsonSource(prefix);
      QVERIFY2(parsed.error.has_value(), qPrintable(QStringLiteral("cut at %1 parsed").arg(cut)));
      const auto [endLine, endColumn] = lineAndColumn(prefix, prefix.size());
      // The error sits at or before the end of the cut text.
      QVERIFY(parsed.error->line >= 1 && parsed.error->line <= endLine);
      if (parsed.error->line == endLine) QVERIFY(parsed.error->column <= endColumn);
      QVERIFY(parsed.error->offset <= prefix.size());
      QVERIFY(!parsed.error->message.empty());
    }
    QVERIFY(parseJsonSource(text).source);
  }

  void lineAndColumnCountCharacters() {
    const std::string text = "ab\n\xC3\xA9x\r\ny";
    QCOMPARE(lineAndColumn(text, 0), std::make_pair(1, 1));
    QCOMPARE(lineAndColumn(text, 3), std::make_pair(2, 1));
    QCOMPARE(lineAndColumn(text, 5), std::make_pair(2, 2));
    QCOMPARE(lineAndColumn(text, 8), std::make_pair(3, 1));
  }
};

QTEST_GUILESS_MAIN(TestJsonSource)
#include "tst_jsonsource.moc"
