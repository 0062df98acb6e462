#include "models/engine/windowaggregator.h"

#include <bit>
#include <cmath>
#include <limits>

namespace autoscale::models {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

double valueAt(std::span<const double> values, std::int64_t firstBucket, std::int64_t bucket) {
  const std::int64_t index = bucket - firstBucket;
  if (index < 0 || index >= static_cast<std::int64_t>(values.size())) return kMissing;
  return values[static_cast<std::size_t>(index)];
}

}  // namespace

void CompensatedSum::add(double value) {
  const double total = m_sum + value;
  if (std::abs(m_sum) >= std::abs(value)) {
    m_compensation += (m_sum - total) + value;
  } else {
    m_compensation += (value - total) + m_sum;
  }
  m_sum = total;
}

WindowAggregator::Ring::Ring(std::size_t capacity)
    : m_items(std::bit_ceil(std::max<std::size_t>(capacity, 1))), m_mask(m_items.size() - 1) {}

void WindowAggregator::Ring::pushBack(Entry entry) {
  m_items[(m_head + m_size) & m_mask] = entry;
  ++m_size;
}

void WindowAggregator::Ring::popFront() {
  m_head = (m_head + 1) & m_mask;
  --m_size;
}

void WindowAggregator::Ring::popBack() {
  --m_size;
}

WindowAggregator::WindowAggregator(TimeAggregation aggregation, std::int64_t windowBuckets,
                                   WindowAlgorithm algorithm)
    : m_aggregation(aggregation),
      m_windowBuckets(std::max<std::int64_t>(windowBuckets, 1)),
      m_algorithm(algorithm),
      m_nextBucket(std::numeric_limits<std::int64_t>::min()),
      m_values(static_cast<std::size_t>(m_windowBuckets)),
      m_extreme(aggregation == TimeAggregation::Minimum || aggregation == TimeAggregation::Maximum
                    ? static_cast<std::size_t>(m_windowBuckets)
                    : 1) {}

double WindowAggregator::advance(std::span<const double> values, std::int64_t firstBucket,
                                 std::int64_t endBucket) {
  return m_algorithm == WindowAlgorithm::Sliding ? slide(values, firstBucket, endBucket)
                                                 : recompute(values, firstBucket, endBucket);
}

double WindowAggregator::slide(std::span<const double> values, std::int64_t firstBucket,
                               std::int64_t endBucket) {
  const std::int64_t windowStart = endBucket - m_windowBuckets;
  if (m_nextBucket < windowStart) {
    // Jumped past the whole window (first call, or a long pause): start afresh.
    m_values.clear();
    m_extreme.clear();
    m_sum.reset();
    m_nextBucket = windowStart;
  }
  for (; m_nextBucket < endBucket; ++m_nextBucket) {
    const double value = valueAt(values, firstBucket, m_nextBucket);
    if (!std::isnan(value)) push(m_nextBucket, value);
  }
  expire(windowStart);
  return current();
}

void WindowAggregator::push(std::int64_t bucket, double value) {
  if (m_values.size() == static_cast<std::size_t>(m_windowBuckets))
    expire(m_values.front().bucket + 1);
  m_values.pushBack(Entry{bucket, value});
  switch (m_aggregation) {
    case TimeAggregation::Average:
    case TimeAggregation::Total:
      m_sum.add(value);
      break;
    case TimeAggregation::Minimum:
      while (!m_extreme.empty() && m_extreme.back().value >= value) m_extreme.popBack();
      m_extreme.pushBack(Entry{bucket, value});
      break;
    case TimeAggregation::Maximum:
      while (!m_extreme.empty() && m_extreme.back().value <= value) m_extreme.popBack();
      m_extreme.pushBack(Entry{bucket, value});
      break;
    case TimeAggregation::Count:
    case TimeAggregation::Last:
      break;
  }
}

void WindowAggregator::expire(std::int64_t windowStart) {
  while (!m_values.empty() && m_values.front().bucket < windowStart) {
    if (m_aggregation == TimeAggregation::Average || m_aggregation == TimeAggregation::Total) {
      m_sum.add(-m_values.front().value);
    }
    m_values.popFront();
  }
  while (!m_extreme.empty() && m_extreme.front().bucket < windowStart) m_extreme.popFront();
  if (m_values.empty()) m_sum.reset();  // no rounding residue survives an empty window
}

double WindowAggregator::current() const {
  if (m_values.empty()) return kMissing;
  switch (m_aggregation) {
    case TimeAggregation::Average:
      return m_sum.value() / static_cast<double>(m_values.size());
    case TimeAggregation::Total:
      return m_sum.value();
    case TimeAggregation::Minimum:
    case TimeAggregation::Maximum:
      return m_extreme.front().value;
    case TimeAggregation::Count:
      return static_cast<double>(m_values.size());
    case TimeAggregation::Last:
      return m_values.back().value;
  }
  return kMissing;
}

double WindowAggregator::recompute(std::span<const double> values, std::int64_t firstBucket,
                                   std::int64_t endBucket) const {
  CompensatedSum sum;
  std::size_t count = 0;
  double minimum = std::numeric_limits<double>::infinity();
  double maximum = -std::numeric_limits<double>::infinity();
  double last = kMissing;
  for (std::int64_t bucket = endBucket - m_windowBuckets; bucket < endBucket; ++bucket) {
    const double value = valueAt(values, firstBucket, bucket);
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
