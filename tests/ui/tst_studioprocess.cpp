// Runs the real studio: edits, SIGKILL, restart with recovery; and the screenshot mode.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <nlohmann/json.hpp>

namespace {

const QString kStudio = QStringLiteral(AUTOSCALE_BIN_DIR "/autoscale-studio");

QProcessEnvironment offscreen(const QString& home) {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  env.insert(QStringLiteral("HOME"), home);
  env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
  env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
  env.remove(QStringLiteral("AUTOSCALE_STUDIO_RECOVERY"));
  return env;
}

QByteArray readAll(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool hasSnapshot(const QString& recoveryDir) {
  QDir root(recoveryDir);
  for (const QString& session : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
    if (!QDir(root.filePath(session)).entryList({QStringLiteral("*.snapshot")}).isEmpty()) {
      return true;
    }
  }
  return false;
}

}  // namespace

class TestStudioProcess final : public QObject {
  Q_OBJECT

 private slots:
  void recoversEditsAfterSigkill() {
    QTemporaryDir home;
    const QString data = home.filePath(QStringLiteral("studio-data"));
    const QString setting = home.filePath(QStringLiteral("setting.json"));
    QFile::copy(QStringLiteral(AUTOSCALE_SOURCE_DIR "/resources/samples/business-hours.json"),
                setting);
    QFile::setPermissions(setting, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readAll(setting);
    QVERIFY(!original.isEmpty());
    const QString edits = home.filePath(QStringLiteral("edits.json"));
    {
      QFile file(edits);
      QVERIFY(file.open(QIODevice::WriteOnly));
      file.write(R"([{"path": "$.properties.profiles[1].capacity.maximum", "value": "17"},
                    {"path": "$.properties.name", "value": "recovered-name"}])");
    }

    QProcess studio;
    studio.setProcessEnvironment(offscreen(home.path()));
    studio.start(kStudio, {QStringLiteral("--data-dir"), data, QStringLiteral("--no-samples"),
                           QStringLiteral("--apply"), edits, setting});
    QVERIFY(studio.waitForStarted(20000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += studio.readAllStandardOutput()).contains("applied") ||
                                 studio.state() != QProcess::Running,
                             60000);
    QCOMPARE(studio.state(), QProcess::Running);
    QTRY_VERIFY_WITH_TIMEOUT(hasSnapshot(data + QStringLiteral("/recovery")), 20000);
    ::kill(static_cast<pid_t>(studio.processId()), SIGKILL);
    QVERIFY(studio.waitForFinished(20000));
    QCOMPARE(readAll(setting), original);  // nothing was saved to the file itself

    // The next start offers recovery; answered "restore", the edits are back, unsaved.
    const QString state = home.filePath(QStringLiteral("state.json"));
    QProcess again;
    again.setProcessEnvironment(offscreen(home.path()));
    again.start(kStudio, {QStringLiteral("--data-dir"), data, QStringLiteral("--no-samples"),
                          QStringLiteral("--recovery"), QStringLiteral("restore"),
                          QStringLiteral("--dump-state"), state});
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 0);
    const auto documents = nlohmann::json::parse(readAll(state).toStdString(), nullptr, false);
    QVERIFY2(documents.is_array() && documents.size() == 1, readAll(state).constData());
    const auto& restored = documents.at(0);
    QCOMPARE(QString::fromStdString(restored["path"].get<std::string>()),
             QFileInfo(setting).absoluteFilePath());
    QVERIFY(restored["modified"].get<bool>());
    const auto text = nlohmann::json::parse(restored["text"].get<std::string>());
    QCOMPARE(text["properties"]["profiles"][1]["capacity"]["maximum"].get<std::string>(),
             std::string("17"));
    QCOMPARE(text["properties"]["name"].get<std::string>(), std::string("recovered-name"));
    QCOMPARE(readAll(setting), original);

    // Recovery is offered once: a third start has nothing to restore.
    QProcess third;
    third.setProcessEnvironment(offscreen(home.path()));
    third.start(kStudio, {QStringLiteral("--data-dir"), data, QStringLiteral("--no-samples"),
                          QStringLiteral("--recovery"), QStringLiteral("restore"),
                          QStringLiteral("--dump-state"), state});
    QVERIFY(third.waitForFinished(60000));
    const auto later = nlohmann::json::parse(readAll(state).toStdString(), nullptr, false);
    QVERIFY(later.is_array() && later.empty());
  }

  void screenshotModeRendersTheMainViews() {
    QTemporaryDir home;
    const QString out = home.filePath(QStringLiteral("shots"));
    QProcess studio;
    studio.setProcessEnvironment(offscreen(home.path()));
    studio.start(kStudio, {QStringLiteral("--data-dir"), home.filePath(QStringLiteral("d")),
                           QStringLiteral("--screenshot"), out});
    QVERIFY(studio.waitForFinished(60000));
    QCOMPARE(studio.exitCode(), 0);
    for (const char* name : {"configure.png", "rule-panel.png", "notify.png", "json.png"}) {
      const QImage image(QDir(out).filePath(QLatin1String(name)));
      QVERIFY2(!image.isNull(), name);
      QVERIFY(image.width() >= 400 && image.height() >= 300);
      // Not a blank canvas: a rendered view has many distinct colours.
      QSet<QRgb> colours;
      for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
      }
      QVERIFY2(colours.size() > 8, name);
    }
  }
};

QTEST_GUILESS_MAIN(TestStudioProcess)
#include "tst_studioprocess.moc"
