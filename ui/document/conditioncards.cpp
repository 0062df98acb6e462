#include "ui/document/conditioncards.h"

#include <algorithm>

namespace autoscale::ui {
namespace {

std::optional<std::size_t> primaryDefault(const models::AutoscaleSetting& setting) {
  for (std::size_t i = 0; i < setting.profiles.size(); ++i) {
    const auto& profile = setting.profiles[i];
    if (profile.isDefault() && !profile.paired) return i;
  }
  return std::nullopt;
}

}  // namespace

std::vector<ConditionCard> conditionCards(const models::AutoscaleSetting& setting) {
  std::vector<ConditionCard> cards;
  std::vector<bool> used(setting.profiles.size(), false);
  const auto defaultIndex = primaryDefault(setting);
  if (defaultIndex) {
    cards.push_back({ConditionCard::Kind::Default, *defaultIndex, std::nullopt, true});
    used[*defaultIndex] = true;
  }
  // Attach each end-time copy to the recurring profile it was made for.
  std::vector<std::optional<std::size_t>> pairOf(setting.profiles.size());
  for (std::size_t i = 0; i < setting.profiles.size(); ++i) {
    const auto& copy = setting.profiles[i];
    if (!copy.paired || !copy.recurrence) continue;
    for (std::size_t j = 0; j < setting.profiles.size(); ++j) {
      const auto& owner = setting.profiles[j];
      if (j == i || owner.paired || !owner.recurrence || pairOf[j]) continue;
      if (owner.name == copy.paired->forProfile) {
        pairOf[j] = i;
        used[i] = true;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < setting.profiles.size(); ++i) {
    if (used[i]) continue;
    const auto& profile = setting.profiles[i];
    ConditionCard card;
    card.profileIndex = i;
    if (profile.fixedDate) {
      card.kind = ConditionCard::Kind::FixedDate;
    } else if (profile.recurrence) {
      card.kind = ConditionCard::Kind::Recurring;
      card.pairedIndex = pairOf[i];
    } else {
      card.kind = ConditionCard::Kind::Default;  // a second default profile: shown, deletable
    }
    cards.push_back(card);
  }
  return cards;
}

}  // namespace autoscale::ui
