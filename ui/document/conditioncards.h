#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "models/setting/autoscalesetting.h"

namespace autoscale::ui {

// How the Configure tab shows the profiles of a setting: one card per scale condition, the
// way the portal does. A recurring profile and the auto-created copy of the default profile
// that marks its end time (named {"name": …, "for": …}) form one card.
struct ConditionCard {
  enum class Kind { Default, FixedDate, Recurring };

  Kind kind = Kind::Default;
  std::size_t profileIndex = 0;
  std::optional<std::size_t> pairedIndex;  // the end-time copy of a recurring card
  bool isPrimaryDefault = false;           // the one Default card, which cannot be deleted
};

std::vector<ConditionCard> conditionCards(const models::AutoscaleSetting& setting);

// The name that new copies of the default profile use when the setting has no default.
inline constexpr const char* kAutoCreatedDefaultName = "Auto created default scale condition";

}  // namespace autoscale::ui
