#include "models/json/textstyle.h"

namespace autoscale::models {
namespace {

using Json = nlohmann::ordered_json;

std::string scalarText(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

class Renderer final {
 public:
  Renderer(const TextStyle& style, const RenderPlacement& placement)
      : m_style(style), m_placement(placement) {}

  void render(const Json& value, int depth) {
    if (value.is_object()) {
      renderContainer('{', '}', value, depth, true);
    } else if (value.is_array()) {
      renderContainer('[', ']', value, depth, false);
    } else {
      m_out += scalarText(value);
    }
  }

  std::string take() { return std::move(m_out); }

 private:
  void newLine(int depth) {
    m_out += m_style.newline;
    m_out += m_placement.baseIndent;
    for (int i = 0; i < depth; ++i) m_out += m_style.indentUnit;
  }

  void renderContainer(char open, char close, const Json& value, int depth, bool isObject) {
    m_out += open;
    if (value.empty()) {
      m_out += close;
      return;
    }
    const bool spaced = !m_style.minified;
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (!first) m_out += (m_placement.multiLine || !spaced) ? "," : ", ";
      first = false;
      if (m_placement.multiLine) newLine(depth + 1);
      if (isObject) {
        m_out += scalarText(Json(it.key()));
        m_out += spaced ? ": " : ":";
      }
      render(it.value(), depth + 1);
    }
    if (m_placement.multiLine) newLine(depth);
    m_out += close;
  }

  const TextStyle& m_style;
  const RenderPlacement& m_placement;
  std::string m_out;
};

}  // namespace

TextStyle detectTextStyle(std::string_view text) {
  TextStyle style;
  const std::size_t firstNewline = text.find('\n');
  if (firstNewline == std::string_view::npos) {
    style.minified = true;
    style.finalNewline = false;
    return style;
  }
  if (firstNewline > 0 && text[firstNewline - 1] == '\r') style.newline = "\r\n";
  style.finalNewline = text.back() == '\n';
  // The first indented line gives the unit: a tab, or its run of spaces.
  std::size_t lineStart = firstNewline + 1;
  while (lineStart < text.size()) {
    std::size_t i = lineStart;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    const bool blank = i >= text.size() || text[i] == '\n' || text[i] == '\r';
    if (i > lineStart && !blank) {
      if (text[lineStart] == '\t') {
        style.indentUnit = "\t";
      } else {
        style.indentUnit.assign(std::min<std::size_t>(i - lineStart, 8), ' ');
      }
      break;
    }
    const std::size_t next = text.find('\n', lineStart);
    if (next == std::string_view::npos) break;
    lineStart = next + 1;
  }
  return style;
}

std::string renderJson(const Json& value, const TextStyle& style,
                       const RenderPlacement& placement) {
  Renderer renderer(style, placement);
  renderer.render(value, 0);
  return renderer.take();
}

std::string_view lineIndentAt(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  std::size_t lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] != '\n') --lineStart;
  std::size_t end = lineStart;
  while (end < offset && (text[end] == ' ' || text[end] == '\t')) ++end;
  return text.substr(lineStart, end - lineStart);
}

}  // namespace autoscale::models
