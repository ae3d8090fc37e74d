#include "ServiceHarness.h"
#include "WsClient.h"

#include "CommandEngine.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync::testing;
using shelfsync::service::Role;
using shelfsync::sync::SyncClient;

// The app's sync client against a real service: snapshot, live events with a continuous
// cursor, resume from a stored cursor, and an epoch change.
class TestSyncClient : public QObject
{
    Q_OBJECT

private:
    static void seed(WsClient &admin)
    {
        QVERIFY(
            admin
                .command(
                    u"s1"_s, u"upsert_location"_s,
                    {{u"location"_s, u"DS-01"_s}, {u"name"_s, u"North"_s}, {u"kind"_s, u"store"_s}})
                .value("ok"_L1)
                .toBool());
        QVERIFY(
            admin.command(u"s2"_s, u"upsert_sku"_s, {{u"sku"_s, u"MILK"_s}, {u"name"_s, u"Milk"_s}})
                .value("ok"_L1)
                .toBool());
    }

private slots:
    void snapshotThenLiveEvents()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        seed(admin);

        SyncClient client;
        QSignalSpy parts(&client, &SyncClient::snapshotPart);
        QSignalSpy events(&client, &SyncClient::eventsReceived);
        client.setServer(harness.syncUrl(), ServiceHarness::token(Role::Viewer), u"app-1"_s);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status(), SyncClient::Status::Live, 5000);
        QCOMPARE(parts.size(), 1);
        QCOMPARE(client.cursor(), 2);

        QVERIFY(admin
                    .command(u"r1"_s, u"receive"_s,
                             {{u"location"_s, u"DS-01"_s},
                              {u"sku"_s, u"MILK"_s},
                              {u"qty"_s, 5},
                              {u"batch"_s, u"B1"_s}})
                    .value("ok"_L1)
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000);
        QCOMPARE(events.first().at(1).toLongLong(), 2);
        QCOMPARE(events.first().at(2).toLongLong(), 3);
        QCOMPARE(events.first().at(0).toJsonArray().first()["kind"_L1].toString(),
                 u"stock.received"_s);
        QCOMPARE(client.cursor(), 3);
        client.stop();
        QCOMPARE(client.status(), SyncClient::Status::Offline);
    }

    void resumesFromStoredCursor()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        seed(admin);

        SyncClient client;
        QSignalSpy parts(&client, &SyncClient::snapshotPart);
        QSignalSpy events(&client, &SyncClient::eventsReceived);
        QSignalSpy epochs(&client, &SyncClient::epochChanged);
        client.setServer(harness.syncUrl(), ServiceHarness::token(Role::Viewer), u"app-2"_s);
        client.setCursor(harness.service().engine().epoch(), 1);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status(), SyncClient::Status::Live, 5000);
        QCOMPARE(parts.size(), 0);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().at(1).toLongLong(), 1);
        QCOMPARE(epochs.size(), 0);
        client.stop();

        // A replica from another ledger: the client is told, and gets a snapshot.
        client.setCursor(u"another-ledger"_s, 2);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status(), SyncClient::Status::Live, 5000);
        QCOMPARE(epochs.size(), 1);
        QCOMPARE(parts.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
