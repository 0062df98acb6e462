#pragma once

// The argument grammar of `az monitor autoscale` (spec §4): --condition, --scale, --timegrain,
// the PERIOD shorthand, --recurrence days, --start/--end times, mapped to the JSON the CLI
// sends.

#include <string>
#include <string_view>
#include <vector>

#include "backend/exporters/jsonaccess.h"

namespace autoscale::backend {

// A parsed value, or why the text is not one (`offset` is where in the text it went wrong).
template <typename T>
struct Parsed {
  T value{};
  std::string error;
  std::string hint;
  std::size_t offset = 0;
  bool ok() const { return error.empty(); }
};

// `["NAMESPACE"] METRIC OP THRESHOLD AGGREGATION PERIOD [where DIM OP VALUE [or VALUE] [and …]]`
// → the metricTrigger members it determines: metricName, metricNamespace (`""` when absent),
// operator, threshold, timeAggregation, timeWindow and dimensions (only when given).
Parsed<Json> parseAzCondition(std::string_view text);

// `{out,in,to} VALUE[%]` → scaleAction direction, type and value.
Parsed<Json> parseAzScale(const std::vector<std::string>& words);

// `{avg,min,max,sum} PERIOD` → statistic and timeGrain.
Parsed<Json> parseAzTimeGrain(const std::vector<std::string>& words);

// The CLI's PERIOD: `5m` → `PT5M`, `1h30m` → `PT30M1H` (the CLI's own order), ISO text with
// both P and T passed through unchanged.
Parsed<std::string> parseAzPeriod(std::string_view text);

// `week DAY …` with each day a prefix of at least two letters → full day names.
Parsed<std::vector<std::string>> parseAzRecurrence(const std::vector<std::string>& words);

// `hh:mm[:ss]` → {hour, minute}.
Parsed<std::pair<int, int>> parseAzClock(std::string_view text);

// `yyyy-mm-dd[( |T)hh:mm[:ss]]` → `yyyy-mm-ddThh:mm:ss+00:00`, as the CLI stores fixed dates.
Parsed<std::string> parseAzDateTime(std::string_view text);

// true/false and the other spellings the CLI accepts for a boolean flag.
Parsed<bool> parseAzBool(std::string_view text);

}  // namespace autoscale::backend
