#include "sync/SnapshotCodec.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using namespace shelfsync::domain;

// What a snapshot carries of a cell's sales: enough days for the app to judge velocity
// and sell-through as the service does.
class TestSnapshotCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void salesCoverTheDeadstockWindow_data();
    void salesCoverTheDeadstockWindow();
};

void TestSnapshotCodec::salesCoverTheDeadstockWindow_data()
{
    QTest::addColumn<int>("deadstockDays");
    QTest::addColumn<QStringList>("days");
    // Sales 59, 35 and 34 days before the last one (8 March): 35 days ending with it reach
    // back to 2 February, a 60-day window to 8 January.
    QTest::addRow("default window: 35 days for the averages")
        << 30 << QStringList{u"2027-02-02"_s, u"2027-03-08"_s};
    QTest::addRow("window longer than 35 days")
        << 60 << QStringList{u"2027-01-08"_s, u"2027-02-01"_s, u"2027-02-02"_s, u"2027-03-08"_s};
}

void TestSnapshotCodec::salesCoverTheDeadstockWindow()
{
    QFETCH(int, deadstockDays);
    QFETCH(QStringList, days);
    const StockKey key{u"DS-01"_s, u"MILK"_s};
    State state;
    Location store;
    store.id = key.location;
    store.name = u"North"_s;
    state.locations.insert(key.location, store);
    Sku milk;
    milk.id = key.sku;
    milk.name = u"Milk"_s;
    state.skus.insert(key.sku, milk);
    Policy policy;
    policy.deadstockDays = deadstockDays;
    state.skuPolicies.insert(key.sku, policy);
    Cell &cell = state.cells[key];
    const QDate last(2027, 3, 8);
    for (int back : {59, 35, 34, 0})
        cell.dispatchedByDay.insert(last.addDays(-back), 1);

    const sync::SnapshotEntries entries = sync::encodeSnapshot(state, {});
    QStringList sent;
    for (const QJsonValue &entry : entries.dispatched)
        sent << entry[u"day"_s].toString();
    std::sort(sent.begin(), sent.end());
    QCOMPARE(sent, days);

    // And the app reads back exactly those days.
    State read;
    QString error;
    QVERIFY2(
        sync::decodeSnapshotInto(QJsonObject{{u"dispatched"_s, entries.dispatched}}, &read, &error),
        qPrintable(error));
    QCOMPARE(read.cells.value(key).dispatchedByDay.size(), days.size());
}

QTEST_GUILESS_MAIN(TestSnapshotCodec)
#include "tst_snapshotcodec.moc"
