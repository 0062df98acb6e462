#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "models/core/result.h"

namespace autoscale::backend {

// The bytes of a settings file as last read or written, with what identifies that version on
// disk (so that a later change by someone else can be told apart from our own save).
struct FileSnapshot {
  QByteArray bytes;
  QDateTime lastModified;
  QByteArray contentHash;  // SHA-256 of `bytes`
};

QByteArray contentHash(const QByteArray& bytes);

// Reading and writing whole settings files. Writes are atomic: the new content goes to a
// temporary file in the same folder which replaces the target only once it is complete, so a
// crash or a full disk never leaves a half-written settings file behind.
class DocumentFile final {
 public:
  static models::Result<FileSnapshot> read(const QString& path);
  static models::Result<FileSnapshot> writeAtomically(const QString& path, const QByteArray& bytes);
};

}  // namespace autoscale::backend
