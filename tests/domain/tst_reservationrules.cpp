// Rule tables for holds and orders: reserve, commit, release and the sweeper's expiry of
// holds, checked against DESIGN.md, PROTOCOL.md ("Details") and docs/inventory-rules.md.
#include "RuleTestSupport.h"
#include "TestLedger.h"

#include "domain/JsonFormat.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;
using namespace shelfsync::testing;

Q_DECLARE_METATYPE(shelfsync::domain::PolicyPatch)
Q_DECLARE_METATYPE(shelfsync::domain::Availability)

namespace {

// Commands built field by field, so a field added to one of the domain's structs later
// does not break these tables (-Wmissing-field-initializers).
Commit orderOf(const StockKey &key, Quantity qty)
{
    Commit args;
    args.location = key.location;
    args.sku = key.sku;
    args.qty = qty;
    args.channel = u"pos"_s;
    return args;
}

Release releaseOf(const QString &reservation, ReleaseReason reason)
{
    Release args;
    args.reservation = reservation;
    args.reason = reason;
    return args;
}

Dispatch shipOf(const StockKey &key, Quantity qty, const QString &reservation)
{
    Dispatch args;
    args.location = key.location;
    args.sku = key.sku;
    args.qty = qty;
    args.reservation = reservation;
    return args;
}

std::optional<int> holdSeconds(int value)
{
    // -1 in a table means "hold_s absent".
    return value < 0 ? std::nullopt : std::optional<int>(value);
}

struct ScriptOutcome
{
    QStringList refusals; // the error codes of the refused steps, in order
    QString problem;      // the first broken invariant or unreadable step
};

// A small script language keeps the tables readable: steps separated by ';', each a verb,
// positional arguments and key=value options. The cell is DS-01/MILK unless at=LOC/SKU.
//   recv QTY | hold ID QTY [s=HOLD_S] | direct ID QTY | commit ID | release ID [reason=R]
//   ship ID QTY | wait SECONDS | sweep | policy [pct=] [min=] [lock=0|1] [ttl=] [max=] [at=]
// Every accepted step has its events' `after` checked, and every new hold or direct order
// is checked against reserved <= sellable - buffer at the moment it is made.
ScriptOutcome runScript(TestLedger &ledger, const QString &script)
{
    ScriptOutcome outcome;
    int batchNo = 0;
    const QStringList steps = script.split(u';', Qt::SkipEmptyParts);
    for (const QString &rawStep : steps) {
        const QString step = rawStep.trimmed();
        if (step.isEmpty())
            continue;
        QStringList args;
        QHash<QString, QString> options;
        for (const QString &token : step.split(u' ', Qt::SkipEmptyParts)) {
            const qsizetype eq = token.indexOf(u'=');
            if (eq > 0)
                options.insert(token.left(eq), token.mid(eq + 1));
            else
                args.append(token);
        }
        bool numbersOk = true;
        auto number = [&numbersOk](const QString &text) {
            bool ok = false;
            const qint64 value = text.toLongLong(&ok);
            numbersOk = numbersOk && ok;
            return value;
        };
        auto arg = [&args](qsizetype i) { return i < args.size() ? args.at(i) : QString(); };
        StockKey key{kStore, kMilk};
        if (options.contains(u"at"_s)) {
            const QStringList parts = options.value(u"at"_s).split(u'/');
            key = {parts.value(0), parts.value(1)};
        }

        const QString verb = arg(0);
        std::optional<CommandArgs> command;
        QString id;
        bool newReservation = false;
        if (verb == "recv"_L1) {
            command = receiveOf(key, number(arg(1)), u"B%1"_s.arg(++batchNo));
        } else if (verb == "hold"_L1) {
            id = arg(1);
            const std::optional<int> holdS =
                options.contains(u"s"_s) ? std::optional<int>(int(number(options.value(u"s"_s))))
                                         : std::nullopt;
            command = holdOf(key, number(arg(2)), holdS);
            newReservation = true;
        } else if (verb == "direct"_L1) {
            id = arg(1);
            command = orderOf(key, number(arg(2)));
            newReservation = true;
        } else if (verb == "commit"_L1) {
            command = commitOf(arg(1));
        } else if (verb == "release"_L1) {
            ReleaseReason reason = ReleaseReason::Cancelled;
            if (options.contains(u"reason"_s) &&
                !parseReleaseReason(options.value(u"reason"_s), &reason)) {
                numbersOk = false;
            }
            command = releaseOf(arg(1), reason);
        } else if (verb == "ship"_L1) {
            command = shipOf(key, number(arg(2)), arg(1));
        } else if (verb == "wait"_L1) {
            ledger.advance(number(arg(1)));
        } else if (verb == "sweep"_L1) {
            command = Sweep{};
        } else if (verb == "policy"_L1) {
            SetPolicy set = policyFor(key.sku, options.contains(u"at"_s) ? key.location : QString(),
                                      PolicyPatch());
            if (options.contains(u"pct"_s))
                set.patch.bufferPct = int(number(options.value(u"pct"_s)));
            if (options.contains(u"min"_s))
                set.patch.bufferMin = number(options.value(u"min"_s));
            if (options.contains(u"lock"_s))
                set.patch.lockEnabled = number(options.value(u"lock"_s)) != 0;
            if (options.contains(u"ttl"_s))
                set.patch.lockTtlS = int(number(options.value(u"ttl"_s)));
            if (options.contains(u"max"_s))
                set.patch.lockMaxQty = number(options.value(u"max"_s));
            command = set;
        } else {
            numbersOk = false;
        }
        if (!numbersOk) {
            outcome.problem = u"unreadable step: %1"_s.arg(step);
            return outcome;
        }
        if (!command)
            continue;

        const Checked checked = runChecked(ledger, *command, id);
        if (!checked.decision) {
            outcome.refusals.append(toString(checked.decision.error().code));
            continue;
        }
        if (!checked.afterProblem.isEmpty()) {
            outcome.problem = u"%1: %2"_s.arg(step, checked.afterProblem);
            return outcome;
        }
        if (newReservation) {
            const Availability now = ledger.state.availability(key);
            if (now.reserved > now.sellable() - now.buffer) {
                outcome.problem = u"%1: reserved %2 exceeds sellable %3 - buffer %4"_s.arg(
                    step, QString::number(now.reserved), QString::number(now.sellable()),
                    QString::number(now.buffer));
                return outcome;
            }
        }
    }
    return outcome;
}

} // namespace

class TestReservationRules : public QObject
{
    Q_OBJECT

private slots:
    void reserve_data();
    void reserve();
    void reserveIdReuse_data();
    void reserveIdReuse();
    void commitHold_data();
    void commitHold();
    void directCommit_data();
    void directCommit();
    void release_data();
    void release();
    void sweep_data();
    void sweep();
    void invariants_data();
    void invariants();
};

void TestReservationRules::reserve_data()
{
    QTest::addColumn<Quantity>("stock");      // received at DS-01/MILK first
    QTest::addColumn<Quantity>("heldBefore"); // an earlier hold on the same cell
    QTest::addColumn<PolicyPatch>("policy");  // the SKU's default, set after that hold
    QTest::addColumn<Quantity>("qty");
    QTest::addColumn<int>("holdS");         // -1: absent
    QTest::addColumn<QString>("error");     // empty: accepted
    QTest::addColumn<qint64>("errorAtp");   // -1: the error has no atp
    QTest::addColumn<qint64>("errorMax");   // -1: the error has no max
    QTest::addColumn<QString>("expiresAt"); // accepted holds only
    QTest::addColumn<Quantity>("atpAfter"); // accepted holds only

    const QString none;
    const QString in10Min = u"2026-11-25T10:10:00.000Z"_s;

    // Stock: a hold may take exactly atp, never one more.
    QTest::addRow("exactly atp") << Quantity(10) << Quantity(0) << PolicyPatch{} << Quantity(10)
                                 << -1 << none << qint64(-1) << qint64(-1) << in10Min
                                 << Quantity(0);
    QTest::addRow("one over atp") << Quantity(10) << Quantity(0) << PolicyPatch{} << Quantity(11)
                                  << -1 << u"insufficient_stock"_s << qint64(10) << qint64(-1)
                                  << none << Quantity(0);
    QTest::addRow("exactly atp beside another hold")
        << Quantity(10) << Quantity(4) << PolicyPatch{} << Quantity(6) << -1 << none << qint64(-1)
        << qint64(-1) << in10Min << Quantity(0);
    QTest::addRow("one over atp beside another hold")
        << Quantity(10) << Quantity(4) << PolicyPatch{} << Quantity(7) << -1
        << u"insufficient_stock"_s << qint64(6) << qint64(-1) << none << Quantity(0);
    QTest::addRow("exactly atp under a buffer")
        << Quantity(10) << Quantity(0) << patchOf("pct=20") << Quantity(8) << -1 << none
        << qint64(-1) << qint64(-1) << in10Min << Quantity(0);
    QTest::addRow("one over atp under a buffer")
        << Quantity(10) << Quantity(0) << patchOf("pct=20") << Quantity(9) << -1
        << u"insufficient_stock"_s << qint64(8) << qint64(-1) << none << Quantity(0);
    QTest::addRow("no stock at all")
        << Quantity(0) << Quantity(0) << PolicyPatch{} << Quantity(1) << -1
        << u"insufficient_stock"_s << qint64(0) << qint64(-1) << none << Quantity(0);
    QTest::addRow("part of atp leaves the rest")
        << Quantity(10) << Quantity(0) << PolicyPatch{} << Quantity(3) << -1 << none << qint64(-1)
        << qint64(-1) << in10Min << Quantity(7);

    // Locks.
    QTest::addRow("lock disabled")
        << Quantity(10) << Quantity(0) << patchOf("lock=0") << Quantity(1) << -1
        << u"lock_disabled"_s << qint64(-1) << qint64(-1) << none << Quantity(0);
    QTest::addRow("one over lock_max_qty")
        << Quantity(10) << Quantity(0) << patchOf("max=5") << Quantity(6) << -1 << u"lock_limit"_s
        << qint64(-1) << qint64(5) << none << Quantity(0);
    QTest::addRow("exactly lock_max_qty")
        << Quantity(10) << Quantity(0) << patchOf("max=5") << Quantity(5) << -1 << none
        << qint64(-1) << qint64(-1) << in10Min << Quantity(5);
    QTest::addRow("lock_max_qty 0 is no limit")
        << Quantity(1000) << Quantity(0) << patchOf("max=0") << Quantity(1000) << -1 << none
        << qint64(-1) << qint64(-1) << in10Min << Quantity(0);
    QTest::addRow("lock_max_qty 1")
        << Quantity(10) << Quantity(0) << patchOf("max=1") << Quantity(2) << -1 << u"lock_limit"_s
        << qint64(-1) << qint64(1) << none << Quantity(0);

    // Order of checks: lock_disabled, lock_limit, insufficient_stock.
    QTest::addRow("lock_disabled before lock_limit")
        << Quantity(10) << Quantity(0) << patchOf("lock=0 max=5") << Quantity(6) << -1
        << u"lock_disabled"_s << qint64(-1) << qint64(-1) << none << Quantity(0);
    QTest::addRow("lock_disabled before insufficient_stock")
        << Quantity(0) << Quantity(0) << patchOf("lock=0") << Quantity(5) << -1
        << u"lock_disabled"_s << qint64(-1) << qint64(-1) << none << Quantity(0);
    QTest::addRow("lock_limit before insufficient_stock")
        << Quantity(3) << Quantity(0) << patchOf("max=5") << Quantity(6) << -1 << u"lock_limit"_s
        << qint64(-1) << qint64(5) << none << Quantity(0);
    QTest::addRow("all three broken: lock_disabled")
        << Quantity(3) << Quantity(0) << patchOf("lock=0 max=5") << Quantity(6) << -1
        << u"lock_disabled"_s << qint64(-1) << qint64(-1) << none << Quantity(0);
    QTest::addRow("within the limit, over atp")
        << Quantity(3) << Quantity(0) << patchOf("max=5") << Quantity(4) << -1
        << u"insufficient_stock"_s << qint64(3) << qint64(-1) << none << Quantity(0);

    // Hold length: min(hold_s, lock_ttl_s), lock_ttl_s when absent.
    QTest::addRow("hold_s below ttl")
        << Quantity(10) << Quantity(0) << PolicyPatch{} << Quantity(1) << 60 << none << qint64(-1)
        << qint64(-1) << u"2026-11-25T10:01:00.000Z"_s << Quantity(9);
    QTest::addRow("hold_s equal to ttl")
        << Quantity(10) << Quantity(0) << PolicyPatch{} << Quantity(1) << 600 << none << qint64(-1)
        << qint64(-1) << in10Min << Quantity(9);
    QTest::addRow("hold_s above ttl is capped")
        << Quantity(10) << Quantity(0) << PolicyPatch{} << Quantity(1) << 3600 << none << qint64(-1)
        << qint64(-1) << in10Min << Quantity(9);
    QTest::addRow("hold_s absent: custom ttl")
        << Quantity(10) << Quantity(0) << patchOf("ttl=120") << Quantity(1) << -1 << none
        << qint64(-1) << qint64(-1) << u"2026-11-25T10:02:00.000Z"_s << Quantity(9);
    QTest::addRow("hold_s above custom ttl is capped")
        << Quantity(10) << Quantity(0) << patchOf("ttl=120") << Quantity(1) << 900 << none
        << qint64(-1) << qint64(-1) << u"2026-11-25T10:02:00.000Z"_s << Quantity(9);
    QTest::addRow("hold_s below custom ttl")
        << Quantity(10) << Quantity(0) << patchOf("ttl=120") << Quantity(1) << 30 << none
        << qint64(-1) << qint64(-1) << u"2026-11-25T10:00:30.000Z"_s << Quantity(9);
    QTest::addRow("one-second hold")
        << Quantity(10) << Quantity(0) << PolicyPatch{} << Quantity(1) << 1 << none << qint64(-1)
        << qint64(-1) << u"2026-11-25T10:00:01.000Z"_s << Quantity(9);
    QTest::addRow("day-long ttl crosses midnight")
        << Quantity(10) << Quantity(0) << patchOf("ttl=86400") << Quantity(1) << -1 << none
        << qint64(-1) << qint64(-1) << u"2026-11-26T10:00:00.000Z"_s << Quantity(9);
}

void TestReservationRules::reserve()
{
    QFETCH(Quantity, stock);
    QFETCH(Quantity, heldBefore);
    QFETCH(PolicyPatch, policy);
    QFETCH(Quantity, qty);
    QFETCH(int, holdS);
    QFETCH(QString, error);
    QFETCH(qint64, errorAtp);
    QFETCH(qint64, errorMax);
    QFETCH(QString, expiresAt);
    QFETCH(Quantity, atpAfter);

    TestLedger ledger;
    ledger.standardSetUp();
    if (stock > 0)
        ledger.receive(kStore, kMilk, stock, u"B1"_s);
    if (heldBefore > 0) {
        const auto earlier = ledger.run(holdOf({kStore, kMilk}, heldBefore), u"earlier"_s);
        QVERIFY2(earlier, why(earlier).constData());
    }
    if (policy != PolicyPatch{})
        ledger.policy(kMilk, QString(), policy);

    const State before = ledger.state;
    const qsizetype eventsBefore = ledger.events.size();
    const Checked checked =
        runChecked(ledger, holdOf({kStore, kMilk}, qty, holdSeconds(holdS)), u"hold-1"_s);
    const Result<Decision> &decision = checked.decision;

    if (!error.isEmpty()) {
        QVERIFY2(!decision, "the hold was accepted");
        QCOMPARE(toString(decision.error().code), error);
        QCOMPARE(decision.error().atp.value_or(-1), errorAtp);
        QCOMPARE(decision.error().max.value_or(-1), errorMax);
        QCOMPARE(ledger.events.size(), eventsBefore);
        QVERIFY(ledger.state == before);
        return;
    }

    QVERIFY2(decision, why(decision).constData());
    QVERIFY2(checked.afterProblem.isEmpty(), qPrintable(checked.afterProblem));
    QCOMPARE(decision->events.size(), qsizetype(1));
    const Event &event = decision->events.first();
    QCOMPARE(toString(event.kind()), u"reservation.created"_s);
    QCOMPARE(event.op, u"hold-1"_s);
    QCOMPARE(event.location, kStore);
    QCOMPARE(event.sku, kMilk);
    const auto *created = std::get_if<ReservationCreated>(&event.payload);
    QVERIFY(created);
    // The reservation is named by the command that made it.
    QCOMPARE(created->reservation, u"hold-1"_s);
    QCOMPARE(created->qty, qty);
    QCOMPARE(created->channel, u"web"_s);
    QCOMPARE(formatTime(created->expiresAt), expiresAt);
    QVERIFY(event.after);
    QCOMPARE(event.after->atp, atpAfter);
    QCOMPARE(event.after->reserved, heldBefore + qty);

    QCOMPARE(decision->result.value("reservation"_L1).toString(), u"hold-1"_s);
    QCOMPARE(decision->result.value("expires_at"_L1).toString(), expiresAt);
    QCOMPARE(decision->result.value("atp"_L1).toInteger(-1), atpAfter);

    const Reservation reservation = ledger.state.reservations.value(u"hold-1"_s);
    QCOMPARE(toString(reservation.state), u"held"_s);
    QCOMPARE(reservation.qty, qty);
    QCOMPARE(reservation.key, (StockKey{kStore, kMilk}));
    QCOMPARE(formatTime(reservation.expiresAt), expiresAt);

    const Availability now = ledger.availability(kStore, kMilk);
    QCOMPARE(now.atp, atpAfter);
    QVERIFY(now.reserved <= now.sellable() - now.buffer);
}

void TestReservationRules::reserveIdReuse_data()
{
    QTest::addColumn<QString>("script"); // how the earlier reservations came about
    QTest::addColumn<bool>("direct");    // the new command is a direct commit, not a reserve
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("error"); // empty: accepted

    QTest::addRow("reserve reusing a held id")
        << u"recv 10; hold r1 2"_s << false << u"r1"_s << u"conflict"_s;
    QTest::addRow("reserve reusing a committed id")
        << u"recv 10; hold r1 2; commit r1"_s << false << u"r1"_s << u"conflict"_s;
    QTest::addRow("reserve reusing a released id")
        << u"recv 10; hold r1 2; release r1"_s << false << u"r1"_s << u"conflict"_s;
    QTest::addRow("reserve reusing an expired id")
        << u"recv 10; hold r1 2; wait 600; sweep"_s << false << u"r1"_s << u"conflict"_s;
    QTest::addRow("reserve reusing a direct order's id")
        << u"recv 10; direct r1 2"_s << false << u"r1"_s << u"conflict"_s;
    QTest::addRow("reserve reusing an id from another cell")
        << u"recv 10; recv 10 at=WH-01/MILK; hold r1 2 at=WH-01/MILK"_s << false << u"r1"_s
        << u"conflict"_s;
    QTest::addRow("direct commit reusing a held id")
        << u"recv 10; hold r1 2"_s << true << u"r1"_s << u"conflict"_s;
    QTest::addRow("direct commit reusing a direct order's id")
        << u"recv 10; direct r1 2"_s << true << u"r1"_s << u"conflict"_s;
    QTest::addRow("fresh id is accepted")
        << u"recv 10; hold r1 2"_s << false << u"r2"_s << QString();
}

void TestReservationRules::reserveIdReuse()
{
    QFETCH(QString, script);
    QFETCH(bool, direct);
    QFETCH(QString, id);
    QFETCH(QString, error);

    TestLedger ledger;
    ledger.standardSetUp();
    const ScriptOutcome prepared = runScript(ledger, script);
    QVERIFY2(prepared.problem.isEmpty(), qPrintable(prepared.problem));
    QCOMPARE(prepared.refusals, QStringList());

    const State before = ledger.state;
    // Well within atp, so only the id can be the problem.
    const CommandArgs args =
        direct ? CommandArgs(orderOf({kStore, kMilk}, 3)) : CommandArgs(holdOf({kStore, kMilk}, 3));
    const Checked checked = runChecked(ledger, args, id);
    if (error.isEmpty()) {
        QVERIFY2(checked.decision, why(checked.decision).constData());
        QVERIFY2(checked.afterProblem.isEmpty(), qPrintable(checked.afterProblem));
        QCOMPARE(ledger.state.reservations.value(id).qty, Quantity(3));
        return;
    }
    QVERIFY2(!checked.decision, "the reused id was accepted");
    QCOMPARE(toString(checked.decision.error().code), error);
    // The reservation that owns the id is untouched.
    QVERIFY(ledger.state == before);
}

void TestReservationRules::commitHold_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::addColumn<QString>("state"); // the answer's state when accepted
    QTest::addColumn<int>("events");
    QTest::addColumn<Quantity>("reservedAfter");

    const QString held = u"recv 10; hold r1 4"_s;
    QTest::addRow("held") << held << u"r1"_s << QString() << u"committed"_s << 1 << Quantity(4);
    QTest::addRow("held, one second before expiry")
        << held + u"; wait 599"_s << u"r1"_s << QString() << u"committed"_s << 1 << Quantity(4);
    // Sweep releases at expires_at <= now, so commit treats that instant as passed too.
    QTest::addRow("held, at expires_at")
        << held + u"; wait 600"_s << u"r1"_s << u"conflict"_s << QString() << 0 << Quantity(4);
    QTest::addRow("held, past expires_at, not yet swept")
        << held + u"; wait 3600"_s << u"r1"_s << u"conflict"_s << QString() << 0 << Quantity(4);
    QTest::addRow("short hold_s, within it") << u"recv 10; hold r1 4 s=30; wait 29"_s << u"r1"_s
                                             << QString() << u"committed"_s << 1 << Quantity(4);
    QTest::addRow("short hold_s, past it but within ttl")
        << u"recv 10; hold r1 4 s=30; wait 31"_s << u"r1"_s << u"conflict"_s << QString() << 0
        << Quantity(4);
    QTest::addRow("expired and swept") << held + u"; wait 600; sweep"_s << u"r1"_s << u"conflict"_s
                                       << QString() << 0 << Quantity(0);
    QTest::addRow("committed again")
        << held + u"; commit r1"_s << u"r1"_s << QString() << u"committed"_s << 0 << Quantity(4);
    QTest::addRow("committed again long after the ttl")
        << held + u"; commit r1; wait 86400"_s << u"r1"_s << QString() << u"committed"_s << 0
        << Quantity(4);
    QTest::addRow("direct order committed again")
        << u"recv 10; direct d1 4"_s << u"d1"_s << QString() << u"committed"_s << 0 << Quantity(4);
    QTest::addRow("released (cancelled)")
        << held + u"; release r1"_s << u"r1"_s << u"conflict"_s << QString() << 0 << Quantity(0);
    QTest::addRow("released by a full dispatch") << held + u"; commit r1; ship r1 4"_s << u"r1"_s
                                                 << u"conflict"_s << QString() << 0 << Quantity(0);
    QTest::addRow("unknown reservation")
        << held << u"nope"_s << u"unknown_reservation"_s << QString() << 0 << Quantity(4);
    QTest::addRow("id of a command that made no reservation")
        << held << u"cmd-5"_s << u"unknown_reservation"_s << QString() << 0 << Quantity(4);
}

void TestReservationRules::commitHold()
{
    QFETCH(QString, script);
    QFETCH(QString, target);
    QFETCH(QString, error);
    QFETCH(QString, state);
    QFETCH(int, events);
    QFETCH(Quantity, reservedAfter);

    TestLedger ledger;
    ledger.standardSetUp();
    const ScriptOutcome prepared = runScript(ledger, script);
    QVERIFY2(prepared.problem.isEmpty(), qPrintable(prepared.problem));
    QCOMPARE(prepared.refusals, QStringList());

    const State before = ledger.state;
    const Checked checked = runChecked(ledger, commitOf(target));
    const Result<Decision> &decision = checked.decision;
    if (!error.isEmpty()) {
        QVERIFY2(!decision, "the commit was accepted");
        QCOMPARE(toString(decision.error().code), error);
        QVERIFY(ledger.state == before);
    } else {
        QVERIFY2(decision, why(decision).constData());
        QVERIFY2(checked.afterProblem.isEmpty(), qPrintable(checked.afterProblem));
        QCOMPARE(decision->result.value("reservation"_L1).toString(), target);
        QCOMPARE(decision->result.value("state"_L1).toString(), state);
        QCOMPARE(decision->events.size(), qsizetype(events));
        if (events == 0) {
            QVERIFY(ledger.state == before);
        } else {
            const Event &event = decision->events.first();
            QCOMPARE(toString(event.kind()), u"reservation.committed"_s);
            const auto *committed = std::get_if<ReservationCommitted>(&event.payload);
            QVERIFY(committed);
            QCOMPARE(committed->reservation, target);
            QCOMPARE(committed->qty, Quantity(4));
            QCOMPARE(committed->channel, u"web"_s);
            QCOMPARE(committed->direct, false);
            const Reservation reservation = ledger.state.reservations.value(target);
            QCOMPARE(toString(reservation.state), u"committed"_s);
            // A committed order no longer expires.
            QVERIFY(!reservation.expiresAt.isValid());
        }
    }
    QCOMPARE(ledger.availability(kStore, kMilk).reserved, reservedAfter);
}

void TestReservationRules::directCommit_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("sku");
    QTest::addColumn<Quantity>("stock");
    QTest::addColumn<Quantity>("heldBefore");
    QTest::addColumn<PolicyPatch>("policy");
    QTest::addColumn<Quantity>("qty");
    QTest::addColumn<QString>("error");   // empty: accepted
    QTest::addColumn<qint64>("errorAtp"); // -1: absent
    QTest::addColumn<Quantity>("atpAfter");

    QTest::addRow("within atp") << kStore << kMilk << Quantity(10) << Quantity(0) << PolicyPatch{}
                                << Quantity(4) << QString() << qint64(-1) << Quantity(6);
    QTest::addRow("exactly atp beside a hold")
        << kStore << kMilk << Quantity(10) << Quantity(3) << PolicyPatch{} << Quantity(7)
        << QString() << qint64(-1) << Quantity(0);
    QTest::addRow("one over atp beside a hold")
        << kStore << kMilk << Quantity(10) << Quantity(3) << PolicyPatch{} << Quantity(8)
        << u"insufficient_stock"_s << qint64(7) << Quantity(0);
    QTest::addRow("exactly atp under buffer_min")
        << kStore << kMilk << Quantity(10) << Quantity(0) << patchOf("min=4") << Quantity(6)
        << QString() << qint64(-1) << Quantity(0);
    QTest::addRow("over atp under buffer_pct")
        << kStore << kMilk << Quantity(10) << Quantity(0) << patchOf("pct=50") << Quantity(6)
        << u"insufficient_stock"_s << qint64(5) << Quantity(0);
    QTest::addRow("no stock") << kStore << kMilk << Quantity(0) << Quantity(0) << PolicyPatch{}
                              << Quantity(1) << u"insufficient_stock"_s << qint64(0) << Quantity(0);
    // Locks govern holds (cart locks); an order placed without a hold is not one.
    QTest::addRow("locks disabled do not block an order")
        << kStore << kMilk << Quantity(10) << Quantity(0) << patchOf("lock=0") << Quantity(3)
        << QString() << qint64(-1) << Quantity(7);
    QTest::addRow("lock_max_qty does not cap an order")
        << kStore << kMilk << Quantity(10) << Quantity(0) << patchOf("max=2") << Quantity(5)
        << QString() << qint64(-1) << Quantity(5);
    QTest::addRow("unknown location")
        << u"XX-99"_s << kMilk << Quantity(10) << Quantity(0) << PolicyPatch{} << Quantity(1)
        << u"unknown_location"_s << qint64(-1) << Quantity(0);
    QTest::addRow("unknown sku") << kStore << u"CHEESE"_s << Quantity(10) << Quantity(0)
                                 << PolicyPatch{} << Quantity(1) << u"unknown_sku"_s << qint64(-1)
                                 << Quantity(0);
}

void TestReservationRules::directCommit()
{
    QFETCH(QString, location);
    QFETCH(QString, sku);
    QFETCH(Quantity, stock);
    QFETCH(Quantity, heldBefore);
    QFETCH(PolicyPatch, policy);
    QFETCH(Quantity, qty);
    QFETCH(QString, error);
    QFETCH(qint64, errorAtp);
    QFETCH(Quantity, atpAfter);

    TestLedger ledger;
    ledger.standardSetUp();
    if (stock > 0)
        ledger.receive(kStore, kMilk, stock, u"B1"_s);
    if (heldBefore > 0) {
        const auto earlier = ledger.run(holdOf({kStore, kMilk}, heldBefore), u"earlier"_s);
        QVERIFY2(earlier, why(earlier).constData());
    }
    if (policy != PolicyPatch{})
        ledger.policy(kMilk, QString(), policy);

    const State before = ledger.state;
    const Checked checked = runChecked(ledger, orderOf({location, sku}, qty), u"order-1"_s);
    const Result<Decision> &decision = checked.decision;
    if (!error.isEmpty()) {
        QVERIFY2(!decision, "the order was accepted");
        QCOMPARE(toString(decision.error().code), error);
        QCOMPARE(decision.error().atp.value_or(-1), errorAtp);
        QVERIFY(ledger.state == before);
        return;
    }
    QVERIFY2(decision, why(decision).constData());
    QVERIFY2(checked.afterProblem.isEmpty(), qPrintable(checked.afterProblem));
    QCOMPARE(decision->events.size(), qsizetype(1));
    const Event &event = decision->events.first();
    QCOMPARE(toString(event.kind()), u"reservation.committed"_s);
    const auto *committed = std::get_if<ReservationCommitted>(&event.payload);
    QVERIFY(committed);
    QCOMPARE(committed->reservation, u"order-1"_s);
    QCOMPARE(committed->qty, qty);
    QCOMPARE(committed->channel, u"pos"_s);
    QCOMPARE(committed->direct, true);
    QCOMPARE(event.after->atp, atpAfter);
    QCOMPARE(decision->result.value("reservation"_L1).toString(), u"order-1"_s);
    QCOMPARE(decision->result.value("state"_L1).toString(), u"committed"_s);

    const Reservation order = ledger.state.reservations.value(u"order-1"_s);
    QCOMPARE(toString(order.state), u"committed"_s);
    QCOMPARE(order.qty, qty);
    QVERIFY(!order.expiresAt.isValid());
    const Availability now = ledger.availability(kStore, kMilk);
    QCOMPARE(now.reserved, heldBefore + qty);
    QCOMPARE(now.atp, atpAfter);
    QVERIFY(now.reserved <= now.sellable() - now.buffer);
}

void TestReservationRules::release_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason"); // the command's reason
    QTest::addColumn<QString>("error");  // empty: accepted
    QTest::addColumn<int>("events");
    QTest::addColumn<Quantity>("eventQty"); // what the release frees
    QTest::addColumn<QString>("finalReason");
    QTest::addColumn<Quantity>("reservedAfter");

    const QString held = u"recv 10; hold r1 4; hold r2 1"_s;
    QTest::addRow("held, cancelled") << held << u"r1"_s << u"cancelled"_s << QString() << 1
                                     << Quantity(4) << u"cancelled"_s << Quantity(1);
    QTest::addRow("held, reason expired accepted")
        << held << u"r1"_s << u"expired"_s << QString() << 1 << Quantity(4) << u"expired"_s
        << Quantity(1);
    QTest::addRow("committed") << held + u"; commit r1"_s << u"r1"_s << u"cancelled"_s << QString()
                               << 1 << Quantity(4) << u"cancelled"_s << Quantity(1);
    QTest::addRow("direct order") << u"recv 10; direct d1 6"_s << u"d1"_s << u"cancelled"_s
                                  << QString() << 1 << Quantity(6) << u"cancelled"_s << Quantity(0);
    QTest::addRow("partly dispatched order frees the rest")
        << held + u"; commit r1; ship r1 3"_s << u"r1"_s << u"cancelled"_s << QString() << 1
        << Quantity(1) << u"cancelled"_s << Quantity(1);
    QTest::addRow("held past expiry, not yet swept")
        << held + u"; wait 900"_s << u"r1"_s << u"cancelled"_s << QString() << 1 << Quantity(4)
        << u"cancelled"_s << Quantity(1);
    QTest::addRow("already released")
        << held + u"; release r1"_s << u"r1"_s << u"cancelled"_s << QString() << 0 << Quantity(0)
        << u"cancelled"_s << Quantity(1);
    QTest::addRow("already released, other reason")
        << held + u"; release r1"_s << u"r1"_s << u"expired"_s << QString() << 0 << Quantity(0)
        << u"cancelled"_s << Quantity(1);
    QTest::addRow("already expired by the sweeper")
        << held + u"; wait 600; sweep"_s << u"r1"_s << u"cancelled"_s << QString() << 0
        << Quantity(0) << u"expired"_s << Quantity(0);
    QTest::addRow("already dispatched in full")
        << held + u"; commit r1; ship r1 4"_s << u"r1"_s << u"cancelled"_s << QString() << 0
        << Quantity(0) << u"dispatched"_s << Quantity(1);
    QTest::addRow("unknown reservation")
        << held << u"nope"_s << u"cancelled"_s << u"unknown_reservation"_s << 0 << Quantity(0)
        << QString() << Quantity(5);
}

void TestReservationRules::release()
{
    QFETCH(QString, script);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QFETCH(QString, error);
    QFETCH(int, events);
    QFETCH(Quantity, eventQty);
    QFETCH(QString, finalReason);
    QFETCH(Quantity, reservedAfter);

    TestLedger ledger;
    ledger.standardSetUp();
    const ScriptOutcome prepared = runScript(ledger, script);
    QVERIFY2(prepared.problem.isEmpty(), qPrintable(prepared.problem));
    QCOMPARE(prepared.refusals, QStringList());

    ReleaseReason releaseReason = ReleaseReason::Cancelled;
    QVERIFY(parseReleaseReason(reason, &releaseReason));
    const State before = ledger.state;
    const Checked checked = runChecked(ledger, releaseOf(target, releaseReason));
    const Result<Decision> &decision = checked.decision;
    if (!error.isEmpty()) {
        QVERIFY2(!decision, "the release was accepted");
        QCOMPARE(toString(decision.error().code), error);
        QVERIFY(ledger.state == before);
    } else {
        QVERIFY2(decision, why(decision).constData());
        QVERIFY2(checked.afterProblem.isEmpty(), qPrintable(checked.afterProblem));
        QCOMPARE(decision->result.value("reservation"_L1).toString(), target);
        QCOMPARE(decision->result.value("state"_L1).toString(), u"released"_s);
        QCOMPARE(decision->events.size(), qsizetype(events));
        if (events == 0) {
            QVERIFY(ledger.state == before);
        } else {
            const Event &event = decision->events.first();
            QCOMPARE(toString(event.kind()), u"reservation.released"_s);
            const auto *released = std::get_if<ReservationReleased>(&event.payload);
            QVERIFY(released);
            QCOMPARE(released->reservation, target);
            QCOMPARE(released->qty, eventQty);
            QCOMPARE(toString(released->reason), reason);
        }
        const Reservation reservation = ledger.state.reservations.value(target);
        QCOMPARE(toString(reservation.state), u"released"_s);
        QCOMPARE(toString(reservation.releaseReason), finalReason);
    }
    QCOMPARE(ledger.availability(kStore, kMilk).reserved, reservedAfter);
}

void TestReservationRules::sweep_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("released"); // in event order
    QTest::addColumn<QStringList>("stillHeld");

    QTest::addRow("one second before expires_at")
        << u"recv 20; hold r1 4; wait 599"_s << QStringList() << QStringList{u"r1"_s};
    QTest::addRow("at expires_at")
        << u"recv 20; hold r1 4; wait 600"_s << QStringList{u"r1"_s} << QStringList();
    QTest::addRow("past expires_at")
        << u"recv 20; hold r1 4; wait 601"_s << QStringList{u"r1"_s} << QStringList();
    QTest::addRow("short hold_s, at its expiry")
        << u"recv 20; hold r1 4 s=30; wait 30"_s << QStringList{u"r1"_s} << QStringList();
    QTest::addRow("short hold_s, one second before")
        << u"recv 20; hold r1 4 s=30; wait 29"_s << QStringList() << QStringList{u"r1"_s};
    QTest::addRow("committed hold is never swept")
        << u"recv 20; hold r1 4; commit r1; wait 86400"_s << QStringList() << QStringList();
    QTest::addRow("direct order is never swept")
        << u"recv 20; direct d1 4; wait 86400"_s << QStringList() << QStringList();
    QTest::addRow("only the due holds, oldest first")
        << u"recv 20; hold r1 2 s=60; hold r2 3; hold r3 1 s=30; wait 60"_s
        << QStringList{u"r1"_s, u"r3"_s} << QStringList{u"r2"_s};
    QTest::addRow("holds beside a committed order")
        << u"recv 20; hold r1 2; hold r2 3; commit r2; wait 600"_s << QStringList{u"r1"_s}
        << QStringList();
    QTest::addRow("across cells in key order")
        << u"recv 5 at=WH-01/MILK; recv 5 at=DS-01/BREAD; recv 5; hold w1 1 at=WH-01/MILK; "
           "hold b1 1 at=DS-01/BREAD; hold m1 1; wait 600"_s
        << QStringList{u"b1"_s, u"m1"_s, u"w1"_s} << QStringList();
    QTest::addRow("released hold is not released again")
        << u"recv 20; hold r1 4; hold r2 1; release r1; wait 600"_s << QStringList{u"r2"_s}
        << QStringList();
    QTest::addRow("second sweep finds nothing")
        << u"recv 20; hold r1 4; wait 600; sweep"_s << QStringList() << QStringList();
    // The hold's expiry is fixed when it is made; a later TTL change does not move it.
    QTest::addRow("shorter ttl later keeps the hold's expiry")
        << u"recv 20; hold r1 4; policy ttl=60; wait 60"_s << QStringList() << QStringList{u"r1"_s};
    QTest::addRow("hold made later expires later")
        << u"recv 20; hold r1 1; wait 300; hold r2 1; wait 300"_s << QStringList{u"r1"_s}
        << QStringList{u"r2"_s};
}

void TestReservationRules::sweep()
{
    QFETCH(QString, script);
    QFETCH(QStringList, released);
    QFETCH(QStringList, stillHeld);

    TestLedger ledger;
    ledger.standardSetUp();
    const ScriptOutcome prepared = runScript(ledger, script);
    QVERIFY2(prepared.problem.isEmpty(), qPrintable(prepared.problem));
    QCOMPARE(prepared.refusals, QStringList());

    const State before = ledger.state;
    const Checked checked = runChecked(ledger, Sweep{});
    const Result<Decision> &decision = checked.decision;
    QVERIFY2(decision, why(decision).constData());
    QVERIFY2(checked.afterProblem.isEmpty(), qPrintable(checked.afterProblem));

    QStringList ids;
    for (const Event &event : decision->events) {
        QCOMPARE(toString(event.kind()), u"reservation.released"_s);
        const auto *payload = std::get_if<ReservationReleased>(&event.payload);
        QVERIFY(payload);
        QCOMPARE(toString(payload->reason), u"expired"_s);
        // The event frees exactly what the hold still had.
        const Reservation was = before.reservations.value(payload->reservation);
        QCOMPARE(payload->qty, was.qty);
        QCOMPARE(event.key(), was.key);
        ids.append(payload->reservation);
    }
    QCOMPARE(ids, released);
    QCOMPARE(qsizetype(decision->result.value("released"_L1).toInt(-1)), released.size());
    QCOMPARE(decision->result.value("hidden"_L1).toInt(-1), 0);

    for (const QString &id : released) {
        const Reservation reservation = ledger.state.reservations.value(id);
        QCOMPARE(toString(reservation.state), u"released"_s);
        QCOMPARE(toString(reservation.releaseReason), u"expired"_s);
    }
    for (const QString &id : stillHeld)
        QCOMPARE(toString(ledger.state.reservations.value(id).state), u"held"_s);
    // Nothing but the due holds changed: every other reservation is as it was.
    for (auto it = before.reservations.cbegin(); it != before.reservations.cend(); ++it) {
        if (!released.contains(it.key()))
            QCOMPARE(ledger.state.reservations.value(it.key()), *it);
    }
}

void TestReservationRules::invariants_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("refusals");
    QTest::addColumn<Availability>("final"); // DS-01/MILK at the end

    const QStringList short1{u"insufficient_stock"_s};
    QTest::addRow("holds up to atp")
        << u"recv 10; hold a 6; hold b 5; hold c 4"_s << short1 << figures(10, 0, 10, 0, 0);
    QTest::addRow("buffer keeps its share")
        << u"recv 10; policy pct=20; hold a 8; direct b 1"_s << short1 << figures(10, 0, 8, 2, 0);
    QTest::addRow("release makes room") << u"recv 10; hold a 10; hold b 1; release a; hold c 10"_s
                                        << short1 << figures(10, 0, 10, 0, 0);
    // An expired hold counts until the sweeper's event releases it, so every replica agrees.
    QTest::addRow("expiry makes room once swept")
        << u"recv 10; hold a 10; wait 600; hold b 1; sweep; hold c 10"_s << short1
        << figures(10, 0, 10, 0, 0);
    QTest::addRow("dispatch of an order makes room")
        << u"recv 10; hold a 4; commit a; ship a 4; hold b 6"_s << QStringList()
        << figures(6, 0, 6, 0, 0);
    QTest::addRow("partial dispatch keeps the rest reserved")
        << u"recv 10; direct a 5; ship a 2; hold b 6"_s << short1 << figures(8, 0, 3, 0, 5);
    QTest::addRow("buffer_min then a receipt")
        << u"recv 3; policy min=2; hold a 1; hold b 1; recv 7; hold c 7"_s << short1
        << figures(10, 0, 8, 2, 0);
    QTest::addRow("lock refusals change nothing")
        << u"recv 10; policy max=3; hold a 4; hold b 3; policy lock=0; hold c 1; direct d 2"_s
        << QStringList{u"lock_limit"_s, u"lock_disabled"_s} << figures(10, 0, 5, 0, 5);
    QTest::addRow("override buffer at the store only")
        << u"recv 10; recv 10 at=WH-01/MILK; policy pct=50 at=DS-01/MILK; hold a 6; "
           "hold w 6 at=WH-01/MILK"_s
        << short1 << figures(10, 0, 0, 5, 5);
    QTest::addRow("mixed orders and holds to the last unit")
        << u"recv 12; policy min=2; hold a 3; direct b 4; hold c 3; hold d 1; commit a; "
           "release c; direct e 3"_s
        << short1 << figures(12, 0, 10, 2, 0);
}

void TestReservationRules::invariants()
{
    QFETCH(QString, script);
    QFETCH(QStringList, refusals);
    QFETCH(Availability, final);

    TestLedger ledger;
    ledger.standardSetUp();
    const ScriptOutcome outcome = runScript(ledger, script);
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    QCOMPARE(outcome.refusals, refusals);
    QCOMPARE(ledger.availability(kStore, kMilk), final);
}

QTEST_GUILESS_MAIN(TestReservationRules)
#include "tst_reservationrules.moc"
