#pragma once

// Which profile is active when (spec §2.4): a fixed-date profile whose window holds the
// instant, the first in array order; else the recurring profile with the most recent start
// in its own time zone; else the default profile.

#include <vector>

#include "models/core/result.h"
#include "models/engine/compiledsetting.h"

namespace autoscale::models {

// From `time` on, `profile` is active (an index into the setting's profiles, -1 for none).
struct ProfileChange {
  EpochSeconds time = 0;
  int profile = -1;
};

class ProfileSchedule final {
 public:
  // Covers [from, to]; the first change is at or before `from`.
  static ProfileSchedule build(const std::vector<CompiledProfile>& profiles, EpochSeconds from,
                               EpochSeconds to);

  int activeAt(EpochSeconds time) const;
  const std::vector<ProfileChange>& changes() const { return m_changes; }

 private:
  std::vector<ProfileChange> m_changes;
};

// The schedule of a setting, for the week timeline of the studio.
Result<std::vector<ProfileChange>> profileSchedule(const AutoscaleSetting& setting,
                                                   EpochSeconds from, EpochSeconds to,
                                                   const SimulationOptions& options = {});

}  // namespace autoscale::models
