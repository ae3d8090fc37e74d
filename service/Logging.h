#pragma once

#include <QLoggingCategory>

namespace shelfsync::service {

Q_DECLARE_LOGGING_CATEGORY(lcService)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// Applies --log-level (debug, info, warning, error) to the shelfsync.* categories.
void setLogLevel(const QString &level);

} // namespace shelfsync::service
