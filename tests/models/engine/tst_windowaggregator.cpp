// The sliding window aggregates against a direct computation over the window, on random
// grain series with missing values, for every time aggregation and window length, with
// steps of one bucket, several buckets and jumps past the whole window.
#include <QTest>
#include <cmath>
#include <random>

#include "models/engine/windowaggregator.h"

using namespace autoscale::models;

namespace {

constexpr TimeAggregation kAll[] = {TimeAggregation::Average, TimeAggregation::Minimum,
                                    TimeAggregation::Maximum, TimeAggregation::Total,
                                    TimeAggregation::Count,   TimeAggregation::Last};

// The aggregate over [end − window, end), written plainly.
double direct(const std::vector<double>& values, std::int64_t first, std::int64_t end,
              std::int64_t window, TimeAggregation aggregation) {
  std::vector<double> present;
  for (std::int64_t b = end - window; b < end; ++b) {
    const std::int64_t i = b - first;
    if (i >= 0 && i < static_cast<std::int64_t>(values.size()) &&
        !std::isnan(values[static_cast<std::size_t>(i)])) {
      present.push_back(values[static_cast<std::size_t>(i)]);
    }
  }
  if (present.empty()) return std::nan("");
  double sum = 0;
  for (double v : present) sum += v;
  switch (aggregation) {
    case TimeAggregation::Average:
      return sum / static_cast<double>(present.size());
    case TimeAggregation::Total:
      return sum;
    case TimeAggregation::Minimum:
      return *std::min_element(present.begin(), present.end());
    case TimeAggregation::Maximum:
      return *std::max_element(present.begin(), present.end());
    case TimeAggregation::Count:
      return static_cast<double>(present.size());
    case TimeAggregation::Last:
      return present.back();
  }
  return 0;
}

bool same(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

}  // namespace

class TestWindowAggregator final : public QObject {
  Q_OBJECT

 private slots:
  void matchesDirectComputation_data() {
    QTest::addColumn<int>("aggregation");
    QTest::addColumn<int>("window");
    for (TimeAggregation a : kAll) {
      for (int window : {1, 5, 17, 60, 720}) {
        QTest::addRow("%s/%d", toString(a), window) << static_cast<int>(a) << window;
      }
    }
  }

  void matchesDirectComputation() {
    QFETCH(int, aggregation);
    QFETCH(int, window);
    const auto kind = static_cast<TimeAggregation>(aggregation);
    std::mt19937_64 random(static_cast<std::uint64_t>(aggregation * 1000 + window));
    std::uniform_real_distribution<double> value(-50.0, 150.0);
    std::uniform_int_distribution<int> percent(0, 99);
    const std::int64_t first = 1000;
    std::vector<double> values(5000);
    for (auto& v : values) {
      // 15 % missing, and some long gaps, with repeated values so that min/max see ties.
      v = percent(random) < 15 ? std::nan("") : std::round(value(random) * 4.0) / 4.0;
    }
    for (std::size_t i = 2000; i < 2000 + 3 * static_cast<std::size_t>(window); ++i)
      values[i] = std::nan("");

    for (int step : {1, 3, 2 * window + 1}) {
      WindowAggregator sliding(kind, window, WindowAlgorithm::Sliding);
      WindowAggregator recomputing(kind, window, WindowAlgorithm::Recompute);
      int checked = 0;
      for (std::int64_t end = first - 10; end < first + 5100; end += step) {
        const double expected = direct(values, first, end, window, kind);
        const double slid = sliding.advance(values, first, end);
        const double recomputed = recomputing.advance(values, first, end);
        QVERIFY2(same(slid, expected),
                 qPrintable(QStringLiteral("sliding %1 != %2 at end %3 (step %4)")
                                .arg(slid)
                                .arg(expected)
                                .arg(end)
                                .arg(step)));
        QVERIFY2(same(recomputed, expected),
                 qPrintable(QStringLiteral("recompute %1 != %2 at end %3")
                                .arg(recomputed)
                                .arg(expected)
                                .arg(end)));
        ++checked;
      }
      QVERIFY(checked >= 3);
    }
  }

  void fillEqualsStepwiseAdvance() {
    std::vector<double> values(3000);
    for (std::size_t i = 0; i < values.size(); ++i)
      values[i] = (i % 7 == 0) ? std::nan("") : std::sin(0.01 * i) * 100;
    for (TimeAggregation a : kAll) {
      WindowAggregator stepwise(a, 30, WindowAlgorithm::Sliding);
      WindowAggregator filled(a, 30, WindowAlgorithm::Sliding);
      std::vector<double> chunk(1000);
      filled.fill(values, 0, 500, chunk);
      for (std::size_t i = 0; i < chunk.size(); ++i) {
        QVERIFY(same(chunk[i], stepwise.advance(values, 0, 500 + static_cast<std::int64_t>(i))));
      }
    }
  }

  // A running sum over a long series would drift; the periodic fresh sum keeps it exact.
  void longAverageDoesNotDrift() {
    // Half a million large values with fractions, then small ones: the residue of adding and
    // removing the large values would dwarf the small window's true average.
    std::vector<double> values(1'000'000);
    for (std::size_t i = 0; i < values.size(); ++i) {
      values[i] = i < 500'000 ? 1e8 + 0.1 * static_cast<double>(i % 7) : 0.5;
    }
    WindowAggregator sliding(TimeAggregation::Average, 500, WindowAlgorithm::Sliding);
    std::vector<double> out(values.size() - 500);
    sliding.fill(values, 0, 500, out);
    QVERIFY2(std::abs(out.back() - 0.5) < 1e-12, qPrintable(QString::number(out.back(), 'g', 17)));
    values.assign(1000, 0.3);
    WindowAggregator small(TimeAggregation::Total, 10, WindowAlgorithm::Sliding);
    double last = 0;
    for (std::int64_t end = 10; end <= 1000; ++end) last = small.advance(values, 0, end);
    QVERIFY(std::abs(last - 3.0) < 1e-12);  // ten times 0.3, within rounding of a fresh sum
  }

  void emptyWindowIsMissing() {
    std::vector<double> values(100, std::nan(""));
    for (TimeAggregation a : kAll) {
      WindowAggregator w(a, 5, WindowAlgorithm::Sliding);
      QVERIFY(std::isnan(w.advance(values, 0, 50)));
    }
  }
};

QTEST_GUILESS_MAIN(TestWindowAggregator)
#include "tst_windowaggregator.moc"
