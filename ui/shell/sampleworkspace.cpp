#include "ui/shell/sampleworkspace.h"

#include <QDir>
#include <QFile>

#include "backend/files/documentfile.h"

namespace autoscale::ui {

QStringList installSampleWorkspace(const QString& folder) {
  const QStringList names{kWalkthroughSample, QStringLiteral("business-hours.json"),
                          QStringLiteral("holiday-peak.json")};
  if (!QDir().mkpath(folder)) return {};
  QStringList paths;
  for (const QString& name : names) {
    const QString target = QDir(folder).filePath(name);
    if (!QFile::exists(target)) {
      QFile source(QStringLiteral(":/samples/") + name);
      if (!source.open(QIODevice::ReadOnly)) continue;
      if (!backend::DocumentFile::writeAtomically(target, source.readAll())) continue;
    }
    paths << target;
  }
  return paths;
}

}  // namespace autoscale::ui
