#pragma once

// Quoting of arbitrary text as a literal of each target language, so that names, ids and
// metric names with quotes, dollars or newlines come out as the same text and never as code.

#include <string>
#include <string_view>

namespace autoscale::backend {

// A POSIX shell word: plain when it holds only characters that no shell treats specially,
// otherwise single-quoted ('it'\''s').
std::string shellQuote(std::string_view text);

// A Terraform (HCL) double-quoted string; `${` and `%{` are escaped so they stay literal.
std::string hclString(std::string_view text);

// A Bicep single-quoted string; `${` is escaped so it stays literal.
std::string bicepString(std::string_view text);

// A Python double-quoted string literal.
std::string pythonString(std::string_view text);

// An ARM template string literal: a text that ARM would read as an expression
// ("[...]") gets the escape "[[".
std::string armLiteral(std::string_view text);

// `text` on one line, for comments: line breaks and other control characters become spaces.
std::string singleLine(std::string_view text);

// Whether ARM reads `text` as a template expression.
bool isArmExpression(std::string_view text);

}  // namespace autoscale::backend
