#include <QTest>

#include "models/setting/autoscalesetting.h"

using namespace autoscale::models;

class TestEnumNames final : public QObject {
  Q_OBJECT

 private slots:
  void namesRoundTrip() {
    for (auto type : {ScaleType::ChangeCount, ScaleType::PercentChangeCount, ScaleType::ExactCount,
                      ScaleType::ServiceAllowedNextValue}) {
      QCOMPARE(parseScaleType(toString(type)), std::optional(type));
    }
    for (auto op : {ComparisonOperator::Equals, ComparisonOperator::NotEquals,
                    ComparisonOperator::GreaterThan, ComparisonOperator::GreaterThanOrEqual,
                    ComparisonOperator::LessThan, ComparisonOperator::LessThanOrEqual}) {
      QCOMPARE(parseComparisonOperator(toString(op)), std::optional(op));
    }
  }

  void parsingIgnoresCase() {
    QCOMPARE(parseMetricStatistic("average"), std::optional(MetricStatistic::Average));
    QCOMPARE(parseTimeAggregation("TOTAL"), std::optional(TimeAggregation::Total));
    QCOMPARE(parseScaleDirection("decrease"), std::optional(ScaleDirection::Decrease));
  }

  void statisticAndAggregationSpellingsDiffer() {
    // `statistic` says Min/Max/Sum; `timeAggregation` says Minimum/Maximum/Total.
    QVERIFY(!parseMetricStatistic("Minimum").has_value());
    QVERIFY(!parseTimeAggregation("Min").has_value());
    QCOMPARE(QByteArray(toString(MetricStatistic::Sum)), QByteArray("Sum"));
    QCOMPARE(QByteArray(toString(TimeAggregation::Total)), QByteArray("Total"));
  }

  void unknownNamesAreRejected() {
    QVERIFY(!parseScaleType("ChangeCounts").has_value());
    QVERIFY(!parsePredictiveScaleMode("").has_value());
  }
};

QTEST_GUILESS_MAIN(TestEnumNames)
#include "tst_enumnames.moc"
