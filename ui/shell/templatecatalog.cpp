#include "ui/shell/templatecatalog.h"

#include <QCoreApplication>
#include <QFile>

namespace autoscale::ui {

std::vector<TemplateInfo> settingTemplateList() {
  return {{QStringLiteral("blank"), QCoreApplication::translate("Templates", "Blank setting")},
          {QStringLiteral("azureml-deployment"),
           QCoreApplication::translate("Templates", "Azure ML deployment")}};
}

QByteArray settingTemplateText(const QString& id) {
  for (const auto& info : settingTemplateList()) {
    if (info.id != id) continue;
    QFile file(QStringLiteral(":/templates/") + id + QStringLiteral(".json"));
    if (file.open(QIODevice::ReadOnly)) return file.readAll();
  }
  return {};
}

}  // namespace autoscale::ui
