#include "backend/arm/azureclicredential.h"

#include <QDateTime>
#include <QProcess>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace autoscale::backend {
namespace {

QString defaultProgram() {
#ifdef Q_OS_WIN
  return QStringLiteral("az.cmd");
#else
  return QStringLiteral("az");
#endif
}

// az's stderr may be long; the first lines hold the reason ("Please run 'az login'").
std::string firstLines(const QByteArray& text) {
  const QList<QByteArray> lines = text.trimmed().split('\n');
  std::string out;
  for (qsizetype i = 0; i < lines.size() && i < 3; ++i) {
    if (!out.empty()) out += " ";
    out += lines[i].trimmed().toStdString();
  }
  return out;
}

}  // namespace

AzureCliCredential::AzureCliCredential(AzureCliOptions options) : m_options(std::move(options)) {}

models::Result<AccessToken> AzureCliCredential::parseCliOutput(const std::string& json) {
  const auto parsed = nlohmann::json::parse(json, nullptr, false);
  const auto fail = [](const std::string& why) {
    return models::Result<AccessToken>::failure(
        "Auth.AzureCliOutput",
        "the Azure CLI printed " + why + "; update it or run 'az login' again");
  };
  if (parsed.is_discarded() || !parsed.is_object()) return fail("something that is not JSON");
  const auto token = parsed.find("accessToken");
  if (token == parsed.end() || !token->is_string() || token->get<std::string>().empty()) {
    return fail("no accessToken");
  }
  AccessToken result{token->get<std::string>(), {}};
  // Newer CLIs print POSIX seconds in expires_on; older ones only the local time in expiresOn.
  if (const auto posix = parsed.find("expires_on"); posix != parsed.end()) {
    long long seconds = 0;
    if (posix->is_number_integer()) {
      seconds = posix->get<long long>();
    } else if (posix->is_string()) {
      seconds = QString::fromStdString(posix->get<std::string>()).toLongLong();
    }
    if (seconds > 0) {
      result.expiresOn = std::chrono::system_clock::time_point(std::chrono::seconds(seconds));
      return result;
    }
  }
  if (const auto local = parsed.find("expiresOn"); local != parsed.end() && local->is_string()) {
    const QString text = QString::fromStdString(local->get<std::string>());
    QDateTime when = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (when.isValid()) {
      result.expiresOn = std::chrono::system_clock::time_point(
          std::chrono::milliseconds(when.toMSecsSinceEpoch()));
      return result;
    }
  }
  return fail("no readable expiry (expires_on / expiresOn)");
}

models::Result<AccessToken> AzureCliCredential::getToken(const CancelToken* cancel) {
  if (auto cached = m_cache.fresh()) return *cached;

  QStringList args{QStringLiteral("account"),    QStringLiteral("get-access-token"),
                   QStringLiteral("--output"),   QStringLiteral("json"),
                   QStringLiteral("--resource"), QString::fromStdString(m_options.resource)};
  if (!m_options.subscription.empty()) {
    args << QStringLiteral("--subscription") << QString::fromStdString(m_options.subscription);
  }
  if (!m_options.tenant.empty()) {
    args << QStringLiteral("--tenant") << QString::fromStdString(m_options.tenant);
  }
  const QString program =
      m_options.program.empty() ? defaultProgram() : QString::fromStdString(m_options.program);

  QProcess process;
  process.start(program, args);
  if (!process.waitForStarted(10000)) {
    return models::Result<AccessToken>::failure(
        "Auth.AzureCliMissing",
        "the Azure CLI ('" + program.toStdString() +
            "') could not be started: " + process.errorString().toStdString() +
            ". Install the Azure CLI and run 'az login', or choose another sign-in method "
            "(service principal or device code)");
  }
  const auto deadline = std::chrono::steady_clock::now() + m_options.timeout;
  while (!process.waitForFinished(100)) {
    if (process.state() == QProcess::NotRunning) break;
    if (isCancelled(cancel) || std::chrono::steady_clock::now() > deadline) {
      process.kill();
      process.waitForFinished(5000);
      if (isCancelled(cancel)) {
        return models::Result<AccessToken>::failure("Cancelled",
                                                    "the Azure CLI sign-in was cancelled");
      }
      return models::Result<AccessToken>::failure("Auth.AzureCliTimeout",
                                                  "the Azure CLI did not answer in time");
    }
  }
  if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
    const std::string reason = firstLines(process.readAllStandardError());
    return models::Result<AccessToken>::failure(
        "Auth.AzureCliFailed", "the Azure CLI could not give a token" +
                                   (reason.empty() ? std::string() : ": " + reason) +
                                   ". Run 'az login' (and 'az account set') and try again");
  }
  auto token = parseCliOutput(process.readAllStandardOutput().toStdString());
  if (token) m_cache.store(*token);
  return token;
}

}  // namespace autoscale::backend
