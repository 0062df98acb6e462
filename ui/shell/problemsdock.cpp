#include "ui/shell/problemsdock.h"

#include <QHeaderView>
#include <QTableView>

#include "ui/itemmodels/problemsmodel.h"

namespace autoscale::ui {

ProblemsDock::ProblemsDock(QWidget* parent) : QDockWidget(tr("Problems"), parent) {
  setObjectName(QStringLiteral("problemsDock"));
  m_model = new ProblemsModel(this);
  m_view = new QTableView;
  m_view->setObjectName(QStringLiteral("problemsView"));
  m_view->setModel(m_model);
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setSelectionMode(QAbstractItemView::SingleSelection);
  m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_view->verticalHeader()->hide();
  m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::SeverityColumn,
                                                   QHeaderView::ResizeToContents);
  m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::MessageColumn,
                                                   QHeaderView::Stretch);
  m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::LocationColumn,
                                                   QHeaderView::Interactive);
  m_view->setWordWrap(false);
  setWidget(m_view);
  const auto jump = [this](const QModelIndex& index) {
    emit jumpRequested(index.data(ProblemsModel::JsonPathRole).toString(),
                       index.data(ProblemsModel::LineRole).toInt(),
                       index.data(ProblemsModel::ColumnRole).toInt());
  };
  connect(m_view, &QTableView::activated, this, jump);
  connect(m_view, &QTableView::clicked, this, jump);
}

}  // namespace autoscale::ui
