#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "models/core/result.h"

namespace autoscale::backend {

// The traffic that reaches an emulated endpoint: requests per minute at a simulated instant.
// It does not depend on the instance count (it is load, not a per-instance metric); the
// emulated deployment turns it into CPU and latency for the instances it has.
class Workload {
 public:
  virtual ~Workload() = default;
  virtual double requestsPerMinute(std::chrono::system_clock::time_point at) const = 0;
  virtual std::string describe() const = 0;
};

// Builds a workload from a short spec:
//   diurnal[:PEAK]               a daily wave between 30 % and 100 % of PEAK (default 800)
//   constant:RPM                 the same load all the time
//   step:LOW:HIGH:MINUTES        LOW, then HIGH from MINUTES after `origin` on
//   ramp:FROM:TO:MINUTES         linear from FROM to TO over MINUTES after `origin`, then TO
models::Result<std::unique_ptr<Workload>> makeWorkload(
    std::string_view spec, std::chrono::system_clock::time_point origin);

}  // namespace autoscale::backend
