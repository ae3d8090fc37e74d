#include "DecideContext.h"
#include "Expiry.h"
#include "JsonFormat.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

namespace {

// Stock ops answer with the cell's figures after the command, and name the orders the
// command left uncovered so the sender can act on them.
void setStockResult(DecideContext &context, const StockKey &key)
{
    context.result.insert(u"after"_s, toJson(context.writer.after(key)));
    const QStringList atRisk = context.writer.newlyAtRisk(key);
    if (!atRisk.isEmpty())
        context.result.insert(u"at_risk"_s, QJsonArray::fromStringList(atRisk));
}

// A batch that arrives (or is found) already inside its hide window leaves the shelf in
// the same command, so no channel ever sees it as sellable.
void hideIfDue(DecideContext &context, const StockKey &key, const QString &batchId)
{
    const State &slice = context.writer.sliceFor(key);
    const Cell *cell = slice.cell(key);
    const Batch *batch = cell ? cell->batch(batchId) : nullptr;
    if (batch && batch->qty > 0 &&
        shouldHide(*batch, context.state.effectivePolicy(key), context.now)) {
        context.writer.add(key, BatchHidden{batch->id, batch->qty, batch->expiry});
    }
}

Error insufficient(const QString &message, Quantity atp)
{
    Error error = Error::make(ErrorCode::InsufficientStock, message);
    error.atp = atp;
    return error;
}

const Batch *findBatch(const State &state, const StockKey &key, const QString &id)
{
    const Cell *cell = state.cell(key);
    return cell ? cell->batch(id) : nullptr;
}

Error unknownBatch(const StockKey &key, const QString &batch)
{
    return Error::badRequest(u"batch"_s,
                             u"no batch %1 of %2 at %3"_s.arg(batch, key.sku, key.location));
}

} // namespace

RuleOutcome decideReceive(DecideContext &context, const Receive &args)
{
    const StockKey key{args.location, args.sku};
    if (auto error = context.requireCell(key))
        return error;
    if (isExpired(args.expiry, context.now)) {
        Error error =
            Error::make(ErrorCode::Expired,
                        u"batch %1 expired on %2"_s.arg(args.batch, formatDate(args.expiry)));
        error.field = u"expiry"_s;
        return error;
    }
    if (const Batch *existing = findBatch(context.state, key, args.batch);
        existing && existing->expiry != args.expiry) {
        Error error =
            Error::make(ErrorCode::Conflict, u"batch %1 is already on record with expiry %2"_s.arg(
                                                 args.batch, formatDate(existing->expiry)));
        error.field = u"expiry"_s;
        return error;
    }
    const QDateTime receivedAt = args.receivedAt.isValid() ? args.receivedAt : context.now;
    context.writer.add(
        key, StockReceived{args.batch, args.qty, args.expiry, receivedAt, args.reference});
    hideIfDue(context, key, args.batch);
    setStockResult(context, key);
    return std::nullopt;
}

RuleOutcome decideDispatch(DecideContext &context, const Dispatch &args)
{
    const StockKey key{args.location, args.sku};
    if (auto error = context.requireCell(key))
        return error;
    const Availability figures = context.state.availability(key);

    const Reservation *reservation = nullptr;
    if (!args.reservation.isEmpty()) {
        auto it = context.state.reservations.constFind(args.reservation);
        if (it == context.state.reservations.cend())
            return Error::make(ErrorCode::UnknownReservation,
                               u"unknown reservation %1"_s.arg(args.reservation));
        reservation = &*it;
        if (reservation->key != key)
            return Error::badRequest(u"reservation"_s, u"reservation %1 is for %2 at %3"_s.arg(
                                                           args.reservation, reservation->key.sku,
                                                           reservation->key.location));
        if (!reservation->isActive())
            return Error::make(ErrorCode::Conflict,
                               u"reservation %1 is already released"_s.arg(args.reservation));
        if (reservation->state == ReservationState::Held && reservation->expiresAt <= context.now)
            return Error::make(ErrorCode::Conflict,
                               u"reservation %1 expired at %2"_s.arg(
                                   args.reservation, formatTime(reservation->expiresAt)));
        if (args.qty > reservation->qty)
            return Error::badRequest(
                u"qty"_s, u"reservation %1 has only %2 left to dispatch"_s.arg(args.reservation)
                              .arg(reservation->qty));
    }

    const Cell *cell = context.state.cell(key);
    const Batch *named = nullptr;
    if (!args.batch.isEmpty()) {
        named = cell ? cell->batch(args.batch) : nullptr;
        if (!named)
            return unknownBatch(key, args.batch);
    }

    // A walk-in sale may use the buffer (held back from channels, not from the shelf),
    // but never stock promised to someone else.
    const Quantity sellable = figures.sellable();
    const Quantity limit = reservation ? sellable : sellable - figures.reserved;
    if (args.qty > limit)
        return insufficient(
            u"only %1 of %2 can be dispatched at %3"_s.arg(std::max<Quantity>(0, limit))
                .arg(args.sku, args.location),
            figures.atp);

    QList<std::pair<QString, Quantity>> draws;
    if (named) {
        const Batch *batch = named;
        if (batch->hidden)
            return insufficient(u"batch %1 is hidden (expiring or expired)"_s.arg(args.batch),
                                figures.atp);
        if (batch->qty < args.qty)
            return insufficient(u"batch %1 holds only %2"_s.arg(args.batch).arg(batch->qty),
                                figures.atp);
        draws.append({batch->id, args.qty});
    } else {
        Quantity remaining = args.qty;
        for (qsizetype index : fefoOrder(*cell)) {
            if (remaining == 0)
                break;
            const Batch &batch = cell->batches[index];
            const Quantity take = std::min(remaining, batch.qty);
            draws.append({batch.id, take});
            remaining -= take;
        }
    }

    QJsonArray drawn;
    for (const auto &[batch, qty] : std::as_const(draws)) {
        context.writer.add(key, StockDispatched{batch, qty, args.reservation});
        drawn.append(QJsonObject{{u"batch"_s, batch}, {u"qty"_s, qty}});
    }
    if (reservation && reservation->qty == args.qty)
        context.writer.add(key, ReservationReleased{reservation->id, 0, ReleaseReason::Dispatched});
    setStockResult(context, key);
    context.result.insert(u"batches"_s, drawn);
    return std::nullopt;
}

RuleOutcome decideAdjust(DecideContext &context, const Adjust &args)
{
    const StockKey key{args.location, args.sku};
    if (auto error = context.requireCell(key))
        return error;
    const Batch *batch = findBatch(context.state, key, args.batch);
    const Quantity before = batch ? batch->qty : 0;
    const Quantity counted = args.counted ? *args.counted : before + args.delta.value_or(0);
    if (counted < 0)
        return Error::badRequest(
            args.counted ? u"counted"_s : u"delta"_s,
            u"batch %1 holds %2; the adjustment would leave %3"_s.arg(args.batch)
                .arg(before)
                .arg(counted));
    const QDate expiry = batch ? batch->expiry : args.expiry;
    context.writer.add(key, StockAdjusted{args.batch, counted - before, counted, args.reason,
                                          batch ? QDate() : args.expiry});
    if (!batch && expiry.isValid())
        hideIfDue(context, key, args.batch);
    setStockResult(context, key);
    return std::nullopt;
}

RuleOutcome decideReturn(DecideContext &context, const Return &args)
{
    const StockKey key{args.location, args.sku};
    if (auto error = context.requireCell(key))
        return error;
    // Without a batch, returned goods join the batch that sells next: the conservative
    // guess at their expiry. With no stock on record they form a batch of their own.
    QString batchId = args.batch;
    const Cell *cell = context.state.cell(key);
    if (batchId.isEmpty() && cell) {
        const QList<qsizetype> order = fefoOrder(*cell);
        if (!order.isEmpty())
            batchId = cell->batches[order.first()].id;
    }
    if (batchId.isEmpty())
        batchId = u"RETURNS"_s;
    // A batch that sold out left the state; the return brings it back with the expiry the
    // returned goods carry, so they are still hidden and sold in FEFO order.
    const bool known = cell && cell->batch(batchId);
    context.writer.add(
        key, StockReturned{batchId, args.qty, args.reference, known ? QDate() : args.expiry});
    if (!known && args.expiry.isValid())
        hideIfDue(context, key, batchId);
    setStockResult(context, key);
    context.result.insert(u"batch"_s, batchId);
    return std::nullopt;
}

RuleOutcome decideWriteOff(DecideContext &context, const WriteOff &args)
{
    const StockKey key{args.location, args.sku};
    if (auto error = context.requireCell(key))
        return error;
    const Batch *batch = findBatch(context.state, key, args.batch);
    if (!batch)
        return unknownBatch(key, args.batch);
    const Quantity qty = args.qty.value_or(batch->qty);
    if (qty > batch->qty)
        return Error::badRequest(u"qty"_s,
                                 u"batch %1 holds only %2"_s.arg(args.batch).arg(batch->qty));
    context.writer.add(key, StockWrittenOff{args.batch, qty, args.reason});
    setStockResult(context, key);
    return std::nullopt;
}

} // namespace shelfsync::domain
