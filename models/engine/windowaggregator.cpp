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
  switch (m_aggregation) {
    case TimeAggregation::Average:
      return fillAs<TimeAggregation::Average>(values, firstBucket, endBucket, out);
    case TimeAggregation::Minimum:
      return fillAs<TimeAggregation::Minimum>(values, firstBucket, endBucket, out);
    case TimeAggregation::Maximum:
      return fillAs<TimeAggregation::Maximum>(values, firstBucket, endBucket, out);
    case TimeAggregation::Total:
      return fillAs<TimeAggregation::Total>(values, firstBucket, endBucket, out);
    case TimeAggregation::Count:
      return fillAs<TimeAggregation::Count>(values, firstBucket, endBucket, out);
    case TimeAggregation::Last:
      return fillAs<TimeAggregation::Last>(values, firstBucket, endBucket, out);
  }
}

template <TimeAggregation A>
void WindowAggregator::fillAs(std::span<const double> values, std::int64_t firstBucket,
                              std::int64_t endBucket, std::span<double> out) {
  constexpr bool sums = A == TimeAggregation::Average || A == TimeAggregation::Total;
  constexpr bool extreme = A == TimeAggregation::Minimum || A == TimeAggregation::Maximum;
  const double* data = values.data();
  const auto size = static_cast<std::int64_t>(values.size());
  auto at = [&](std::int64_t bucket) {
    const std::int64_t index = bucket - firstBucket;
    return index >= 0 && index < size ? data[index] : kMissing;
  };
  for (std::size_t i = 0; i < out.size(); ++i) {
    const std::int64_t end = endBucket + static_cast<std::int64_t>(i);
    if (end - m_windowBuckets >= m_end) {
      // Jumped past the whole window (first call, or a long pause): start afresh.
      m_sum.reset();
      m_count = 0;
      m_size = 0;
      m_last = kNever;
      m_end = end - m_windowBuckets;
      m_begin = m_end;
    }
    for (; m_end < end; ++m_end) {
      // Bucket m_end enters, bucket m_end − W leaves.
      const double entering = at(m_end);
      const std::int64_t leavingBucket = m_end - m_windowBuckets;
      const double leaving = leavingBucket >= m_begin ? at(leavingBucket) : kMissing;
      if (!std::isnan(leaving)) {
        --m_count;
        if constexpr (sums) m_sum.add(-leaving);
      }
      if (!std::isnan(entering)) {
        ++m_count;
        m_last = m_end;
        if constexpr (sums) m_sum.add(entering);
        if constexpr (extreme) {
          while (m_size > 0) {
            const double tail = at(m_queue[(m_head + m_size - 1) & m_mask]);
            const bool dominated =
                A == TimeAggregation::Minimum ? tail >= entering : tail <= entering;
            if (!dominated) break;
            --m_size;
          }
          m_queue[(m_head + m_size) & m_mask] = m_end;
          ++m_size;
        }
      }
      if constexpr (extreme) {
        const std::int64_t windowStart = m_end + 1 - m_windowBuckets;
        while (m_size > 0 && m_queue[m_head] < windowStart) {
          m_head = (m_head + 1) & m_mask;
          --m_size;
        }
      }
    }
    if (m_count == 0) {
      if constexpr (sums) m_sum.reset();  // no rounding residue survives an empty window
      out[i] = kMissing;
    } else if constexpr (A == TimeAggregation::Average) {
      out[i] = m_sum.value() / static_cast<double>(m_count);
    } else if constexpr (A == TimeAggregation::Total) {
      out[i] = m_sum.value();
    } else if constexpr (extreme) {
      out[i] = at(m_queue[m_head]);
    } else if constexpr (A == TimeAggregation::Count) {
      out[i] = static_cast<double>(m_count);
    } else {
      out[i] = at(m_last);
    }
  }
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
