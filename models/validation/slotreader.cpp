#include "models/validation/slotreader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <vector>

#include "models/time/duration.h"
#include "models/validation/valueformats.h"

namespace autoscale::models::validation {
namespace {

std::string slotName(const Node& slot) {
  return slot.key().empty() ? "value" : "`" + std::string(slot.key()) + "`";
}

std::optional<long long> parseInteger(std::string_view text) {
  long long value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
  return value;
}

std::optional<double> parseNumber(std::string_view text) {
  const std::string copy(text);
  if (copy.empty() || std::isspace(static_cast<unsigned char>(copy.front()))) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

// Edit distance, to suggest the property a typo was meant to be.
std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string inQuotes(std::string_view text) {
  constexpr std::size_t kMax = 60;
  if (text.size() <= kMax) return "\"" + std::string(text) + "\"";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  return "\"" + std::string(text.substr(0, cut)) + "…\"";
}

void SlotReader::missing(const Node& slot) {
  m_reporter.report(DiagnosticCode::MissingProperty, slot, slotName(slot) + " is missing");
}

void SlotReader::wrongType(const Node& slot, std::string_view expected) {
  m_reporter.report(DiagnosticCode::WrongType, slot,
                    slotName(slot) + " is " + std::string(describeType(*slot.value())) + "; " +
                        std::string(expected) + " is expected");
}

void SlotReader::converted(const Node& slot, std::string_view declared) {
  m_reporter.report(DiagnosticCode::ConvertedType, slot,
                    slotName(slot) + " is " + std::string(describeType(*slot.value())) +
                        "; the API declares " + std::string(declared));
}

bool SlotReader::expression(const Node& slot) {
  if (!slot.exists() || !isArmExpression(*slot.value())) return false;
  m_reporter.report(
      DiagnosticCode::ExpressionNotChecked, slot,
      slotName(slot) + " holds the expression " + inQuotes(slot.text()) + ", which is not checked");
  return true;
}

std::optional<std::string_view> SlotReader::string(const Node& slot, Presence presence) {
  if (!slot.exists()) {
    if (presence == Presence::Required) missing(slot);
    return std::nullopt;
  }
  const Json& value = *slot.value();
  if (value.is_string()) {
    if (expression(slot)) return std::nullopt;
    const auto& text = value.get_ref<const std::string&>();
    if (text.empty() && presence == Presence::Required) {
      m_reporter.report(DiagnosticCode::MissingProperty, slot, slotName(slot) + " is empty");
      return std::nullopt;
    }
    return std::string_view(text);
  }
  if (value.is_number() || value.is_boolean()) {
    converted(slot, "a string");
  } else {
    wrongType(slot, "a string");
  }
  return std::nullopt;
}

std::optional<bool> SlotReader::boolean(const Node& slot, Presence presence) {
  if (!slot.exists()) {
    if (presence == Presence::Required) missing(slot);
    return std::nullopt;
  }
  const Json& value = *slot.value();
  if (value.is_boolean()) return value.get<bool>();
  if (value.is_string()) {
    if (expression(slot)) return std::nullopt;
    const auto& text = value.get_ref<const std::string&>();
    if (equalsIgnoringCase(text, "true") || equalsIgnoringCase(text, "false")) {
      converted(slot, "a boolean");
      return equalsIgnoringCase(text, "true");
    }
  }
  wrongType(slot, "true or false");
  return std::nullopt;
}

std::optional<double> SlotReader::number(const Node& slot, Presence presence) {
  if (!slot.exists()) {
    if (presence == Presence::Required) missing(slot);
    return std::nullopt;
  }
  const Json& value = *slot.value();
  if (value.is_number()) return value.get<double>();
  if (value.is_string()) {
    if (expression(slot)) return std::nullopt;
    if (const auto parsed = parseNumber(value.get_ref<const std::string&>())) {
      converted(slot, "a number");
      return parsed;
    }
  }
  wrongType(slot, "a number");
  return std::nullopt;
}

std::optional<long long> SlotReader::integerString(const Node& slot, Presence presence) {
  if (!slot.exists()) {
    if (presence == Presence::Required) missing(slot);
    return std::nullopt;
  }
  const Json& value = *slot.value();
  if (value.is_string()) {
    if (expression(slot)) return std::nullopt;
    const auto& text = value.get_ref<const std::string&>();
    if (const auto parsed = parseInteger(text)) return parsed;
    m_reporter.report(DiagnosticCode::NotAnInteger, slot,
                      slotName(slot) + " is " + inQuotes(text) + ", not a whole number");
    return std::nullopt;
  }
  if (value.is_number_integer()) {
    converted(slot, "a string holding a whole number");
    return value.is_number_unsigned() && value.get<unsigned long long>() > 1'000'000'000'000ULL
               ? 1'000'000'000'000LL
               : value.get<long long>();
  }
  if (value.is_number_float()) {
    m_reporter.report(DiagnosticCode::NotAnInteger, slot,
                      slotName(slot) + " is " + value.dump() + ", not a whole number");
    return std::nullopt;
  }
  wrongType(slot, "a string holding a whole number");
  return std::nullopt;
}

std::optional<long long> SlotReader::integerNumber(const Node& slot, Presence presence) {
  if (!slot.exists()) {
    if (presence == Presence::Required) missing(slot);
    return std::nullopt;
  }
  const Json& value = *slot.value();
  if (value.is_number_unsigned()) {
    const auto big = value.get<unsigned long long>();
    return big > 1'000'000'000'000ULL ? 1'000'000'000'000LL : static_cast<long long>(big);
  }
  if (value.is_number_integer()) return value.get<long long>();
  if (value.is_number_float()) {
    const double number = value.get<double>();
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e12) {
      return static_cast<long long>(number);
    }
    m_reporter.report(DiagnosticCode::NotAnInteger, slot,
                      slotName(slot) + " is " + value.dump() + ", not a whole number");
    return std::nullopt;
  }
  if (value.is_string()) {
    if (expression(slot)) return std::nullopt;
    if (const auto parsed = parseInteger(value.get_ref<const std::string&>())) {
      converted(slot, "a number");
      return parsed;
    }
  }
  wrongType(slot, "a whole number");
  return std::nullopt;
}

std::optional<long long> SlotReader::duration(const Node& slot, Presence presence) {
  if (!slot.exists()) {
    if (presence == Presence::Required) missing(slot);
    return std::nullopt;
  }
  const Json& value = *slot.value();
  if (!value.is_string()) {
    wrongType(slot, "an ISO-8601 duration string");
    return std::nullopt;
  }
  if (expression(slot)) return std::nullopt;
  const auto& text = value.get_ref<const std::string&>();
  if (const auto seconds = parseIsoDurationSeconds(text)) return seconds;
  // A form the model reads for convenience (`5m`, `00:05:00`) still needs rewriting for the API.
  const auto lenient = Duration::parse(text);
  m_reporter.report(DiagnosticCode::BadDuration, slot,
                    slotName(slot) + " is " + inQuotes(text) + ", not an ISO-8601 duration",
                    lenient ? "Write it as " + lenient->toIsoString() + "." : std::string());
  return std::nullopt;
}

std::optional<std::string_view> SlotReader::enumText(const Node& slot, Presence presence) {
  if (!slot.exists()) {
    if (presence == Presence::Required) missing(slot);
    return std::nullopt;
  }
  const Json& value = *slot.value();
  if (!value.is_string()) {
    wrongType(slot, "a string");
    return std::nullopt;
  }
  if (expression(slot)) return std::nullopt;
  return std::string_view(value.get_ref<const std::string&>());
}

void SlotReader::reportUnknownEnum(const Node& slot, std::string_view text,
                                   std::string_view allowed) {
  m_reporter.report(DiagnosticCode::UnknownEnumValue, slot,
                    slotName(slot) + " is " + inQuotes(text) + "; allowed: " + std::string(allowed),
                    "Use one of: " + std::string(allowed) + " (case does not matter).");
}

void SlotReader::unknownMembers(const Node& object, std::initializer_list<std::string_view> known,
                                std::string_view objectName) {
  object.forEachMember([&](const Node& member) {
    const std::string_view key = member.key();
    const auto isKnown = [key](std::string_view name) { return sameKeyIgnoringCase(key, name); };
    if (std::any_of(known.begin(), known.end(), isKnown)) return;
    std::string hint;
    std::size_t best = key.size() > 64 ? 0 : 3;  // suggest only close spellings
    for (const std::string_view name : known) {
      const std::size_t distance = editDistance(key, name);
      if (distance < best) {
        best = distance;
        hint = "Did you mean `" + std::string(name) + "`? The service ignores unknown properties.";
      }
    }
    m_reporter.report(DiagnosticCode::UnknownProperty, member,
                      "`" + std::string(key) + "` is not a property of " + std::string(objectName),
                      std::move(hint));
  });
}

bool SlotReader::object(const Node& slot, Presence presence) {
  if (!slot.exists()) {
    if (presence == Presence::Required) missing(slot);
    return false;
  }
  if (slot.value()->is_object()) return true;
  if (!expression(slot)) wrongType(slot, "an object");
  return false;
}

bool SlotReader::array(const Node& slot, Presence presence) {
  if (!slot.exists()) {
    if (presence == Presence::Required) missing(slot);
    return false;
  }
  if (slot.value()->is_array()) return true;
  if (!expression(slot)) wrongType(slot, "an array");
  return false;
}

}  // namespace autoscale::models::validation
