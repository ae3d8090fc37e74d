#pragma once

#include "domain/Events.h"

#include <QSet>

namespace shelfsync::service {

// Which rows of the state tables a group of events touched, so a commit rewrites those
// and nothing else.
struct StateChanges
{
    QSet<QString> locations;
    QSet<QString> skus;
    QSet<domain::StockKey> policies; // location empty: the SKU's default
    QSet<domain::StockKey> cells;    // batches, reservations and availability of the cell
    QSet<QString> reservations;
    QSet<QString> skusWithDefaultPolicyChange; // availability of every cell of the SKU
    QSet<std::pair<domain::StockKey, QDate>> dispatchDays;

    void collect(const domain::Event &event);
    bool isEmpty() const;
};

} // namespace shelfsync::service
