#include "SyncTestSupport.h"

#include "store/LedgerStore.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync::testing;
using namespace shelfsync::testing::synctest;
using shelfsync::domain::State;
using shelfsync::service::LedgerEvent;
using shelfsync::service::Role;

namespace {

QString day(const QDateTime &now, int days)
{
    return shelfsync::domain::formatDate(now.date().addDays(days));
}

QList<qint64> seqsOf(const QList<QJsonObject> &events)
{
    QList<qint64> seqs;
    for (const QJsonObject &event : events)
        seqs.append(event.value("seq"_L1).toInteger());
    return seqs;
}

// What a subscription to `locations` (empty: all) is owed from the ledger: location-less
// events and those of its locations, in seq order.
QList<QJsonObject> owed(const QList<LedgerEvent> &ledger, const QStringList &locations)
{
    QList<QJsonObject> out;
    for (const LedgerEvent &event : ledger) {
        if (event.location.isEmpty() || locations.isEmpty() || locations.contains(event.location))
            out.append(QJsonDocument::fromJson(event.json).object());
    }
    return out;
}

QStringList typesOf(const WsClient &client)
{
    QStringList types;
    for (const QJsonObject &message : client.messages)
        types.append(message.value("type"_L1).toString());
    return types;
}

// What a snapshot can carry of a state (PROTOCOL.md, session step 4): no released
// reservations, per-day dispatch history from the cell's last day back 35 days, and so no
// cells left with nothing in them; only the subscribed locations when `locations` is set.
State snapshotView(State state, const QStringList &locations = {})
{
    using namespace shelfsync::domain;
    const auto wanted = [&locations](const QString &location) {
        return locations.isEmpty() || locations.contains(location);
    };
    for (auto it = state.reservations.begin(); it != state.reservations.end();) {
        if (!it->isActive() || !wanted(it->key.location))
            it = state.reservations.erase(it);
        else
            ++it;
    }
    for (auto it = state.locations.begin(); it != state.locations.end();) {
        if (!wanted(it.key()))
            it = state.locations.erase(it);
        else
            ++it;
    }
    for (auto it = state.overrides.begin(); it != state.overrides.end();) {
        if (!wanted(it.key().location))
            it = state.overrides.erase(it);
        else
            ++it;
    }
    for (auto it = state.cells.begin(); it != state.cells.end();) {
        Cell &cell = it.value();
        if (!cell.dispatchedByDay.isEmpty()) {
            const QDate first = cell.dispatchedByDay.lastKey().addDays(-35);
            for (auto d = cell.dispatchedByDay.begin(); d != cell.dispatchedByDay.end();) {
                if (d.key() < first)
                    d = cell.dispatchedByDay.erase(d);
                else
                    ++d;
            }
        }
        const bool empty = cell.batches.isEmpty() && cell.reservations.isEmpty() &&
                           cell.dispatchedByDay.isEmpty() && cell.reserved == 0;
        if (empty || !wanted(it.key().location))
            it = state.cells.erase(it);
        else
            ++it;
    }
    return state;
}

} // namespace

// The session contract of PROTOCOL.md against a real shelfsyncd: resuming from a cursor,
// snapshots against the live stream, the from/to chain, subscriptions, heartbeats, queries.
class TestSyncProtocol : public QObject
{
    Q_OBJECT

private:
    bool seedTwoStores(WsClient &admin)
    {
        return run(admin, u"seed-l1"_s, u"upsert_location"_s, locationArgs(u"DS-01"_s)) &&
               run(admin, u"seed-l2"_s, u"upsert_location"_s, locationArgs(u"DS-02"_s)) &&
               run(admin, u"seed-s1"_s, u"upsert_sku"_s, skuArgs(u"A"_s)) &&
               run(admin, u"seed-s2"_s, u"upsert_sku"_s, skuArgs(u"B"_s)) &&
               run(admin, u"seed-r1"_s, u"receive"_s,
                   receiveArgs(u"DS-01"_s, u"A"_s, 40, u"A1"_s)) &&
               run(admin, u"seed-r2"_s, u"receive"_s,
                   receiveArgs(u"DS-02"_s, u"A"_s, 40, u"A1"_s)) &&
               run(admin, u"seed-r3"_s, u"receive"_s,
                   receiveArgs(u"DS-01"_s, u"B"_s, 40, u"B1"_s)) &&
               run(admin, u"seed-r4"_s, u"receive"_s, receiveArgs(u"DS-02"_s, u"B"_s, 40, u"B1"_s));
    }

private slots:
    // 2. A DS-01 subscriber that was away for 50 events gets exactly its share of them.
    void resumeDeliversSubscribedEventsAfterCursor()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        auto &engine = harness.service().engine();
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(seedTwoStores(admin));

        WsClient first;
        QVERIFY(first.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer), 0,
                                     {u"DS-01"_s}));
        QCOMPARE(first.cursor, engine.head());
        const qint64 since = first.cursor;
        first.socket().close();
        QVERIFY(first.waitClosed());
        QTRY_COMPARE(metric(harness.service(), u"shelfsync_connected_clients"_s), qint64(1));

        // 50 events over both stores, and location-less ones.
        for (int i = 0; i < 50; ++i) {
            const QString id = u"away-%1"_s.arg(i);
            const QString store = (i / 5) % 2 == 0 ? u"DS-01"_s : u"DS-02"_s;
            switch (i % 5) {
            case 0:
                QVERIFY(run(admin, id, u"receive"_s,
                            receiveArgs(u"DS-01"_s, u"A"_s, 5, u"R%1"_s.arg(i))));
                break;
            case 1:
                QVERIFY(run(admin, id, u"receive"_s,
                            receiveArgs(u"DS-02"_s, u"B"_s, 5, u"R%1"_s.arg(i))));
                break;
            case 2:
                QVERIFY(run(admin, id, u"upsert_sku"_s, skuArgs(u"S%1"_s.arg(i))));
                break;
            case 3:
                QVERIFY(run(admin, id, u"reserve"_s,
                            {{u"location"_s, store},
                             {u"sku"_s, u"A"_s},
                             {u"qty"_s, 1},
                             {u"channel"_s, u"web"_s}}));
                break;
            case 4: {
                QJsonObject args{{u"sku"_s, u"B"_s}, {u"low_stock"_s, i}};
                if (store == "DS-02"_L1)
                    args.insert(u"location"_s, store);
                QVERIFY(run(admin, id, u"set_policy"_s, args));
                break;
            }
            }
        }
        QCOMPARE(engine.head(), since + 50);
        const QList<QJsonObject> expected = owed(ledger(engine, since), {u"DS-01"_s});
        QVERIFY(expected.size() > 10 && expected.size() < 50);

        WsClient again;
        again.replica = first.replica;
        QVERIFY(again.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer), since,
                                     {u"DS-01"_s}));
        QVERIFY(again.waitForCursor(engine.head()));

        // welcome, one or more events messages, synced; no snapshot.
        const QStringList types = typesOf(again);
        QVERIFY2(types.size() >= 3, qPrintable(types.join(u',')));
        QCOMPARE(types.first(), u"welcome"_s);
        QCOMPARE(types.last(), u"synced"_s);
        for (qsizetype i = 1; i + 1 < types.size(); ++i)
            QCOMPARE(types[i], u"events"_s);
        QCOMPARE(again.messages[1].value("from"_L1).toInteger(), since);
        QCOMPARE(again.messages.last().value("head"_L1).toInteger(), engine.head());
        QCOMPARE(again.messages.first().value("head"_L1).toInteger(), engine.head());

        QCOMPARE(seqsOf(again.events), seqsOf(expected));
        QCOMPARE(again.events, expected);
        for (const QJsonObject &event : std::as_const(again.events)) {
            QVERIFY2(event.value("location"_L1).toString() != "DS-02"_L1,
                     qPrintable(compact(event)));
        }
        QVERIFY(!again.gap);
        const QString chain = cursorChainError(again, since);
        QVERIFY2(chain.isEmpty(), qPrintable(chain));
        QVERIFY2(again.replicaError.isEmpty(), qPrintable(again.replicaError));
        SHELFSYNC_VERIFY_SAME_STATE(again.replica, snapshotView(engine.state(), {u"DS-01"_s}));
    }

    // A cursor at the head gets `synced` at once; one above the head, or from another
    // epoch, gets a snapshot.
    void resumeEdgeCases()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        auto &engine = harness.service().engine();
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(seedTwoStores(admin));
        const qint64 head = engine.head();

        WsClient atHead;
        QVERIFY(
            atHead.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer), head));
        QCOMPARE(typesOf(atHead), (QStringList{u"welcome"_s, u"synced"_s}));
        QCOMPARE(atHead.messages.last().value("head"_L1).toInteger(), head);

        WsClient ahead;
        QVERIFY(ahead.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer),
                                     head + 100));
        QCOMPARE(typesOf(ahead), (QStringList{u"welcome"_s, u"snapshot"_s, u"synced"_s}));
        QCOMPARE(ahead.cursor, head);
        SHELFSYNC_VERIFY_SAME_STATE(ahead.replica, snapshotView(engine.state()));

        WsClient otherEpoch;
        QVERIFY(otherEpoch.open(harness.syncUrl()));
        QJsonObject message = hello(ServiceHarness::token(Role::Viewer), head - 2);
        message.insert(u"epoch"_s, u"not-this-ledger"_s);
        otherEpoch.send(message);
        QVERIFY(!otherEpoch.take(u"synced"_s).isEmpty());
        QCOMPARE(typesOf(otherEpoch), (QStringList{u"welcome"_s, u"snapshot"_s, u"synced"_s}));
        QCOMPARE(otherEpoch.messages.first().value("epoch"_L1).toString(), engine.epoch());
        QCOMPARE(otherEpoch.cursor, head);
    }

    // 3. A client that followed everything live and one that took a snapshot at the end
    // hold the same stock, batches, active reservations, policies, SKUs and locations.
    void snapshotMatchesLiveReplica()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        auto &engine = harness.service().engine();
        WsClient follower;
        QVERIFY(follower.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer)));
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));

        const QDateTime start = harness.clock.now();
        QVERIFY(run(admin, u"l1"_s, u"upsert_location"_s, locationArgs(u"DS-01"_s)));
        QJsonObject warehouse = locationArgs(u"WH-01"_s, u"warehouse"_s);
        warehouse.insert(u"timezone"_s, u"Europe/Berlin"_s);
        QVERIFY(run(admin, u"l2"_s, u"upsert_location"_s, warehouse));
        QVERIFY(run(admin, u"l3"_s, u"upsert_location"_s, locationArgs(u"DS-02"_s)));
        QVERIFY(run(admin, u"s1"_s, u"upsert_sku"_s,
                    {{u"sku"_s, u"MILK"_s},
                     {u"name"_s, u"Milk 1 l"_s},
                     {u"gtin"_s, u"4006381333931"_s},
                     {u"unit"_s, u"pcs"_s},
                     {u"category"_s, u"dairy"_s},
                     {u"shelf_life_days"_s, 12},
                     {u"unit_cost"_s, 0.79}}));
        QVERIFY(run(admin, u"s2"_s, u"upsert_sku"_s, skuArgs(u"BREAD"_s)));
        QVERIFY(run(admin, u"s3"_s, u"upsert_sku"_s, skuArgs(u"EGGS"_s)));
        QVERIFY(run(admin, u"p1"_s, u"set_policy"_s,
                    {{u"sku"_s, u"MILK"_s}, {u"buffer_pct"_s, 10}, {u"buffer_min"_s, 2}}));
        QVERIFY(run(admin, u"p2"_s, u"set_policy"_s,
                    {{u"sku"_s, u"EGGS"_s},
                     {u"location"_s, u"DS-02"_s},
                     {u"lock_max_qty"_s, 5},
                     {u"hide_before_expiry_h"_s, 72}}));
        QVERIFY(run(admin, u"p3"_s, u"set_policy"_s,
                    {{u"sku"_s, u"BREAD"_s}, {u"location"_s, u"DS-01"_s}, {u"low_stock"_s, 7}}));

        QVERIFY(run(admin, u"r1"_s, u"receive"_s,
                    receiveArgs(u"DS-01"_s, u"MILK"_s, 50, u"M1"_s, day(start, 30))));
        QVERIFY(run(admin, u"r2"_s, u"receive"_s,
                    receiveArgs(u"DS-01"_s, u"MILK"_s, 20, u"M2"_s, day(start, 10))));
        QVERIFY(run(admin, u"r3"_s, u"receive"_s,
                    receiveArgs(u"DS-02"_s, u"MILK"_s, 100, u"M1"_s, day(start, 90))));
        QVERIFY(run(admin, u"r4"_s, u"receive"_s,
                    receiveArgs(u"DS-01"_s, u"BREAD"_s, 30, u"BR1"_s, day(start, 5))));
        QVERIFY(run(admin, u"r5"_s, u"receive"_s,
                    receiveArgs(u"DS-02"_s, u"EGGS"_s, 60, u"E1"_s, day(start, 2))));
        QVERIFY(run(admin, u"r6"_s, u"receive"_s,
                    receiveArgs(u"DS-02"_s, u"EGGS"_s, 40, u"E2"_s, day(start, 20))));
        QVERIFY(
            run(admin, u"r7"_s, u"receive"_s, receiveArgs(u"WH-01"_s, u"EGGS"_s, 500, u"E3"_s)));

        const auto reserve = [&admin](const QString &id, const QString &location,
                                      const QString &sku, qint64 qty) {
            return run(admin, id, u"reserve"_s,
                       {{u"location"_s, location},
                        {u"sku"_s, sku},
                        {u"qty"_s, qty},
                        {u"channel"_s, u"web"_s}});
        };
        QVERIFY(reserve(u"hold-released"_s, u"DS-01"_s, u"MILK"_s, 5));
        QVERIFY(reserve(u"hold-committed"_s, u"DS-01"_s, u"MILK"_s, 3));
        QVERIFY(reserve(u"hold-expires"_s, u"DS-02"_s, u"MILK"_s, 4));
        QVERIFY(reserve(u"hold-partial"_s, u"DS-01"_s, u"BREAD"_s, 4));
        QVERIFY(reserve(u"hold-eggs"_s, u"DS-02"_s, u"EGGS"_s, 5));
        QVERIFY(run(admin, u"c1"_s, u"commit"_s, {{u"reservation"_s, u"hold-committed"_s}}));
        QVERIFY(run(admin, u"c2"_s, u"commit"_s, {{u"reservation"_s, u"hold-partial"_s}}));
        QVERIFY(run(admin, u"c3"_s, u"commit"_s,
                    {{u"location"_s, u"DS-02"_s},
                     {u"sku"_s, u"MILK"_s},
                     {u"qty"_s, 6},
                     {u"channel"_s, u"pos"_s}}));
        QVERIFY(run(admin, u"x1"_s, u"release"_s, {{u"reservation"_s, u"hold-released"_s}}));
        QVERIFY(run(admin, u"d1"_s, u"dispatch"_s,
                    {{u"location"_s, u"DS-01"_s},
                     {u"sku"_s, u"BREAD"_s},
                     {u"qty"_s, 2},
                     {u"reservation"_s, u"hold-partial"_s}}));
        QVERIFY(run(admin, u"d2"_s, u"dispatch"_s,
                    {{u"location"_s, u"DS-02"_s}, {u"sku"_s, u"MILK"_s}, {u"qty"_s, 10}}));
        QVERIFY(run(admin, u"d3"_s, u"dispatch"_s,
                    {{u"location"_s, u"DS-01"_s},
                     {u"sku"_s, u"MILK"_s},
                     {u"qty"_s, 3},
                     {u"reservation"_s, u"hold-committed"_s}}));
        QVERIFY(run(admin, u"a1"_s, u"adjust"_s,
                    {{u"location"_s, u"DS-01"_s},
                     {u"sku"_s, u"MILK"_s},
                     {u"batch"_s, u"M2"_s},
                     {u"counted"_s, 18},
                     {u"reason"_s, u"count"_s}}));
        QVERIFY(run(admin, u"w1"_s, u"write_off"_s,
                    {{u"location"_s, u"DS-01"_s},
                     {u"sku"_s, u"BREAD"_s},
                     {u"batch"_s, u"BR1"_s},
                     {u"qty"_s, 1},
                     {u"reason"_s, u"damaged"_s}}));
        QVERIFY(run(admin, u"t1"_s, u"return"_s,
                    {{u"location"_s, u"DS-02"_s},
                     {u"sku"_s, u"MILK"_s},
                     {u"qty"_s, 2},
                     {u"batch"_s, u"M1"_s}}));
        // EGGS E1 at DS-02 expires within its 72 h hide window: the sweeper hides it.
        QTRY_VERIFY_WITH_TIMEOUT(
            engine.state().cells.value({u"DS-02"_s, u"EGGS"_s}).batch(u"E1"_s)->hidden, 5000);

        // Forty days later: holds have expired, early batches are past expiry, and new
        // stock is dispatched, so per-day history spans more than the snapshot keeps.
        harness.clock.advance(qint64(40) * 24 * 3600 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.state().reservations.value(u"hold-expires"_s).state ==
                                     shelfsync::domain::ReservationState::Released,
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            engine.state().cells.value({u"DS-01"_s, u"MILK"_s}).batch(u"M2"_s)->hidden, 5000);
        const QDateTime later = harness.clock.now();
        QVERIFY(run(admin, u"r8"_s, u"receive"_s,
                    receiveArgs(u"DS-02"_s, u"MILK"_s, 30, u"M9"_s, day(later, 15))));
        QVERIFY(run(admin, u"d4"_s, u"dispatch"_s,
                    {{u"location"_s, u"DS-02"_s}, {u"sku"_s, u"MILK"_s}, {u"qty"_s, 7}}));
        QVERIFY(reserve(u"hold-late"_s, u"DS-02"_s, u"MILK"_s, 2));
        QVERIFY(reserve(u"hold-late-committed"_s, u"DS-02"_s, u"MILK"_s, 1));
        QVERIFY(run(admin, u"c4"_s, u"commit"_s, {{u"reservation"_s, u"hold-late-committed"_s}}));
        QVERIFY(run(admin, u"s4"_s, u"upsert_sku"_s,
                    {{u"sku"_s, u"MILK"_s}, {u"name"_s, u"Milk 1 l (new)"_s}}));

        QVERIFY(follower.waitForCursor(engine.head()));
        QVERIFY(!follower.gap);
        QVERIFY2(follower.replicaError.isEmpty(), qPrintable(follower.replicaError));
        const QString chain = cursorChainError(follower);
        QVERIFY2(chain.isEmpty(), qPrintable(chain));
        // The live replica is the whole state, released reservations and old days included.
        SHELFSYNC_VERIFY_SAME_STATE(follower.replica, engine.state());
        const State &live = follower.replica;
        QVERIFY(live.cells.value({u"DS-02"_s, u"MILK"_s}).dispatchedByDay.size() == 2);

        WsClient fresh;
        QVERIFY(fresh.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer)));
        QCOMPARE(typesOf(fresh), (QStringList{u"welcome"_s, u"snapshot"_s, u"synced"_s}));
        QVERIFY2(fresh.replicaError.isEmpty(), qPrintable(fresh.replicaError));
        QCOMPARE(fresh.cursor, engine.head());
        const State &snap = fresh.replica;

        // Availability of every cell either side knows.
        QList<shelfsync::domain::StockKey> keys = live.cells.keys();
        keys.append(snap.cells.keys());
        for (const auto &key : std::as_const(keys)) {
            QVERIFY2(live.availability(key) == snap.availability(key),
                     qPrintable(u"%1: live %2, snapshot %3"_s.arg(keyName(key),
                                                                  show(live.availability(key)),
                                                                  show(snap.availability(key)))));
            QVERIFY2(live.availability(key) == engine.state().availability(key),
                     qPrintable(keyName(key)));
        }
        QCOMPARE(snap.locations, live.locations);
        QCOMPARE(snap.skus, live.skus);
        QCOMPARE(snap.skuByGtin, live.skuByGtin);
        QCOMPARE(snap.skuPolicies, live.skuPolicies);
        QCOMPARE(snap.overrides, live.overrides);
        for (auto it = live.cells.cbegin(); it != live.cells.cend(); ++it) {
            const auto &cell = snap.cells.value(it.key());
            QVERIFY2(cell.batches == it->batches,
                     qPrintable(u"%1: %2 vs %3"_s.arg(keyName(it.key()), showBatches(it->batches),
                                                      showBatches(cell.batches))));
            QCOMPARE(cell.reservations, it->reservations);
            QCOMPARE(cell.reserved, it->reserved);
        }
        // Active reservations field by field; released ones are left out.
        int active = 0;
        for (const auto &reservation : live.reservations) {
            if (!reservation.isActive()) {
                QVERIFY2(!snap.reservations.contains(reservation.id), qPrintable(reservation.id));
                continue;
            }
            ++active;
            QVERIFY2(snap.reservations.contains(reservation.id), qPrintable(reservation.id));
            QVERIFY2(snap.reservations[reservation.id] == reservation,
                     qPrintable(u"%1 vs %2"_s.arg(show(snap.reservations[reservation.id]),
                                                  show(reservation))));
        }
        QCOMPARE(snap.reservations.size(), qsizetype(active));
        QVERIFY(active >= 4);
        // Per-day dispatch history: the day 40 days back is trimmed, the recent one kept.
        QCOMPARE(snap.cells.value({u"DS-02"_s, u"MILK"_s}).dispatchedByDay.size(), 1);
        SHELFSYNC_VERIFY_SAME_STATE(snap, snapshotView(live));

        // A snapshot for one location holds that location's part and every SKU.
        WsClient partial;
        QVERIFY(partial.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer), 0,
                                       {u"DS-02"_s}));
        QVERIFY2(partial.replicaError.isEmpty(), qPrintable(partial.replicaError));
        const QJsonObject part = partial.messages[1];
        QCOMPARE(part.value("type"_L1).toString(), u"snapshot"_s);
        SHELFSYNC_VERIFY_SAME_STATE(partial.replica, snapshotView(live, {u"DS-02"_s}));
    }

    // A state larger than one part comes in several snapshot parts that fold into the
    // same replica.
    void largeSnapshotComesInParts()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        auto &engine = harness.service().engine();
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(run(admin, u"l1"_s, u"upsert_location"_s, locationArgs(u"DS-01"_s)));
        constexpr int kSkus = 160;
        constexpr int kBatches = 40;
        QStringList ids;
        for (int s = 0; s < kSkus; ++s) {
            const QString id = u"sku-%1"_s.arg(s);
            admin.send({{u"type"_s, u"cmd"_s},
                        {u"id"_s, id},
                        {u"op"_s, u"upsert_sku"_s},
                        {u"args"_s, skuArgs(u"SKU-%1"_s.arg(s, 4, 10, QChar(u'0')))}});
            ids.append(id);
        }
        for (int s = 0; s < kSkus; ++s) {
            for (int b = 0; b < kBatches; ++b) {
                const QString id = u"rcv-%1-%2"_s.arg(s).arg(b);
                admin.send(
                    {{u"type"_s, u"cmd"_s},
                     {u"id"_s, id},
                     {u"op"_s, u"receive"_s},
                     {u"args"_s, receiveArgs(u"DS-01"_s, u"SKU-%1"_s.arg(s, 4, 10, QChar(u'0')),
                                             b + 1, u"LOT-%1"_s.arg(b))}});
                ids.append(id);
            }
        }
        for (const QString &id : std::as_const(ids))
            QVERIFY2(admin.waitForAck(id, 30000).value("ok"_L1).toBool(), qPrintable(id));
        QCOMPARE(engine.head(), qint64(1 + kSkus + kSkus * kBatches));

        WsClient fresh;
        QVERIFY(fresh.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer)));
        QVERIFY2(fresh.replicaError.isEmpty(), qPrintable(fresh.replicaError));
        QList<QJsonObject> parts;
        for (const QJsonObject &message : std::as_const(fresh.messages)) {
            if (message.value("type"_L1) == "snapshot"_L1)
                parts.append(message);
        }
        QVERIFY2(parts.size() >= 2, qPrintable(QString::number(parts.size())));
        qsizetype batches = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QCOMPARE(parts[i].value("part"_L1).toInteger(), i);
            QCOMPARE(parts[i].value("seq"_L1).toInteger(), engine.head());
            QCOMPARE(parts[i].value("last"_L1).toBool(), i == parts.size() - 1);
            const qsizetype bytes = QJsonDocument(parts[i]).toJson(QJsonDocument::Compact).size();
            QVERIFY2(bytes <= 512 * 1024 + 4096, qPrintable(QString::number(bytes)));
            batches += parts[i].value("batches"_L1).toArray().size();
        }
        QCOMPARE(batches, qsizetype(kSkus * kBatches));
        QCOMPARE(fresh.cursor, engine.head());
        SHELFSYNC_VERIFY_SAME_STATE(fresh.replica, snapshotView(engine.state()));
    }

    // 5. Live: every events message continues the cursor (from == previous cursor); a
    // DS-02 subscription gets DS-02 and location-less events and nothing of DS-01; acks of
    // pipelined commands come back in order and precede their events.
    void liveStreamChainsAndFilters()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        auto &engine = harness.service().engine();
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(seedTwoStores(admin));
        WsClient all;
        QVERIFY(all.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer)));
        WsClient ds02;
        QVERIFY(ds02.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Channel), 0,
                                    {u"DS-02"_s}));
        const qint64 start = engine.head();

        QVERIFY(run(admin, u"v1"_s, u"receive"_s, receiveArgs(u"DS-01"_s, u"A"_s, 3, u"V1"_s)));
        QVERIFY(run(admin, u"v2"_s, u"upsert_sku"_s, skuArgs(u"C"_s)));
        QVERIFY(run(admin, u"v3"_s, u"set_policy"_s,
                    {{u"sku"_s, u"A"_s}, {u"location"_s, u"DS-01"_s}, {u"buffer_min"_s, 3}}));
        QVERIFY(run(admin, u"v4"_s, u"set_policy"_s, {{u"sku"_s, u"C"_s}, {u"low_stock"_s, 4}}));
        QVERIFY(run(admin, u"v5"_s, u"receive"_s, receiveArgs(u"DS-02"_s, u"C"_s, 9, u"V5"_s)));
        QVERIFY(run(admin, u"v6"_s, u"upsert_location"_s, locationArgs(u"DS-03"_s)));

        // A pipelined burst over both stores.
        QStringList burst;
        for (int i = 0; i < 30; ++i) {
            const QString id = u"burst-%1"_s.arg(i);
            admin.send({{u"type"_s, u"cmd"_s},
                        {u"id"_s, id},
                        {u"op"_s, u"receive"_s},
                        {u"args"_s, receiveArgs(i % 3 == 0 ? u"DS-02"_s : u"DS-01"_s, u"B"_s, 1,
                                                u"BU%1"_s.arg(i))}});
            burst.append(id);
        }
        for (const QString &id : std::as_const(burst))
            QVERIFY(admin.waitForAck(id).value("ok"_L1).toBool());
        QStringList ackOrder;
        for (const QJsonObject &message : std::as_const(admin.messages)) {
            if (message.value("type"_L1) == "ack"_L1 &&
                message.value("id"_L1).toString().startsWith("burst-"_L1))
                ackOrder.append(message.value("id"_L1).toString());
        }
        QCOMPARE(ackOrder, burst);
        // Last, a DS-02 event, so the DS-02 subscriber's cursor reaches the head too.
        QVERIFY(run(admin, u"v7"_s, u"receive"_s, receiveArgs(u"DS-02"_s, u"A"_s, 2, u"V7"_s)));
        const qint64 head = engine.head();

        for (WsClient *client : {&admin, &all, &ds02}) {
            QVERIFY(client->waitForCursor(head));
            QVERIFY(!client->gap);
            QVERIFY2(client->replicaError.isEmpty(), qPrintable(client->replicaError));
            const QString chain = cursorChainError(*client);
            QVERIFY2(chain.isEmpty(), qPrintable(chain));
        }
        // The sender sees its own command's events, after the ack.
        qsizetype ackAt = -1;
        qsizetype eventAt = -1;
        for (qsizetype i = 0; i < admin.messages.size(); ++i) {
            const QJsonObject &m = admin.messages[i];
            if (m.value("type"_L1) == "ack"_L1 && m.value("id"_L1) == "v7"_L1)
                ackAt = i;
            if (m.value("type"_L1) == "events"_L1 && m.value("to"_L1).toInteger() >= head &&
                eventAt < 0)
                eventAt = i;
        }
        QVERIFY(ackAt >= 0 && eventAt > ackAt);

        const QList<LedgerEvent> events = ledger(engine, start);
        QCOMPARE(all.events, owed(events, {}));
        const QList<QJsonObject> mine = owed(events, {u"DS-02"_s});
        QList<QJsonObject> received;
        for (const QJsonObject &event : std::as_const(ds02.events)) {
            if (event.value("seq"_L1).toInteger() > start)
                received.append(event);
        }
        QCOMPARE(received, mine);
        QStringList kinds;
        for (const QJsonObject &event : std::as_const(received)) {
            QVERIFY2(event.value("location"_L1).toString() != "DS-01"_L1,
                     qPrintable(compact(event)));
            QVERIFY2(event.value("location"_L1).toString() != "DS-03"_L1,
                     qPrintable(compact(event)));
            kinds.append(event.value("kind"_L1).toString());
        }
        QVERIFY(kinds.contains(u"sku.upserted"_s));
        QVERIFY(kinds.contains(u"policy.changed"_s)); // the default for C
        QCOMPARE(kinds.count(u"stock.received"_s), 1 + 10 + 1);
        QCOMPARE(kinds.count(u"policy.changed"_s), 1);

        SHELFSYNC_VERIFY_SAME_STATE(all.replica, engine.state());
        SHELFSYNC_VERIFY_SAME_STATE(ds02.replica, snapshotView(engine.state(), {u"DS-02"_s}));
    }

    // 5. An idle subscriber hears a heartbeat after heartbeat_s with the head, which covers
    // the events it was not sent.
    void heartbeatAfterIdle()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        auto &engine = harness.service().engine();
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(seedTwoStores(admin));
        WsClient ds02;
        QVERIFY(ds02.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer), 0,
                                    {u"DS-02"_s}));
        QElapsedTimer idle;
        idle.start();
        const QJsonObject welcome = ds02.messages.first();
        QCOMPARE(welcome.value("heartbeat_s"_L1).toInt(), 5);
        QCOMPARE(welcome.value("role"_L1).toString(), u"viewer"_s);
        QCOMPARE(welcome.value("user"_L1).toString(), u"user-viewer"_s);
        QCOMPARE(welcome.value("protocol"_L1).toInt(), 1);
        QVERIFY(!welcome.value("server"_L1).toString().isEmpty());
        QCOMPARE(welcome.value("epoch"_L1).toString(), engine.epoch());

        // Not for DS-02: nothing is sent, and the heartbeat's head covers it.
        QVERIFY(
            run(admin, u"elsewhere"_s, u"receive"_s, receiveArgs(u"DS-01"_s, u"A"_s, 1, u"X1"_s)));
        const QJsonObject beat = ds02.take(u"heartbeat"_s, 10000);
        const qint64 waited = idle.elapsed();
        QVERIFY2(!beat.isEmpty(), "no heartbeat within 10 s");
        QVERIFY2(waited >= 4500, qPrintable(QString::number(waited)));
        QCOMPARE(beat.value("head"_L1).toInteger(), engine.head());
        QVERIFY(shelfsync::domain::parseTime(beat.value("time"_L1).toString()).isValid());
        QCOMPARE(ds02.cursor, engine.head());
        QCOMPARE(countType(ds02, u"events"_s), 0);
        const QString chain = cursorChainError(ds02);
        QVERIFY2(chain.isEmpty(), qPrintable(chain));

        // The next event for DS-02 continues from the heartbeat's head.
        QVERIFY(run(admin, u"here"_s, u"receive"_s, receiveArgs(u"DS-02"_s, u"A"_s, 1, u"X2"_s)));
        const QJsonObject events = ds02.take(u"events"_s);
        QCOMPARE(events.value("from"_L1).toInteger(), beat.value("head"_L1).toInteger());
        QCOMPARE(events.value("to"_L1).toInteger(), engine.head());
        QVERIFY(!ds02.gap);
    }

    // 6. The availability query and its filters.
    void availabilityQuery()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        auto &engine = harness.service().engine();
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(seedTwoStores(admin));
        QVERIFY(run(admin, u"q1"_s, u"upsert_sku"_s, skuArgs(u"C"_s)));
        QVERIFY(run(admin, u"q2"_s, u"receive"_s, receiveArgs(u"DS-02"_s, u"C"_s, 10, u"C1"_s)));
        QVERIFY(run(admin, u"q3"_s, u"set_policy"_s, {{u"sku"_s, u"C"_s}, {u"buffer_min"_s, 2}}));
        QVERIFY(run(admin, u"q4"_s, u"reserve"_s,
                    {{u"location"_s, u"DS-02"_s},
                     {u"sku"_s, u"C"_s},
                     {u"qty"_s, 3},
                     {u"channel"_s, u"web"_s}}));

        WsClient channel;
        QVERIFY(channel.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Channel)));
        int n = 0;
        const auto query = [&channel, &n](const QJsonObject &args) {
            const QString id = u"aq-%1"_s.arg(++n);
            channel.send({{u"type"_s, u"query"_s},
                          {u"id"_s, id},
                          {u"name"_s, u"availability"_s},
                          {u"args"_s, args}});
            for (int i = 0; i < 500; ++i) {
                for (const QJsonObject &m : std::as_const(channel.messages)) {
                    if (m.value("id"_L1) == id && m.value("type"_L1) != "ack"_L1)
                        return m;
                }
                QTest::qWait(10);
            }
            return QJsonObject{};
        };
        const auto checkRows = [&engine](const QJsonArray &rows, const QStringList &keys) {
            QStringList got;
            for (const QJsonValue &value : rows) {
                const QJsonObject row = value.toObject();
                const QString location = row.value("location"_L1).toString();
                const QString sku = row.value("sku"_L1).toString();
                got.append(location + u'/' + sku);
                QJsonObject expected =
                    shelfsync::domain::toJson(engine.state().availability({location, sku}));
                expected.insert(u"location"_s, location);
                expected.insert(u"sku"_s, sku);
                expected.insert(u"seq"_s, engine.head());
                if (row != expected) {
                    qWarning("row %s, expected %s", qPrintable(compact(row)),
                             qPrintable(compact(expected)));
                    return false;
                }
            }
            if (got != keys)
                qWarning("rows %s, expected %s", qPrintable(got.join(u',')),
                         qPrintable(keys.join(u',')));
            return got == keys;
        };

        QJsonObject result = query({});
        QCOMPARE(result.value("type"_L1).toString(), u"result"_s);
        QVERIFY(checkRows(result.value("rows"_L1).toArray(),
                          {u"DS-01/A"_s, u"DS-01/B"_s, u"DS-02/A"_s, u"DS-02/B"_s, u"DS-02/C"_s}));
        result = query({{u"location"_s, u"DS-02"_s}});
        QVERIFY(checkRows(result.value("rows"_L1).toArray(),
                          {u"DS-02/A"_s, u"DS-02/B"_s, u"DS-02/C"_s}));
        result = query({{u"sku"_s, u"A"_s}});
        QVERIFY(checkRows(result.value("rows"_L1).toArray(), {u"DS-01/A"_s, u"DS-02/A"_s}));
        result = query({{u"location"_s, u"DS-02"_s}, {u"sku"_s, u"C"_s}});
        QVERIFY(checkRows(result.value("rows"_L1).toArray(), {u"DS-02/C"_s}));
        const QJsonObject c = result.value("rows"_L1).toArray().first().toObject();
        QCOMPARE(c.value("on_hand"_L1).toInteger(), 10);
        QCOMPARE(c.value("reserved"_L1).toInteger(), 3);
        QCOMPARE(c.value("buffer"_L1).toInteger(), 2);
        QCOMPARE(c.value("atp"_L1).toInteger(), 5);
        // A pair with no stock yet is still a row, all zero.
        result = query({{u"location"_s, u"DS-01"_s}, {u"sku"_s, u"C"_s}});
        QVERIFY(checkRows(result.value("rows"_L1).toArray(), {u"DS-01/C"_s}));
        result = query({{u"limit"_s, 2}});
        QVERIFY(checkRows(result.value("rows"_L1).toArray(), {u"DS-01/A"_s, u"DS-01/B"_s}));

        result = query({{u"location"_s, u"DS-09"_s}});
        QCOMPARE(result.value("type"_L1).toString(), u"error"_s);
        QCOMPARE(result.value("code"_L1).toString(), u"unknown_location"_s);
        result = query({{u"sku"_s, u"NOPE"_s}});
        QCOMPARE(result.value("type"_L1).toString(), u"error"_s);
        QCOMPARE(result.value("code"_L1).toString(), u"unknown_sku"_s);
        result = query({{u"location"_s, 5}});
        QCOMPARE(result.value("code"_L1).toString(), u"bad_request"_s);
        QCOMPARE(result.value("field"_L1).toString(), u"location"_s);
        result = query({{u"limit"_s, 0}});
        QCOMPARE(result.value("code"_L1).toString(), u"bad_request"_s);
        QCOMPARE(result.value("field"_L1).toString(), u"limit"_s);

        // A channel may ask for availability only.
        channel.send({{u"type"_s, u"query"_s},
                      {u"id"_s, u"ch-history"_s},
                      {u"name"_s, u"history"_s},
                      {u"args"_s, QJsonObject{{u"sku"_s, u"A"_s}}}});
        QTRY_VERIFY(
            std::any_of(channel.messages.cbegin(), channel.messages.cend(),
                        [](const QJsonObject &m) { return m.value("id"_L1) == "ch-history"_L1; }));
        const QJsonObject forbidden =
            *std::find_if(channel.messages.cbegin(), channel.messages.cend(),
                          [](const QJsonObject &m) { return m.value("id"_L1) == "ch-history"_L1; });
        QCOMPARE(forbidden.value("type"_L1).toString(), u"error"_s);
        QCOMPARE(forbidden.value("code"_L1).toString(), u"forbidden"_s);
    }

    // 6. The history query: one SKU's events, newest first, by location, limited.
    void historyQuery()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        auto &engine = harness.service().engine();
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(seedTwoStores(admin));
        QVERIFY(run(admin, u"h1"_s, u"dispatch"_s,
                    {{u"location"_s, u"DS-01"_s}, {u"sku"_s, u"A"_s}, {u"qty"_s, 4}}));
        QVERIFY(run(admin, u"h2"_s, u"receive"_s, receiveArgs(u"DS-02"_s, u"A"_s, 6, u"A2"_s)));
        QVERIFY(run(admin, u"h3"_s, u"set_policy"_s, {{u"sku"_s, u"A"_s}, {u"low_stock"_s, 3}}));

        WsClient planner;
        QVERIFY(planner.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Planner)));
        const auto history = [&planner](const QString &id, const QJsonObject &args) {
            planner.send({{u"type"_s, u"query"_s},
                          {u"id"_s, id},
                          {u"name"_s, u"history"_s},
                          {u"args"_s, args}});
            for (int i = 0; i < 500; ++i) {
                for (const QJsonObject &m : std::as_const(planner.messages)) {
                    if (m.value("id"_L1) == id)
                        return m;
                }
                QTest::qWait(10);
            }
            return QJsonObject{};
        };
        // What the ledger holds for A, newest first.
        QList<QJsonObject> expected;
        for (const LedgerEvent &event : ledger(engine)) {
            const QJsonObject object = QJsonDocument::fromJson(event.json).object();
            if (object.value("sku"_L1).toString() == "A"_L1)
                expected.prepend(object);
        }
        QCOMPARE(expected.size(), 6); // upsert, 2 receipts, dispatch, receipt, policy

        const auto rowsOf = [](const QJsonObject &result) {
            QList<QJsonObject> rows;
            for (const QJsonValue &value : result.value("rows"_L1).toArray())
                rows.append(value.toObject());
            return rows;
        };
        QJsonObject result = history(u"hq-1"_s, {{u"sku"_s, u"A"_s}});
        QCOMPARE(result.value("type"_L1).toString(), u"result"_s);
        QCOMPARE(rowsOf(result), expected);

        QList<QJsonObject> atDs01;
        for (const QJsonObject &event : std::as_const(expected)) {
            if (event.value("location"_L1).toString() == "DS-01"_L1)
                atDs01.append(event);
        }
        QCOMPARE(atDs01.size(), 2);
        result = history(u"hq-2"_s, {{u"sku"_s, u"A"_s}, {u"location"_s, u"DS-01"_s}});
        QCOMPARE(rowsOf(result), atDs01);

        result = history(u"hq-3"_s, {{u"sku"_s, u"A"_s}, {u"limit"_s, 2}});
        QCOMPARE(rowsOf(result), expected.mid(0, 2));

        result = history(u"hq-4"_s, {{u"sku"_s, u"NOPE"_s}});
        QCOMPARE(result.value("type"_L1).toString(), u"error"_s);
        QCOMPARE(result.value("code"_L1).toString(), u"unknown_sku"_s);
        result = history(u"hq-7"_s, {{u"sku"_s, u"A"_s}, {u"location"_s, u"DS-99"_s}});
        QCOMPARE(result.value("type"_L1).toString(), u"error"_s);
        QCOMPARE(result.value("code"_L1).toString(), u"unknown_location"_s);
        QCOMPARE(result.value("id"_L1).toString(), u"hq-7"_s);
        result = history(u"hq-5"_s, {});
        QCOMPARE(result.value("type"_L1).toString(), u"error"_s);
        QCOMPARE(result.value("code"_L1).toString(), u"bad_request"_s);
        QCOMPARE(result.value("field"_L1).toString(), u"sku"_s);
        result = history(u"hq-6"_s, {{u"sku"_s, u"A"_s}, {u"limit"_s, u"ten"_s}});
        QCOMPARE(result.value("code"_L1).toString(), u"bad_request"_s);
        QCOMPARE(result.value("field"_L1).toString(), u"limit"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
