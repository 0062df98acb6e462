#pragma once

#include <QObject>
#include <QStringList>

namespace autoscale::ui {

// The Open Recent list, kept in the application's settings (paths only, never contents).
class RecentFiles final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(RecentFiles)

 public:
  explicit RecentFiles(QObject* parent = nullptr);

  QStringList files() const { return m_files; }
  void add(const QString& path);
  void remove(const QString& path);
  void clear();

  static constexpr int kMaxFiles = 10;

 signals:
  void changed();

 private:
  void store();

  QStringList m_files;
};

}  // namespace autoscale::ui
