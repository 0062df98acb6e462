#include "ui/itemmodels/problemsmodel.h"

#include <QApplication>
#include <QStyle>
#include <algorithm>

namespace autoscale::ui {

ProblemsModel::ProblemsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProblemsModel::setDiagnostics(models::Diagnostics diagnostics) {
  beginResetModel();
  m_diagnostics = std::move(diagnostics);
  endResetModel();
}

int ProblemsModel::errorCount() const {
  return static_cast<int>(std::count_if(m_diagnostics.begin(), m_diagnostics.end(), [](auto& d) {
    return d.severity == models::Severity::Error;
  }));
}

int ProblemsModel::warningCount() const {
  return static_cast<int>(std::count_if(m_diagnostics.begin(), m_diagnostics.end(), [](auto& d) {
    return d.severity == models::Severity::Warning;
  }));
}

int ProblemsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

int ProblemsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const auto& d = m_diagnostics[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case SeverityColumn:
          return d.severity == models::Severity::Error     ? tr("Error")
                 : d.severity == models::Severity::Warning ? tr("Warning")
                                                           : tr("Info");
        case MessageColumn:
          return d.code.empty() ? QString::fromStdString(d.message)
                                : tr("%1 [%2]").arg(QString::fromStdString(d.message),
                                                    QString::fromStdString(d.code));
        case LocationColumn:
          if (d.location.line > 0) {
            return tr("%1 (line %2, column %3)")
                .arg(QString::fromStdString(d.jsonPath))
                .arg(d.location.line)
                .arg(d.location.column);
          }
          return QString::fromStdString(d.jsonPath);
        default:
          return {};
      }
    case Qt::ToolTipRole:
      return QString::fromStdString(d.hint);
    case Qt::DecorationRole:
      if (index.column() != SeverityColumn) return {};
      return QApplication::style()->standardIcon(
          d.severity == models::Severity::Error     ? QStyle::SP_MessageBoxCritical
          : d.severity == models::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation);
    case JsonPathRole:
      return QString::fromStdString(d.jsonPath);
    case LineRole:
      return d.location.line;
    case ColumnRole:
      return d.location.column;
    case SeverityRole:
      return static_cast<int>(d.severity);
    default:
      return {};
  }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case SeverityColumn:
      return tr("Severity");
    case MessageColumn:
      return tr("Problem");
    case LocationColumn:
      return tr("Where");
    default:
      return {};
  }
}

}  // namespace autoscale::ui
