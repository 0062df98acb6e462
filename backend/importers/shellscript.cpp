#include "backend/importers/shellscript.h"

#include <cctype>
#include <set>

namespace autoscale::backend {
namespace {

using models::Diagnostic;
using models::Severity;

bool isNameStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}
bool isNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// What the script's variables hold so far; nullopt: set, but to a value that cannot be known.
using Variables = std::map<std::string, std::optional<std::string>>;

class Lexer final {
 public:
  Lexer(std::string_view text, const std::map<std::string, std::string>& given)
      : m_text(text), m_given(given) {}

  ShellScript run() {
    while (!atEnd()) {
      lexCommand();
      if (!m_words.empty()) finishCommand();
    }
    return std::move(m_script);
  }

 private:
  bool atEnd() const { return m_pos >= m_text.size(); }
  char peek(std::size_t ahead = 0) const {
    return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
  }
  char take() {
    const char c = m_text[m_pos++];
    if (c == '\n') {
      ++m_line;
      m_column = 1;
    } else {
      ++m_column;
    }
    return c;
  }

  void warn(int line, int column, std::string code, std::string message, std::string hint = {}) {
    m_script.diagnostics.push_back(Diagnostic{Severity::Warning,
                                              std::move(code),
                                              {},
                                              std::move(message),
                                              std::move(hint),
                                              {line, column}});
  }
  void error(std::string code, std::string message, std::string hint) {
    m_script.diagnostics.push_back(Diagnostic{Severity::Error,
                                              std::move(code),
                                              {},
                                              std::move(message),
                                              std::move(hint),
                                              {m_wordLine, m_wordColumn}});
  }

  void startWord() {
    if (m_inWord) return;
    m_inWord = true;
    m_word = ShellWord{{}, m_line, m_column, true};
  }
  void endWord() {
    if (m_inWord && m_skipNextWord) {
      m_skipNextWord = false;  // the target of a redirection
    } else if (m_inWord) {
      m_words.push_back(std::move(m_word));
    }
    m_inWord = false;
  }

  // One simple command: up to a newline or a command separator outside quotes.
  void lexCommand() {
    m_commandDiagnostics = m_script.diagnostics.size();
    while (!atEnd()) {
      const char c = peek();
      if (c == '\n') {
        take();
        endWord();
        return;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        take();
        endWord();
      } else if (c == '#' && !m_inWord) {
        while (!atEnd() && peek() != '\n') take();
      } else if (c == '\\') {
        take();
        if (peek() == '\n') {
          take();  // line continuation
        } else if (!atEnd()) {
          startWord();
          m_word.text += take();
        }
      } else if (c == ';' || c == '&' || c == '|') {
        take();
        if ((c == '&' || c == '|') && peek() == c) take();
        endWord();
        return;
      } else if (c == '>' || c == '<') {
        lexRedirection();
      } else if (c == '\'') {
        lexSingleQuoted();
      } else if (c == '"') {
        lexDoubleQuoted();
      } else if (c == '$' || c == '`') {
        expand(/*quoted=*/false);
      } else {
        startWord();
        m_word.text += take();
      }
    }
    endWord();
  }

  void lexRedirection() {
    // `2>` names a file descriptor, not a word; `>&2` duplicates one and takes no file.
    if (m_inWord && !m_word.text.empty() &&
        m_word.text.find_first_not_of("0123456789") == std::string::npos) {
      m_inWord = false;
    } else {
      endWord();
    }
    take();
    if (peek() == '>') take();
    if (peek() == '&') {
      take();
      while (std::isdigit(static_cast<unsigned char>(peek())) || peek() == '-') take();
      return;
    }
    m_skipNextWord = true;
  }

  void lexSingleQuoted() {
    startWord();
    const int line = m_line;
    const int column = m_column;
    take();
    while (!atEnd() && peek() != '\'') m_word.text += take();
    if (atEnd()) {
      m_wordLine = line;
      m_wordColumn = column;
      error("import.unterminatedQuote", "a single quote (') is never closed",
            "close the quoted text with '");
      return;
    }
    take();
  }

  void lexDoubleQuoted() {
    startWord();
    const int line = m_line;
    const int column = m_column;
    take();
    while (!atEnd() && peek() != '"') {
      const char c = peek();
      if (c == '\\') {
        take();
        const char next = peek();
        if (next == '\n') {
          take();
        } else if (next == '$' || next == '`' || next == '"' || next == '\\') {
          m_word.text += take();
        } else {
          m_word.text += '\\';
        }
      } else if (c == '$' || c == '`') {
        expand(/*quoted=*/true);
      } else {
        m_word.text += take();
      }
    }
    if (atEnd()) {
      m_wordLine = line;
      m_wordColumn = column;
      error("import.unterminatedQuote", "a double quote (\") is never closed",
            "close the quoted text with \"");
      return;
    }
    take();
  }

  // Appends an expansion result; outside quotes it is split into words at blanks, as bash does.
  void appendExpansion(const std::string& value, bool quoted, bool resolved) {
    startWord();
    if (!resolved) m_word.resolved = false;
    if (quoted) {
      m_word.text += value;
      return;
    }
    for (char c : value) {
      if (c == ' ' || c == '\t' || c == '\n') {
        if (!m_word.text.empty()) {
          endWord();
          startWord();
        }
      } else {
        m_word.text += c;
      }
    }
    if (m_word.text.empty()) m_inWord = false;  // an empty unquoted expansion is no word
  }

  void skipBalanced(char open, char close) {
    int depth = 0;
    while (!atEnd()) {
      const char c = take();
      if (c == open) ++depth;
      if (c == close && --depth == 0) return;
    }
  }

  void expand(bool quoted) {
    const int line = m_line;
    const int column = m_column;
    const std::size_t start = m_pos;
    if (peek() == '`' || (peek() == '$' && peek(1) == '(')) {
      if (peek() == '`') {
        take();
        while (!atEnd() && peek() != '`') take();
        if (!atEnd()) take();
      } else {
        take();
        skipBalanced('(', ')');
      }
      const std::string text(m_text.substr(start, m_pos - start));
      warn(line, column, "import.commandSubstitution",
           "the command substitution " + text + " cannot be run by the import; it is kept as text",
           "replace it by its value, or set the variable it is assigned to with --var");
      // Its output is unknown, so the placeholder stays one word (as in an assignment).
      appendExpansion(text, /*quoted=*/true, false);
      return;
    }
    take();  // '$'
    std::string name;
    std::optional<std::string> fallback;
    if (peek() == '{') {
      take();
      while (!atEnd() && isNameChar(peek())) name += take();
      if (peek() == ':' && peek(1) == '-') {
        take();
        take();
        std::string text;
        while (!atEnd() && peek() != '}') text += take();
        fallback = text;
      }
      while (!atEnd() && peek() != '}') take();  // other operators are not evaluated
      if (!atEnd()) take();
    } else if (isNameStart(peek())) {
      while (!atEnd() && isNameChar(peek())) name += take();
    } else {
      appendExpansion("$", quoted, true);  // a lone dollar is literal
      return;
    }
    appendExpansion(lookUp(name, fallback, line, column), quoted, isKnown(name) || fallback);
  }

  bool isKnown(const std::string& name) const {
    if (m_given.count(name)) return true;
    const auto it = m_variables.find(name);
    return it != m_variables.end() && it->second.has_value();
  }

  std::string lookUp(const std::string& name, const std::optional<std::string>& fallback, int line,
                     int column) {
    if (const auto it = m_given.find(name); it != m_given.end()) return it->second;
    if (const auto it = m_variables.find(name); it != m_variables.end() && it->second) {
      return *it->second;
    }
    if (fallback) return *fallback;
    if (m_warned.insert({name, line}).second) {
      const bool computed = m_variables.count(name) > 0;
      warn(line, column, "import.unresolvedVariable",
           "$" + name +
               (computed ? " is set by a command that the import cannot run"
                         : " is not set in the script") +
               "; it is kept as the placeholder ${" + name + "}",
           "give its value with --var " + name + "=VALUE");
    }
    return "${" + name + "}";
  }

  // Assignments (`NAME=value`, `export NAME=value`) update the variables; anything else is a
  // command for the caller.
  void finishCommand() {
    std::size_t first = 0;
    const std::set<std::string> declarations{"export", "declare", "readonly", "local", "typeset"};
    const bool isDeclaration = declarations.count(m_words.front().text) > 0;
    if (isDeclaration) first = 1;
    std::size_t i = first;
    for (; i < m_words.size(); ++i) {
      const std::string& text = m_words[i].text;
      if (isDeclaration && !text.empty() && text.front() == '-') continue;
      const auto equals = text.find('=');
      if (equals == std::string::npos || equals == 0 || !isNameStart(text.front())) break;
      bool validName = true;
      for (std::size_t k = 0; k < equals; ++k) validName = validName && isNameChar(text[k]);
      if (!validName) break;
    }
    if (i == m_words.size()) {
      bool allGiven = true;
      for (std::size_t k = first; k < m_words.size(); ++k)
        allGiven = assign(m_words[k]) && allGiven;
      // A pinned variable's own assignment is not evaluated, so what it would need is moot.
      if (allGiven) {
        m_script.diagnostics.resize(m_commandDiagnostics);
      }
    } else if (!isDeclaration) {
      // `NAME=value command …` sets NAME for that command only.
      std::vector<ShellWord> words(m_words.begin() + static_cast<std::ptrdiff_t>(i), m_words.end());
      const int line = words.front().line;
      m_script.commands.push_back(ShellCommand{std::move(words), line});
    }
    m_words.clear();
  }

  // Returns whether the variable is pinned by a given value.
  bool assign(const ShellWord& word) {
    const auto equals = word.text.find('=');
    if (equals == std::string::npos) return false;
    const std::string name = word.text.substr(0, equals);
    if (m_given.count(name)) return true;
    if (word.resolved) {
      m_variables[name] = word.text.substr(equals + 1);
    } else {
      m_variables[name] = std::nullopt;
    }
    return false;
  }

  std::string_view m_text;
  const std::map<std::string, std::string>& m_given;
  std::size_t m_pos = 0;
  int m_line = 1;
  int m_column = 1;
  std::size_t m_commandDiagnostics = 0;
  int m_wordLine = 0;
  int m_wordColumn = 0;
  bool m_inWord = false;
  bool m_skipNextWord = false;
  ShellWord m_word;
  std::vector<ShellWord> m_words;
  Variables m_variables;
  std::set<std::pair<std::string, int>> m_warned;
  ShellScript m_script;
};

}  // namespace

ShellScript parseShellScript(std::string_view text,
                             const std::map<std::string, std::string>& given) {
  return Lexer(text, given).run();
}

}  // namespace autoscale::backend
