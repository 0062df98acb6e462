// The shell lexer splits scripts into commands and words as bash does for az CLI scripts.
#include <QTest>

#include "backend/importers/shellscript.h"

using autoscale::backend::parseShellScript;
using autoscale::backend::ShellScript;

namespace {

std::vector<std::string> words(const ShellScript& script, std::size_t command) {
  std::vector<std::string> out;
  for (const auto& word : script.commands.at(command).words) out.push_back(word.text);
  return out;
}

}  // namespace

class TestShellScript final : public QObject {
  Q_OBJECT

 private slots:
  void quotesEscapesAndContinuations() {
    const auto script = parseShellScript(
        "echo 'single $X \"q\"' \"double \\\"q\\\" \\$X\" plain\\ word \\\n"
        "   continued # a comment\n"
        "  # a comment line\n"
        "second; third && fourth || fifth | sixth\n");
    QCOMPARE(script.commands.size(), std::size_t(6));
    QCOMPARE(words(script, 0),
             (std::vector<std::string>{"echo", "single $X \"q\"", "double \"q\" $X", "plain word",
                                       "continued"}));
    QCOMPARE(words(script, 1), std::vector<std::string>{"second"});
    QCOMPARE(words(script, 5), std::vector<std::string>{"sixth"});
    QCOMPARE(script.commands[1].line, 4);
    QVERIFY(script.diagnostics.empty());
  }

  void wordPositions() {
    const auto script = parseShellScript("\n  az  monitor \"a b\"\n");
    QCOMPARE(script.commands.front().line, 2);
    QCOMPARE(script.commands.front().words[1].column, 7);
    QCOMPARE(script.commands.front().words[2].column, 15);
  }

  void variablesExpand() {
    const auto script = parseShellScript(
        "A=one\n"
        "export B=\"two words\"\n"
        "echo $A ${A}x \"$B\" $B ${C:-fallback} $ lone\n");
    QCOMPARE(script.commands.size(), std::size_t(1));
    QCOMPARE(words(script, 0), (std::vector<std::string>{"echo", "one", "onex", "two words", "two",
                                                         "words", "fallback", "$", "lone"}));
    QVERIFY(script.diagnostics.empty());
  }

  void unknownVariablesBecomePlaceholders() {
    const auto script = parseShellScript("echo start\necho \"id=$MISSING\"\n");
    QCOMPARE(words(script, 1)[1], std::string("id=${MISSING}"));
    QVERIFY(!script.commands[1].words[1].resolved);
    QCOMPARE(script.diagnostics.size(), std::size_t(1));
    QCOMPARE(script.diagnostics[0].location.line, 2);
    QCOMPARE(script.diagnostics[0].location.column, 10);
    QCOMPARE(script.diagnostics[0].code, std::string("import.unresolvedVariable"));
  }

  void givenValuesWin() {
    const auto script = parseShellScript("N=script\necho $N\n", {{"N", "given"}});
    QCOMPARE(words(script, 0)[1], std::string("given"));
  }

  void commandSubstitutionIsNotRun() {
    const auto script =
        parseShellScript("ID=$(az vm show --query \"id\")\nX=`date`\necho $ID $X\n");
    QCOMPARE(words(script, 0)[1], std::string("${ID}"));
    int substitutions = 0;
    for (const auto& diagnostic : script.diagnostics)
      substitutions += diagnostic.code == "import.commandSubstitution";
    QCOMPARE(substitutions, 2);
  }

  void redirectionsAreNoWords() {
    const auto script = parseShellScript("az group list > out.json 2>&1\naz x 2> err.txt\n");
    QCOMPARE(words(script, 0), (std::vector<std::string>{"az", "group", "list"}));
    QCOMPARE(words(script, 1), (std::vector<std::string>{"az", "x"}));
  }

  void unterminatedQuoteIsAnError() {
    const auto script = parseShellScript("echo ok\necho 'never closed\n");
    QCOMPARE(script.diagnostics.size(), std::size_t(1));
    QCOMPARE(script.diagnostics[0].severity, autoscale::models::Severity::Error);
    QCOMPARE(script.diagnostics[0].location.line, 2);
    QCOMPARE(script.diagnostics[0].location.column, 6);
  }
};

QTEST_GUILESS_MAIN(TestShellScript)
#include "tst_shellscript.moc"
