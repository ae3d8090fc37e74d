#include "StateChanges.h"

#include <variant>

namespace shelfsync::domain {

void StateChanges::collect(const Event &event)
{
    switch (event.kind()) {
    case EventKind::LocationUpserted:
        locations.insert(event.location);
        return;
    case EventKind::SkuUpserted:
        skus.insert(event.sku);
        return;
    case EventKind::PolicyChanged:
        policies.insert(event.key());
        if (event.location.isEmpty())
            skusWithDefaultPolicyChange.insert(event.sku);
        else
            cells.insert(event.key());
        return;
    default:
        break;
    }
    cells.insert(event.key());
    if (const auto *e = std::get_if<StockDispatched>(&event.payload)) {
        dispatchDays.insert({event.key(), event.at.toUTC().date()});
        if (!e->reservation.isEmpty())
            reservations.insert(e->reservation);
    }
    if (const auto *e = std::get_if<ReservationCreated>(&event.payload))
        reservations.insert(e->reservation);
    if (const auto *e = std::get_if<ReservationCommitted>(&event.payload))
        reservations.insert(e->reservation);
    if (const auto *e = std::get_if<ReservationReleased>(&event.payload))
        reservations.insert(e->reservation);
}

bool StateChanges::isEmpty() const
{
    return locations.isEmpty() && skus.isEmpty() && policies.isEmpty() && cells.isEmpty() &&
           reservations.isEmpty() && skusWithDefaultPolicyChange.isEmpty();
}

StateChanges StateChanges::everything(const State &state)
{
    StateChanges all;
    for (const QString &id : state.locations.keys())
        all.locations.insert(id);
    for (const QString &id : state.skus.keys())
        all.skus.insert(id);
    for (const QString &sku : state.skuPolicies.keys())
        all.policies.insert({QString(), sku});
    for (const StockKey &key : state.overrides.keys())
        all.policies.insert(key);
    for (auto it = state.cells.cbegin(); it != state.cells.cend(); ++it) {
        all.cells.insert(it.key());
        for (auto day = it->dispatchedByDay.cbegin(); day != it->dispatchedByDay.cend(); ++day)
            all.dispatchDays.insert({it.key(), day.key()});
    }
    for (auto it = state.reservations.cbegin(); it != state.reservations.cend(); ++it) {
        if (!it->isActive())
            all.reservations.insert(it.key());
    }
    return all;
}

} // namespace shelfsync::domain
