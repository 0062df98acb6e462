#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace autoscale::backend {

// ISO-8601 as the metrics API uses it: durations such as PT1M, PT30M, PT1H, P1D, P7DT12H
// (no years or months: they have no fixed length), and UTC timestamps.
std::optional<std::chrono::seconds> parseIsoDuration(std::string_view text);
std::optional<std::chrono::system_clock::time_point> parseIsoTimestamp(std::string_view text);
std::string formatIsoTimestamp(std::chrono::system_clock::time_point time);  // 2024-05-01T00:00:00Z

}  // namespace autoscale::backend
