#include "items/StockStatus.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::StockStatus;

// The status thresholds of StockStatus.h, one row per edge. A row's batches are written
// "id:qty:expiry", expiry in days from today ("-" for none), "h" at the end for hidden.
class TestStockStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void status_data();
    void status();
    void unknownCellIsOut();
};

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
const domain::StockKey kKey{u"DS-01"_s, u"MILK"_s};

domain::State stateOf(const QString &batches, qint64 reserved, bool atRisk, qint64 lowStock,
                      qint64 bufferMin, qint64 soldPerDay)
{
    domain::State state;
    domain::Location location;
    location.id = kKey.location;
    state.locations.insert(location.id, location);
    domain::Sku sku;
    sku.id = kKey.sku;
    state.skus.insert(sku.id, sku);
    domain::Policy policy;
    policy.lowStock = lowStock;
    policy.bufferMin = bufferMin;
    state.skuPolicies.insert(sku.id, policy);

    domain::Cell &cell = state.cells[kKey];
    for (const QString &spec : batches.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = spec.split(u':');
        domain::Batch batch;
        batch.id = parts.at(0);
        batch.qty = parts.at(1).toLongLong();
        QString expiry = parts.at(2);
        batch.hidden = expiry.endsWith(u'h');
        if (batch.hidden)
            expiry.chop(1);
        if (expiry != "-"_L1)
            batch.expiry = kNow.date().addDays(expiry.toInt());
        batch.receivedAt = kNow.addDays(-1);
        cell.batches.append(batch);
    }
    if (reserved > 0) {
        domain::Reservation order;
        order.id = u"order-1"_s;
        order.key = kKey;
        order.qty = reserved;
        order.originalQty = reserved;
        order.channel = u"web"_s;
        order.state = domain::ReservationState::Committed;
        order.createdAt = kNow.addSecs(-3600);
        order.atRisk = atRisk;
        state.reservations.insert(order.id, order);
        cell.reservations.append(order.id);
        cell.reserved = reserved;
    }
    for (int day = 0; day < items::kVelocityWindowDays && soldPerDay > 0; ++day)
        cell.dispatchedByDay.insert(kNow.date().addDays(-day), soldPerDay);
    // Sold before the window: must not count.
    cell.dispatchedByDay.insert(kNow.date().addDays(-items::kVelocityWindowDays), 1000);
    return state;
}

} // namespace

void TestStockStatus::status_data()
{
    QTest::addColumn<QString>("batches");
    QTest::addColumn<qint64>("reserved");
    QTest::addColumn<bool>("atRisk");
    QTest::addColumn<qint64>("lowStock");
    QTest::addColumn<qint64>("bufferMin");
    QTest::addColumn<qint64>("soldPerDay");
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("cover"); // -1: none (nothing sold)

    const auto row = [](const char *name, const char *batches, qint64 reserved, bool atRisk,
                        qint64 low, qint64 buffer, qint64 sold, StockStatus status, double cover) {
        QTest::addRow("%s", name) << QString::fromLatin1(batches) << reserved << atRisk << low
                                  << buffer << sold << int(status) << cover;
    };
    using S = StockStatus;
    row("empty cell", "", 0, false, 0, 0, 0, S::Out, -1);
    row("in stock, never sold", "L1:50:30", 0, false, 0, 0, 0, S::Ok, -1);
    row("in stock, no expiry", "L1:50:-", 0, false, 0, 0, 0, S::Ok, -1);
    row("everything reserved", "L1:10:30", 10, false, 0, 0, 0, S::Out, -1);
    row("buffer takes the rest", "L1:5:30", 0, false, 0, 5, 0, S::Out, -1);
    row("only hidden stock", "L1:8:0h", 0, false, 0, 0, 0, S::Out, -1);
    row("under the low level", "L1:8:30", 0, false, 10, 0, 0, S::Low, -1);
    row("at the low level", "L1:10:30", 0, false, 10, 0, 0, S::Low, -1);
    row("one over the low level", "L1:11:30", 0, false, 10, 0, 0, S::Ok, -1);
    row("low level counts atp, not on hand", "L1:20:30", 10, false, 10, 0, 0, S::Low, -1);
    row("2 days of cover", "L1:20:30", 0, false, 0, 0, 10, S::Low, 2.0);
    row("3 days of cover is enough", "L1:30:30", 0, false, 0, 0, 10, S::Ok, 3.0);
    row("cover counts sellable, not atp", "L1:40:30", 25, false, 0, 0, 10, S::Ok, 4.0);
    row("order at risk", "L1:5:30", 8, true, 0, 0, 0, S::AtRisk, -1);
    row("at risk wins over low", "L1:5:30", 3, true, 10, 0, 0, S::AtRisk, -1);
    row("reserved but covered", "L1:10:30", 8, false, 0, 0, 0, S::Ok, -1);
    row("expires today", "L1:20:0", 0, false, 0, 0, 0, S::Expiring, -1);
    row("expires in 3 days", "L1:20:3", 0, false, 0, 0, 0, S::Expiring, -1);
    row("expires in 4 days", "L1:20:4", 0, false, 0, 0, 0, S::Ok, -1);
    row("past expiry, not hidden yet", "L1:20:-1", 0, false, 0, 0, 0, S::Expiring, -1);
    row("one batch of two expiring", "L1:20:30,L2:4:2", 0, false, 0, 0, 0, S::Expiring, -1);
    row("hidden stock waits for write-off", "L1:20:30,L2:5:0h", 0, false, 0, 0, 0, S::Expiring, -1);
    row("low wins over expiring", "L1:5:2", 0, false, 10, 0, 0, S::Low, -1);
    row("out wins over expiring", "L1:5:2", 5, false, 0, 0, 0, S::Out, -1);
}

void TestStockStatus::status()
{
    QFETCH(QString, batches);
    QFETCH(qint64, reserved);
    QFETCH(bool, atRisk);
    QFETCH(qint64, lowStock);
    QFETCH(qint64, bufferMin);
    QFETCH(qint64, soldPerDay);
    QFETCH(int, status);
    QFETCH(double, cover);

    const domain::State state = stateOf(batches, reserved, atRisk, lowStock, bufferMin, soldPerDay);
    const items::StockAssessment assessment = items::assessStock(state, kKey, kNow);
    QCOMPARE(int(assessment.status), status);
    QCOMPARE(assessment.figures, state.availability(kKey));
    if (cover < 0) {
        QVERIFY(!assessment.coverDays);
    } else {
        QVERIFY(assessment.coverDays);
        QCOMPARE(*assessment.coverDays, cover);
    }
    QVERIFY(!items::describeStatus(assessment).isEmpty());
    QVERIFY(!items::statusName(assessment.status).isEmpty());
}

void TestStockStatus::unknownCellIsOut()
{
    const domain::State state;
    const items::StockAssessment assessment = items::assessStock(state, kKey, kNow);
    QCOMPARE(assessment.status, StockStatus::Out);
    QCOMPARE(assessment.figures, domain::Availability());
}

QTEST_GUILESS_MAIN(TestStockStatus)
#include "tst_stockstatus.moc"
