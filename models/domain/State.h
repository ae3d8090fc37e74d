#pragma once

#include "Types.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace shelfsync::domain {

// Stock of one SKU at one location.
struct Cell
{
    QList<Batch> batches;                  // in order of first receipt; emptied batches are dropped
    QStringList reservations;              // active reservations on this cell, oldest first
    Quantity reserved = 0;                 // sum of the active reservations' qty
    QMap<QDate, Quantity> dispatchedByDay; // units dispatched per UTC day, for velocity

    const Batch *batch(const QString &id) const;
    Batch *batch(const QString &id);
    bool operator==(const Cell &) const = default;
};

// The current state the ledger's events build up. Plain data: decide() reads it,
// apply() writes it, and nothing else changes it.
struct State
{
    QHash<QString, Location> locations;
    QHash<QString, Sku> skus;
    QHash<QString, QString> skuByGtin;
    QHash<QString, Policy> skuPolicies; // a SKU's default for every location
    QHash<StockKey, Policy> overrides;  // per-location overrides
    QHash<StockKey, Cell> cells;
    QHash<QString, Reservation> reservations; // every reservation ever made, released ones too

    Policy effectivePolicy(const StockKey &key) const;
    const Cell *cell(const StockKey &key) const;
    Availability availability(const StockKey &key) const;

    // A copy holding only what decide()/apply() need for one cell: used to compute the
    // `after` figures of a command's events without copying the whole state.
    State slice(const StockKey &key) const;

    bool operator==(const State &) const = default;
};

// The formula of DESIGN.md, on one cell under one policy.
Availability computeAvailability(const Cell &cell, const Policy &policy);
Quantity computeBuffer(Quantity sellable, const Policy &policy);

} // namespace shelfsync::domain
