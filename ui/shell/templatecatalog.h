#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace autoscale::ui {

struct TemplateInfo {
  QString id;
  QString title;
};

// File → New from template: the bundled starting points.
std::vector<TemplateInfo> settingTemplateList();
// The JSON text of template `id`; empty if there is none.
QByteArray settingTemplateText(const QString& id);

}  // namespace autoscale::ui
