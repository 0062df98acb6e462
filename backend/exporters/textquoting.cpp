#include "backend/exporters/textquoting.h"

#include <algorithm>
#include <cstdio>

namespace autoscale::backend {
namespace {

bool isShellSafe(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("_@%+=:,./-").find(c) != std::string_view::npos;
}

std::string hexEscape(const char* format, unsigned value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

// Shared by the C-like string syntaxes: the common backslash escapes and control characters.
// Returns false when `c` needs no escape.
bool appendCommonEscape(std::string& out, char c, const char* controlFormat) {
  switch (c) {
    case '\\':
      out += "\\\\";
      return true;
    case '\n':
      out += "\\n";
      return true;
    case '\r':
      out += "\\r";
      return true;
    case '\t':
      out += "\\t";
      return true;
    default:
      break;
  }
  if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
    out += hexEscape(controlFormat, static_cast<unsigned char>(c));
    return true;
  }
  return false;
}

}  // namespace

std::string shellQuote(std::string_view text) {
  if (!text.empty() && std::all_of(text.begin(), text.end(), isShellSafe)) {
    return std::string(text);
  }
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  out += '\'';
  return out;
}

std::string hclString(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool opensTemplate = i + 1 < text.size() && text[i + 1] == '{';
    if (c == '"') {
      out += "\\\"";
    } else if ((c == '$' || c == '%') && opensTemplate) {
      out += c;  // `$${` and `%%{` are HCL's literal `${` and `%{`
      out += c;
    } else if (!appendCommonEscape(out, c, "\\u%04x")) {
      out += c;
    }
  }
  out += '"';
  return out;
}

std::string bicepString(std::string_view text) {
  std::string out = "'";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\'') {
      out += "\\'";
    } else if (c == '$' && i + 1 < text.size() && text[i + 1] == '{') {
      out += "\\$";
    } else if (!appendCommonEscape(out, c, "\\u{%x}")) {
      out += c;
    }
  }
  out += '\'';
  return out;
}

std::string pythonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') {
      out += "\\\"";
    } else if (!appendCommonEscape(out, c, "\\x%02x")) {
      out += c;
    }
  }
  out += '"';
  return out;
}

std::string singleLine(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return out;
}

bool isArmExpression(std::string_view text) {
  return text.size() >= 2 && text.front() == '[' && text.back() == ']' && text.substr(0, 2) != "[[";
}

std::string armLiteral(std::string_view text) {
  if (text.size() >= 2 && text.front() == '[' && text.back() == ']') {
    return "[" + std::string(text);
  }
  return std::string(text);
}

}  // namespace autoscale::backend
