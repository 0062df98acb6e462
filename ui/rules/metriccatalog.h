#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace autoscale::ui {

// A metric the Scale rule panel offers by name (free text stays allowed).
struct MetricInfo {
  QString metricNamespace;
  QString name;         // the name in the REST API
  QString displayName;  // translated
  QString unit;
  QStringList dimensions;
};

// The Azure ML online endpoint and deployment metrics (Azure Monitor platform metrics).
const std::vector<MetricInfo>& machineLearningMetrics();
QStringList metricNamespaces();
std::vector<MetricInfo> metricsOf(const QString& metricNamespace);

inline const QString kDeploymentNamespace =
    QStringLiteral("microsoft.machinelearningservices/workspaces/onlineendpoints/deployments");
inline const QString kEndpointNamespace =
    QStringLiteral("microsoft.machinelearningservices/workspaces/onlineendpoints");

}  // namespace autoscale::ui
