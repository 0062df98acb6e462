#pragma once

// Splits a bash script into simple commands and their words the way bash would for the
// scripts that drive the az CLI: comments, `\` line continuations, single and double quotes
// with their escapes, `;`, `&&`, `||` and `|` between commands, and variable expansion
// (`$NAME`, `${NAME}`, `${NAME:-default}`) from the variables known so far. Variables that
// cannot be known (never set, or set from a command substitution) are kept as the
// placeholder `${NAME}` with a warning. Control structures are not interpreted: every simple
// command is seen once, in text order.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/core/diagnostic.h"

namespace autoscale::backend {

struct ShellWord {
  std::string text;
  int line = 0;  // 1-based position of the word's first character
  int column = 0;
  bool resolved = true;  // false when the text holds a placeholder
};

struct ShellCommand {
  std::vector<ShellWord> words;
  int line = 0;
};

struct ShellScript {
  std::vector<ShellCommand> commands;
  models::Diagnostics diagnostics;  // unresolved variables, unterminated quotes
};

// `given` pins variables: a given value wins over assignments in the script, so that values
// the script computes with commands ($(...)) can be supplied.
ShellScript parseShellScript(std::string_view text,
                             const std::map<std::string, std::string>& given = {});

}  // namespace autoscale::backend
