#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The real autoscale-sandbox program on a free loopback port, stopped with the object.
class SandboxProcess final {
 public:
  SandboxProcess() = default;
  SandboxProcess(const SandboxProcess&) = delete;
  SandboxProcess& operator=(const SandboxProcess&) = delete;
  ~SandboxProcess() { stop(); }

  // Starts it and waits (at most 20 s) for the line containing "listening".
  bool start(const QStringList& extraArgs) {
    m_process.setProgram(QStringLiteral(AUTOSCALE_BIN_DIR "/autoscale-sandbox"));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(10000)) return false;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
      m_process.waitForReadyRead(100);
      m_output += QString::fromUtf8(m_process.readAllStandardOutput());
      const auto match = QRegularExpression(QStringLiteral("listening on (\\S+)")).match(m_output);
      if (match.hasMatch()) {
        m_url = match.captured(1);
        return true;
      }
    }
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    return false;
  }

  void stop() {
    if (m_process.state() == QProcess::NotRunning) return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
      m_process.kill();
      m_process.waitForFinished(5000);
    }
  }

  const QString& url() const { return m_url; }
  const QString& output() const { return m_output; }
  // A value printed at start as "name: value".
  QString printed(const QString& name) const {
    const auto match =
        QRegularExpression(QRegularExpression::escape(name) + QStringLiteral(": (\\S+)"))
            .match(m_output);
    return match.hasMatch() ? match.captured(1) : QString();
  }
  int exitCode() const { return m_process.exitCode(); }

 private:
  QProcess m_process;
  QString m_output;
  QString m_url;
};

struct CliOutput {
  int exitCode = -1;
  QString out;
  QString err;
};

// Runs the real `autoscale` CLI with connection settings in its environment.
inline CliOutput runAutoscale(const QStringList& args, const QProcessEnvironment& environment,
                              int timeoutMs = 60000) {
  QProcess process;
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(AUTOSCALE_BIN_DIR "/autoscale"), args);
  CliOutput result;
  if (!process.waitForStarted(timeoutMs)) return result;
  process.closeWriteChannel();
  if (!process.waitForFinished(timeoutMs)) {
    process.kill();
    process.waitForFinished(5000);
    return result;
  }
  result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  result.out = QString::fromUtf8(process.readAllStandardOutput());
  result.err = QString::fromUtf8(process.readAllStandardError());
  return result;
}
