#pragma once

#include "Events.h"
#include "State.h"

#include <QSet>

namespace shelfsync::domain {

// Which rows of the state tables a group of events touched, so a commit rewrites those
// and nothing else.
struct StateChanges
{
    QSet<QString> locations;
    QSet<QString> skus;
    QSet<StockKey> policies; // location empty: the SKU's default
    QSet<StockKey> cells;    // batches, reservations and availability of the cell
    QSet<QString> reservations;
    QSet<QString> skusWithDefaultPolicyChange; // availability of every cell of the SKU
    QSet<std::pair<StockKey, QDate>> dispatchDays;

    void collect(const Event &event);
    bool isEmpty() const;

    // Every row of `state`: what writing a whole snapshot touches.
    static StateChanges everything(const State &state);
};

} // namespace shelfsync::domain
