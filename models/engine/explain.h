#pragma once

// The sentences that explain the engine's decisions. They name the rules by their number in
// the profile (1-based, as the portal lists them) and say what was observed.

#include <span>
#include <string>
#include <vector>

#include "models/engine/compiledsetting.h"
#include "models/engine/scaledecision.h"

namespace autoscale::models {

std::string durationText(EpochSeconds seconds);  // "5 min", "1 h", "1 h 30 min", "30 s"
std::string numberText(double value);            // at most two decimals: 83.2, 72.22, 600

// "CpuUtilizationPercentage Average > 70 over 5 min"
std::string ruleDescription(const CompiledRule& rule);
// "rule 1 (CpuUtilizationPercentage Average > 70 over 5 min, observed 83.2)"
std::string ruleMention(int index, const CompiledRule& rule, double observed);

// "Scale out 2 → 4: rule 1 (…)" and the like, for a decision that changed the count.
std::string scaleReason(const CompiledProfile& profile, const ScaleDecision& decision,
                        std::span<const RuleEvaluation> rules, const SimulationOptions& options);

// A scale-in that the flapping check skipped or reduced.
std::string flappingReason(const CompiledProfile& profile, const ScaleDecision& decision,
                           std::span<const RuleEvaluation> rules);

std::string metricsReason(const CompiledProfile& profile, const std::vector<int>& rules,
                          bool available);

}  // namespace autoscale::models
