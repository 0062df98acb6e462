#include "models/engine/explain.h"

#include <cmath>
#include <cstdio>

#include "models/engine/comparison.h"

namespace autoscale::models {
namespace {

std::string quotedName(const CompiledProfile& profile) {
  return "'" + profile.label + "'";
}

std::string limitsText(const CompiledProfile& profile) {
  return "limits " + std::to_string(profile.minimum) + "–" + std::to_string(profile.maximum);
}

// "rule 1 (…) and rule 3 (…)"
std::string mentions(const CompiledProfile& profile, const std::vector<int>& indices,
                     std::span<const RuleEvaluation> rules) {
  std::string text;
  for (std::size_t i = 0; i < indices.size(); ++i) {
    if (i > 0) text += i + 1 == indices.size() ? " and " : ", ";
    const auto index = static_cast<std::size_t>(indices[i]);
    text += ruleMention(indices[i], profile.rules[index], rules[index].observed);
  }
  return text;
}

std::string roundingWord(PercentRounding rounding) {
  switch (rounding) {
    case PercentRounding::Up:
      return "rounded up";
    case PercentRounding::Down:
      return "rounded down";
    case PercentRounding::Nearest:
      return "rounded to the nearest";
  }
  return "";
}

// For a percent step that is not whole: "; 20 % of 3 = 0.6 → 1, rounded up".
std::string percentNote(const CompiledRule& rule, const ScaleDecision& d,
                        const SimulationOptions& options) {
  if (rule.type != ScaleType::PercentChangeCount) return {};
  const double exact = percentChange(rule, d.base);
  if (std::abs(exact - std::round(exact)) < 1e-9) return {};
  const int step = std::abs(requestedCount(rule, d.base, options) - d.base);
  return "; " + std::to_string(rule.value) + " % of " + std::to_string(d.base) + " = " +
         numberText(exact) + " → " + std::to_string(step) + ", " +
         roundingWord(options.percentRounding) + " (option percentRounding)";
}

}  // namespace

std::string durationText(EpochSeconds seconds) {
  if (seconds < 60 || seconds % 60 != 0) return std::to_string(seconds) + " s";
  const EpochSeconds minutes = seconds / 60;
  if (minutes < 60) return std::to_string(minutes) + " min";
  std::string text = std::to_string(minutes / 60) + " h";
  if (minutes % 60 != 0) text += " " + std::to_string(minutes % 60) + " min";
  return text;
}

std::string numberText(double value) {
  if (std::isnan(value)) return "no data";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  std::string text = buffer;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

std::string ruleDescription(const CompiledRule& rule) {
  std::string text = rule.metricName;
  for (const auto& dim : rule.dimensions) {
    text +=
        std::string(" where ") + dim.name + (dim.op == DimensionOperator::Equals ? " = " : " ≠ ");
    for (std::size_t i = 0; i < dim.values.size(); ++i) text += (i > 0 ? "|" : "") + dim.values[i];
  }
  text += std::string(" ") + toString(rule.timeAggregation) + " " + operatorSymbol(rule.op) + " " +
          numberText(rule.threshold) + " over " + durationText(rule.timeWindow);
  if (rule.dividePerInstance) text += " per instance";
  return text;
}

std::string ruleMention(int index, const CompiledRule& rule, double observed) {
  return "rule " + std::to_string(index + 1) + " (" + ruleDescription(rule) + ", observed " +
         numberText(observed) + ")";
}

std::string scaleReason(const CompiledProfile& profile, const ScaleDecision& d,
                        std::span<const RuleEvaluation> rules, const SimulationOptions& options) {
  std::string text = std::string(d.count > d.current ? "Scale out " : "Scale in ") +
                     std::to_string(d.current) + " → " + std::to_string(d.count) + ": ";
  std::vector<std::string> parts;
  if (d.defaultApplied) {
    parts.push_back("profile " + quotedName(profile) + " became active and its default count " +
                    std::to_string(profile.defaultCount) +
                    " applies (option applyDefaultOnProfileActivation)");
  }
  if (d.belowMinimum) {
    parts.push_back("profile " + quotedName(profile) + " requires at least " +
                    std::to_string(profile.minimum) + " instances (" + limitsText(profile) + ")");
  }
  if (d.aboveMaximum) {
    parts.push_back("profile " + quotedName(profile) + " allows at most " +
                    std::to_string(profile.maximum) + " instances (" + limitsText(profile) + ")");
  }
  if (d.rulesActed && !d.firedOut.empty()) {
    std::string part = mentions(profile, d.firedOut, rules);
    if (d.firedOut.size() > 1) {
      part += "; the largest result, " + std::to_string(d.intended) + ", comes from rule " +
              std::to_string(d.chosenRule + 1);
    }
    if (d.intended == profile.maximum &&
        d.intended < requestedCount(profile.rules[static_cast<std::size_t>(d.chosenRule)], d.base,
                                    options)) {
      part += "; capped at the maximum " + std::to_string(profile.maximum);
    }
    part += percentNote(profile.rules[static_cast<std::size_t>(d.chosenRule)], d, options);
    parts.push_back(part);
  }
  if (d.rulesActed && !d.firedIn.empty()) {
    std::string part = (d.firedIn.size() > 1 ? "all scale-in rules fired: " : "") +
                       mentions(profile, d.firedIn, rules);
    if (d.firedIn.size() > 1) {
      part += "; the largest result, " + std::to_string(d.intended) + ", comes from rule " +
              std::to_string(d.chosenRule + 1);
    }
    part += percentNote(profile.rules[static_cast<std::size_t>(d.chosenRule)], d, options);
    if (d.flapping.outcome == FlappingOutcome::Adjusted) {
      part += "; to avoid flapping it stops at " + std::to_string(d.count) + " instead of " +
              std::to_string(d.intended);
    }
    parts.push_back(part);
  }
  if (d.missingDefault) {
    std::string part = "metrics missing for ";
    part += mentions(profile, d.unknownRules, rules);
    part += ", so the count is raised to the default " + std::to_string(d.count) + " of profile " +
            quotedName(profile);
    parts.push_back(part);
  }
  for (std::size_t i = 0; i < parts.size(); ++i) text += (i > 0 ? "; then " : "") + parts[i];
  return text;
}

std::string flappingReason(const CompiledProfile& profile, const ScaleDecision& d,
                           std::span<const RuleEvaluation> rules) {
  std::string text;
  if (d.flapping.outcome == FlappingOutcome::Blocked) {
    text = "Scale in " + std::to_string(d.base) + " → " + std::to_string(d.intended) +
           " skipped to avoid flapping";
  } else {
    text = "Scale in " + std::to_string(d.base) + " → " + std::to_string(d.count) + " instead of " +
           std::to_string(d.intended) + " to avoid flapping";
  }
  text += " (" + mentions(profile, d.firedIn, rules) + "): at " + std::to_string(d.intended) +
          " instances ";
  std::vector<std::string> firing;
  for (std::size_t i = 0; i < d.flappingRules.size(); ++i) {
    if (!d.flapping.firesAtTarget[i]) continue;
    const auto index = static_cast<std::size_t>(d.flappingRules[i]);
    const CompiledRule& rule = profile.rules[index];
    firing.push_back("rule " + std::to_string(index + 1) + " (" + ruleDescription(rule) +
                     ") would see " +
                     numberText(estimateAfterScaling(rules[index].observed, d.base, d.intended)) +
                     " (" + numberText(rules[index].observed) + " × " + std::to_string(d.base) +
                     " / " + std::to_string(d.intended) + ")");
  }
  for (std::size_t i = 0; i < firing.size(); ++i) text += (i > 0 ? " and " : "") + firing[i];
  return text;
}

std::string metricsReason(const CompiledProfile& profile, const std::vector<int>& rules,
                          bool available) {
  std::string text = available ? "Metrics available again for " : "Metrics missing for ";
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (i > 0) text += i + 1 == rules.size() ? " and " : ", ";
    const auto index = static_cast<std::size_t>(rules[i]);
    text +=
        "rule " + std::to_string(rules[i] + 1) + " (" + ruleDescription(profile.rules[index]) + ")";
  }
  text += available ? "" : ": no data in the window; the rule counts as Unknown";
  return text;
}

}  // namespace autoscale::models
