#pragma once

#include <QJsonObject>
#include <QString>

namespace shelfsync::items {

// Commands and service errors in words a user reads: "Receive", "12 pcs, batch L42,
// best before 2026-12-01", "Only 3 available". Shared by the outbox, the conflicts panel
// and every screen that reports what happened to an action.
QString actionName(const QString &op);
QString describeArgs(const QString &op, const QJsonObject &args);
QString describeError(const QJsonObject &error);

} // namespace shelfsync::items
