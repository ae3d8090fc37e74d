#pragma once

#include "domain/State.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace shelfsync::service {

// The `snapshot` messages for one subscription: the state as of `seq`, split into parts
// of at most about 512 KiB, the last one marked `last`.
QList<QByteArray> writeSnapshotParts(const domain::State &state, const QSet<QString> &locations,
                                     qint64 seq, qsizetype partBytes = 512 * 1024);

} // namespace shelfsync::service
