#pragma once

#include <QString>

#include "models/core/result.h"

namespace autoscale::backend {

struct CertificateFiles {
  QString certificatePem;  // also the trust anchor a client needs (its CA bundle)
  QString privateKeyPem;   // readable by the owner only
};

// Creates a self-signed certificate for the sandbox (an EC P-256 key, valid for a year, for
// localhost, 127.0.0.1 and ::1) with OpenSSL's API and writes both PEM files into `directory`.
models::Result<CertificateFiles> createSelfSignedCertificate(const QString& directory);

}  // namespace autoscale::backend
