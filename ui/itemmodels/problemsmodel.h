#pragma once

#include <QAbstractTableModel>

#include "models/core/diagnostic.h"

namespace autoscale::ui {

// The Problems panel: the current document's diagnostics (severity, message, where).
class ProblemsModel final : public QAbstractTableModel {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ProblemsModel)

 public:
  enum Column { SeverityColumn, MessageColumn, LocationColumn, ColumnCount };
  enum Roles { JsonPathRole = Qt::UserRole + 1, LineRole, ColumnRole, SeverityRole };

  explicit ProblemsModel(QObject* parent = nullptr);

  void setDiagnostics(models::Diagnostics diagnostics);
  const models::Diagnostics& diagnostics() const { return m_diagnostics; }
  int errorCount() const;
  int warningCount() const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  models::Diagnostics m_diagnostics;
};

}  // namespace autoscale::ui
