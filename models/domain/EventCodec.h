#pragma once

#include "Events.h"
#include "Result.h"

#include <QJsonObject>

namespace shelfsync::domain {

// One event as it travels in an `events` message and as the ledger stores it.
QJsonObject encodeEvent(const Event &event);
// Checks shape and types; a bad event names the offending field.
Result<Event> decodeEvent(const QJsonObject &object);

} // namespace shelfsync::domain
