#pragma once

#include <QLoggingCategory>

// Logging categories `autoscale.<module>`. Nothing secret is ever logged.
Q_DECLARE_LOGGING_CATEGORY(lcBackend)
Q_DECLARE_LOGGING_CATEGORY(lcFiles)
Q_DECLARE_LOGGING_CATEGORY(lcArm)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
