#include "backend/sandbox/selfsignedcertificate.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <functional>
#include <memory>

namespace autoscale::backend {
namespace {

template <auto Free>
struct OpenSslDeleter {
  template <typename T>
  void operator()(T* p) const {
    Free(p);
  }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;

bool addExtension(X509* cert, int nid, const char* value) {
  X509V3_CTX context;
  X509V3_set_ctx_nodb(&context);
  X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
  ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
  return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

QByteArray toPem(const std::function<int(BIO*)>& write) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio || write(bio.get()) != 1) return {};
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return QByteArray(data, static_cast<qsizetype>(size));
}

models::Status writeFile(const QString& path, const QByteArray& bytes, bool ownerOnly) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
    return models::Status::failure("Sandbox.Certificate", "cannot write " + path.toStdString());
  }
  if (ownerOnly) file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
  if (!file.commit()) {
    return models::Status::failure("Sandbox.Certificate", "cannot write " + path.toStdString());
  }
  return models::Status::success();
}

}  // namespace

models::Result<CertificateFiles> createSelfSignedCertificate(const QString& directory) {
  using R = models::Result<CertificateFiles>;
  const auto fail = [](const char* step) {
    return R::failure("Sandbox.Certificate",
                      std::string("could not create the sandbox's certificate (") + step + ")");
  };
  KeyPtr key(EVP_EC_gen("P-256"));
  if (!key) return fail("key");
  CertPtr cert(X509_new());
  if (!cert) return fail("certificate");

  unsigned char serial[16];
  if (RAND_bytes(serial, sizeof serial) != 1) return fail("serial");
  serial[0] &= 0x7F;  // a positive serial number
  std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>> serialNumber(
      BN_bin2bn(serial, sizeof serial, nullptr));
  if (!serialNumber || !BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert.get()))) {
    return fail("serial");
  }
  X509_set_version(cert.get(), 2);  // v3
  X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
  X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600);
  X509_set_pubkey(cert.get(), key.get());
  X509_NAME* name = X509_get_subject_name(cert.get());
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("Autoscale Studio sandbox"), -1,
                             -1, 0);
  X509_set_issuer_name(cert.get(), name);
  // Being its own CA lets clients trust it by giving this very file as their CA bundle.
  if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
      !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign") ||
      !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") ||
      !addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1") ||
      !addExtension(cert.get(), NID_subject_key_identifier, "hash")) {
    return fail("extensions");
  }
  if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) return fail("signature");

  const QByteArray certPem = toPem([&](BIO* bio) { return PEM_write_bio_X509(bio, cert.get()); });
  const QByteArray keyPem = toPem([&](BIO* bio) {
    return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
  });
  if (certPem.isEmpty() || keyPem.isEmpty()) return fail("PEM");

  if (!QDir().mkpath(directory)) return fail("directory");
  CertificateFiles files{QDir(directory).filePath(QStringLiteral("sandbox-certificate.pem")),
                         QDir(directory).filePath(QStringLiteral("sandbox-key.pem"))};
  if (auto written = writeFile(files.privateKeyPem, keyPem, true); !written) return written.error;
  if (auto written = writeFile(files.certificatePem, certPem, false); !written)
    return written.error;
  return files;
}

}  // namespace autoscale::backend
