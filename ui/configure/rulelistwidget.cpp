#include "ui/configure/rulelistwidget.h"

#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/itemmodels/rulesmodel.h"

namespace autoscale::ui {

RuleListWidget::RuleListWidget(QWidget* parent) : QWidget(parent) {
  m_model = new RulesModel(this);
  m_view = new QListView;
  m_view->setObjectName(QStringLiteral("rulesView"));
  m_view->setModel(m_model);
  m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_view->setWordWrap(true);
  m_view->setMinimumHeight(60);
  m_view->setMaximumHeight(100);

  auto* add = new QPushButton(tr("+ Add a rule"));
  add->setObjectName(QStringLiteral("addRuleButton"));
  m_edit = new QPushButton(tr("Edit…"));
  m_edit->setObjectName(QStringLiteral("editRuleButton"));
  m_remove = new QPushButton(tr("Delete"));
  m_remove->setObjectName(QStringLiteral("deleteRuleButton"));
  m_up = new QPushButton(tr("Move up"));
  m_up->setObjectName(QStringLiteral("moveRuleUpButton"));
  m_down = new QPushButton(tr("Move down"));
  m_down->setObjectName(QStringLiteral("moveRuleDownButton"));

  auto* buttons = new QHBoxLayout;
  for (QPushButton* button : {add, m_edit, m_remove, m_up, m_down}) buttons->addWidget(button);
  buttons->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view);
  layout->addLayout(buttons);

  connect(add, &QPushButton::clicked, this, &RuleListWidget::addRequested);
  connect(m_edit, &QPushButton::clicked, this, [this] {
    if (currentRow() >= 0) emit editRequested(currentRow());
  });
  connect(m_view, &QListView::doubleClicked, this,
          [this](const QModelIndex& index) { emit editRequested(index.row()); });
  connect(m_remove, &QPushButton::clicked, this, [this] {
    if (currentRow() >= 0) emit removeRequested(currentRow());
  });
  connect(m_up, &QPushButton::clicked, this, [this] {
    if (currentRow() > 0) emit moveRequested(currentRow(), currentRow() - 1);
  });
  connect(m_down, &QPushButton::clicked, this, [this] {
    const int row = currentRow();
    if (row >= 0 && row + 1 < m_model->rowCount()) emit moveRequested(row, row + 1);
  });
  connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateButtons(); });
  connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this] { updateButtons(); });
  updateButtons();
}

int RuleListWidget::currentRow() const {
  const QModelIndex index = m_view->currentIndex();
  return index.isValid() ? index.row() : -1;
}

void RuleListWidget::setCurrentRow(int row) {
  m_view->setCurrentIndex(m_model->index(row, 0));
}

void RuleListWidget::updateButtons() {
  const int row = currentRow();
  m_edit->setEnabled(row >= 0);
  m_remove->setEnabled(row >= 0);
  m_up->setEnabled(row > 0);
  m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

}  // namespace autoscale::ui
