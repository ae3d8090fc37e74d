#pragma once

#include "Commands.h"
#include "Events.h"
#include "State.h"

#include <QHash>
#include <QList>

namespace shelfsync::domain {

// Collects the events one command decides and fills in their `after` figures by applying
// them to small slices of the state, one per cell touched, so the state itself stays
// untouched and the figures are exactly what apply() will later compute.
class EventWriter final
{
public:
    EventWriter(const State &state, const Command &command, const QDateTime &now);

    // An event about one (location, SKU): it gets `after`.
    void add(const StockKey &key, EventPayload payload);
    // An event that names no cell (a location, a SKU, a SKU's default policy).
    void addUnscoped(const QString &location, const QString &sku, EventPayload payload);

    // The cell as it stands after the events added so far.
    const State &sliceFor(const StockKey &key);
    Availability after(const StockKey &key);
    // Reservations of the cell that these events newly put at risk.
    QStringList newlyAtRisk(const StockKey &key);

    QList<Event> takeEvents() { return std::move(m_events); }

private:
    Event makeEvent(const QString &location, const QString &sku, EventPayload payload) const;

    const State &m_state;
    const Command &m_command;
    QDateTime m_now;
    QHash<StockKey, State> m_slices;
    QList<Event> m_events;
};

} // namespace shelfsync::domain
