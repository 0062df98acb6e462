#include "backend/arm/secretstore.h"

#include <QByteArray>
#include <QtGlobal>

namespace autoscale::backend {

models::Result<std::string> EnvironmentSecretStore::read(const std::string& key) {
  const QByteArray value = qgetenv(key.c_str());
  if (value.isEmpty()) {
    return models::Result<std::string>::failure(
        "Auth.SecretMissing", "the environment variable " + key + " is not set or empty");
  }
  return value.toStdString();
}

models::Status EnvironmentSecretStore::write(const std::string& key, const std::string&) {
  return models::Status::failure("Auth.ReadOnlyStore",
                                 "secrets are not written to the environment (" + key +
                                     "); remember them in the OS keychain instead");
}

models::Status EnvironmentSecretStore::remove(const std::string& key) {
  return write(key, {});
}

}  // namespace autoscale::backend
