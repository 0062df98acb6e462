#include "backend/exporters/hclwriter.h"

#include <algorithm>

#include "backend/exporters/textquoting.h"

namespace autoscale::backend {

void HclWriter::attribute(std::string_view name, std::string value) {
  if (m_pending.empty()) separate();
  for (auto& text : m_pendingComments) m_out += indent() + "# " + text + "\n";
  m_pendingComments.clear();
  m_pending.emplace_back(std::string(name), std::move(value));
}

void HclWriter::mapAttribute(std::string_view name,
                             const std::vector<std::pair<std::string, std::string>>& entries) {
  flushAttributes();
  separate();
  if (entries.empty()) {
    m_out += indent() + std::string(name) + " = {}\n";
    return;
  }
  m_out += indent() + std::string(name) + " = {\n";
  std::size_t width = 0;
  for (const auto& [key, value] : entries) width = std::max(width, hclString(key).size());
  for (const auto& [key, value] : entries) {
    const std::string quoted = hclString(key);
    m_out +=
        indent() + "  " + quoted + std::string(width - quoted.size(), ' ') + " = " + value + "\n";
  }
  m_out += indent() + "}\n";
}

void HclWriter::openBlock(std::string_view header) {
  flushAttributes();
  separate();
  for (auto& text : m_pendingComments) m_out += indent() + "# " + text + "\n";
  m_pendingComments.clear();
  m_out += indent() + std::string(header) + " {\n";
  ++m_depth;
  m_bodyStarted = false;
}

void HclWriter::closeBlock() {
  flushAttributes();
  --m_depth;
  m_out += indent() + "}\n";
  m_bodyStarted = true;
}

void HclWriter::comment(std::string_view text) {
  flushAttributes();
  m_pendingComments.push_back(singleLine(text));
}

std::string HclWriter::finish() {
  flushAttributes();
  return std::move(m_out);
}

void HclWriter::flushAttributes() {
  if (m_pending.empty()) return;
  std::size_t width = 0;
  for (const auto& [name, value] : m_pending) width = std::max(width, name.size());
  for (const auto& [name, value] : m_pending) {
    m_out += indent() + name + std::string(width - name.size(), ' ') + " = " + value + "\n";
  }
  m_pending.clear();
  m_bodyStarted = true;
}

void HclWriter::separate() {
  if (m_bodyStarted) m_out += "\n";
  m_bodyStarted = true;
}

}  // namespace autoscale::backend
