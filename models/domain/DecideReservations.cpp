#include "DecideContext.h"
#include "Expiry.h"
#include "JsonFormat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

namespace {

QJsonObject stateResult(const QString &reservation, ReservationState state)
{
    return {{u"reservation"_s, reservation}, {u"state"_s, toString(state)}};
}

Error unknownReservation(const QString &id)
{
    return Error::make(ErrorCode::UnknownReservation, u"unknown reservation %1"_s.arg(id));
}

// A reservation is named by the command that made it: unique, and known to the sender
// before the ack arrives.
RuleOutcome requireFreshId(const DecideContext &context)
{
    if (context.state.reservations.contains(context.command.id))
        return Error::make(ErrorCode::Conflict,
                           u"reservation %1 already exists"_s.arg(context.command.id));
    return std::nullopt;
}

Error insufficientStock(Quantity qty, const StockKey &key, Quantity atp)
{
    Error error = Error::make(ErrorCode::InsufficientStock,
                              u"%1 of %2 requested at %3, %4 available to promise"_s.arg(qty)
                                  .arg(key.sku, key.location)
                                  .arg(atp));
    error.atp = atp;
    return error;
}

} // namespace

RuleOutcome decideReserve(DecideContext &context, const Reserve &args)
{
    const StockKey key{args.location, args.sku};
    if (auto error = context.requireCell(key))
        return error;
    const Policy policy = context.state.effectivePolicy(key);
    if (!policy.lockEnabled)
        return Error::make(ErrorCode::LockDisabled,
                           u"holds are disabled for %1 at %2"_s.arg(key.sku, key.location));
    if (policy.lockMaxQty > 0 && args.qty > policy.lockMaxQty) {
        Error error = Error::make(ErrorCode::LockLimit,
                                  u"at most %1 per hold for %2 at %3"_s.arg(policy.lockMaxQty)
                                      .arg(key.sku, key.location));
        error.max = policy.lockMaxQty;
        return error;
    }
    const Availability figures = context.state.availability(key);
    if (args.qty > figures.atp)
        return insufficientStock(args.qty, key, figures.atp);
    if (auto error = requireFreshId(context))
        return error;

    const int ttl = std::min(args.holdS.value_or(policy.lockTtlS), policy.lockTtlS);
    const QDateTime expiresAt = context.now.addSecs(ttl);
    context.writer.add(key,
                       ReservationCreated{context.command.id, args.qty, args.channel, expiresAt});
    context.result = {{u"reservation"_s, context.command.id},
                      {u"expires_at"_s, formatTime(expiresAt)},
                      {u"atp"_s, context.writer.after(key).atp}};
    return std::nullopt;
}

RuleOutcome decideCommit(DecideContext &context, const Commit &args)
{
    if (args.isDirect()) {
        const StockKey key{args.location, args.sku};
        if (auto error = context.requireCell(key))
            return error;
        const Availability figures = context.state.availability(key);
        if (args.qty > figures.atp)
            return insufficientStock(args.qty, key, figures.atp);
        if (auto error = requireFreshId(context))
            return error;
        context.writer.add(key,
                           ReservationCommitted{context.command.id, args.qty, args.channel, true});
        context.result = stateResult(context.command.id, ReservationState::Committed);
        context.result.insert(u"atp"_s, context.writer.after(key).atp);
        return std::nullopt;
    }

    auto it = context.state.reservations.constFind(args.reservation);
    if (it == context.state.reservations.cend())
        return unknownReservation(args.reservation);
    const Reservation &reservation = *it;
    switch (reservation.state) {
    case ReservationState::Committed:
        // Committing twice is answered with the current state, so a retry is harmless.
        context.result = stateResult(reservation.id, reservation.state);
        return std::nullopt;
    case ReservationState::Released:
        return Error::make(ErrorCode::Conflict,
                           u"reservation %1 was released (%2)"_s.arg(
                               reservation.id, toString(reservation.releaseReason)));
    case ReservationState::Held:
        break;
    }
    if (reservation.expiresAt <= context.now)
        return Error::make(ErrorCode::Conflict,
                           u"reservation %1 expired at %2"_s.arg(
                               reservation.id, formatTime(reservation.expiresAt)));
    context.writer.add(reservation.key, ReservationCommitted{reservation.id, reservation.qty,
                                                             reservation.channel, false});
    context.result = stateResult(reservation.id, ReservationState::Committed);
    return std::nullopt;
}

RuleOutcome decideRelease(DecideContext &context, const Release &args)
{
    auto it = context.state.reservations.constFind(args.reservation);
    if (it == context.state.reservations.cend())
        return unknownReservation(args.reservation);
    const Reservation &reservation = *it;
    if (reservation.isActive())
        context.writer.add(reservation.key,
                           ReservationReleased{reservation.id, reservation.qty, args.reason});
    context.result = stateResult(reservation.id, ReservationState::Released);
    return std::nullopt;
}

RuleOutcome decideSweep(DecideContext &context, const Sweep &)
{
    const State &state = context.state;
    auto holdDue = [&](const QString &id) {
        const auto it = state.reservations.constFind(id);
        return it != state.reservations.cend() && it->state == ReservationState::Held &&
               it->expiresAt <= context.now;
    };
    // Find the cells with work first; sorting only those keeps the sweep cheap while the
    // same state and time still give the same events in the same order.
    QList<StockKey> due;
    for (auto it = state.cells.cbegin(); it != state.cells.cend(); ++it) {
        const Policy policy = state.effectivePolicy(it.key());
        const bool anyHold =
            std::any_of(it->reservations.cbegin(), it->reservations.cend(), holdDue);
        const bool anyBatch =
            std::any_of(it->batches.cbegin(), it->batches.cend(),
                        [&](const Batch &batch) { return shouldHide(batch, policy, context.now); });
        if (anyHold || anyBatch)
            due.append(it.key());
    }
    std::sort(due.begin(), due.end());

    int released = 0;
    int hidden = 0;
    for (const StockKey &key : std::as_const(due)) {
        const Cell &cell = *state.cells.constFind(key);
        for (const QString &id : cell.reservations) {
            if (holdDue(id)) {
                const Quantity qty = state.reservations.constFind(id)->qty;
                context.writer.add(key, ReservationReleased{id, qty, ReleaseReason::Expired});
                ++released;
            }
        }
        const Policy policy = state.effectivePolicy(key);
        for (const Batch &batch : cell.batches) {
            if (shouldHide(batch, policy, context.now)) {
                context.writer.add(key, BatchHidden{batch.id, batch.qty, batch.expiry});
                ++hidden;
            }
        }
    }
    context.result = {{u"released"_s, released}, {u"hidden"_s, hidden}};
    return std::nullopt;
}

} // namespace shelfsync::domain
