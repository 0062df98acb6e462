#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "models/time/timezones.h"

using namespace autoscale::models;

namespace {

QString specText() {
  QFile file(QStringLiteral(AUTOSCALE_SHARED_DIR "/spec/azure-autoscale.md"));
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll());
}

// The comma-separated list after "Names listed in the 2022-10-01 spec description".
QStringList specApiList(const QString& spec) {
  const int start = spec.indexOf(QStringLiteral("(in spec order):"));
  const int end = spec.indexOf(QStringLiteral("Line Islands Standard Time."), start);
  if (start < 0 || end < 0) return {};
  QString list = spec.mid(start + 16, end + 26 - start - 16);
  list.replace(QLatin1Char('\n'), QLatin1Char(' '));
  QStringList names;
  for (const QString& name : list.split(QLatin1Char(','))) names << name.simplified();
  return names;
}

// The rows of the CLI table: `| −08:00 | A, B, C |`.
QStringList specCliList(const QString& spec) {
  QStringList names;
  const QRegularExpression row(QStringLiteral("^\\| [−+]\\d\\d:\\d\\d \\| (.+) \\|$"),
                               QRegularExpression::MultilineOption);
  auto it = row.globalMatch(spec);
  while (it.hasNext()) {
    for (const QString& name : it.next().captured(1).split(QLatin1Char(',')))
      names << name.simplified();
  }
  return names;
}

}  // namespace

class TestTimeZones final : public QObject {
  Q_OBJECT

 private slots:
  void listsMatchTheSpec() {
    const QString spec = specText();
    QVERIFY(!spec.isEmpty());
    const QStringList api = specApiList(spec);
    QCOMPARE(api.size(), int(apiSpecTimeZoneIds().size()));
    for (int i = 0; i < api.size(); ++i) {
      QCOMPARE(api.at(i), QString::fromUtf8(apiSpecTimeZoneIds()[std::size_t(i)].data(),
                                            int(apiSpecTimeZoneIds()[std::size_t(i)].size())));
    }
    QStringList cli = specCliList(spec);
    QStringList ours;
    for (const CliTimeZone& zone : cliTimeZones()) {
      ours << QString::fromUtf8(zone.name.data(), int(zone.name.size()));
    }
    cli.sort();
    ours.sort();
    QCOMPARE(ours, cli);
  }

  // Every id of the API list resolves to a zone the system can compute with. Qt 6.4's CLDR
  // table lacks `Mid-Atlantic Standard Time` and `Kamchatka Standard Time` (obsolete Windows
  // ids); the alias table covers them.
  void everyApiListIdResolves() {
    for (std::string_view id : apiSpecTimeZoneIds()) {
      QVERIFY2(isKnownWindowsTimeZone(id), std::string(id).c_str());
      const auto zone = timeZoneForWindowsId(id);
      QVERIFY2(zone.has_value() && zone->isValid(), std::string(id).c_str());
    }
  }

  void everyCliListNameResolvesWithItsOffset() {
    const QDateTime january(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC);
    const QDateTime july(QDate(2024, 7, 15), QTime(12, 0), Qt::UTC);
    for (const CliTimeZone& entry : cliTimeZones()) {
      const auto zone = timeZoneForWindowsId(entry.name);
      QVERIFY2(zone.has_value(), std::string(entry.name).c_str());
      // The standard offset the CLI records is the zone's offset in one half of the year
      // (or an offset the zone used; some zones changed their rules since).
      const int winter = zone->standardTimeOffset(january) / 60;
      const int summer = zone->standardTimeOffset(july) / 60;
      const bool plausible = winter == entry.utcOffsetMinutes || summer == entry.utcOffsetMinutes ||
                             std::abs(winter - entry.utcOffsetMinutes) <= 60;
      QVERIFY2(plausible,
               qPrintable(QStringLiteral("%1: CLI %2, zone %3")
                              .arg(QString::fromUtf8(entry.name.data(), int(entry.name.size())))
                              .arg(entry.utcOffsetMinutes)
                              .arg(winter)));
    }
  }

  void mapsCommonIdsToIana() {
    QCOMPARE(ianaIdForWindowsTimeZone("Pacific Standard Time"), QByteArray("America/Los_Angeles"));
    QCOMPARE(ianaIdForWindowsTimeZone("W. Europe Standard Time"), QByteArray("Europe/Berlin"));
    QCOMPARE(ianaIdForWindowsTimeZone("E. Europe Standard Time"), QByteArray("Europe/Chisinau"));
    QCOMPARE(ianaIdForWindowsTimeZone("Eastern Standard Time"), QByteArray("America/New_York"));
    QCOMPARE(windowsTimeZoneForIanaId("Europe/Berlin"),
             std::optional<std::string>("W. Europe Standard Time"));
    QCOMPARE(windowsTimeZoneForIanaId("Etc/UTC"), std::optional<std::string>("UTC"));
    QVERIFY(!windowsTimeZoneForIanaId("Not/AZone"));
  }

  void utcSpellings() {
    for (const char* name : {"UTC", "utc", "Coordinated Universal Time"}) {
      const auto zone = timeZoneForWindowsId(name);
      QVERIFY2(zone.has_value(), name);
      QCOMPARE(zone->offsetFromUtc(QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC)), 0);
    }
  }

  void daylightSavingApplies() {
    const auto pacific = timeZoneForWindowsId("Pacific Standard Time");
    QVERIFY(pacific);
    QCOMPARE(pacific->offsetFromUtc(QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC)),
             -8 * 3600);
    QCOMPARE(pacific->offsetFromUtc(QDateTime(QDate(2024, 7, 15), QTime(12, 0), Qt::UTC)),
             -7 * 3600);
  }

  void matchesCaseInsensitivelyAndNormalises() {
    QVERIFY(isKnownWindowsTimeZone("pacific standard time"));
    QCOMPARE(canonicalWindowsTimeZone("pacific STANDARD time"),
             std::optional<std::string>("Pacific Standard Time"));
    QCOMPARE(canonicalWindowsTimeZone("russia tz 3 standard time"),
             std::optional<std::string>("Russia TZ 3 Standard Time"));
    QCOMPARE(ianaIdForWindowsTimeZone("Russia TZ 3 Standard Time"),
             ianaIdForWindowsTimeZone("Russia Time Zone 3"));
    QCOMPARE(ianaIdForWindowsTimeZone("Cabo Verde Standard Time"),
             QByteArray("Atlantic/Cape_Verde"));
  }

  void flagsUnknownNames() {
    for (const char* name : {"Pacific Time", "Europe/Berlin", "", "PST", "Mars Standard Time"}) {
      QVERIFY2(!isKnownWindowsTimeZone(name), name);
      QVERIFY(!timeZoneForWindowsId(name));
      QVERIFY(ianaIdForWindowsTimeZone(name).isEmpty());
    }
  }

  void knownListIsASupersetOfBothLists() {
    const std::vector<std::string> known = knownWindowsTimeZones();
    QVERIFY(known.size() >= 140);
    // Spellings follow the first source: Qt writes `Turks And Caicos Standard Time`, the CLI
    // `Turks and Caicos Standard Time`.
    auto contains = [&known](std::string_view name) {
      const QString wanted = QString::fromUtf8(name.data(), int(name.size()));
      return std::any_of(known.begin(), known.end(), [&wanted](const std::string& k) {
        return QString::fromStdString(k).compare(wanted, Qt::CaseInsensitive) == 0;
      });
    };
    for (std::string_view id : apiSpecTimeZoneIds())
      QVERIFY2(contains(id), std::string(id).c_str());
    for (const CliTimeZone& zone : cliTimeZones())
      QVERIFY2(contains(zone.name), std::string(zone.name).c_str());
  }
};

QTEST_GUILESS_MAIN(TestTimeZones)
#include "tst_timezones.moc"
