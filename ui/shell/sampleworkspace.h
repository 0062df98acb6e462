#pragma once

#include <QString>
#include <QStringList>

namespace autoscale::ui {

// The bundled sample workspace: copies the sample settings into `folder` (files already
// there are left alone, so the user's edits survive) and returns their paths, the Azure ML
// walkthrough first.
QStringList installSampleWorkspace(const QString& folder);

inline const QString kWalkthroughSample = QStringLiteral("azureml-walkthrough.json");

}  // namespace autoscale::ui
