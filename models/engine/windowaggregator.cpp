#include "models/engine/windowaggregator.h"

#include <bit>
#include <cmath>
#include <limits>

namespace autoscale::models {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::min() / 4;

}  // namespace

WindowAggregator::WindowAggregator(TimeAggregation aggregation, std::int64_t windowBuckets,
                                   WindowAlgorithm algorithm)
    : m_aggregation(aggregation),
      m_windowBuckets(std::max<std::int64_t>(windowBuckets, 1)),
      m_algorithm(algorithm),
      m_end(kNever),
      m_begin(kNever),
      m_last(kNever),
      m_queue(std::bit_ceil(static_cast<std::size_t>(m_windowBuckets) + 1)),
      m_mask(m_queue.size() - 1) {}

void WindowAggregator::restart() {
  m_end = kNever;
  m_begin = kNever;
  m_last = kNever;
  m_count = 0;
  m_size = 0;
  m_sum = 0.0;
  m_sinceExact = 0;
}

double WindowAggregator::advance(std::span<const double> values, std::int64_t firstBucket,
                                 std::int64_t endBucket) {
  if (m_algorithm == WindowAlgorithm::Recompute) return recompute(values, firstBucket, endBucket);
  double result = kMissing;
  fill(values, firstBucket, endBucket, std::span<double>(&result, 1));
  return result;
}

void WindowAggregator::fill(std::span<const double> values, std::int64_t firstBucket,
                            std::int64_t endBucket, std::span<double> out) {
  if (m_algorithm == WindowAlgorithm::Recompute) {
    for (std::size_t i = 0; i < out.size(); ++i) {
      out[i] = recompute(values, firstBucket, endBucket + static_cast<std::int64_t>(i));
    }
    return;
  }
  // Every bucket the fill can touch lies inside the array: no bounds checks in the loop. The
  // oldest is the start of the window before the first end, or the start of a fresh window.
  const std::int64_t oldest = std::min(endBucket, m_end) - m_windowBuckets - 1;
  const std::int64_t newest = endBucket + static_cast<std::int64_t>(out.size());
  const bool inside =
      oldest >= firstBucket && newest <= firstBucket + static_cast<std::int64_t>(values.size());
  inside ? fillAs<true>(values, firstBucket, endBucket, out)
         : fillAs<false>(values, firstBucket, endBucket, out);
}

template <bool Inside>
void WindowAggregator::fillAs(std::span<const double> values, std::int64_t firstBucket,
                              std::int64_t endBucket, std::span<double> out) {
  constexpr bool kChecked = !Inside;
  switch (m_aggregation) {
    case TimeAggregation::Average:
      return fillAs<TimeAggregation::Average, kChecked>(values, firstBucket, endBucket, out);
    case TimeAggregation::Minimum:
      return fillAs<TimeAggregation::Minimum, kChecked>(values, firstBucket, endBucket, out);
    case TimeAggregation::Maximum:
      return fillAs<TimeAggregation::Maximum, kChecked>(values, firstBucket, endBucket, out);
    case TimeAggregation::Total:
      return fillAs<TimeAggregation::Total, kChecked>(values, firstBucket, endBucket, out);
    case TimeAggregation::Count:
      return fillAs<TimeAggregation::Count, kChecked>(values, firstBucket, endBucket, out);
    case TimeAggregation::Last:
      return fillAs<TimeAggregation::Last, kChecked>(values, firstBucket, endBucket, out);
  }
}

template <TimeAggregation A, bool Checked>
void WindowAggregator::fillAs(std::span<const double> values, std::int64_t firstBucket,
                              std::int64_t endBucket, std::span<double> out) {
  constexpr bool sums = A == TimeAggregation::Average || A == TimeAggregation::Total;
  constexpr bool extreme = A == TimeAggregation::Minimum || A == TimeAggregation::Maximum;
  // The state lives in locals during the loop: stores to `out` could otherwise alias it.
  const double* const data = values.data();
  const auto size = static_cast<std::int64_t>(values.size());
  const std::int64_t window = m_windowBuckets;
  std::int64_t* const queue = m_queue.data();
  const std::size_t mask = m_mask;
  std::int64_t windowEnd = m_end;
  std::int64_t begin = m_begin;
  std::int64_t count = m_count;
  std::int64_t last = m_last;
  std::size_t head = m_head;
  std::size_t queued = m_size;
  double sum = m_sum;
  std::int64_t sinceExact = m_sinceExact;
  auto at = [data, size, firstBucket](std::int64_t bucket) {
    const std::int64_t index = bucket - firstBucket;
    if constexpr (!Checked) return data[index];
    return index >= 0 && index < size ? data[index] : kMissing;
  };
  // Adding and subtracting leaves rounding residue; summing the window afresh once per window
  // length keeps it within a few units in the last place at an amortised cost of one add.
  auto exactSum = [&]() {
    double fresh = 0.0;
    for (std::int64_t b = std::max(windowEnd - window, begin); b < windowEnd; ++b) {
      const double value = at(b);
      if (!std::isnan(value)) fresh += value;
    }
    return fresh;
  };
  for (std::size_t i = 0; i < out.size(); ++i) {
    const std::int64_t end = endBucket + static_cast<std::int64_t>(i);
    if (end - window >= windowEnd) {
      // Jumped past the whole window (first call, or a long pause): start afresh.
      sum = 0.0;
      sinceExact = 0;
      count = 0;
      queued = 0;
      last = kNever;
      windowEnd = end - window;
      begin = windowEnd;
    }
    for (; windowEnd < end; ++windowEnd) {
      // Bucket windowEnd enters, bucket windowEnd − window leaves.
      const double entering = at(windowEnd);
      const std::int64_t leavingBucket = windowEnd - window;
      const double leaving = leavingBucket >= begin ? at(leavingBucket) : kMissing;
      if (!std::isnan(leaving)) {
        --count;
        if constexpr (sums) sum -= leaving;
      }
      if (!std::isnan(entering)) {
        ++count;
        last = windowEnd;
        if constexpr (sums) sum += entering;
        if constexpr (extreme) {
          while (queued > 0) {
            const double tail = at(queue[(head + queued - 1) & mask]);
            const bool dominated =
                A == TimeAggregation::Minimum ? tail >= entering : tail <= entering;
            if (!dominated) break;
            --queued;
          }
          queue[(head + queued) & mask] = windowEnd;
          ++queued;
        }
      }
      if constexpr (extreme) {
        const std::int64_t windowStart = windowEnd + 1 - window;
        while (queued > 0 && queue[head] < windowStart) {
          head = (head + 1) & mask;
          --queued;
        }
      }
    }
    if constexpr (sums) {
      if (++sinceExact >= window) {
        sum = exactSum();
        sinceExact = 0;
      }
    }
    double result = kMissing;
    if (count == 0) {
      if constexpr (sums) sum = 0.0;  // no rounding residue survives an empty window
    } else if constexpr (A == TimeAggregation::Average) {
      result = sum / static_cast<double>(count);
    } else if constexpr (A == TimeAggregation::Total) {
      result = sum;
    } else if constexpr (extreme) {
      result = at(queue[head]);
    } else if constexpr (A == TimeAggregation::Count) {
      result = static_cast<double>(count);
    } else {
      result = at(last);
    }
    out[i] = result;
  }
  m_end = windowEnd;
  m_begin = begin;
  m_count = count;
  m_last = last;
  m_head = head;
  m_size = queued;
  m_sum = sum;
  m_sinceExact = sinceExact;
}

double WindowAggregator::recompute(std::span<const double> values, std::int64_t firstBucket,
                                   std::int64_t endBucket) const {
  CompensatedSum sum;
  std::size_t count = 0;
  double minimum = std::numeric_limits<double>::infinity();
  double maximum = -std::numeric_limits<double>::infinity();
  double last = kMissing;
  for (std::int64_t bucket = endBucket - m_windowBuckets; bucket < endBucket; ++bucket) {
    const std::int64_t index = bucket - firstBucket;
    if (index < 0 || index >= static_cast<std::int64_t>(values.size())) continue;
    const double value = values[static_cast<std::size_t>(index)];
    if (std::isnan(value)) continue;
    sum.add(value);
    ++count;
    minimum = std::min(minimum, value);
    maximum = std::max(maximum, value);
    last = value;
  }
  if (count == 0) return kMissing;
  switch (m_aggregation) {
    case TimeAggregation::Average:
      return sum.value() / static_cast<double>(count);
    case TimeAggregation::Total:
      return sum.value();
    case TimeAggregation::Minimum:
      return minimum;
    case TimeAggregation::Maximum:
      return maximum;
    case TimeAggregation::Count:
      return static_cast<double>(count);
    case TimeAggregation::Last:
      return last;
  }
  return kMissing;
}

}  // namespace autoscale::models
