#pragma once

#include <QStringList>

class QWidget;

namespace autoscale::ui {

// Asks which of several autoscale settings (of one ARM template) to use; -1 when cancelled.
int pickSetting(QWidget* parent, const QStringList& names);

}  // namespace autoscale::ui
