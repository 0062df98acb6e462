#include <QTest>

#include "backend/net/retrypolicy.h"
#include "backend/net/urlpolicy.h"

using namespace autoscale::backend;
using namespace std::chrono;

class TestRetryPolicy final : public QObject {
  Q_OBJECT

 private slots:
  void retryAfterInSeconds() {
    QCOMPARE(parseRetryAfter("5").value(), milliseconds(5000));
    QCOMPARE(parseRetryAfter(" 0 ").value(), milliseconds(0));
  }

  void retryAfterAsHttpDate() {
    const auto now = system_clock::time_point(seconds(784111777));  // 1994-11-06 08:49:37 UTC
    QCOMPARE(parseRetryAfter("Sun, 06 Nov 1994 08:49:47 GMT", now).value(), milliseconds(10000));
    // A date in the past means "now".
    QCOMPARE(parseRetryAfter("Sun, 06 Nov 1994 08:49:27 GMT", now).value(), milliseconds(0));
  }

  void unreadableRetryAfterIsIgnored() {
    QVERIFY(!parseRetryAfter("soon").has_value());
    QVERIFY(!parseRetryAfter("-3").has_value());
    QVERIFY(!parseRetryAfter("").has_value());
  }

  void backoffGrowsExponentiallyWithinItsCap() {
    RetryPolicy policy;
    policy.baseDelay = milliseconds(100);
    policy.maxDelay = milliseconds(1000);
    std::mt19937_64 rng(7);
    long long largestSeen[8] = {};
    for (int round = 0; round < 500; ++round) {
      for (int retry = 1; retry <= 7; ++retry) {
        const long long delay = backoffDelay(policy, retry, rng).count();
        const long long cap = std::min<long long>(1000, 100LL << (retry - 1));
        QVERIFY2(delay >= 1 && delay <= cap, qPrintable(QString::number(delay)));
        largestSeen[retry] = std::max(largestSeen[retry], delay);
      }
    }
    // Jitter spreads the waits over the whole range, so that clients do not retry in step.
    QVERIFY(largestSeen[1] > 80);
    QVERIFY(largestSeen[4] > 700);
    QVERIFY(largestSeen[7] > 900);
  }

  void retryableStatuses() {
    for (long status : {408L, 429L, 500L, 502L, 503L, 504L, 529L})
      QVERIFY(isRetryableStatus(status));
    for (long status : {200L, 201L, 400L, 401L, 403L, 404L, 409L, 501L}) {
      QVERIFY(!isRetryableStatus(status));
    }
  }

  void plainHttpOnlyToLoopback_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://management.azure.com/x" << true;
    QTest::newRow("http loopback") << "http://127.0.0.1:8470/x" << true;
    QTest::newRow("http 127/8") << "http://127.45.3.2/" << true;
    QTest::newRow("http localhost") << "http://LOCALHOST:1/" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080/" << true;
    QTest::newRow("http remote") << "http://management.azure.com/" << false;
    QTest::newRow("http private") << "http://192.168.1.4/" << false;
    QTest::newRow("http loopback-like name") << "http://127.0.0.1.example.com/" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
    QTest::newRow("user info") << "https://user:pw@example.com/" << false;
    QTest::newRow("no scheme") << "127.0.0.1:80" << false;
  }
  void plainHttpOnlyToLoopback() {
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const auto status = checkUrlAllowed(url.toStdString());
    QCOMPARE(status.ok(), allowed);
    if (!allowed) QVERIFY(!status.error.message.empty());
  }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
