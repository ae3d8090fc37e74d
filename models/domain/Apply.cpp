#include "Rules.h"

#include <type_traits>

namespace shelfsync::domain {

namespace {

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

// Orders are covered oldest first: when the shelf holds less than what is reserved, the
// newest orders are the ones flagged at risk, and the flags follow every change of stock.
void refreshAtRisk(State &state, Cell &cell)
{
    Quantity sellable = 0;
    for (const Batch &batch : cell.batches) {
        if (!batch.hidden)
            sellable += batch.qty;
    }
    Quantity covered = 0;
    for (const QString &id : std::as_const(cell.reservations)) {
        auto it = state.reservations.find(id);
        if (it == state.reservations.end())
            continue;
        covered += it->qty;
        it->atRisk = covered > sellable;
    }
}

void addToBatch(Cell &cell, const QString &id, Quantity qty, const QDate &expiry,
                const QDateTime &receivedAt)
{
    if (Batch *batch = cell.batch(id)) {
        batch->qty += qty;
        return;
    }
    if (qty <= 0)
        return;
    cell.batches.append(Batch{id, expiry, qty, receivedAt, false});
}

void setBatchQty(Cell &cell, const QString &id, Quantity qty, const QDate &expiry,
                 const QDateTime &receivedAt)
{
    if (Batch *batch = cell.batch(id)) {
        batch->qty = qty;
    } else if (qty > 0) {
        cell.batches.append(Batch{id, expiry, qty, receivedAt, false});
    }
}

void dropEmptyBatches(Cell &cell)
{
    cell.batches.removeIf([](const Batch &batch) { return batch.qty <= 0; });
}

void takeFromBatch(Cell &cell, const QString &id, Quantity qty)
{
    if (Batch *batch = cell.batch(id))
        batch->qty -= qty;
    dropEmptyBatches(cell);
}

void addReservation(State &state, Cell &cell, Reservation reservation)
{
    cell.reservations.append(reservation.id);
    cell.reserved += reservation.qty;
    state.reservations.insert(reservation.id, std::move(reservation));
}

} // namespace

void applyInPlace(State &state, const Event &event)
{
    const StockKey key = event.key();
    auto cellOf = [&state, &key]() -> Cell & { return state.cells[key]; };

    std::visit(
        Overloaded{
            [&](const LocationUpserted &e) { state.locations.insert(e.location.id, e.location); },
            [&](const SkuUpserted &e) {
                const Sku previous = state.skus.value(e.sku.id);
                if (!previous.gtin.isEmpty() && previous.gtin != e.sku.gtin)
                    state.skuByGtin.remove(previous.gtin);
                if (!e.sku.gtin.isEmpty())
                    state.skuByGtin.insert(e.sku.gtin, e.sku.id);
                state.skus.insert(e.sku.id, e.sku);
            },
            [&](const PolicyChanged &e) {
                if (event.location.isEmpty())
                    state.skuPolicies.insert(event.sku, e.policy);
                else
                    state.overrides.insert(key, e.policy);
            },
            [&](const StockReceived &e) {
                addToBatch(cellOf(), e.batch, e.qty, e.expiry, e.receivedAt);
            },
            [&](const StockDispatched &e) {
                Cell &cell = cellOf();
                takeFromBatch(cell, e.batch, e.qty);
                cell.dispatchedByDay[event.at.toUTC().date()] += e.qty;
                if (!e.reservation.isEmpty()) {
                    auto it = state.reservations.find(e.reservation);
                    if (it != state.reservations.end() && it->isActive()) {
                        it->qty -= e.qty;
                        cell.reserved -= e.qty;
                    }
                }
            },
            [&](const StockAdjusted &e) {
                Cell &cell = cellOf();
                setBatchQty(cell, e.batch, e.counted, e.expiry, event.at);
                dropEmptyBatches(cell);
            },
            [&](const StockReturned &e) {
                addToBatch(cellOf(), e.batch, e.qty, e.expiry, event.at);
            },
            [&](const StockWrittenOff &e) { takeFromBatch(cellOf(), e.batch, e.qty); },
            [&](const BatchHidden &e) {
                if (Batch *batch = cellOf().batch(e.batch))
                    batch->hidden = true;
            },
            [&](const ReservationCreated &e) {
                Reservation reservation;
                reservation.id = e.reservation;
                reservation.key = key;
                reservation.qty = e.qty;
                reservation.originalQty = e.qty;
                reservation.channel = e.channel;
                reservation.state = ReservationState::Held;
                reservation.createdAt = event.at;
                reservation.expiresAt = e.expiresAt;
                addReservation(state, cellOf(), std::move(reservation));
            },
            [&](const ReservationCommitted &e) {
                if (e.direct) {
                    Reservation reservation;
                    reservation.id = e.reservation;
                    reservation.key = key;
                    reservation.qty = e.qty;
                    reservation.originalQty = e.qty;
                    reservation.channel = e.channel;
                    reservation.state = ReservationState::Committed;
                    reservation.createdAt = event.at;
                    addReservation(state, cellOf(), std::move(reservation));
                    return;
                }
                auto it = state.reservations.find(e.reservation);
                if (it != state.reservations.end() && it->state == ReservationState::Held) {
                    it->state = ReservationState::Committed;
                    it->expiresAt = QDateTime();
                }
            },
            [&](const ReservationReleased &e) {
                auto it = state.reservations.find(e.reservation);
                if (it == state.reservations.end() || !it->isActive())
                    return;
                Cell &cell = cellOf();
                cell.reserved -= it->qty;
                cell.reservations.removeOne(it->id);
                it->state = ReservationState::Released;
                it->releaseReason = e.reason;
                it->expiresAt = QDateTime();
                it->atRisk = false;
            },
        },
        event.payload);

    if (!event.location.isEmpty() && !event.sku.isEmpty()) {
        auto it = state.cells.find(key);
        if (it != state.cells.end())
            refreshAtRisk(state, *it);
    }
}

State apply(State state, const Event &event)
{
    applyInPlace(state, event);
    return state;
}

} // namespace shelfsync::domain
