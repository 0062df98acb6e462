#include "backend/core/logging.h"

Q_LOGGING_CATEGORY(lcBackend, "autoscale.backend")
Q_LOGGING_CATEGORY(lcFiles, "autoscale.files")
Q_LOGGING_CATEGORY(lcArm, "autoscale.arm")
Q_LOGGING_CATEGORY(lcSandbox, "autoscale.sandbox")
