#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "models/validation/jsonnode.h"
#include "models/validation/reporter.h"

namespace autoscale::models::validation {

enum class Presence { Required, Optional };

// Reads the scalar slots of a setting. Each reader reports what is wrong with the slot
// (missing, wrong type, not a number, an ARM expression that cannot be checked) and returns
// the literal value when there is a usable one.
class SlotReader final {
 public:
  explicit SlotReader(Reporter& reporter) : m_reporter(reporter) {}

  // A non-empty string (a required slot that holds "" is reported as missing).
  std::optional<std::string_view> string(const Node& slot, Presence presence);
  std::optional<bool> boolean(const Node& slot, Presence presence);
  std::optional<double> number(const Node& slot, Presence presence);
  // A whole number written as a string, as capacities and scale action values are.
  std::optional<long long> integerString(const Node& slot, Presence presence);
  // A whole number written as a number, as recurrence hours and minutes are.
  std::optional<long long> integerNumber(const Node& slot, Presence presence);
  // An ISO-8601 duration, in seconds.
  std::optional<long long> duration(const Node& slot, Presence presence);

  // A value of one of the API's enums, matched case-insensitively by `parse`; `allowed` lists
  // the values for the message.
  template <typename Enum>
  std::optional<Enum> enumeration(const Node& slot, Presence presence,
                                  std::optional<Enum> (*parse)(std::string_view),
                                  std::string_view allowed) {
    const auto text = enumText(slot, presence);
    if (!text) return std::nullopt;
    if (auto value = parse(*text)) return value;
    reportUnknownEnum(slot, *text, allowed);
    return std::nullopt;
  }

  // True when the slot holds an object (or an array); reports missing or wrong types.
  bool object(const Node& slot, Presence presence);
  bool array(const Node& slot, Presence presence);

  // Reports members of `object` that are not in `known` (compared case-insensitively): the
  // service ignores them, so they are usually typos.
  void unknownMembers(const Node& object, std::initializer_list<std::string_view> known,
                      std::string_view objectName);

  // True (and reported) when the slot holds an ARM template expression.
  bool expression(const Node& slot);
  void missing(const Node& slot);

 private:
  // The string of an enum slot; nullopt when absent, wrong or an expression (reported).
  std::optional<std::string_view> enumText(const Node& slot, Presence presence);
  void reportUnknownEnum(const Node& slot, std::string_view text, std::string_view allowed);
  void wrongType(const Node& slot, std::string_view expected);
  void converted(const Node& slot, std::string_view declared);

  Reporter& m_reporter;
};

// Quotes a value for a message, shortened if long: "abc" or "aaaa…".
std::string inQuotes(std::string_view text);

}  // namespace autoscale::models::validation
