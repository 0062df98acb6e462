#include "models/engine/profileschedule.h"

#include <algorithm>

#include "models/engine/timezones.h"

namespace autoscale::models {
namespace {

constexpr EpochSeconds kDay = 86400;
// A weekly recurrence always started within the last week; look back a little further.
constexpr EpochSeconds kLookBack = 8 * kDay;

struct Start {
  EpochSeconds time;
  int profile;
};

std::vector<Start> recurringStarts(const std::vector<CompiledProfile>& profiles, EpochSeconds from,
                                   EpochSeconds to) {
  std::vector<Start> starts;
  for (std::size_t p = 0; p < profiles.size(); ++p) {
    const CompiledProfile& profile = profiles[p];
    if (profile.kind != ProfileKind::Recurring) continue;
    const QTimeZone& zone = profile.recurrence.zone;
    const std::int64_t firstDay = floorDiv(utcToLocal(zone, from - kLookBack), kDay);
    const std::int64_t lastDay = floorDiv(utcToLocal(zone, to), kDay) + 1;
    for (std::int64_t day = firstDay; day <= lastDay; ++day) {
      const auto weekday = static_cast<unsigned>((day + 4) % 7);  // 1970-01-01 was a Thursday
      if ((profile.recurrence.weekdays & (1u << weekday)) == 0) continue;
      for (int minute : profile.recurrence.minutesOfDay) {
        starts.push_back(Start{localToUtc(zone, day * kDay + minute * 60), static_cast<int>(p)});
      }
    }
  }
  // Same instant: the profile earlier in the array wins, so it must come last.
  std::sort(starts.begin(), starts.end(), [](const Start& a, const Start& b) {
    return a.time != b.time ? a.time < b.time : a.profile > b.profile;
  });
  return starts;
}

int resolve(const std::vector<CompiledProfile>& profiles, const std::vector<Start>& starts,
            int defaultProfile, EpochSeconds time) {
  for (std::size_t p = 0; p < profiles.size(); ++p) {
    const CompiledProfile& profile = profiles[p];
    if (profile.kind == ProfileKind::FixedDate && profile.fixedStart <= time &&
        time <= profile.fixedEnd) {
      return static_cast<int>(p);
    }
  }
  const auto after = std::upper_bound(starts.begin(), starts.end(), time,
                                      [](EpochSeconds t, const Start& s) { return t < s.time; });
  if (after != starts.begin()) return std::prev(after)->profile;
  return defaultProfile;
}

}  // namespace

ProfileSchedule ProfileSchedule::build(const std::vector<CompiledProfile>& profiles,
                                       EpochSeconds from, EpochSeconds to) {
  const std::vector<Start> starts = recurringStarts(profiles, from, to);
  int defaultProfile = -1;
  for (std::size_t p = 0; p < profiles.size() && defaultProfile < 0; ++p) {
    if (profiles[p].kind == ProfileKind::Default) defaultProfile = static_cast<int>(p);
  }
  std::vector<EpochSeconds> boundaries{from - kLookBack};
  for (const Start& s : starts) boundaries.push_back(s.time);
  for (const CompiledProfile& profile : profiles) {
    if (profile.kind != ProfileKind::FixedDate) continue;
    boundaries.push_back(profile.fixedStart);
    boundaries.push_back(profile.fixedEnd + 1);
  }
  std::sort(boundaries.begin(), boundaries.end());
  boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());

  ProfileSchedule schedule;
  for (EpochSeconds boundary : boundaries) {
    if (boundary < from - kLookBack || boundary > to) continue;
    const int active = resolve(profiles, starts, defaultProfile, boundary);
    if (schedule.m_changes.empty() || schedule.m_changes.back().profile != active) {
      schedule.m_changes.push_back(ProfileChange{boundary, active});
    }
  }
  return schedule;
}

int ProfileSchedule::activeAt(EpochSeconds time) const {
  const auto after =
      std::upper_bound(m_changes.begin(), m_changes.end(), time,
                       [](EpochSeconds t, const ProfileChange& c) { return t < c.time; });
  return after == m_changes.begin() ? -1 : std::prev(after)->profile;
}

Result<std::vector<ProfileChange>> profileSchedule(const AutoscaleSetting& setting,
                                                   EpochSeconds from, EpochSeconds to,
                                                   const SimulationOptions& options) {
  auto compiled = compileSetting(setting, options);
  if (!compiled) return compiled.error();
  std::vector<ProfileChange> changes =
      ProfileSchedule::build(compiled->profiles, from, to).changes();
  // Report from `from` on: the change in force at `from` is moved to `from`.
  std::vector<ProfileChange> clipped;
  for (const auto& change : changes) {
    if (change.time <= from) {
      if (clipped.empty())
        clipped.push_back(ProfileChange{from, change.profile});
      else
        clipped.front().profile = change.profile;
    } else {
      clipped.push_back(change);
    }
  }
  return clipped;
}

}  // namespace autoscale::models
