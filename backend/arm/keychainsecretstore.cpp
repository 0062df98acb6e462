#include "backend/arm/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>
#include <memory>

namespace autoscale::backend {
namespace {

// Runs a QtKeychain job to completion; false when it did not finish in time.
bool runJob(QKeychain::Job& job, std::chrono::milliseconds timeout) {
  QEventLoop loop;
  bool finished = false;
  QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
    finished = true;
    loop.quit();
  });
  QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
  job.start();
  if (!finished) loop.exec();
  return finished;
}

models::Error keychainError(const QKeychain::Job& job, const std::string& what) {
  switch (job.error()) {
    case QKeychain::EntryNotFound:
      return {"Auth.SecretMissing", "the OS keychain holds no secret for " + what};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
      return {"Auth.NoKeychain",
              "no OS keychain is available here (" + job.errorString().toStdString() +
                  "); give the secret through an environment variable instead, or start a "
                  "keyring service (Secret Service) in this session"};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
      return {"Auth.KeychainDenied", "access to the OS keychain was denied for " + what};
    default:
      return {"Auth.KeychainFailed",
              "the OS keychain failed for " + what + ": " + job.errorString().toStdString()};
  }
}

models::Error timeoutError() {
  return {"Auth.NoKeychain",
          "the OS keychain did not answer; give the secret through an environment variable "
          "instead"};
}

}  // namespace

KeychainSecretStore::KeychainSecretStore(std::string service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout) {}

models::Result<std::string> KeychainSecretStore::read(const std::string& key) {
  QKeychain::ReadPasswordJob job(QString::fromStdString(m_service));
  job.setAutoDelete(false);
  job.setKey(QString::fromStdString(key));
  if (!runJob(job, m_timeout)) return timeoutError();
  if (job.error() != QKeychain::NoError) return keychainError(job, "'" + key + "'");
  return job.textData().toStdString();
}

models::Status KeychainSecretStore::write(const std::string& key, const std::string& secret) {
  QKeychain::WritePasswordJob job(QString::fromStdString(m_service));
  job.setAutoDelete(false);
  job.setKey(QString::fromStdString(key));
  job.setTextData(QString::fromStdString(secret));
  if (!runJob(job, m_timeout)) return models::Status{timeoutError()};
  if (job.error() != QKeychain::NoError) return models::Status{keychainError(job, "'" + key + "'")};
  return models::Status::success();
}

models::Status KeychainSecretStore::remove(const std::string& key) {
  QKeychain::DeletePasswordJob job(QString::fromStdString(m_service));
  job.setAutoDelete(false);
  job.setKey(QString::fromStdString(key));
  if (!runJob(job, m_timeout)) return models::Status{timeoutError()};
  if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
    return models::Status{keychainError(job, "'" + key + "'")};
  }
  return models::Status::success();
}

}  // namespace autoscale::backend
