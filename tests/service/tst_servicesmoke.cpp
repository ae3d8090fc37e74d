#include "ServiceHarness.h"
#include "WsClient.h"

#include "CommandEngine.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync::testing;
using shelfsync::service::Role;

// The shortest end-to-end path: a location, a SKU and a receipt sent by one client reach
// a second client's replica with the figures the service computed.
class TestServiceSmoke : public QObject
{
    Q_OBJECT

private slots:
    void receiptReachesSecondClient()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        WsClient watcher;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(watcher.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer)));

        QVERIFY(
            admin
                .command(
                    u"c1"_s, u"upsert_location"_s,
                    {{u"location"_s, u"DS-01"_s}, {u"name"_s, u"North"_s}, {u"kind"_s, u"store"_s}})
                .value("ok"_L1)
                .toBool());
        QVERIFY(
            admin.command(u"c2"_s, u"upsert_sku"_s, {{u"sku"_s, u"MILK"_s}, {u"name"_s, u"Milk"_s}})
                .value("ok"_L1)
                .toBool());
        const QJsonObject ack = admin.command(u"c3"_s, u"receive"_s,
                                              {{u"location"_s, u"DS-01"_s},
                                               {u"sku"_s, u"MILK"_s},
                                               {u"qty"_s, 12},
                                               {u"batch"_s, u"B1"_s}});
        QCOMPARE(ack.value("ok"_L1).toBool(), true);
        QCOMPARE(ack.value("seq"_L1).toInteger(), 3);

        QVERIFY(watcher.waitForCursor(3));
        QVERIFY(!watcher.gap);
        QVERIFY2(watcher.replicaError.isEmpty(), qPrintable(watcher.replicaError));
        QCOMPARE(watcher.replica.availability({u"DS-01"_s, u"MILK"_s}).atp, 12);
        QCOMPARE(watcher.replica, harness.service().engine().state());
    }
};

QTEST_GUILESS_MAIN(TestServiceSmoke)
#include "tst_servicesmoke.moc"
