#include "ui/shell/settingpicker.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace autoscale::ui {

int pickSetting(QWidget* parent, const QStringList& names) {
  if (names.isEmpty()) return -1;
  if (names.size() == 1) return 0;
  QStringList items;
  for (int i = 0; i < names.size(); ++i) {
    items << QCoreApplication::translate("SettingPicker", "%1. %2").arg(i + 1).arg(names.at(i));
  }
  bool ok = false;
  const QString chosen = QInputDialog::getItem(
      parent, QCoreApplication::translate("SettingPicker", "Choose an autoscale setting"),
      QCoreApplication::translate("SettingPicker",
                                  "This template holds %1 autoscale settings. Which one?")
          .arg(names.size()),
      items, 0, false, &ok);
  return ok ? static_cast<int>(items.indexOf(chosen)) : -1;
}

}  // namespace autoscale::ui
