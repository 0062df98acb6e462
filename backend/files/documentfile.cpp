#include "backend/files/documentfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "backend/core/logging.h"

namespace autoscale::backend {
namespace {

std::string describe(const QString& what, const QString& path, const QString& why) {
  return QString(what + QStringLiteral(" '") + path + QStringLiteral("': ") + why).toStdString();
}

// Files larger than this are not autoscale settings; refusing them keeps a mistaken pick of a
// huge file from freezing the studio.
constexpr qint64 kMaxSettingsFileBytes = 64LL * 1024 * 1024;

}  // namespace

QByteArray contentHash(const QByteArray& bytes) {
  return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

models::Result<FileSnapshot> DocumentFile::read(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    return models::Result<FileSnapshot>::failure(
        "file.read", describe(QStringLiteral("Cannot open"), path, file.errorString()));
  }
  if (file.size() > kMaxSettingsFileBytes) {
    return models::Result<FileSnapshot>::failure(
        "file.tooLarge",
        describe(QStringLiteral("Refusing to open"), path,
                 QStringLiteral("the file is larger than 64 MiB; autoscale settings are small")));
  }
  FileSnapshot snapshot;
  snapshot.bytes = file.readAll();
  if (file.error() != QFileDevice::NoError) {
    return models::Result<FileSnapshot>::failure(
        "file.read", describe(QStringLiteral("Cannot read"), path, file.errorString()));
  }
  snapshot.lastModified = QFileInfo(path).lastModified();
  snapshot.contentHash = contentHash(snapshot.bytes);
  return snapshot;
}

models::Result<FileSnapshot> DocumentFile::writeAtomically(const QString& path,
                                                           const QByteArray& bytes) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    return models::Result<FileSnapshot>::failure(
        "file.write", describe(QStringLiteral("Cannot write"), path, file.errorString()));
  }
  if (file.write(bytes) != bytes.size()) {
    const QString why = file.errorString();
    file.cancelWriting();
    return models::Result<FileSnapshot>::failure(
        "file.write", describe(QStringLiteral("Cannot write"), path, why));
  }
  if (!file.commit()) {
    return models::Result<FileSnapshot>::failure(
        "file.commit",
        describe(QStringLiteral("Cannot replace"), path,
                 file.errorString() + QStringLiteral(" (the previous content is unchanged)")));
  }
  qCDebug(lcFiles) << "saved" << path << bytes.size() << "bytes";
  FileSnapshot snapshot;
  snapshot.bytes = bytes;
  snapshot.lastModified = QFileInfo(path).lastModified();
  snapshot.contentHash = contentHash(bytes);
  return snapshot;
}

}  // namespace autoscale::backend
