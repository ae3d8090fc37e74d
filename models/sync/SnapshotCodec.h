#pragma once

#include "domain/State.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace shelfsync::sync {

// The entries of a `snapshot` message (PROTOCOL.md, session step 4), written from and
// read into a domain State. Array order carries what the state keeps in order: batches in
// order of first receipt, a cell's reservations oldest first.
struct SnapshotEntries
{
    QJsonArray locations;
    QJsonArray skus;
    QJsonArray policies;
    QJsonArray batches;
    QJsonArray reservations;
    QJsonArray dispatched; // extra: units per day and cell, the last 35 or deadstock_days days
};

// `locations` empty: every location. Released reservations are history, not state a
// client needs, and are left out.
SnapshotEntries encodeSnapshot(const domain::State &state, const QSet<QString> &locations);

// Folds entries into `state` (several snapshot parts fold into one state).
// Returns false and names the entry when one is malformed.
bool decodeSnapshotInto(const QJsonObject &part, domain::State *state, QString *error);

} // namespace shelfsync::sync
