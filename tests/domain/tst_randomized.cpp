// A randomized run of the inventory rules: long, seeded streams of commands of every op
// (valid and not) against a few locations and SKUs, with the clock moved by seconds to
// days. After every command the figures must obey DESIGN.md, every event's `after` must be
// what a replica folding the events computes, and at the end the ledger alone (also
// through the event codec) must rebuild exactly the same state. Seeds are fixed, so a
// failure is reproducible: the message names the seed and the command.

#include "domain/CommandCodec.h"
#include "domain/EventCodec.h"
#include "domain/JsonFormat.h"
#include "TestLedger.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;
using shelfsync::testing::TestLedger;

namespace {

const QStringList kLocations{u"DS-01"_s, u"DS-02"_s, u"WH-01"_s};
const QStringList kSkus{u"MILK"_s, u"BREAD"_s, u"EGGS"_s, u"RICE"_s}; // RICE never expires
const QStringList kChannels{u"web"_s, u"app"_s, u"pos"_s};
constexpr int kBatchPool = 6; // few batch ids per cell, so batches get reused and collide

QByteArray describe(const Command &command)
{
    return QJsonDocument(encodeCommand(command)).toJson(QJsonDocument::Compact);
}

QByteArray describe(const Event &event)
{
    return QJsonDocument(encodeEvent(event)).toJson(QJsonDocument::Compact);
}

QByteArray describe(const Availability &figures)
{
    return QJsonDocument(toJson(figures)).toJson(QJsonDocument::Compact);
}

QJsonObject throughText(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

// The ops a stock command's ack answers with `after` for (PROTOCOL.md, Commands).
std::optional<StockKey> stockKeyOf(const CommandArgs &args)
{
    if (const auto *a = std::get_if<Receive>(&args))
        return StockKey{a->location, a->sku};
    if (const auto *a = std::get_if<Dispatch>(&args))
        return StockKey{a->location, a->sku};
    if (const auto *a = std::get_if<Adjust>(&args))
        return StockKey{a->location, a->sku};
    if (const auto *a = std::get_if<Return>(&args))
        return StockKey{a->location, a->sku};
    if (const auto *a = std::get_if<WriteOff>(&args))
        return StockKey{a->location, a->sku};
    return std::nullopt;
}

// The args of a stock op on one cell; the rest is filled in field by field, so a field
// added to the struct later does not break the generator.
template <typename T>
T atCell(const StockKey &key)
{
    T args;
    args.location = key.location;
    args.sku = key.sku;
    return args;
}

// What a command's checks need to know about the ledger just before it ran.
struct Before
{
    Availability figures;    // of the command's cell
    Cell cell;               // implicitly shared: cheap to keep
    Reservation reservation; // the one a commit, release or dispatch names, if any
};

// DESIGN.md / docs/inventory-rules.md, written out again here so the rules are checked
// against the text rather than against themselves.
QDateTime hideMomentOf(const QDate &expiry, int hideBeforeExpiryH)
{
    return QDateTime(expiry.addDays(1), QTime(0, 0), Qt::UTC)
        .addSecs(-qint64(hideBeforeExpiryH) * 3600);
}

bool dueToHide(const Batch &batch, const Policy &policy, const QDateTime &now)
{
    return batch.expiry.isValid() && now >= hideMomentOf(batch.expiry, policy.hideBeforeExpiryH);
}

// FEFO: sellable batches (not hidden, qty > 0), earliest expiry first, goods without expiry
// last, then the earliest receipt, then the batch id.
QList<Batch> fefo(const Cell &cell)
{
    QList<Batch> order;
    for (const Batch &batch : cell.batches) {
        if (!batch.hidden && batch.qty > 0)
            order.append(batch);
    }
    std::sort(order.begin(), order.end(), [](const Batch &a, const Batch &b) {
        if (a.expiry.isValid() != b.expiry.isValid())
            return a.expiry.isValid();
        if (a.expiry != b.expiry)
            return a.expiry < b.expiry;
        if (a.receivedAt != b.receivedAt)
            return a.receivedAt < b.receivedAt;
        return a.id < b.id;
    });
    return order;
}

// One seeded stream of commands against one in-memory ledger, checked as it goes. Checks
// report through QTest and return false, so the caller stops at the first failure.
class Simulation final
{
public:
    explicit Simulation(quint32 seed)
        : m_seed(seed)
        , m_rng(seed)
    {}

    bool setUp();
    bool step(int index);
    bool finish();

    qsizetype eventCount() const { return m_ledger.events.size(); }
    const QList<Event> &events() const { return m_ledger.events; }
    const QHash<QString, int> &outcomes() const { return m_outcomes; }

private:
    int between(int low, int high) { return m_rng.bounded(low, high + 1); } // inclusive
    bool chance(int percent) { return m_rng.bounded(100) < percent; }
    const QString &pick(const QStringList &list)
    {
        return list.at(m_rng.bounded(static_cast<int>(list.size())));
    }

    void advanceClock();
    StockKey randomKey();
    QString poolBatch() { return u"B%1"_s.arg(m_rng.bounded(kBatchPool)); }
    QString someBatch(const StockKey &key, int existingPercent, bool preferHidden = false);
    QDate randomExpiry(const QString &sku);
    QString someReservation();
    QString activeReservation(bool heldOnly);
    PolicyPatch randomPatch();
    CommandArgs randomCommand(QString *label);

    bool fail(const QByteArray &what) const;
    bool checkCommand(const Command &command, const Result<Decision> &decision,
                      const Before &before, qsizetype firstEvent);
    bool checkStockRules(const Command &command, const Before &before, qsizetype firstEvent);
    bool checkEvents(const Command &command, qsizetype firstEvent);
    bool checkCells() const;

    quint32 m_seed;
    QRandomGenerator m_rng;
    TestLedger m_ledger;
    State m_replica; // folds every event as it is appended, like a client's replica
    QStringList m_reservationIds;
    QHash<QString, int> m_outcomes; // commands by label, refusals by error code
    // The command being checked, described only when a check fails (encoding every command
    // up front would cost more than running it).
    int m_index = -1;
    Command m_command;
};

bool Simulation::fail(const QByteArray &what) const
{
    const QByteArray context = m_index < 0 ? QByteArray("set-up or end of run")
                                           : "command " + QByteArray::number(m_index) + " at " +
                                                 formatTime(m_ledger.now).toUtf8() + ": " +
                                                 describe(m_command);
    QTest::qFail(
        QByteArray(what + "\n  seed " + QByteArray::number(m_seed) + ", " + context).constData(),
        __FILE__, __LINE__);
    return false;
}

bool Simulation::setUp()
{
    m_ledger.standardSetUp(); // DS-01, WH-01, MILK, BREAD
    m_ledger.location(u"DS-02"_s);
    m_ledger.sku(u"EGGS"_s, u"4006381333931"_s);
    m_ledger.sku(u"RICE"_s);
    for (const QString &sku : kSkus) {
        for (const QString &location : kLocations)
            m_ledger.receive(location, sku, between(20, 60), u"B0"_s, randomExpiry(sku));
    }
    return checkEvents(Command{}, 0) && checkCells();
}

void Simulation::advanceClock()
{
    // Mostly seconds, so holds live long enough to be committed; now and then hours or
    // days, so holds expire, batches enter their hide window and velocity spans days.
    const int roll = m_rng.bounded(100);
    if (roll < 80)
        m_ledger.advance(between(0, 30));
    else if (roll < 95)
        m_ledger.advance(between(30, 900));
    else if (roll < 99)
        m_ledger.advance(between(3600, 6 * 3600));
    else
        m_ledger.advance(between(1, 2) * 86400 + between(0, 3600));
}

StockKey Simulation::randomKey()
{
    // Now and then a cell the ledger does not know, for unknown_location / unknown_sku.
    if (chance(1))
        return chance(50) ? StockKey{u"XX-99"_s, pick(kSkus)}
                          : StockKey{pick(kLocations), u"NOPE"_s};
    return {pick(kLocations), pick(kSkus)};
}

QString Simulation::someBatch(const StockKey &key, int existingPercent, bool preferHidden)
{
    const Cell *cell = m_ledger.state.cell(key);
    if (!cell || cell->batches.isEmpty() || !chance(existingPercent))
        return poolBatch();
    if (preferHidden && chance(60)) {
        for (const Batch &batch : cell->batches) {
            if (batch.hidden)
                return batch.id;
        }
    }
    return cell->batches.at(m_rng.bounded(static_cast<int>(cell->batches.size()))).id;
}

QDate Simulation::randomExpiry(const QString &sku)
{
    if (sku == "RICE"_L1 || chance(10))
        return {};
    // A little in the past too: receiving expired goods must be refused.
    return m_ledger.now.date().addDays(between(-2, 30));
}

QString Simulation::someReservation()
{
    if (m_reservationIds.isEmpty() || chance(3))
        return u"r-unknown-%1"_s.arg(m_rng.bounded(10));
    // Mostly recent ones, which are likely still active.
    const int size = static_cast<int>(m_reservationIds.size());
    const int recent = std::min(size, 12);
    return chance(75) ? m_reservationIds.at(size - 1 - m_rng.bounded(recent))
                      : m_reservationIds.at(m_rng.bounded(size));
}

// A reservation that can still be used (a hold whose time has not run out, when heldOnly):
// without the bias most picks would be released ones and only test the refusals.
QString Simulation::activeReservation(bool heldOnly)
{
    const State &state = m_ledger.state;
    QStringList candidates;
    for (const QString &location : kLocations) {
        for (const QString &sku : kSkus) {
            const Cell *cell = state.cell({location, sku});
            if (!cell)
                continue;
            for (const QString &id : cell->reservations) {
                const Reservation &reservation = *state.reservations.constFind(id);
                if (!heldOnly || (reservation.state == ReservationState::Held &&
                                  reservation.expiresAt > m_ledger.now))
                    candidates.append(id);
            }
        }
    }
    if (candidates.isEmpty())
        return someReservation();
    return pick(candidates);
}

PolicyPatch Simulation::randomPatch()
{
    PolicyPatch patch;
    if (chance(40))
        patch.bufferPct = chance(30) ? 0 : between(1, 40);
    if (chance(40))
        patch.bufferMin = between(0, 6);
    if (chance(40))
        patch.lockEnabled = chance(85);
    if (chance(30))
        patch.lockTtlS = between(30, 1800);
    if (chance(30))
        patch.lockMaxQty = chance(60) ? 0 : between(1, 10);
    if (chance(30))
        patch.hideBeforeExpiryH = between(0, 72);
    if (chance(20))
        patch.lowStock = between(0, 10);
    if (patch == PolicyPatch{})
        patch.bufferPct = between(0, 20);
    return patch;
}

CommandArgs Simulation::randomCommand(QString *label)
{
    const int roll = m_rng.bounded(100);
    if (roll < 18) {
        *label = u"receive"_s;
        const StockKey key = randomKey();
        auto args = atCell<Receive>(key);
        args.qty = between(1, 50);
        args.batch = someBatch(key, 50);
        const Cell *cell = m_ledger.state.cell(key);
        const Batch *existing = cell ? cell->batch(args.batch) : nullptr;
        // A batch past its expiry mostly makes way for a new one (else most receipts into
        // old batch ids would be refused as expired).
        if (existing && existing->expiry.isValid() && existing->expiry < m_ledger.now.date() &&
            chance(80)) {
            args.batch = poolBatch();
            existing = cell->batch(args.batch);
        }
        // Mostly the batch's own expiry; sometimes another one, which is a conflict.
        args.expiry = existing && chance(85) ? existing->expiry : randomExpiry(key.sku);
        if (chance(20))
            args.receivedAt = m_ledger.now.addMSecs(-qint64(m_rng.bounded(3 * 86400)) * 1000 -
                                                    m_rng.bounded(1000));
        if (chance(30))
            args.reference = u"PO-%1"_s.arg(between(1, 999));
        return args;
    }
    if (roll < 34) {
        auto args = atCell<Dispatch>(randomKey());
        args.qty = between(1, 15);
        if (chance(40)) {
            *label = u"dispatch reservation"_s;
            args.reservation = chance(70) ? activeReservation(false) : someReservation();
            const auto it = m_ledger.state.reservations.constFind(args.reservation);
            if (it != m_ledger.state.reservations.cend() && chance(90)) {
                args.location = it->key.location;
                args.sku = it->key.sku;
                if (it->qty > 0 && chance(85))
                    args.qty = between(1, static_cast<int>(it->qty));
            }
        } else {
            *label = u"dispatch"_s;
        }
        if (chance(25)) {
            args.batch = someBatch({args.location, args.sku}, 80);
            *label += u" batch"_s;
        }
        return args;
    }
    if (roll < 41) {
        const StockKey key = randomKey();
        auto args = atCell<Adjust>(key);
        args.batch = someBatch(key, 70);
        args.reason = u"count"_s;
        if (chance(50)) {
            *label = u"adjust counted"_s;
            args.counted = between(0, 40);
        } else {
            *label = u"adjust delta"_s;
            args.delta = chance(50) ? between(-10, -1) : between(1, 10);
        }
        if (chance(50))
            args.expiry = randomExpiry(key.sku);
        return args;
    }
    if (roll < 46) {
        *label = u"return"_s;
        const StockKey key = randomKey();
        auto args = atCell<Return>(key);
        args.qty = between(1, 5);
        if (chance(50))
            args.batch = someBatch(key, 80);
        // The expiry the goods carry, for a batch no longer on record.
        if (chance(30))
            args.expiry = randomExpiry(key.sku);
        if (chance(30))
            args.reference = u"NDR-%1"_s.arg(between(1, 999));
        return args;
    }
    if (roll < 51) {
        *label = u"write_off"_s;
        const StockKey key = randomKey();
        auto args = atCell<WriteOff>(key);
        args.batch = someBatch(key, 85, true);
        args.reason = u"expired"_s;
        if (chance(50))
            args.qty = between(1, 10);
        return args;
    }
    if (roll < 67) {
        *label = u"reserve"_s;
        const StockKey key = randomKey();
        auto args = atCell<Reserve>(key);
        args.qty = between(1, 12);
        args.channel = pick(kChannels);
        if (chance(50))
            args.holdS = between(10, 900);
        return args;
    }
    if (roll < 77) {
        if (chance(55)) {
            *label = u"commit hold"_s;
            Commit args;
            args.reservation = chance(70) ? activeReservation(true) : someReservation();
            return args;
        }
        *label = u"commit direct"_s;
        auto args = atCell<Commit>(randomKey());
        args.qty = between(1, 8);
        args.channel = pick(kChannels);
        return args;
    }
    if (roll < 84) {
        *label = u"release"_s;
        Release args;
        args.reservation = chance(50) ? activeReservation(false) : someReservation();
        args.reason = chance(80) ? ReleaseReason::Cancelled : ReleaseReason::Expired;
        return args;
    }
    if (roll < 90) {
        *label = u"set_policy"_s;
        SetPolicy args;
        args.sku = pick(kSkus);
        args.location = chance(60) ? pick(kLocations) : QString();
        args.patch = randomPatch();
        return args;
    }
    *label = u"sweep"_s;
    return Sweep{};
}

bool Simulation::step(int index)
{
    advanceClock();
    QString label;
    Command command;
    command.id = u"c%1-%2"_s.arg(m_seed).arg(index);
    command.actor = u"tester"_s;
    command.args = randomCommand(&label);

    StockKey key;
    if (const auto stock = stockKeyOf(command.args))
        key = *stock;
    else if (const auto *reserve = std::get_if<Reserve>(&command.args))
        key = {reserve->location, reserve->sku};
    else if (const auto *commit = std::get_if<Commit>(&command.args))
        key = commit->isDirect() ? StockKey{commit->location, commit->sku}
                                 : m_ledger.state.reservations.value(commit->reservation).key;
    Before before{m_ledger.state.availability(key), m_ledger.state.cells.value(key), {}};
    if (const auto *commit = std::get_if<Commit>(&command.args))
        before.reservation = m_ledger.state.reservations.value(commit->reservation);
    else if (const auto *release = std::get_if<Release>(&command.args))
        before.reservation = m_ledger.state.reservations.value(release->reservation);
    else if (const auto *dispatch = std::get_if<Dispatch>(&command.args))
        before.reservation = m_ledger.state.reservations.value(dispatch->reservation);
    const qsizetype firstEvent = m_ledger.events.size();

    const auto decision = m_ledger.run(command.args, command.id);
    if (decision)
        ++m_outcomes[label];
    else
        ++m_outcomes[u"refused "_s + toString(decision.error().code)];
    m_index = index;
    m_command = command;
    return checkCommand(command, decision, before, firstEvent) &&
           checkEvents(command, firstEvent) && checkCells() &&
           (!decision || checkStockRules(command, before, firstEvent));
}

bool Simulation::checkCommand(const Command &command, const Result<Decision> &decision,
                              const Before &prior, qsizetype firstEvent)
{
    const Availability &before = prior.figures;
    if (!decision) {
        const Error &error = decision.error();
        if (error.code == ErrorCode::Internal)
            return fail("internal error: " + error.message.toUtf8());
        if (error.code == ErrorCode::BadRequest && error.field.isEmpty())
            return fail("bad_request without a field: " + error.message.toUtf8());
        if (m_ledger.events.size() != firstEvent)
            return fail("a refused command wrote events");
        return true;
    }
    const QJsonObject &result = decision->result;

    if (const auto key = stockKeyOf(command.args)) {
        const Availability now = m_ledger.state.availability(*key);
        if (result.value("after"_L1).toObject() != toJson(now))
            return fail("ack `after` " +
                        QJsonDocument(result.value("after"_L1).toObject()).toJson() +
                        " differs from the state " + describe(now));
    }

    if (const auto *reserve = std::get_if<Reserve>(&command.args)) {
        const StockKey key{reserve->location, reserve->sku};
        const Availability now = m_ledger.state.availability(key);
        m_reservationIds.append(command.id);
        // DESIGN.md: reserve succeeds only when qty <= atp, so reserved never goes above
        // sellable - buffer when a hold is made.
        if (reserve->qty > before.atp || now.reserved > now.sellable() - now.buffer)
            return fail("reserve took reserved above sellable - buffer: before " +
                        describe(before) + ", after " + describe(now));
        if (now.reserved != before.reserved + reserve->qty)
            return fail("reserve did not add its qty to reserved");
        if (result.value("atp"_L1).toInteger(-1) != now.atp)
            return fail("reserve ack atp differs from the state");
        const Policy policy = m_ledger.state.effectivePolicy(key);
        if (!policy.lockEnabled || (policy.lockMaxQty > 0 && reserve->qty > policy.lockMaxQty))
            return fail("reserve accepted against the lock policy");
        const Reservation made = m_ledger.state.reservations.value(command.id);
        const int ttl = std::min(reserve->holdS.value_or(policy.lockTtlS), policy.lockTtlS);
        if (made.state != ReservationState::Held ||
            made.expiresAt != m_ledger.now.toUTC().addSecs(ttl))
            return fail("hold not held until now + min(hold_s, lock_ttl_s)");
    }
    if (const auto *commit = std::get_if<Commit>(&command.args)) {
        const QString id = commit->isDirect() ? command.id : commit->reservation;
        const Reservation &reservation = *m_ledger.state.reservations.constFind(id);
        const Availability now = m_ledger.state.availability(reservation.key);
        if (reservation.state != ReservationState::Committed)
            return fail("commit accepted but the reservation is not committed");
        if (commit->isDirect()) {
            m_reservationIds.append(command.id);
            if (commit->qty > before.atp || now.reserved > now.sellable() - now.buffer)
                return fail("direct commit took reserved above sellable - buffer: before " +
                            describe(before) + ", after " + describe(now));
        } else if (now.reserved != before.reserved) {
            // Turning a hold into an order moves nothing.
            return fail("committing a hold changed reserved");
        } else if (prior.reservation.state == ReservationState::Held &&
                   prior.reservation.expiresAt <= m_ledger.now) {
            // docs/inventory-rules.md: a hold past its expires_at is a conflict, even unswept.
            return fail("committed a hold whose time had run out");
        } else if (prior.reservation.state == ReservationState::Released) {
            return fail("committed a released reservation");
        }
    }
    if (const auto *dispatch = std::get_if<Dispatch>(&command.args)) {
        // docs/inventory-rules.md, dispatch limits.
        const Quantity limit = dispatch->reservation.isEmpty() ? before.sellable() - before.reserved
                                                               : before.sellable();
        if (dispatch->qty > limit)
            return fail("dispatch beyond its limit, before " + describe(before));
        const Availability now = m_ledger.state.availability({dispatch->location, dispatch->sku});
        if (now.onHand != before.onHand - dispatch->qty)
            return fail("dispatch did not take its qty off on_hand");
        // FEFO draws from sellable batches only (DESIGN.md): hidden stock stays put.
        if (now.hidden != before.hidden)
            return fail("dispatch drew from a hidden batch");
        const Quantity released = dispatch->reservation.isEmpty() ? 0 : dispatch->qty;
        if (now.reserved != before.reserved - released)
            return fail("dispatch against a reservation did not lower reserved by its qty");
    }
    if (const auto *release = std::get_if<Release>(&command.args)) {
        // Releasing a released reservation answers its state and writes nothing.
        if (!prior.reservation.isActive() && m_ledger.events.size() != firstEvent)
            return fail("releasing a released reservation wrote events");
        if (m_ledger.state.reservations.value(release->reservation).isActive())
            return fail("release left the reservation active");
    }
    return true;
}

// The rules of docs/inventory-rules.md a stream can check on every accepted command:
// FEFO, where returns go, and what the sweeper and a receipt leave hidden.
bool Simulation::checkStockRules(const Command &command, const Before &before, qsizetype firstEvent)
{
    const QList<Event> written = m_ledger.events.mid(firstEvent);
    const QDateTime now = m_ledger.now.toUTC();
    if (const auto *dispatch = std::get_if<Dispatch>(&command.args);
        dispatch && dispatch->batch.isEmpty()) {
        Quantity remaining = dispatch->qty;
        qsizetype next = 0;
        for (const Batch &batch : fefo(before.cell)) {
            if (remaining == 0)
                break;
            const Quantity take = std::min(remaining, batch.qty);
            remaining -= take;
            const Event *event = next < written.size() ? &written.at(next++) : nullptr;
            const auto *drawn = event ? std::get_if<StockDispatched>(&event->payload) : nullptr;
            if (!drawn || drawn->batch != batch.id || drawn->qty != take)
                return fail("dispatch did not draw FEFO: expected " + batch.id.toUtf8() + " x " +
                            QByteArray::number(take) + ", got " +
                            (event ? describe(*event) : QByteArray("nothing")));
        }
    }
    if (const auto *ret = std::get_if<Return>(&command.args); ret && ret->batch.isEmpty()) {
        const QList<Batch> order = fefo(before.cell);
        const QString expected = order.isEmpty() ? u"RETURNS"_s : order.first().id;
        const auto *returned =
            written.isEmpty() ? nullptr : std::get_if<StockReturned>(&written.first().payload);
        if (!returned || returned->batch != expected)
            return fail("return did not join the batch that sells next, " + expected.toUtf8());
    }
    if (const auto *receive = std::get_if<Receive>(&command.args)) {
        const StockKey key{receive->location, receive->sku};
        const Batch *batch = m_ledger.state.cell(key)->batch(receive->batch);
        if (!batch ||
            (dueToHide(*batch, m_ledger.state.effectivePolicy(key), now) && !batch->hidden))
            return fail("goods received inside their hide window were left on the shelf");
    }
    if (std::holds_alternative<Sweep>(command.args)) {
        // DESIGN.md: the sweeper releases expired holds and hides batches in their window.
        const State &state = m_ledger.state;
        for (auto it = state.cells.cbegin(); it != state.cells.cend(); ++it) {
            const Policy policy = state.effectivePolicy(it.key());
            for (const Batch &batch : it->batches) {
                if (!batch.hidden && dueToHide(batch, policy, now))
                    return fail("sweep left batch " + batch.id.toUtf8() + " on the shelf");
            }
            for (const QString &id : it->reservations) {
                const Reservation &reservation = *state.reservations.constFind(id);
                if (reservation.state == ReservationState::Held && reservation.expiresAt <= now)
                    return fail("sweep left expired hold " + id.toUtf8());
            }
        }
    }
    return true;
}

bool Simulation::checkEvents(const Command &command, qsizetype firstEvent)
{
    const QDateTime now = m_ledger.now.toUTC();
    for (qsizetype i = firstEvent; i < m_ledger.events.size(); ++i) {
        const Event &event = m_ledger.events.at(i);
        if (event.seq != i + 1)
            return fail("seq not gap-free: " + describe(event));
        if (!command.id.isEmpty() && (event.op != command.id || event.at != now))
            return fail("event does not name its command and time: " + describe(event));
        applyInPlace(m_replica, event);
        const bool cellEvent = !event.location.isEmpty() && !event.sku.isEmpty();
        if (event.after.has_value() != cellEvent)
            return fail("`after` must be present exactly on cell events: " + describe(event));
        if (cellEvent) {
            const Availability recomputed = m_replica.availability(event.key());
            if (*event.after != recomputed)
                return fail("event `after` differs from the replica's " + describe(recomputed) +
                            ": " + describe(event));
        }
    }
    return true;
}

bool Simulation::checkCells() const
{
    const State &state = m_ledger.state;
    for (auto it = state.cells.cbegin(); it != state.cells.cend(); ++it) {
        const Cell &cell = *it;
        const Availability figures = state.availability(it.key());
        const QByteArray where = (it.key().location + u'/' + it.key().sku).toUtf8();
        if (figures.onHand < 0 || figures.hidden < 0 || figures.hidden > figures.onHand)
            return fail("impossible stock at " + where + ": " + describe(figures));
        for (const Batch &batch : cell.batches) {
            if (batch.qty < 0)
                return fail("negative batch " + batch.id.toUtf8() + " at " + where);
            // docs/inventory-rules.md: emptied batches leave the state.
            if (batch.qty == 0)
                return fail("empty batch " + batch.id.toUtf8() + " kept at " + where);
        }
        Quantity reserved = 0;
        for (const QString &id : cell.reservations) {
            const auto found = state.reservations.constFind(id);
            if (found == state.reservations.cend() || !found->isActive() ||
                found->key != it.key() || found->qty < 0)
                return fail("cell " + where +
                            " lists a reservation it does not own: " + id.toUtf8());
            reserved += found->qty;
            // Orders are covered oldest first; the ones the shelf no longer covers are at risk.
            if (found->atRisk != (reserved > figures.sellable()))
                return fail("at_risk flag of " + id.toUtf8() + " at " + where +
                            " disagrees with the shelf: " + describe(figures));
        }
        if (reserved != cell.reserved || cell.reserved < 0)
            return fail("reserved at " + where + " is not the sum of its reservations");
        if (figures.buffer < 0 || figures.buffer > std::max<Quantity>(0, figures.sellable()) ||
            figures.atp < 0)
            return fail("impossible figures at " + where + ": " + describe(figures));
    }
    return true;
}

bool Simulation::finish()
{
    m_index = -1;
    const State &state = m_ledger.state;
    if (!(m_replica == state))
        return fail("the replica folding events one by one drifted from the ledger's state");

    // The ledger alone rebuilds the state.
    State replayed;
    for (const Event &event : std::as_const(m_ledger.events))
        applyInPlace(replayed, event);
    if (!(replayed == state))
        return fail("replaying the events does not rebuild the state");

    // And so does the ledger as it travels: every event through JSON text and back.
    State decodedReplay;
    for (const Event &event : std::as_const(m_ledger.events)) {
        const auto decoded = decodeEvent(throughText(encodeEvent(event)));
        if (!decoded)
            return fail("event refused by the codec (" + decoded.error().field.toUtf8() + ": " +
                        decoded.error().message.toUtf8() + "): " + describe(event));
        if (!(decoded.value() == event))
            return fail("event changed through the codec: " + describe(event) + " came back as " +
                        describe(decoded.value()));
        applyInPlace(decodedReplay, decoded.value());
    }
    if (!(decodedReplay == state))
        return fail("replaying the decoded events does not rebuild the state");

    // Every active reservation is on its cell's list (the reverse was checked per command).
    for (const Reservation &reservation : state.reservations) {
        if (!reservation.isActive())
            continue;
        const Cell *cell = state.cell(reservation.key);
        if (!cell || !cell->reservations.contains(reservation.id))
            return fail("active reservation missing from its cell: " + reservation.id.toUtf8());
    }
    return true;
}

} // namespace

class TestRandomized : public QObject
{
    Q_OBJECT

private slots:
    void commandStreams_data();
    void commandStreams();
    void cleanupTestCase();

private:
    qint64 m_commands = 0;
    qint64 m_events = 0;
    qint64 m_elapsedMs = 0;
};

void TestRandomized::commandStreams_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("commands");
    // Six streams of 20,000 commands: 120,000 in all.
    for (quint32 seed : {1u, 7u, 42u, 2026u, 31337u, 4000000007u})
        QTest::newRow(QByteArray("seed " + QByteArray::number(seed)).constData()) << seed << 20000;
}

void TestRandomized::commandStreams()
{
    QFETCH(quint32, seed);
    QFETCH(int, commands);

    QElapsedTimer timer;
    timer.start();
    Simulation simulation(seed);
    QVERIFY(simulation.setUp());
    for (int index = 0; index < commands; ++index) {
        if (!simulation.step(index))
            return;
    }
    QVERIFY(simulation.finish());

    // The stream must actually exercise the rules, not bounce off refusals.
    const QHash<QString, int> &counts = simulation.outcomes();
    for (const char *label : {"receive",
                              "dispatch",
                              "dispatch batch",
                              "dispatch reservation",
                              "adjust counted",
                              "adjust delta",
                              "return",
                              "write_off",
                              "reserve",
                              "commit hold",
                              "commit direct",
                              "release",
                              "set_policy",
                              "sweep",
                              "refused insufficient_stock",
                              "refused expired",
                              "refused conflict",
                              "refused lock_disabled",
                              "refused lock_limit",
                              "refused unknown_reservation",
                              "refused unknown_location",
                              "refused unknown_sku"})
        QVERIFY2(counts.value(QString::fromLatin1(label)) > 0, label);
    // Every kind of event, and every release reason, shows up in the ledger.
    std::array<int, 12> kinds{};
    std::array<int, 3> releaseReasons{};
    for (const Event &event : simulation.events()) {
        ++kinds.at(static_cast<size_t>(event.kind()));
        if (const auto *released = std::get_if<ReservationReleased>(&event.payload))
            ++releaseReasons.at(static_cast<size_t>(released->reason));
    }
    for (size_t kind = 0; kind < kinds.size(); ++kind)
        QVERIFY2(kinds.at(kind) > 0, qPrintable(toString(static_cast<EventKind>(kind))));
    for (size_t reason = 0; reason < releaseReasons.size(); ++reason)
        QVERIFY2(releaseReasons.at(reason) > 0,
                 qPrintable(toString(static_cast<ReleaseReason>(reason))));

    const qint64 elapsed = timer.elapsed();
    m_commands += commands;
    m_events += simulation.eventCount();
    m_elapsedMs += elapsed;
    QString summary;
    QStringList labels = counts.keys();
    labels.sort();
    for (const QString &label : std::as_const(labels))
        summary += u"%1=%2 "_s.arg(label).arg(counts.value(label));
    qInfo("seed %u: %d commands, %lld events, %lld ms; %s", seed, commands,
          static_cast<long long>(simulation.eventCount()), static_cast<long long>(elapsed),
          qPrintable(summary));
}

void TestRandomized::cleanupTestCase()
{
    qInfo("%lld commands, %lld events in %lld ms", static_cast<long long>(m_commands),
          static_cast<long long>(m_events), static_cast<long long>(m_elapsedMs));
}

QTEST_GUILESS_MAIN(TestRandomized)
#include "tst_randomized.moc"
