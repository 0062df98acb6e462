#include "ui/shell/templatecatalog.h"

#include <QCoreApplication>

#include "models/setting/settingtemplates.h"

namespace autoscale::ui {

std::vector<TemplateInfo> settingTemplateList() {
  return {{QStringLiteral("blank"), QCoreApplication::translate("Templates", "Blank setting")},
          {QStringLiteral("azureml-deployment"),
           QCoreApplication::translate("Templates", "Azure ML deployment")}};
}

QByteArray settingTemplateText(const QString& id) {
  if (id == QStringLiteral("blank")) {
    return QByteArray::fromStdString(models::blankSetting().text());
  }
  if (id == QStringLiteral("azureml-deployment")) {
    return QByteArray::fromStdString(models::azureMlDeploymentSetting().text());
  }
  return {};
}

}  // namespace autoscale::ui
