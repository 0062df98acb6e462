#pragma once

// Writes Terraform (HCL) text laid out the way `terraform fmt` lays it out: two-space
// indentation, the `=` of consecutive attributes aligned, blocks separated by blank lines.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace autoscale::backend {

class HclWriter final {
 public:
  // Attribute values are HCL expressions (already quoted where they are strings).
  void attribute(std::string_view name, std::string value);
  // A map attribute `name = { "k" = "v" ... }`; values are HCL expressions.
  void mapAttribute(std::string_view name,
                    const std::vector<std::pair<std::string, std::string>>& entries);
  void openBlock(std::string_view header);  // e.g. `resource "type" "label"` or `rule`
  void closeBlock();
  void comment(std::string_view text);  // `# text`, before the next item

  std::string finish();

 private:
  void flushAttributes();
  void separate();  // a blank line between items of one body
  std::string indent() const { return std::string(2 * m_depth, ' '); }

  std::string m_out;
  std::vector<std::pair<std::string, std::string>> m_pending;  // consecutive attributes
  std::vector<std::string> m_pendingComments;
  int m_depth = 0;
  bool m_bodyStarted = false;  // whether the current body already holds an item
};

}  // namespace autoscale::backend
