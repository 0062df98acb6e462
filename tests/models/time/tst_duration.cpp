#include <QTest>

#include "models/time/duration.h"

using autoscale::models::Duration;

class TestDuration final : public QObject {
  Q_OBJECT

 private slots:
  void readsIsoAndLenientForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qlonglong>("seconds");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("PT1M") << "PT1M" << 60LL << "PT1M";
    QTest::newRow("PT5M") << "PT5M" << 300LL << "PT5M";
    QTest::newRow("PT12H") << "PT12H" << 43200LL << "PT12H";
    QTest::newRow("P1D") << "P1D" << 86400LL << "P1D";
    QTest::newRow("P1DT2H") << "P1DT2H" << 93600LL << "P1DT2H";
    QTest::newRow("PT90M") << "PT90M" << 5400LL << "PT1H30M";
    QTest::newRow("PT1H30M") << "PT1H30M" << 5400LL << "PT1H30M";
    QTest::newRow("PT24H") << "PT24H" << 86400LL << "P1D";
    QTest::newRow("PT45S") << "PT45S" << 45LL << "PT45S";
    QTest::newRow("PT1H0M5S") << "PT1H0M5S" << 3605LL << "PT1H5S";
    QTest::newRow("PT0S") << "PT0S" << 0LL << "PT0S";
    QTest::newRow("P1W") << "P1W" << 604800LL << "P7D";
    QTest::newRow("lower case") << "pt10m" << 600LL << "PT10M";
    QTest::newRow("fraction") << "PT1.5M" << 90LL << "PT1M30S";
    QTest::newRow("comma fraction") << "PT0,5H" << 1800LL << "PT30M";
    QTest::newRow("CLI minutes before hours") << "PT30M1H" << 5400LL << "PT1H30M";
    QTest::newRow("CLI trailing T") << "P1DT" << 86400LL << "P1D";
    QTest::newRow("CLI input 5m") << "5m" << 300LL << "PT5M";
    QTest::newRow("CLI input 1h30m") << "1h30m" << 5400LL << "PT1H30M";
    QTest::newRow("CLI input 1d") << "1d" << 86400LL << "P1D";
    QTest::newRow(".NET 00:10:00") << "00:10:00" << 600LL << "PT10M";
    QTest::newRow(".NET 01:00") << "01:00" << 3600LL << "PT1H";
    QTest::newRow(".NET days") << "1.02:03:04" << 93784LL << "P1DT2H3M4S";
    QTest::newRow(".NET ticks zero") << "00:05:00.0000000" << 300LL << "PT5M";
    QTest::newRow("spaces") << "  PT5M " << 300LL << "PT5M";
    QTest::newRow("negative") << "-PT5M" << -300LL << "-PT5M";
  }
  void readsIsoAndLenientForms() {
    QFETCH(QString, text);
    QFETCH(qlonglong, seconds);
    QFETCH(QString, canonical);
    const auto parsed = Duration::parse(text.toStdString());
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    QCOMPARE(parsed->seconds(), seconds);
    QCOMPARE(QString::fromStdString(parsed->toIsoString()), canonical);
    // The canonical form reads back to the same duration and is canonical itself.
    QCOMPARE(Duration::parse(canonical.toStdString())->seconds(), seconds);
    QVERIFY(autoscale::models::isCanonicalDuration(canonical.toStdString()));
  }

  void refusesWhatIsNotADuration_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << ""
                           << "AS0101";
    QTest::newRow("P alone") << "P"
                             << "AS0101";
    QTest::newRow("PT alone") << "PT"
                              << "AS0101";
    QTest::newRow("no unit") << "PT5"
                             << "AS0101";
    QTest::newRow("unknown unit") << "PT5X"
                                  << "AS0101";
    QTest::newRow("two T") << "PT1HT5M"
                           << "AS0101";
    QTest::newRow("words") << "five minutes"
                           << "AS0101";
    QTest::newRow("months") << "P1M"
                            << "AS0102";
    QTest::newRow("years") << "P1Y"
                           << "AS0102";
    QTest::newRow("half second") << "PT0.5S"
                                 << "AS0103";
    QTest::newRow("huge") << "P99999999999D"
                          << "AS0103";
    QTest::newRow("bad .NET") << "00:61:00"
                              << "AS0101";
    QTest::newRow(".NET fraction") << "00:00:00.5"
                                   << "AS0103";
  }
  void refusesWhatIsNotADuration() {
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto parsed = Duration::parse(text.toStdString());
    QVERIFY(!parsed.ok());
    QCOMPARE(QString::fromStdString(parsed.error().code), code);
    QVERIFY(!parsed.error().message.empty());
  }

  void compares() {
    QVERIFY(*Duration::parse("PT5M") == *Duration::parse("PT300S"));
    QVERIFY(*Duration::parse("PT5M") < *Duration::parse("PT1H"));
    QVERIFY(*Duration::parse("P1D") > *Duration::parse("PT23H59M"));
    QVERIFY(Duration::fromMinutes(60) == *Duration::parse("PT1H"));
    QCOMPARE(Duration::fromSeconds(125).minutes(), 2LL);
    QVERIFY(!autoscale::models::isCanonicalDuration("PT90M"));
    QVERIFY(!autoscale::models::isCanonicalDuration("pt5m"));
  }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
