#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs one of the project's real executables and captures what it printed.
struct ProcessOutput {
  int exitCode = -1;
  QString out;
  QString err;
};

inline ProcessOutput runProgram(const QString& program, const QStringList& args,
                                const QByteArray& input = {}, int timeoutMs = 60000) {
  QProcess process;
  process.start(QStringLiteral(AUTOSCALE_BIN_DIR "/") + program, args);
  ProcessOutput result;
  if (!process.waitForStarted(timeoutMs)) return result;
  if (!input.isEmpty()) process.write(input);
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

inline ProcessOutput runCli(const QStringList& args, const QByteArray& input = {}) {
  return runProgram(QStringLiteral("autoscale"), args, input);
}
