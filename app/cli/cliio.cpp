#include "cliio.h"

#include <cstdio>

namespace autoscale::cli {

void printOut(const QString& text) {
  const QByteArray bytes = text.toUtf8();
  std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void printErr(const QString& text) {
  const QByteArray bytes = text.toUtf8();
  std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

int usageError(const QString& message) {
  printErr(QStringLiteral("autoscale: ") + message + QLatin1Char('\n'));
  return ExitUsage;
}

}  // namespace autoscale::cli
