#include "StateChanges.h"

#include <variant>

using namespace shelfsync::domain;

namespace shelfsync::service {

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

} // namespace shelfsync::service
