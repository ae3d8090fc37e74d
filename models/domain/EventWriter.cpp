#include "EventWriter.h"

#include "Rules.h"

namespace shelfsync::domain {

EventWriter::EventWriter(const State &state, const Command &command, const QDateTime &now)
    : m_state(state)
    , m_command(command)
    , m_now(now)
{}

Event EventWriter::makeEvent(const QString &location, const QString &sku,
                             EventPayload payload) const
{
    Event event;
    event.at = m_now;
    event.op = m_command.id;
    event.actor = m_command.actor;
    event.location = location;
    event.sku = sku;
    event.payload = std::move(payload);
    return event;
}

const State &EventWriter::sliceFor(const StockKey &key)
{
    auto it = m_slices.find(key);
    if (it == m_slices.end())
        it = m_slices.insert(key, m_state.slice(key));
    return *it;
}

void EventWriter::add(const StockKey &key, EventPayload payload)
{
    Event event = makeEvent(key.location, key.sku, std::move(payload));
    sliceFor(key);
    State &slice = m_slices[key];
    applyInPlace(slice, event);
    event.after = slice.availability(key);
    m_events.append(std::move(event));
}

void EventWriter::addUnscoped(const QString &location, const QString &sku, EventPayload payload)
{
    m_events.append(makeEvent(location, sku, std::move(payload)));
}

Availability EventWriter::after(const StockKey &key)
{
    return sliceFor(key).availability(key);
}

QStringList EventWriter::newlyAtRisk(const StockKey &key)
{
    QStringList ids;
    const State &slice = sliceFor(key);
    const Cell *cell = slice.cell(key);
    if (!cell)
        return ids;
    for (const QString &id : cell->reservations) {
        const bool nowAtRisk = slice.reservations.value(id).atRisk;
        const bool before = m_state.reservations.value(id).atRisk;
        if (nowAtRisk && !before)
            ids.append(id);
    }
    return ids;
}

} // namespace shelfsync::domain
