#pragma once

#include "State.h"

#include <QDateTime>
#include <QList>

namespace shelfsync::domain {

// Expiry is the last sellable day in UTC: goods expire when that day ends.
QDateTime expiryMoment(const QDate &expiry);
// The moment a batch leaves the shelf: hideBeforeExpiryH hours before it expires.
QDateTime hideMoment(const QDate &expiry, int hideBeforeExpiryH);
bool isExpired(const QDate &expiry, const QDateTime &now);
bool shouldHide(const Batch &batch, const Policy &policy, const QDateTime &now);

// Indices into cell.batches of the batches a dispatch may draw from (not hidden, qty > 0)
// in FEFO order: earliest expiry first, goods without expiry last, then the oldest
// receipt, then the batch id, so every replica picks the same batch.
QList<qsizetype> fefoOrder(const Cell &cell);

} // namespace shelfsync::domain
