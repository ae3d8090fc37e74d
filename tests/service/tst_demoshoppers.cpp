#include "ServiceHarness.h"
#include "WsClient.h"

#include "CommandEngine.h"
#include "DemoShoppers.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using namespace shelfsync::testing;

// The demo's make-believe storefront goes through the engine like a real channel: carts
// become holds, most holds orders, orders shipments, and stock stays consistent.
class TestDemoShoppers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cartsBecomeOrdersAndShipments()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        QVERIFY(
            admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(service::Role::Admin)));
        QVERIFY(admin
                    .command(u"l"_s, u"upsert_location"_s,
                             {{u"location"_s, u"DS-01"_s},
                              {u"name"_s, u"Centre"_s},
                              {u"kind"_s, u"store"_s}})
                    .value("ok"_L1)
                    .toBool());
        QVERIFY(
            admin.command(u"s"_s, u"upsert_sku"_s, {{u"sku"_s, u"MILK"_s}, {u"name"_s, u"Milk"_s}})
                .value("ok"_L1)
                .toBool());
        QVERIFY(admin
                    .command(u"r"_s, u"receive"_s,
                             {{u"location"_s, u"DS-01"_s},
                              {u"sku"_s, u"MILK"_s},
                              {u"qty"_s, 500},
                              {u"batch"_s, u"B1"_s},
                              {u"expiry"_s, u"2031-01-01"_s}})
                    .value("ok"_L1)
                    .toBool());

        service::CommandEngine &engine = harness.service().engine();
        service::DemoShoppers shoppers(engine);
        shoppers.start(10);
        const domain::StockKey key{u"DS-01"_s, u"MILK"_s};
        QTRY_VERIFY_WITH_TIMEOUT(engine.state().availability(key).onHand < 500, 20'000);
        shoppers.stop();

        int held = 0;
        int committed = 0;
        for (const domain::Reservation &r : engine.state().reservations) {
            held += r.state == domain::ReservationState::Held ? 1 : 0;
            committed += r.state == domain::ReservationState::Committed ? 1 : 0;
            QCOMPARE(r.channel.isEmpty(), false);
        }
        QVERIFY(engine.state().reservations.size() > 1);
        const domain::Availability after = engine.state().availability(key);
        QCOMPARE(after.atp, after.sellable() - after.reserved - after.buffer);
        QVERIFY(held + committed <= engine.state().reservations.size());
    }
};

QTEST_MAIN(TestDemoShoppers)
#include "tst_demoshoppers.moc"
