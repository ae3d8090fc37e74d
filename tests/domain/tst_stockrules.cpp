// Rule tables for the stock ops (receive, dispatch, adjust, return, write_off) and for the
// sweeper's batch hiding, run through decide() + apply() by TestLedger. Every row states
// the whole outcome: the error (code, field, atp) or the exact events, the figures, the
// batches and the reservations of the cell afterwards, so a row fails on any drift.

#include "TestLedger.h"

#include "domain/Commands.h"
#include "domain/Events.h"
#include "domain/JsonFormat.h"
#include "domain/Rules.h"
#include "domain/State.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;
using shelfsync::testing::TestLedger;

namespace {

// A row's set-up: the commands that bring the ledger to the state the row starts from.
using Setup = std::function<void(TestLedger &)>;

// What a row expects. Every member has a default initializer so rows can name only what
// they need with designated initializers (and -Wmissing-field-initializers stays quiet).
struct Expect
{
    QString error = {}; // wire code; empty: the command is accepted
    QString field = {};
    qint64 atp = -1; // insufficient_stock carries the cell's atp; -1: no atp expected
    QStringList events = {};
    Availability after = {};
    QStringList batches = {};      // the cell's batches afterwards, in state order
    QStringList atRisk = {};       // the result's `at_risk`
    QStringList reservations = {}; // every reservation in the state, by id
    QJsonObject result = {};       // keys the result must carry with these values
    QString location = u"DS-01"_s; // the cell the figures, batches are read from
    QString sku = u"MILK"_s;
};

} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(Expect)
Q_DECLARE_METATYPE(shelfsync::domain::CommandArgs)
Q_DECLARE_METATYPE(shelfsync::domain::Receive)

namespace {

const QString kStore = u"DS-01"_s;
const QString kMilk = u"MILK"_s;
const QString kBread = u"BREAD"_s;
const QString kCommandId = u"CMD"_s;

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

// Days relative to the ledger's default today, 2026-11-25.
QDate day(int offset)
{
    return QDate(2026, 11, 25).addDays(offset);
}

QDateTime utc(int year, int month, int dayOfMonth, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, dayOfMonth), QTime(hour, minute, second), Qt::UTC);
}

// ---- commands -------------------------------------------------------------------------

Receive receiving(const QString &batch, Quantity qty, const QDate &expiry = {})
{
    Receive args;
    args.location = kStore;
    args.sku = kMilk;
    args.qty = qty;
    args.batch = batch;
    args.expiry = expiry;
    return args;
}

Dispatch dispatching(Quantity qty, const QString &batch = {}, const QString &reservation = {})
{
    Dispatch args;
    args.location = kStore;
    args.sku = kMilk;
    args.qty = qty;
    args.batch = batch;
    args.reservation = reservation;
    return args;
}

Adjust counting(const QString &batch, Quantity counted, const QDate &expiry = {})
{
    Adjust args;
    args.location = kStore;
    args.sku = kMilk;
    args.batch = batch;
    args.counted = counted;
    args.reason = u"cycle count"_s;
    args.expiry = expiry;
    return args;
}

Adjust moving(const QString &batch, Quantity delta)
{
    Adjust args;
    args.location = kStore;
    args.sku = kMilk;
    args.batch = batch;
    args.delta = delta;
    args.reason = u"found"_s;
    return args;
}

Return returning(Quantity qty, const QString &batch = {})
{
    Return args;
    args.location = kStore;
    args.sku = kMilk;
    args.qty = qty;
    args.batch = batch;
    args.reference = u"NDR-1"_s;
    return args;
}

WriteOff writingOff(const QString &batch, std::optional<Quantity> qty = std::nullopt)
{
    WriteOff args;
    args.location = kStore;
    args.sku = kMilk;
    args.batch = batch;
    args.qty = qty;
    args.reason = u"damaged"_s;
    return args;
}

Release releasing(const QString &reservation)
{
    Release args;
    args.reservation = reservation;
    return args;
}

// The same command for another cell (unknown codes, other SKUs).
template <class Args>
Args at(Args args, const QString &location, const QString &sku)
{
    args.location = location;
    args.sku = sku;
    return args;
}

// ---- set-up steps ---------------------------------------------------------------------

// A refused set-up step fails the row (it does not abort the whole run) and the runner
// stops before the command under test.
void must(TestLedger &ledger, const CommandArgs &args, const QString &id = {})
{
    const auto decision = ledger.run(args, id);
    if (!decision) {
        const QString message = u"set-up command refused: "_s + decision.error().message;
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    }
}

Setup given(const QList<Setup> &steps)
{
    return [steps](TestLedger &ledger) {
        for (const Setup &step : steps)
            step(ledger);
    };
}

Setup nothing()
{
    return [](TestLedger &) {};
}

Setup stock(const QString &batch, Quantity qty, const QDate &expiry = {},
            const QString &sku = kMilk)
{
    return
        [=](TestLedger &ledger) { must(ledger, at(receiving(batch, qty, expiry), kStore, sku)); };
}

Setup stockReceivedAt(const QString &batch, Quantity qty, const QDate &expiry,
                      const QDateTime &receivedAt)
{
    return [=](TestLedger &ledger) {
        Receive args = receiving(batch, qty, expiry);
        args.receivedAt = receivedAt;
        must(ledger, args);
    };
}

// A cart hold (reserve), named by the id of the command that made it.
Setup hold(const QString &id, Quantity qty, const QString &sku = kMilk)
{
    return [=](TestLedger &ledger) {
        Reserve args;
        args.location = kStore;
        args.sku = sku;
        args.qty = qty;
        args.channel = u"web"_s;
        must(ledger, args, id);
    };
}

// A committed order placed directly (commit without a hold).
Setup order(const QString &id, Quantity qty, const QString &sku = kMilk)
{
    return [=](TestLedger &ledger) {
        Commit args;
        args.location = kStore;
        args.sku = sku;
        args.qty = qty;
        args.channel = u"pos"_s;
        must(ledger, args, id);
    };
}

Setup release(const QString &id)
{
    return [=](TestLedger &ledger) { must(ledger, releasing(id)); };
}

Setup recount(const QString &batch, Quantity counted)
{
    return [=](TestLedger &ledger) { must(ledger, counting(batch, counted)); };
}

Setup giveBack(Quantity qty)
{
    return [=](TestLedger &ledger) { must(ledger, returning(qty)); };
}

// hide_before_expiry_h for MILK: at one location, or (location empty) the SKU's default.
Setup hideHours(int hours, const QString &location = kStore)
{
    return [=](TestLedger &ledger) {
        PolicyPatch patch;
        patch.hideBeforeExpiryH = hours;
        must(ledger, SetPolicy{kMilk, location, patch});
    };
}

Setup buffer(int pct, Quantity min)
{
    return [=](TestLedger &ledger) {
        PolicyPatch patch;
        patch.bufferPct = pct;
        patch.bufferMin = min;
        must(ledger, SetPolicy{kMilk, kStore, patch});
    };
}

Setup timeIs(const QDateTime &now)
{
    return [=](TestLedger &ledger) { ledger.now = now; };
}

Setup advanceDays(int days)
{
    return [=](TestLedger &ledger) { ledger.advance(qint64(days) * 86400); };
}

Setup sweep()
{
    return [](TestLedger &ledger) { must(ledger, Sweep{}); };
}

// Two batches whose receipt order is the opposite of their FEFO order.
Setup twoExpiries()
{
    return given({stock(u"B-LATE"_s, 10, day(20)), stock(u"B-EARLY"_s, 3, day(5))});
}

// A batch received on its expiry day (hidden at once) beside a sellable one.
Setup withHidden()
{
    return given({stock(u"H"_s, 5, day(0)), stock(u"L"_s, 10, day(20))});
}

// ---- expectations ---------------------------------------------------------------------

Expect refused(const QString &code, const QString &field = {}, qint64 atp = -1)
{
    return Expect{.error = code, .field = field, .atp = atp};
}

QString figures(const Availability &a)
{
    return u"on_hand=%1 hidden=%2 reserved=%3 buffer=%4 atp=%5"_s.arg(a.onHand)
        .arg(a.hidden)
        .arg(a.reserved)
        .arg(a.buffer)
        .arg(a.atp);
}

QString describe(const Event &event)
{
    const QString kind = toString(event.kind());
    return std::visit(
        Overloaded{
            [&](const StockReceived &e) { return u"%1 %2 %3"_s.arg(kind, e.batch).arg(e.qty); },
            [&](const StockDispatched &e) {
                QString text = u"%1 %2 %3"_s.arg(kind, e.batch).arg(e.qty);
                if (!e.reservation.isEmpty())
                    text += u" for "_s + e.reservation;
                return text;
            },
            [&](const StockAdjusted &e) {
                QString text =
                    u"%1 %2 delta=%3 counted=%4"_s.arg(kind, e.batch).arg(e.delta).arg(e.counted);
                if (e.expiry.isValid())
                    text += u" expiry="_s + formatDate(e.expiry);
                return text;
            },
            [&](const StockReturned &e) { return u"%1 %2 %3"_s.arg(kind, e.batch).arg(e.qty); },
            [&](const StockWrittenOff &e) { return u"%1 %2 %3"_s.arg(kind, e.batch).arg(e.qty); },
            [&](const BatchHidden &e) { return u"%1 %2 %3"_s.arg(kind, e.batch).arg(e.qty); },
            [&](const ReservationReleased &e) {
                return u"%1 %2 qty=%3 %4"_s.arg(kind, e.reservation)
                    .arg(e.qty)
                    .arg(toString(e.reason));
            },
            [&](const auto &) { return kind; },
        },
        event.payload);
}

QStringList describeBatches(const State &state, const StockKey &key)
{
    QStringList lines;
    if (const Cell *cell = state.cell(key)) {
        for (const Batch &batch : cell->batches) {
            QString line = u"%1 %2 %3"_s.arg(batch.id).arg(batch.qty).arg(
                batch.expiry.isValid() ? formatDate(batch.expiry) : u"none"_s);
            if (batch.hidden)
                line += u" hidden"_s;
            lines.append(line);
        }
    }
    return lines;
}

QStringList describeReservations(const State &state)
{
    QStringList ids = state.reservations.keys();
    ids.sort();
    QStringList lines;
    for (const QString &id : std::as_const(ids)) {
        const Reservation r = state.reservations.value(id);
        QString stateText = toString(r.state);
        if (r.state == ReservationState::Released)
            stateText += u"("_s + toString(r.releaseReason) + u")"_s;
        QString line = u"%1 %2 %3"_s.arg(id, stateText).arg(r.qty);
        if (r.atRisk)
            line += u" at_risk"_s;
        lines.append(line);
    }
    return lines;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

std::optional<StockKey> commandKey(const CommandArgs &args)
{
    return std::visit(Overloaded{
                          [](const Receive &a) -> std::optional<StockKey> {
                              return StockKey{a.location, a.sku};
                          },
                          [](const Dispatch &a) -> std::optional<StockKey> {
                              return StockKey{a.location, a.sku};
                          },
                          [](const Adjust &a) -> std::optional<StockKey> {
                              return StockKey{a.location, a.sku};
                          },
                          [](const Return &a) -> std::optional<StockKey> {
                              return StockKey{a.location, a.sku};
                          },
                          [](const WriteOff &a) -> std::optional<StockKey> {
                              return StockKey{a.location, a.sku};
                          },
                          [](const auto &) -> std::optional<StockKey> { return std::nullopt; },
                      },
                      args);
}

} // namespace

class TestStockRules : public QObject
{
    Q_OBJECT

private slots:
    void receive_data();
    void receive() { runRow(); }
    void receivedAt_data();
    void receivedAt();
    void dispatch_data();
    void dispatch() { runRow(); }
    void adjust_data();
    void adjust() { runRow(); }
    void atRiskClears_data();
    void atRiskClears() { runRow(); }
    void returnGoods_data();
    void returnGoods() { runRow(); }
    void writeOff_data();
    void writeOff() { runRow(); }
    void sweepHides_data();
    void sweepHides() { runRow(); }

private:
    static void addColumns();
    static void runRow();
};

void TestStockRules::addColumns()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<CommandArgs>("command");
    QTest::addColumn<Expect>("expect");
}

// One runner for every table: set up, run the command, then compare everything the row
// states, and check on every event that its `after` is what a replica applying the events
// one by one computes (the drift check of PROTOCOL.md).
void TestStockRules::runRow()
{
    QFETCH(Setup, setup);
    QFETCH(CommandArgs, command);
    QFETCH(Expect, expect);

    TestLedger ledger;
    ledger.standardSetUp();
    setup(ledger);
    if (QTest::currentTestFailed())
        return;

    const State before = ledger.state;
    const qsizetype eventsBefore = ledger.events.size();
    const auto decision = ledger.run(command, kCommandId);

    if (!expect.error.isEmpty()) {
        QVERIFY2(!decision.ok(), "the command was accepted; the row expects a refusal");
        const Error &error = decision.error();
        QCOMPARE(toString(error.code), expect.error);
        QCOMPARE(error.field, expect.field);
        if (expect.atp < 0) {
            QVERIFY2(!error.atp.has_value(), "the error carries an atp the row does not expect");
        } else {
            QVERIFY2(error.atp.has_value(), "insufficient_stock without atp");
            QCOMPARE(*error.atp, expect.atp);
        }
        // A refused command writes nothing and changes nothing.
        QCOMPARE(ledger.events.size(), eventsBefore);
        QVERIFY(ledger.state == before);
        return;
    }

    QVERIFY2(decision.ok(),
             qPrintable(decision.ok() ? QString()
                                      : QString(toString(decision.error().code) + u": "_s +
                                                decision.error().message)));
    const QList<Event> &events = decision->events;
    QStringList described;
    for (const Event &event : events)
        described.append(describe(event));
    QCOMPARE(described, expect.events);

    const std::optional<StockKey> key = commandKey(command);
    State replay = before;
    for (const Event &event : events) {
        QCOMPARE(event.op, kCommandId);
        QCOMPARE(event.at, ledger.now);
        if (key)
            QCOMPARE(event.key(), *key);
        applyInPlace(replay, event);
        QVERIFY2(event.after.has_value(), qPrintable(describe(event) + u" has no after"_s));
        QCOMPARE(figures(*event.after), figures(replay.availability(event.key())));
    }
    QVERIFY(replay == ledger.state);

    const StockKey cell = key ? *key : StockKey{expect.location, expect.sku};
    QCOMPARE(figures(ledger.availability(cell.location, cell.sku)), figures(expect.after));
    if (key) {
        // Stock ops answer with the figures after the command.
        const auto answered = availabilityFromJson(decision->result.value(u"after"_s));
        QVERIFY2(answered.has_value(), "result has no after");
        QCOMPARE(figures(*answered), figures(expect.after));
    }
    QCOMPARE(describeBatches(ledger.state, cell), expect.batches);
    QCOMPARE(strings(decision->result.value(u"at_risk"_s)), expect.atRisk);
    QCOMPARE(describeReservations(ledger.state), expect.reservations);
    for (auto it = expect.result.constBegin(); it != expect.result.constEnd(); ++it)
        QCOMPARE(decision->result.value(it.key()).toVariant(), it.value().toVariant());

    if (std::holds_alternative<Dispatch>(command)) {
        // The ack's `batches` lists exactly the draws the events record.
        QStringList fromResult;
        for (const QJsonValue &draw : decision->result.value(u"batches"_s).toArray()) {
            const QJsonObject object = draw.toObject();
            fromResult.append(u"%1 %2"_s.arg(object.value(u"batch"_s).toString())
                                  .arg(object.value(u"qty"_s).toInteger()));
        }
        QStringList fromEvents;
        for (const Event &event : events) {
            if (const auto *e = std::get_if<StockDispatched>(&event.payload))
                fromEvents.append(u"%1 %2"_s.arg(e->batch).arg(e->qty));
        }
        QCOMPARE(fromResult, fromEvents);
    }
}

void TestStockRules::receive_data()
{
    addColumns();

    QTest::addRow("new batch with expiry")
        << nothing() << CommandArgs(receiving(u"B1"_s, 10, day(15)))
        << Expect{.events = {u"stock.received B1 10"_s},
                  .after = {10, 0, 0, 0, 10},
                  .batches = {u"B1 10 2026-12-10"_s}};
    QTest::addRow("new batch without expiry") << nothing() << CommandArgs(receiving(u"B1"_s, 10))
                                              << Expect{.events = {u"stock.received B1 10"_s},
                                                        .after = {10, 0, 0, 0, 10},
                                                        .batches = {u"B1 10 none"_s}};
    QTest::addRow("same batch again adds up")
        << stock(u"B1"_s, 10, day(15)) << CommandArgs(receiving(u"B1"_s, 5, day(15)))
        << Expect{.events = {u"stock.received B1 5"_s},
                  .after = {15, 0, 0, 0, 15},
                  .batches = {u"B1 15 2026-12-10"_s}};
    QTest::addRow("another batch is kept apart")
        << stock(u"B1"_s, 10, day(15)) << CommandArgs(receiving(u"B2"_s, 4, day(20)))
        << Expect{.events = {u"stock.received B2 4"_s},
                  .after = {14, 0, 0, 0, 14},
                  .batches = {u"B1 10 2026-12-10"_s, u"B2 4 2026-12-15"_s}};
    // One batch has one expiry: a second receipt that disagrees is a conflict on `expiry`.
    QTest::addRow("same batch, other expiry: conflict")
        << stock(u"B1"_s, 10, day(15)) << CommandArgs(receiving(u"B1"_s, 5, day(16)))
        << refused(u"conflict"_s, u"expiry"_s);
    QTest::addRow("same batch, expiry left out: conflict")
        << stock(u"B1"_s, 10, day(15)) << CommandArgs(receiving(u"B1"_s, 5))
        << refused(u"conflict"_s, u"expiry"_s);
    QTest::addRow("same batch without expiry, expiry added: conflict")
        << stock(u"B1"_s, 10) << CommandArgs(receiving(u"B1"_s, 5, day(15)))
        << refused(u"conflict"_s, u"expiry"_s);
    // Expired means expiry < today: yesterday's goods are refused, today's are not.
    QTest::addRow("expiry yesterday: expired")
        << nothing() << CommandArgs(receiving(u"B1"_s, 10, day(-1)))
        << refused(u"expired"_s, u"expiry"_s);
    QTest::addRow("expiry a month ago: expired")
        << nothing() << CommandArgs(receiving(u"B1"_s, 10, day(-30)))
        << refused(u"expired"_s, u"expiry"_s);
    // Default 24 h: hide moment = 2026-11-26T00:00Z - 24 h = 2026-11-25T00:00Z <= now.
    QTest::addRow("expiry today: accepted, hidden at once (24 h)")
        << nothing() << CommandArgs(receiving(u"B1"_s, 10, day(0)))
        << Expect{.events = {u"stock.received B1 10"_s, u"batch.hidden B1 10"_s},
                  .after = {10, 10, 0, 0, 0},
                  .batches = {u"B1 10 2026-11-25 hidden"_s}};
    // Hide moment 2026-11-26T00:00Z is still 14 h away.
    QTest::addRow("expiry tomorrow: on the shelf (24 h)")
        << nothing() << CommandArgs(receiving(u"B1"_s, 10, day(1)))
        << Expect{.events = {u"stock.received B1 10"_s},
                  .after = {10, 0, 0, 0, 10},
                  .batches = {u"B1 10 2026-11-26"_s}};
    // 0 h: hidden only at 2026-11-26T00:00Z, when the expiry day ends.
    QTest::addRow("expiry today, hide 0 h: on the shelf until midnight")
        << hideHours(0) << CommandArgs(receiving(u"B1"_s, 10, day(0)))
        << Expect{.events = {u"stock.received B1 10"_s},
                  .after = {10, 0, 0, 0, 10},
                  .batches = {u"B1 10 2026-11-25"_s}};
    // 48 h: 2026-11-27T00:00Z - 48 h = 2026-11-25T00:00Z <= now.
    QTest::addRow("expiry tomorrow, hide 48 h: hidden at once")
        << hideHours(48) << CommandArgs(receiving(u"B1"_s, 10, day(1)))
        << Expect{.events = {u"stock.received B1 10"_s, u"batch.hidden B1 10"_s},
                  .after = {10, 10, 0, 0, 0},
                  .batches = {u"B1 10 2026-11-26 hidden"_s}};
    // 48 h: 2026-11-28T00:00Z - 48 h = 2026-11-26T00:00Z > now.
    QTest::addRow("expiry in two days, hide 48 h: on the shelf")
        << hideHours(48) << CommandArgs(receiving(u"B1"_s, 10, day(2)))
        << Expect{.events = {u"stock.received B1 10"_s},
                  .after = {10, 0, 0, 0, 10},
                  .batches = {u"B1 10 2026-11-27"_s}};
    // Hidden already: no second batch.hidden, and the new units are hidden with the rest.
    QTest::addRow("more into a hidden batch stays hidden")
        << stock(u"B1"_s, 10, day(0)) << CommandArgs(receiving(u"B1"_s, 5, day(0)))
        << Expect{.events = {u"stock.received B1 5"_s},
                  .after = {15, 15, 0, 0, 0},
                  .batches = {u"B1 15 2026-11-25 hidden"_s}};
    // buffer = max(0, ceil(15 * 20 / 100)) = 3; atp = 15 - 0 - 3 = 12.
    QTest::addRow("buffer shows in after")
        << buffer(20, 0) << CommandArgs(receiving(u"B1"_s, 15, day(15)))
        << Expect{.events = {u"stock.received B1 15"_s},
                  .after = {15, 0, 0, 3, 12},
                  .batches = {u"B1 15 2026-12-10"_s}};
    QTest::addRow("receipt on a cell with orders")
        << given({stock(u"B1"_s, 10, day(15)), order(u"R1"_s, 8)})
        << CommandArgs(receiving(u"B2"_s, 5, day(20)))
        << Expect{.events = {u"stock.received B2 5"_s},
                  .after = {15, 0, 8, 0, 7},
                  .batches = {u"B1 10 2026-12-10"_s, u"B2 5 2026-12-15"_s},
                  .reservations = {u"R1 committed 8"_s}};
    // Today is the UTC day: 2026-11-26T01:00+05:00 is 2026-11-25T20:00Z, so goods expiring
    // 2026-11-25 are not expired yet (and are inside the 24 h window).
    QTest::addRow("clock east of UTC: today is still the UTC day")
        << timeIs(QDateTime(QDate(2026, 11, 26), QTime(1, 0), QTimeZone(5 * 3600)))
        << CommandArgs(receiving(u"B1"_s, 10, day(0)))
        << Expect{.events = {u"stock.received B1 10"_s, u"batch.hidden B1 10"_s},
                  .after = {10, 10, 0, 0, 0},
                  .batches = {u"B1 10 2026-11-25 hidden"_s}};
    // 2026-11-25T23:00-05:00 is 2026-11-26T04:00Z: goods expiring 2026-11-25 are expired.
    QTest::addRow("clock west of UTC: today is already the next UTC day")
        << timeIs(QDateTime(QDate(2026, 11, 25), QTime(23, 0), QTimeZone(-5 * 3600)))
        << CommandArgs(receiving(u"B1"_s, 10, day(0))) << refused(u"expired"_s, u"expiry"_s);
    QTest::addRow("unknown location")
        << nothing() << CommandArgs(at(receiving(u"B1"_s, 10, day(15)), u"XX-99"_s, kMilk))
        << refused(u"unknown_location"_s);
    QTest::addRow("unknown SKU") << nothing()
                                 << CommandArgs(
                                        at(receiving(u"B1"_s, 10, day(15)), kStore, u"CHEESE"_s))
                                 << refused(u"unknown_sku"_s);
    QTest::addRow("unknown location and SKU: location first")
        << nothing() << CommandArgs(at(receiving(u"B1"_s, 10, day(15)), u"XX-99"_s, u"CHEESE"_s))
        << refused(u"unknown_location"_s);
    // PROTOCOL.md: unknown codes are checked before the rules (here: expired).
    QTest::addRow("unknown SKU before expired")
        << nothing() << CommandArgs(at(receiving(u"B1"_s, 10, day(-1)), kStore, u"CHEESE"_s))
        << refused(u"unknown_sku"_s);
    QTest::addRow("into the warehouse")
        << nothing() << CommandArgs(at(receiving(u"W1"_s, 50), u"WH-01"_s, kBread))
        << Expect{.events = {u"stock.received W1 50"_s},
                  .after = {50, 0, 0, 0, 50},
                  .batches = {u"W1 50 none"_s},
                  .location = u"WH-01"_s,
                  .sku = kBread};
}

void TestStockRules::receivedAt_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<Receive>("command");
    QTest::addColumn<QDateTime>("eventReceivedAt");
    QTest::addColumn<QDateTime>("batchReceivedAt");

    const QDateTime now = utc(2026, 11, 25, 10);
    Receive backdated = receiving(u"B1"_s, 10, day(15));
    backdated.receivedAt = utc(2026, 11, 23, 8, 30);

    QTest::addRow("absent: the command's time")
        << nothing() << receiving(u"B1"_s, 10, day(15)) << now << now;
    QTest::addRow("backdated: kept as given")
        << nothing() << backdated << utc(2026, 11, 23, 8, 30) << utc(2026, 11, 23, 8, 30);
    // The batch keeps its first receipt (FEFO and age follow it); the event records this one.
    QTest::addRow("same batch a day later: first receipt kept")
        << given({stock(u"B1"_s, 10, day(15)), advanceDays(1)}) << receiving(u"B1"_s, 5, day(15))
        << utc(2026, 11, 26, 10) << now;
}

void TestStockRules::receivedAt()
{
    QFETCH(Setup, setup);
    QFETCH(Receive, command);
    QFETCH(QDateTime, eventReceivedAt);
    QFETCH(QDateTime, batchReceivedAt);

    TestLedger ledger;
    ledger.standardSetUp();
    setup(ledger);
    if (QTest::currentTestFailed())
        return;
    const auto decision = ledger.run(command);
    QVERIFY(decision.ok());
    QCOMPARE(decision->events.size(), qsizetype(1));
    const auto *received = std::get_if<StockReceived>(&decision->events.first().payload);
    QVERIFY(received);
    QCOMPARE(received->receivedAt, eventReceivedAt);
    const Batch *batch = ledger.state.cell({kStore, kMilk})->batch(command.batch);
    QVERIFY(batch);
    QCOMPARE(batch->receivedAt, batchReceivedAt);
}

void TestStockRules::dispatch_data()
{
    addColumns();

    // B-LATE 10 (2026-12-15) was received before B-EARLY 3 (2026-11-30).
    QTest::addRow("FEFO: earliest expiry first, though received later")
        << twoExpiries() << CommandArgs(dispatching(2))
        << Expect{.events = {u"stock.dispatched B-EARLY 2"_s},
                  .after = {11, 0, 0, 0, 11},
                  .batches = {u"B-LATE 10 2026-12-15"_s, u"B-EARLY 1 2026-11-30"_s}};
    QTest::addRow("FEFO: spans batches, the emptied one leaves")
        << twoExpiries() << CommandArgs(dispatching(5))
        << Expect{.events = {u"stock.dispatched B-EARLY 3"_s, u"stock.dispatched B-LATE 2"_s},
                  .after = {8, 0, 0, 0, 8},
                  .batches = {u"B-LATE 8 2026-12-15"_s}};
    QTest::addRow("FEFO: goods without expiry last")
        << given({stock(u"N"_s, 10), stock(u"E"_s, 4, day(300))}) << CommandArgs(dispatching(6))
        << Expect{.events = {u"stock.dispatched E 4"_s, u"stock.dispatched N 2"_s},
                  .after = {8, 0, 0, 0, 8},
                  .batches = {u"N 8 none"_s}};
    // B-Z was received (backdated) two days before B-A: same expiry, so B-Z goes first.
    QTest::addRow("FEFO: same expiry, earlier receipt first")
        << given({stock(u"B-A"_s, 5, day(10)),
                  stockReceivedAt(u"B-Z"_s, 5, day(10), utc(2026, 11, 23, 10))})
        << CommandArgs(dispatching(3))
        << Expect{.events = {u"stock.dispatched B-Z 3"_s},
                  .after = {7, 0, 0, 0, 7},
                  .batches = {u"B-A 5 2026-12-05"_s, u"B-Z 2 2026-12-05"_s}};
    QTest::addRow("FEFO: same expiry and receipt, batch id decides")
        << given({stock(u"B-2"_s, 5, day(10)), stock(u"B-1"_s, 5, day(10))})
        << CommandArgs(dispatching(7))
        << Expect{.events = {u"stock.dispatched B-1 5"_s, u"stock.dispatched B-2 2"_s},
                  .after = {3, 0, 0, 0, 3},
                  .batches = {u"B-2 3 2026-12-05"_s}};
    // H (5, expiring today) is hidden; L (10) is the only sellable batch.
    QTest::addRow("FEFO: hidden batch skipped")
        << withHidden() << CommandArgs(dispatching(3))
        << Expect{.events = {u"stock.dispatched L 3"_s},
                  .after = {12, 5, 0, 0, 7},
                  .batches = {u"H 5 2026-11-25 hidden"_s, u"L 7 2026-12-15"_s}};
    QTest::addRow("FEFO: every sellable unit, the hidden batch stays")
        << withHidden() << CommandArgs(dispatching(10))
        << Expect{.events = {u"stock.dispatched L 10"_s},
                  .after = {5, 5, 0, 0, 0},
                  .batches = {u"H 5 2026-11-25 hidden"_s}};
    QTest::addRow("more than sellable (hidden excluded): insufficient_stock")
        << withHidden() << CommandArgs(dispatching(11)) << refused(u"insufficient_stock"_s, {}, 10);
    QTest::addRow("explicit batch overrides FEFO")
        << twoExpiries() << CommandArgs(dispatching(4, u"B-LATE"_s))
        << Expect{.events = {u"stock.dispatched B-LATE 4"_s},
                  .after = {9, 0, 0, 0, 9},
                  .batches = {u"B-LATE 6 2026-12-15"_s, u"B-EARLY 3 2026-11-30"_s}};
    QTest::addRow("explicit batch holding less: insufficient_stock")
        << twoExpiries() << CommandArgs(dispatching(4, u"B-EARLY"_s))
        << refused(u"insufficient_stock"_s, {}, 13);
    QTest::addRow("explicit hidden batch: insufficient_stock")
        << withHidden() << CommandArgs(dispatching(1, u"H"_s))
        << refused(u"insufficient_stock"_s, {}, 10);
    // A batch that does not exist is a bad_request, which PROTOCOL.md checks before the
    // rules: the answer must not depend on whether qty would fit.
    QTest::addRow("explicit unknown batch beyond stock: bad_request before the rules")
        << twoExpiries() << CommandArgs(dispatching(100, u"NOPE"_s))
        << refused(u"bad_request"_s, u"batch"_s);
    QTest::addRow("explicit unknown batch: bad_request")
        << twoExpiries() << CommandArgs(dispatching(1, u"NOPE"_s))
        << refused(u"bad_request"_s, u"batch"_s);
    // Walk-in: qty <= sellable - reserved = 10 - 4 = 6; atp = 6.
    QTest::addRow("walk-in beyond sellable - reserved: insufficient_stock")
        << given({stock(u"B1"_s, 10, day(15)), hold(u"R1"_s, 4)}) << CommandArgs(dispatching(7))
        << refused(u"insufficient_stock"_s, {}, 6);
    QTest::addRow("walk-in up to sellable - reserved")
        << given({stock(u"B1"_s, 10, day(15)), hold(u"R1"_s, 4)}) << CommandArgs(dispatching(6))
        << Expect{.events = {u"stock.dispatched B1 6"_s},
                  .after = {4, 0, 4, 0, 0},
                  .batches = {u"B1 4 2026-12-10"_s},
                  .reservations = {u"R1 held 4"_s}};
    // buffer_min 3: before, atp = 10 - 2 - 3 = 5, yet a walk-in may take 10 - 2 = 8.
    // After: sellable 2, buffer = min(2, max(3, ceil(0))) = 2, atp = max(0, 2 - 2 - 2) = 0.
    QTest::addRow("walk-in may use the buffer")
        << given({buffer(0, 3), stock(u"B1"_s, 10, day(15)), hold(u"R1"_s, 2)})
        << CommandArgs(dispatching(8))
        << Expect{.events = {u"stock.dispatched B1 8"_s},
                  .after = {2, 0, 2, 2, 0},
                  .batches = {u"B1 2 2026-12-10"_s},
                  .reservations = {u"R1 held 2"_s}};
    QTest::addRow("walk-in past buffer and reservations: insufficient_stock")
        << given({buffer(0, 3), stock(u"B1"_s, 10, day(15)), hold(u"R1"_s, 2)})
        << CommandArgs(dispatching(9)) << refused(u"insufficient_stock"_s, {}, 5);
    QTest::addRow("against a reservation, partial")
        << given({stock(u"B1"_s, 10, day(15)), order(u"R1"_s, 6)})
        << CommandArgs(dispatching(4, {}, u"R1"_s))
        << Expect{.events = {u"stock.dispatched B1 4 for R1"_s},
                  .after = {6, 0, 2, 0, 4},
                  .batches = {u"B1 6 2026-12-10"_s},
                  .reservations = {u"R1 committed 2"_s}};
    QTest::addRow("against a reservation, in full: released as dispatched")
        << given({stock(u"B1"_s, 10, day(15)), order(u"R1"_s, 6)})
        << CommandArgs(dispatching(6, {}, u"R1"_s))
        << Expect{.events = {u"stock.dispatched B1 6 for R1"_s,
                             u"reservation.released R1 qty=0 dispatched"_s},
                  .after = {4, 0, 0, 0, 4},
                  .batches = {u"B1 4 2026-12-10"_s},
                  .reservations = {u"R1 released(dispatched) 0"_s}};
    QTest::addRow("against a reservation, across two batches")
        << given({twoExpiries(), order(u"R1"_s, 5)}) << CommandArgs(dispatching(5, {}, u"R1"_s))
        << Expect{.events = {u"stock.dispatched B-EARLY 3 for R1"_s,
                             u"stock.dispatched B-LATE 2 for R1"_s,
                             u"reservation.released R1 qty=0 dispatched"_s},
                  .after = {8, 0, 0, 0, 8},
                  .batches = {u"B-LATE 8 2026-12-15"_s},
                  .reservations = {u"R1 released(dispatched) 0"_s}};
    QTest::addRow("against a hold not yet committed")
        << given({stock(u"B1"_s, 10, day(15)), hold(u"R1"_s, 6)})
        << CommandArgs(dispatching(6, {}, u"R1"_s))
        << Expect{.events = {u"stock.dispatched B1 6 for R1"_s,
                             u"reservation.released R1 qty=0 dispatched"_s},
                  .after = {4, 0, 0, 0, 4},
                  .batches = {u"B1 4 2026-12-10"_s},
                  .reservations = {u"R1 released(dispatched) 0"_s}};
    // atp is 0 (10 reserved of 10) but the order's own units may go: the limit is sellable.
    QTest::addRow("against a reservation: limited by sellable, not atp")
        << given({stock(u"B1"_s, 10, day(15)), order(u"R1"_s, 6), order(u"R2"_s, 4)})
        << CommandArgs(dispatching(6, {}, u"R1"_s))
        << Expect{.events = {u"stock.dispatched B1 6 for R1"_s,
                             u"reservation.released R1 qty=0 dispatched"_s},
                  .after = {4, 0, 4, 0, 0},
                  .batches = {u"B1 4 2026-12-10"_s},
                  .reservations = {u"R1 released(dispatched) 0"_s, u"R2 committed 4"_s}};
    // Counted down to 8: R1 6 covered, R1+R2 = 10 > 8 puts R2 at risk. Dispatching R2's 4
    // (<= sellable 8) leaves 4 on the shelf for R1's 6: R1 is newly at risk.
    QTest::addRow("against the newest order: an older one newly at risk")
        << given({stock(u"B1"_s, 10, day(15)), order(u"R1"_s, 6), order(u"R2"_s, 4),
                  recount(u"B1"_s, 8)})
        << CommandArgs(dispatching(4, {}, u"R2"_s))
        << Expect{.events = {u"stock.dispatched B1 4 for R2"_s,
                             u"reservation.released R2 qty=0 dispatched"_s},
                  .after = {4, 0, 6, 0, 0},
                  .batches = {u"B1 4 2026-12-10"_s},
                  .atRisk = {u"R1"_s},
                  .reservations = {u"R1 committed 6 at_risk"_s, u"R2 released(dispatched) 0"_s}};
    QTest::addRow("against a reservation, more than it holds: bad_request")
        << given({stock(u"B1"_s, 10, day(15)), order(u"R1"_s, 6)})
        << CommandArgs(dispatching(7, {}, u"R1"_s)) << refused(u"bad_request"_s, u"qty"_s);
    QTest::addRow("against another SKU's reservation: bad_request")
        << given({stock(u"B1"_s, 10, day(15)), stock(u"BR"_s, 10, {}, kBread),
                  order(u"R-BREAD"_s, 3, kBread)})
        << CommandArgs(dispatching(3, {}, u"R-BREAD"_s))
        << refused(u"bad_request"_s, u"reservation"_s);
    QTest::addRow("against a released reservation: conflict")
        << given({stock(u"B1"_s, 10, day(15)), order(u"R1"_s, 6), release(u"R1"_s)})
        << CommandArgs(dispatching(1, {}, u"R1"_s)) << refused(u"conflict"_s);
    QTest::addRow("against an unknown reservation")
        << stock(u"B1"_s, 10, day(15)) << CommandArgs(dispatching(1, {}, u"R-NONE"_s))
        << refused(u"unknown_reservation"_s);
    // B1 expires 2026-11-26 and is swept hidden at 2026-11-26T00:00Z: sellable 0.
    QTest::addRow("against a reservation whose stock was hidden since")
        << given(
               {stock(u"B1"_s, 10, day(1)), order(u"R1"_s, 6), timeIs(utc(2026, 11, 26)), sweep()})
        << CommandArgs(dispatching(6, {}, u"R1"_s)) << refused(u"insufficient_stock"_s, {}, 0);
    QTest::addRow("unknown location")
        << nothing() << CommandArgs(at(dispatching(1), u"XX-99"_s, kMilk))
        << refused(u"unknown_location"_s);
    QTest::addRow("unknown SKU") << nothing()
                                 << CommandArgs(at(dispatching(1), kStore, u"CHEESE"_s))
                                 << refused(u"unknown_sku"_s);
    QTest::addRow("nothing on record: insufficient_stock with atp 0")
        << stock(u"B1"_s, 10, day(15)) << CommandArgs(at(dispatching(1), kStore, kBread))
        << refused(u"insufficient_stock"_s, {}, 0);
}

void TestStockRules::adjust_data()
{
    addColumns();
    const Setup base = stock(u"B1"_s, 10, day(15));
    // Three orders, oldest first: R1 4, R2 3, R3 2 (9 reserved of 10).
    const Setup orders = given({base, order(u"R1"_s, 4), order(u"R2"_s, 3), order(u"R3"_s, 2)});

    QTest::addRow("counted lower") << base << CommandArgs(counting(u"B1"_s, 7))
                                   << Expect{.events = {u"stock.adjusted B1 delta=-3 counted=7"_s},
                                             .after = {7, 0, 0, 0, 7},
                                             .batches = {u"B1 7 2026-12-10"_s}};
    QTest::addRow("counted higher") << base << CommandArgs(counting(u"B1"_s, 12))
                                    << Expect{.events = {u"stock.adjusted B1 delta=2 counted=12"_s},
                                              .after = {12, 0, 0, 0, 12},
                                              .batches = {u"B1 12 2026-12-10"_s}};
    // A count that confirms the ledger is still an audit record.
    QTest::addRow("counted as recorded: zero delta on record")
        << base << CommandArgs(counting(u"B1"_s, 10))
        << Expect{.events = {u"stock.adjusted B1 delta=0 counted=10"_s},
                  .after = {10, 0, 0, 0, 10},
                  .batches = {u"B1 10 2026-12-10"_s}};
    QTest::addRow("delta down") << base << CommandArgs(moving(u"B1"_s, -4))
                                << Expect{.events = {u"stock.adjusted B1 delta=-4 counted=6"_s},
                                          .after = {6, 0, 0, 0, 6},
                                          .batches = {u"B1 6 2026-12-10"_s}};
    QTest::addRow("delta up") << base << CommandArgs(moving(u"B1"_s, 5))
                              << Expect{.events = {u"stock.adjusted B1 delta=5 counted=15"_s},
                                        .after = {15, 0, 0, 0, 15},
                                        .batches = {u"B1 15 2026-12-10"_s}};
    QTest::addRow("delta to exactly zero: the batch leaves")
        << base << CommandArgs(moving(u"B1"_s, -10))
        << Expect{.events = {u"stock.adjusted B1 delta=-10 counted=0"_s},
                  .after = {0, 0, 0, 0, 0},
                  .batches = {}};
    QTest::addRow("delta below zero: bad_request")
        << base << CommandArgs(moving(u"B1"_s, -11)) << refused(u"bad_request"_s, u"delta"_s);
    QTest::addRow("delta below zero on an unknown batch: bad_request")
        << base << CommandArgs(moving(u"NEW"_s, -1)) << refused(u"bad_request"_s, u"delta"_s);
    QTest::addRow("counted zero: the batch leaves")
        << base << CommandArgs(counting(u"B1"_s, 0))
        << Expect{.events = {u"stock.adjusted B1 delta=-10 counted=0"_s},
                  .after = {0, 0, 0, 0, 0},
                  .batches = {}};
    QTest::addRow("count creates an unknown batch with its expiry")
        << base << CommandArgs(counting(u"B9"_s, 4, day(30)))
        << Expect{.events = {u"stock.adjusted B9 delta=4 counted=4 expiry=2026-12-25"_s},
                  .after = {14, 0, 0, 0, 14},
                  .batches = {u"B1 10 2026-12-10"_s, u"B9 4 2026-12-25"_s}};
    QTest::addRow("count creates a batch without expiry")
        << base << CommandArgs(counting(u"B9"_s, 4))
        << Expect{.events = {u"stock.adjusted B9 delta=4 counted=4"_s},
                  .after = {14, 0, 0, 0, 14},
                  .batches = {u"B1 10 2026-12-10"_s, u"B9 4 none"_s}};
    // Found stock expiring today is inside the 24 h window: hidden in the same command.
    QTest::addRow("count creates a batch inside its hide window: hidden at once")
        << base << CommandArgs(counting(u"B9"_s, 4, day(0)))
        << Expect{.events = {u"stock.adjusted B9 delta=4 counted=4 expiry=2026-11-25"_s,
                             u"batch.hidden B9 4"_s},
                  .after = {14, 4, 0, 0, 10},
                  .batches = {u"B1 10 2026-12-10"_s, u"B9 4 2026-11-25 hidden"_s}};
    QTest::addRow("count finds goods already expired: hidden at once")
        << base << CommandArgs(counting(u"B9"_s, 4, day(-2)))
        << Expect{.events = {u"stock.adjusted B9 delta=4 counted=4 expiry=2026-11-23"_s,
                             u"batch.hidden B9 4"_s},
                  .after = {14, 4, 0, 0, 10},
                  .batches = {u"B1 10 2026-12-10"_s, u"B9 4 2026-11-23 hidden"_s}};
    QTest::addRow("count of a known batch keeps its expiry")
        << base << CommandArgs(counting(u"B1"_s, 8, day(30)))
        << Expect{.events = {u"stock.adjusted B1 delta=-2 counted=8"_s},
                  .after = {8, 0, 0, 0, 8},
                  .batches = {u"B1 8 2026-12-10"_s}};
    QTest::addRow("delta up on an unknown batch creates it")
        << base << CommandArgs(moving(u"B9"_s, 3))
        << Expect{.events = {u"stock.adjusted B9 delta=3 counted=3"_s},
                  .after = {13, 0, 0, 0, 13},
                  .batches = {u"B1 10 2026-12-10"_s, u"B9 3 none"_s}};
    // Covered oldest first: R1 4 <= 6; R1+R2 = 7 > 6; R1+R2+R3 = 9 > 6.
    QTest::addRow("count below reserved: the newest orders at risk")
        << orders << CommandArgs(counting(u"B1"_s, 6))
        << Expect{.events = {u"stock.adjusted B1 delta=-4 counted=6"_s},
                  .after = {6, 0, 9, 0, 0},
                  .batches = {u"B1 6 2026-12-10"_s},
                  .atRisk = {u"R2"_s, u"R3"_s},
                  .reservations = {u"R1 committed 4"_s, u"R2 committed 3 at_risk"_s,
                                   u"R3 committed 2 at_risk"_s}};
    QTest::addRow("count covering every order: none at risk")
        << orders << CommandArgs(counting(u"B1"_s, 9))
        << Expect{.events = {u"stock.adjusted B1 delta=-1 counted=9"_s},
                  .after = {9, 0, 9, 0, 0},
                  .batches = {u"B1 9 2026-12-10"_s},
                  .reservations = {u"R1 committed 4"_s, u"R2 committed 3"_s, u"R3 committed 2"_s}};
    QTest::addRow("count below the oldest order: all at risk")
        << orders << CommandArgs(counting(u"B1"_s, 3))
        << Expect{.events = {u"stock.adjusted B1 delta=-7 counted=3"_s},
                  .after = {3, 0, 9, 0, 0},
                  .batches = {u"B1 3 2026-12-10"_s},
                  .atRisk = {u"R1"_s, u"R2"_s, u"R3"_s},
                  .reservations = {u"R1 committed 4 at_risk"_s, u"R2 committed 3 at_risk"_s,
                                   u"R3 committed 2 at_risk"_s}};
    // R2 and R3 were flagged by the first count; only R1 is new.
    QTest::addRow("count lists only the orders newly at risk")
        << given({orders, recount(u"B1"_s, 6)}) << CommandArgs(counting(u"B1"_s, 3))
        << Expect{.events = {u"stock.adjusted B1 delta=-3 counted=3"_s},
                  .after = {3, 0, 9, 0, 0},
                  .batches = {u"B1 3 2026-12-10"_s},
                  .atRisk = {u"R1"_s},
                  .reservations = {u"R1 committed 4 at_risk"_s, u"R2 committed 3 at_risk"_s,
                                   u"R3 committed 2 at_risk"_s}};
    // Holds are reservations too: R1 (held 4) <= 5, R1+R2 = 7 > 5.
    QTest::addRow("holds count towards coverage")
        << given({base, hold(u"R1"_s, 4), order(u"R2"_s, 3)}) << CommandArgs(counting(u"B1"_s, 5))
        << Expect{.events = {u"stock.adjusted B1 delta=-5 counted=5"_s},
                  .after = {5, 0, 7, 0, 0},
                  .batches = {u"B1 5 2026-12-10"_s},
                  .atRisk = {u"R2"_s},
                  .reservations = {u"R1 held 4"_s, u"R2 committed 3 at_risk"_s}};
    QTest::addRow("unknown SKU") << base
                                 << CommandArgs(at(counting(u"B1"_s, 3), kStore, u"CHEESE"_s))
                                 << refused(u"unknown_sku"_s);
}

void TestStockRules::atRiskClears_data()
{
    addColumns();
    // R1 4, R2 3, R3 2 on 10 units, then counted down to 6: R2 and R3 at risk.
    const Setup atRisk = given({stock(u"B1"_s, 10, day(15)), order(u"R1"_s, 4), order(u"R2"_s, 3),
                                order(u"R3"_s, 2), recount(u"B1"_s, 6)});
    const QStringList noneAtRisk = {u"R1 committed 4"_s, u"R2 committed 3"_s, u"R3 committed 2"_s};

    QTest::addRow("receipt covers every order again")
        << atRisk << CommandArgs(receiving(u"B2"_s, 3, day(20)))
        << Expect{.events = {u"stock.received B2 3"_s},
                  .after = {9, 0, 9, 0, 0},
                  .batches = {u"B1 6 2026-12-10"_s, u"B2 3 2026-12-15"_s},
                  .reservations = noneAtRisk};
    // Sellable 7: R1+R2 = 7 covered, R1+R2+R3 = 9 not.
    QTest::addRow("receipt covering part: only the newest stays at risk")
        << atRisk << CommandArgs(receiving(u"B2"_s, 1, day(20)))
        << Expect{.events = {u"stock.received B2 1"_s},
                  .after = {7, 0, 9, 0, 0},
                  .batches = {u"B1 6 2026-12-10"_s, u"B2 1 2026-12-15"_s},
                  .reservations = {u"R1 committed 4"_s, u"R2 committed 3"_s,
                                   u"R3 committed 2 at_risk"_s}};
    QTest::addRow("return covers every order again") << atRisk << CommandArgs(returning(3))
                                                     << Expect{.events = {u"stock.returned B1 3"_s},
                                                               .after = {9, 0, 9, 0, 0},
                                                               .batches = {u"B1 9 2026-12-10"_s},
                                                               .reservations = noneAtRisk,
                                                               .result = {{u"batch"_s, u"B1"_s}}};
    QTest::addRow("recount up clears the flags")
        << atRisk << CommandArgs(counting(u"B1"_s, 10))
        << Expect{.events = {u"stock.adjusted B1 delta=4 counted=10"_s},
                  .after = {10, 0, 9, 0, 1},
                  .batches = {u"B1 10 2026-12-10"_s},
                  .reservations = noneAtRisk};
    // Reserved drops to 5 <= 6: R2 and R3 are covered again.
    QTest::addRow("releasing the oldest order covers the rest")
        << atRisk << CommandArgs(releasing(u"R1"_s))
        << Expect{.events = {u"reservation.released R1 qty=4 cancelled"_s},
                  .after = {6, 0, 5, 0, 1},
                  .batches = {u"B1 6 2026-12-10"_s},
                  .reservations = {u"R1 released(cancelled) 4"_s, u"R2 committed 3"_s,
                                   u"R3 committed 2"_s}};
}

void TestStockRules::returnGoods_data()
{
    addColumns();

    QTest::addRow("joins the batch FEFO dispatches next")
        << twoExpiries() << CommandArgs(returning(2))
        << Expect{.events = {u"stock.returned B-EARLY 2"_s},
                  .after = {15, 0, 0, 0, 15},
                  .batches = {u"B-LATE 10 2026-12-15"_s, u"B-EARLY 5 2026-11-30"_s},
                  .result = {{u"batch"_s, u"B-EARLY"_s}}};
    QTest::addRow("skips a hidden batch")
        << withHidden() << CommandArgs(returning(2))
        << Expect{.events = {u"stock.returned L 2"_s},
                  .after = {17, 5, 0, 0, 12},
                  .batches = {u"H 5 2026-11-25 hidden"_s, u"L 12 2026-12-15"_s},
                  .result = {{u"batch"_s, u"L"_s}}};
    QTest::addRow("named batch") << twoExpiries() << CommandArgs(returning(2, u"B-LATE"_s))
                                 << Expect{.events = {u"stock.returned B-LATE 2"_s},
                                           .after = {15, 0, 0, 0, 15},
                                           .batches = {u"B-LATE 12 2026-12-15"_s,
                                                       u"B-EARLY 3 2026-11-30"_s},
                                           .result = {{u"batch"_s, u"B-LATE"_s}}};
    // A sold-out batch has left the state; the return re-forms it (its expiry is not known).
    QTest::addRow("named batch no longer on record: re-formed")
        << twoExpiries() << CommandArgs(returning(2, u"B-GONE"_s))
        << Expect{.events = {u"stock.returned B-GONE 2"_s},
                  .after = {15, 0, 0, 0, 15},
                  .batches = {u"B-LATE 10 2026-12-15"_s, u"B-EARLY 3 2026-11-30"_s,
                              u"B-GONE 2 none"_s},
                  .result = {{u"batch"_s, u"B-GONE"_s}}};
    QTest::addRow("nothing on record: RETURNS") << nothing() << CommandArgs(returning(2))
                                                << Expect{.events = {u"stock.returned RETURNS 2"_s},
                                                          .after = {2, 0, 0, 0, 2},
                                                          .batches = {u"RETURNS 2 none"_s},
                                                          .result = {{u"batch"_s, u"RETURNS"_s}}};
    QTest::addRow("only hidden stock: RETURNS")
        << stock(u"H"_s, 5, day(0)) << CommandArgs(returning(2))
        << Expect{.events = {u"stock.returned RETURNS 2"_s},
                  .after = {7, 5, 0, 0, 2},
                  .batches = {u"H 5 2026-11-25 hidden"_s, u"RETURNS 2 none"_s},
                  .result = {{u"batch"_s, u"RETURNS"_s}}};
    QTest::addRow("second return joins RETURNS")
        << giveBack(2) << CommandArgs(returning(3))
        << Expect{.events = {u"stock.returned RETURNS 3"_s},
                  .after = {5, 0, 0, 0, 5},
                  .batches = {u"RETURNS 5 none"_s},
                  .result = {{u"batch"_s, u"RETURNS"_s}}};
    QTest::addRow("unknown SKU") << nothing() << CommandArgs(at(returning(2), kStore, u"CHEESE"_s))
                                 << refused(u"unknown_sku"_s);
}

void TestStockRules::writeOff_data()
{
    addColumns();
    const Setup base = given({stock(u"B1"_s, 10, day(15)), stock(u"B2"_s, 5, day(20))});

    QTest::addRow("whole batch") << base << CommandArgs(writingOff(u"B1"_s))
                                 << Expect{.events = {u"stock.written_off B1 10"_s},
                                           .after = {5, 0, 0, 0, 5},
                                           .batches = {u"B2 5 2026-12-15"_s}};
    QTest::addRow("part of a batch")
        << base << CommandArgs(writingOff(u"B1"_s, 4))
        << Expect{.events = {u"stock.written_off B1 4"_s},
                  .after = {11, 0, 0, 0, 11},
                  .batches = {u"B1 6 2026-12-10"_s, u"B2 5 2026-12-15"_s}};
    QTest::addRow("exactly the batch") << base << CommandArgs(writingOff(u"B1"_s, 10))
                                       << Expect{.events = {u"stock.written_off B1 10"_s},
                                                 .after = {5, 0, 0, 0, 5},
                                                 .batches = {u"B2 5 2026-12-15"_s}};
    QTest::addRow("more than the batch: bad_request")
        << base << CommandArgs(writingOff(u"B1"_s, 11)) << refused(u"bad_request"_s, u"qty"_s);
    QTest::addRow("unknown batch: bad_request")
        << base << CommandArgs(writingOff(u"NOPE"_s)) << refused(u"bad_request"_s, u"batch"_s);
    QTest::addRow("a hidden batch")
        << given({stock(u"H"_s, 5, day(0)), stock(u"B1"_s, 10, day(15))})
        << CommandArgs(writingOff(u"H"_s))
        << Expect{.events = {u"stock.written_off H 5"_s},
                  .after = {10, 0, 0, 0, 10},
                  .batches = {u"B1 10 2026-12-10"_s}};
    // Sellable 15 -> 10 with R1 8 + R2 4 = 12 reserved: R2 is no longer covered.
    QTest::addRow("write-off puts the newest order at risk")
        << given({base, order(u"R1"_s, 8), order(u"R2"_s, 4)}) << CommandArgs(writingOff(u"B2"_s))
        << Expect{.events = {u"stock.written_off B2 5"_s},
                  .after = {10, 0, 12, 0, 0},
                  .batches = {u"B1 10 2026-12-10"_s},
                  .atRisk = {u"R2"_s},
                  .reservations = {u"R1 committed 8"_s, u"R2 committed 4 at_risk"_s}};
    QTest::addRow("unknown location")
        << base << CommandArgs(at(writingOff(u"B1"_s), u"XX-99"_s, kMilk))
        << refused(u"unknown_location"_s);
}

void TestStockRules::sweepHides_data()
{
    addColumns();
    // B1 expires 2026-11-28 (ends 2026-11-29T00:00Z). Hide moments: 24 h -> 11-28T00:00Z,
    // 0 h -> 11-29T00:00Z, 48 h -> 11-27T00:00Z.
    const Setup base = stock(u"B1"_s, 10, day(3));
    const QStringList visible = {u"B1 10 2026-11-28"_s};
    const QStringList hidden = {u"B1 10 2026-11-28 hidden"_s};
    const QJsonObject none = {{u"hidden"_s, 0}, {u"released"_s, 0}};
    const QJsonObject one = {{u"hidden"_s, 1}, {u"released"_s, 0}};

    QTest::addRow("24 h: a second before the hide moment")
        << given({base, timeIs(utc(2026, 11, 27, 23, 59, 59))}) << CommandArgs(Sweep{})
        << Expect{.after = {10, 0, 0, 0, 10}, .batches = visible, .result = none};
    QTest::addRow("24 h: at the hide moment")
        << given({base, timeIs(utc(2026, 11, 28))}) << CommandArgs(Sweep{})
        << Expect{.events = {u"batch.hidden B1 10"_s},
                  .after = {10, 10, 0, 0, 0},
                  .batches = hidden,
                  .result = one};
    QTest::addRow("0 h: a second before the expiry day ends")
        << given({hideHours(0), base, timeIs(utc(2026, 11, 28, 23, 59, 59))})
        << CommandArgs(Sweep{})
        << Expect{.after = {10, 0, 0, 0, 10}, .batches = visible, .result = none};
    QTest::addRow("0 h: when the expiry day ends")
        << given({hideHours(0), base, timeIs(utc(2026, 11, 29))}) << CommandArgs(Sweep{})
        << Expect{.events = {u"batch.hidden B1 10"_s},
                  .after = {10, 10, 0, 0, 0},
                  .batches = hidden,
                  .result = one};
    QTest::addRow("48 h: a second before the hide moment")
        << given({hideHours(48), base, timeIs(utc(2026, 11, 26, 23, 59, 59))})
        << CommandArgs(Sweep{})
        << Expect{.after = {10, 0, 0, 0, 10}, .batches = visible, .result = none};
    QTest::addRow("48 h: at the hide moment")
        << given({hideHours(48), base, timeIs(utc(2026, 11, 27))}) << CommandArgs(Sweep{})
        << Expect{.events = {u"batch.hidden B1 10"_s},
                  .after = {10, 10, 0, 0, 0},
                  .batches = hidden,
                  .result = one};
    QTest::addRow("location override 48 h beats the SKU's 0 h")
        << given({hideHours(0, {}), hideHours(48), base, timeIs(utc(2026, 11, 27))})
        << CommandArgs(Sweep{})
        << Expect{.events = {u"batch.hidden B1 10"_s},
                  .after = {10, 10, 0, 0, 0},
                  .batches = hidden,
                  .result = one};
    QTest::addRow("location override 0 h beats the SKU's 48 h")
        << given({hideHours(48, {}), hideHours(0), base, timeIs(utc(2026, 11, 27))})
        << CommandArgs(Sweep{})
        << Expect{.after = {10, 0, 0, 0, 10}, .batches = visible, .result = none};
    QTest::addRow("SKU default 48 h without an override")
        << given({hideHours(48, {}), base, timeIs(utc(2026, 11, 27))}) << CommandArgs(Sweep{})
        << Expect{.events = {u"batch.hidden B1 10"_s},
                  .after = {10, 10, 0, 0, 0},
                  .batches = hidden,
                  .result = one};
    QTest::addRow("hidden once: a second sweep writes nothing")
        << given({base, timeIs(utc(2026, 11, 28)), sweep()}) << CommandArgs(Sweep{})
        << Expect{.after = {10, 10, 0, 0, 0}, .batches = hidden, .result = none};
    QTest::addRow("hiding is final: a shorter window later changes nothing")
        << given({base, timeIs(utc(2026, 11, 28)), sweep(), hideHours(0)}) << CommandArgs(Sweep{})
        << Expect{.after = {10, 10, 0, 0, 0}, .batches = hidden, .result = none};
    QTest::addRow("goods without expiry are never hidden")
        << given({stock(u"N"_s, 10), timeIs(utc(2030, 1, 1))}) << CommandArgs(Sweep{})
        << Expect{.after = {10, 0, 0, 0, 10}, .batches = {u"N 10 none"_s}, .result = none};
    // Sellable 14 -> 4 with R1 3 + R2 8 = 11 reserved: R2 is no longer covered.
    QTest::addRow("hiding puts the newest order at risk")
        << given({base, stock(u"B2"_s, 4, day(20)), order(u"R1"_s, 3), order(u"R2"_s, 8),
                  timeIs(utc(2026, 11, 28))})
        << CommandArgs(Sweep{})
        << Expect{.events = {u"batch.hidden B1 10"_s},
                  .after = {14, 10, 11, 0, 0},
                  .batches = {u"B1 10 2026-11-28 hidden"_s, u"B2 4 2026-12-15"_s},
                  .reservations = {u"R1 committed 3"_s, u"R2 committed 8 at_risk"_s},
                  .result = one};
    // R1 (600 s TTL) expired on 2026-11-25 at 10:10Z; one sweep releases it and hides B1.
    QTest::addRow("expired hold released and batch hidden in one sweep")
        << given({base, hold(u"R1"_s, 4), timeIs(utc(2026, 11, 28))}) << CommandArgs(Sweep{})
        << Expect{.events = {u"reservation.released R1 qty=4 expired"_s, u"batch.hidden B1 10"_s},
                  .after = {10, 10, 0, 0, 0},
                  .batches = hidden,
                  .reservations = {u"R1 released(expired) 4"_s},
                  .result = {{u"hidden"_s, 1}, {u"released"_s, 1}}};
    // Sellable 16 -> 6: buffer = ceil(6 * 50 / 100) = 3, atp = 6 - 0 - 3 = 3.
    QTest::addRow("buffer recomputed once a batch hides")
        << given({buffer(50, 0), base, stock(u"B2"_s, 6, day(20)), timeIs(utc(2026, 11, 28))})
        << CommandArgs(Sweep{})
        << Expect{.events = {u"batch.hidden B1 10"_s},
                  .after = {16, 10, 0, 3, 3},
                  .batches = {u"B1 10 2026-11-28 hidden"_s, u"B2 6 2026-12-15"_s},
                  .result = one};
    // Cells are swept in key order: (DS-01, BREAD) before (DS-01, MILK).
    QTest::addRow("two cells: one event each, each with its own after")
        << given({base, stock(u"BR1"_s, 5, day(3), kBread), timeIs(utc(2026, 11, 28))})
        << CommandArgs(Sweep{})
        << Expect{.events = {u"batch.hidden BR1 5"_s, u"batch.hidden B1 10"_s},
                  .after = {10, 10, 0, 0, 0},
                  .batches = hidden,
                  .result = {{u"hidden"_s, 2}, {u"released"_s, 0}}};
}

QTEST_GUILESS_MAIN(TestStockRules)
#include "tst_stockrules.moc"
