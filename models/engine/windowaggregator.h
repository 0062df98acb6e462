#pragma once

// The time aggregation of a rule over its window of grain values (spec §2.2 step 3).
//
// The sliding algorithm keeps a running compensated sum and count and, for Minimum and
// Maximum, a monotonic queue, so a tick costs O(1) amortised whatever the window length.
// The recomputing algorithm scans the window on every tick; it checks the sliding one in
// tests and is the baseline of the benchmark.

#include <cstdint>
#include <span>
#include <vector>

#include "models/engine/simulationoptions.h"
#include "models/setting/autoscalesetting.h"

namespace autoscale::models {

// Neumaier's compensated sum: adding and later subtracting the same values leaves no drift.
class CompensatedSum final {
 public:
  void add(double value);
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
  // `firstBucket + i`; NaN is a missing grain. `endBucket` never decreases between calls.
  double advance(std::span<const double> values, std::int64_t firstBucket, std::int64_t endBucket);

  std::int64_t windowBuckets() const { return m_windowBuckets; }
  TimeAggregation aggregation() const { return m_aggregation; }

 private:
  struct Entry {
    std::int64_t bucket;
    double value;
  };

  // A fixed-capacity double-ended queue of entries.
  class Ring final {
   public:
    explicit Ring(std::size_t capacity);
    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    const Entry& front() const { return m_items[m_head]; }
    const Entry& back() const { return m_items[(m_head + m_size - 1) & m_mask]; }
    void pushBack(Entry entry);
    void popFront();
    void popBack();
    void clear() { m_head = m_size = 0; }

   private:
    std::vector<Entry> m_items;
    std::size_t m_mask;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
  };

  double slide(std::span<const double> values, std::int64_t firstBucket, std::int64_t endBucket);
  double recompute(std::span<const double> values, std::int64_t firstBucket,
                   std::int64_t endBucket) const;
  void push(std::int64_t bucket, double value);
  void expire(std::int64_t windowStart);
  double current() const;

  TimeAggregation m_aggregation;
  std::int64_t m_windowBuckets;
  WindowAlgorithm m_algorithm;
  std::int64_t m_nextBucket;
  Ring m_values;   // every present value in the window, oldest first
  Ring m_extreme;  // Minimum/Maximum: candidates, monotonic from front to back
  CompensatedSum m_sum;
};

}  // namespace autoscale::models
