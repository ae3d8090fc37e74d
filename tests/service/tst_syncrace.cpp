#include "SyncTestSupport.h"

#include "store/LedgerStore.h"

#include <QElapsedTimer>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace shelfsync::testing;
using namespace shelfsync::testing::synctest;
using shelfsync::service::Role;

// Many channels racing for the last units of one SKU over real WebSocket connections: the
// engine must hand out exactly what is there, and the ledger must explain the state.
class TestSyncRace : public QObject
{
    Q_OBJECT

private slots:
    void fiveHundredReservesForOneHundredUnits()
    {
        constexpr int kClients = 500;
        constexpr int kStock = 100;
        constexpr int kBatch = 50;

        QElapsedTimer total;
        total.start();
        ServiceHarness harness;
        QVERIFY(harness.start());
        auto &engine = harness.service().engine();

        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(run(admin, u"loc"_s, u"upsert_location"_s, locationArgs(u"DS-01"_s)));
        QVERIFY(run(admin, u"sku"_s, u"upsert_sku"_s, skuArgs(u"MILK"_s)));
        QVERIFY(run(admin, u"rcv"_s, u"receive"_s,
                    receiveArgs(u"DS-01"_s, u"MILK"_s, kStock, u"B1"_s)));
        QCOMPARE(engine.state().availability({u"DS-01"_s, u"MILK"_s}).atp, kStock);

        // Connect in batches of 50 (the listen backlog), each batch opened at once.
        QElapsedTimer phase;
        phase.start();
        std::vector<std::unique_ptr<WsClient>> clients;
        for (int start = 0; start < kClients; start += kBatch) {
            const int end = std::min(kClients, start + kBatch);
            for (int i = start; i < end; ++i) {
                clients.push_back(std::make_unique<WsClient>());
                clients.back()->socket().open(harness.syncUrl());
            }
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin() + start, clients.end(),
                                                 [](const auto &c) {
                                                     return c->socket().state() ==
                                                            QAbstractSocket::ConnectedState;
                                                 }),
                                     20000);
            for (int i = start; i < end; ++i)
                clients[size_t(i)]->send(hello(ServiceHarness::token(Role::Channel)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(clients.begin(), clients.end(),
                        [](const auto &c) { return countType(*c, u"synced"_s) == 1; }),
            30000);
        const qint64 connectMs = phase.restart();
        QCOMPARE(metric(harness.service(), u"shelfsync_connected_clients"_s), kClients + 1);

        // Every client sends its reserve before any ack is read.
        const qint64 headBefore = engine.head();
        for (int i = 0; i < kClients; ++i) {
            clients[size_t(i)]->send({{u"type"_s, u"cmd"_s},
                                      {u"id"_s, u"race-%1"_s.arg(i)},
                                      {u"op"_s, u"reserve"_s},
                                      {u"args"_s, QJsonObject{{u"location"_s, u"DS-01"_s},
                                                              {u"sku"_s, u"MILK"_s},
                                                              {u"qty"_s, 1},
                                                              {u"channel"_s, u"web"_s}}}});
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(clients.begin(), clients.end(),
                        [](const auto &c) { return countType(*c, u"ack"_s) == 1; }),
            30000);
        const qint64 reserveMs = phase.restart();

        int ok = 0;
        int insufficient = 0;
        QSet<qint64> atps;
        QSet<qint64> seqs;
        QSet<QString> winners;
        for (int i = 0; i < kClients; ++i) {
            const QString id = u"race-%1"_s.arg(i);
            const QJsonObject ack = clients[size_t(i)]->waitForAck(id, 0);
            QVERIFY2(!ack.isEmpty(), qPrintable(id));
            if (ack.value("ok"_L1).toBool()) {
                ++ok;
                const QJsonObject result = ack.value("result"_L1).toObject();
                QCOMPARE(result.value("reservation"_L1).toString(), id);
                atps.insert(result.value("atp"_L1).toInteger());
                seqs.insert(ack.value("seq"_L1).toInteger());
                winners.insert(id);
            } else {
                const QJsonObject error = ack.value("error"_L1).toObject();
                QCOMPARE(error.value("code"_L1).toString(), u"insufficient_stock"_s);
                QCOMPARE(error.value("atp"_L1).toInteger(-1), 0);
                ++insufficient;
            }
        }
        QCOMPARE(ok, kStock);
        QCOMPARE(insufficient, kClients - kStock);
        // Each winner saw a different atp after its hold (99 down to 0) and its own seq.
        QCOMPARE(atps.size(), kStock);
        QCOMPARE(*std::min_element(atps.cbegin(), atps.cend()), 0);
        QCOMPARE(*std::max_element(atps.cbegin(), atps.cend()), kStock - 1);
        QCOMPARE(seqs.size(), kStock);
        QCOMPARE(engine.head(), headBefore + kStock);
        const auto held = engine.state().reservations.keys();
        QCOMPARE(QSet<QString>(held.cbegin(), held.cend()), winners);

        const shelfsync::domain::Availability figures =
            engine.state().availability({u"DS-01"_s, u"MILK"_s});
        QCOMPARE(figures.onHand, kStock);
        QCOMPARE(figures.reserved, kStock);
        QCOMPARE(figures.atp, 0);

        // Every client followed the live stream to the head without a gap, and its replica
        // agrees with every `after` the service sent.
        const qint64 head = engine.head();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(),
                                             [head](const auto &c) { return c->cursor >= head; }),
                                 30000);
        for (const auto &client : clients) {
            QVERIFY(!client->gap);
            QVERIFY2(client->replicaError.isEmpty(), qPrintable(client->replicaError));
            QCOMPARE(client->events.size(), qsizetype(kStock));
        }
        SHELFSYNC_VERIFY_SAME_STATE(clients.front()->replica, engine.state());
        SHELFSYNC_VERIFY_SAME_STATE(clients.back()->replica, engine.state());

        // The ledger explains the state: replaying it gives the engine's state, and so does
        // the state the store keeps next to it.
        const auto events = ledger(engine);
        QCOMPARE(events.size(), qsizetype(head));
        QString replayError;
        const shelfsync::domain::State replayed = replay(events, &replayError);
        QVERIFY2(replayError.isEmpty(), qPrintable(replayError));
        int created = 0;
        for (const auto &event : events)
            created += event.json.contains("\"kind\":\"reservation.created\"") ? 1 : 0;
        QCOMPARE(created, kStock);
        SHELFSYNC_VERIFY_SAME_STATE(replayed, engine.state());
        const shelfsync::domain::State stored = engine.store().loadState();
        SHELFSYNC_VERIFY_SAME_STATE(stored, engine.state());

        qInfo("connect+sync %lld ms, 500 reserves acked %lld ms, whole test %lld ms", connectMs,
              reserveMs, total.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSyncRace)
#include "tst_syncrace.moc"
