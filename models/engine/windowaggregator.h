#pragma once

// The time aggregation of a rule over its window of grain values (spec §2.2 step 3).
//
// The window slides over an array of grain values that do not change once they are visible,
// so the sliding algorithm only adds the bucket that enters and removes the one that leaves:
// a running sum and count, the newest present bucket, and for Minimum and Maximum
// a monotonic queue of bucket indices. A tick costs O(1) amortised whatever the window
// length. The recomputing algorithm scans the window on every tick; it checks the sliding one
// in tests and is the baseline of the benchmark.

#include <cstdint>
#include <span>
#include <vector>

#include "models/engine/simulationoptions.h"
#include "models/setting/autoscalesetting.h"

namespace autoscale::models {

// Neumaier's compensated sum: the correctly rounded sum of a window, whatever the order.
class CompensatedSum final {
 public:
  void add(double value) {
    const double total = m_sum + value;
    const bool sumIsLarger = (m_sum < 0 ? -m_sum : m_sum) >= (value < 0 ? -value : value);
    m_compensation += sumIsLarger ? (m_sum - total) + value : (value - total) + m_sum;
    m_sum = total;
  }
  double value() const { return m_sum + m_compensation; }
  void reset() { m_sum = m_compensation = 0.0; }

 private:
  double m_sum = 0.0;
  double m_compensation = 0.0;
};

class WindowAggregator final {
 public:
  WindowAggregator(TimeAggregation aggregation, std::int64_t windowBuckets,
                   WindowAlgorithm algorithm);

  // Moves the window to the buckets [endBucket − windowBuckets, endBucket) and returns its
  // aggregate, or NaN when the window holds no value. `values[i]` is bucket
  // `firstBucket + i` (NaN: a missing grain; outside the array: missing). Values the window
  // has seen must not change; `endBucket` never decreases between calls.
  double advance(std::span<const double> values, std::int64_t firstBucket, std::int64_t endBucket);

  // out[i] = advance(values, firstBucket, endBucket + i) for every i, in one tight loop.
  void fill(std::span<const double> values, std::int64_t firstBucket, std::int64_t endBucket,
            std::span<double> out);

  // Forgets the window, so that the next call starts afresh (the values it saw changed).
  void restart();

  std::int64_t windowBuckets() const { return m_windowBuckets; }
  TimeAggregation aggregation() const { return m_aggregation; }

 private:
  template <bool Inside>
  void fillAs(std::span<const double> values, std::int64_t firstBucket, std::int64_t endBucket,
              std::span<double> out);
  template <TimeAggregation A, bool Checked>
  void fillAs(std::span<const double> values, std::int64_t firstBucket, std::int64_t endBucket,
              std::span<double> out);
  double recompute(std::span<const double> values, std::int64_t firstBucket,
                   std::int64_t endBucket) const;

  TimeAggregation m_aggregation;
  std::int64_t m_windowBuckets;
  WindowAlgorithm m_algorithm;
  std::int64_t m_end;    // the window is [m_end − m_windowBuckets, m_end)
  std::int64_t m_begin;  // the first bucket added since the last fresh start
  double m_sum = 0.0;
  std::int64_t m_sinceExact = 0;  // steps since the sum was computed afresh
  std::int64_t m_count = 0;
  std::int64_t m_last;  // newest bucket with a value
  // Minimum/Maximum: a ring of bucket indices whose values are monotonic from head to tail.
  std::vector<std::int64_t> m_queue;
  std::size_t m_mask;
  std::size_t m_head = 0;
  std::size_t m_size = 0;
};

}  // namespace autoscale::models
