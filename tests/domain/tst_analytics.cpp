// Rule tables for velocity, days of cover and the deadstock classes. The expected figures
// are worked out by hand in the comments, so a row fails when a formula or a window bound
// moves. Today is 2026-11-25 (now 10:00Z) unless a row says otherwise.

#include "TestLedger.h"

#include "domain/Analytics.h"
#include "domain/Commands.h"
#include "domain/State.h"

#include <QTest>
#include <QTimeZone>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;
using shelfsync::testing::TestLedger;

namespace {

// Units dispatched on one UTC day.
struct DaySale
{
    QDate day = {};
    Quantity qty = 0;
};
using DaySales = QList<DaySale>;

// Units dispatched a number of days before today.
struct Sale
{
    int daysAgo = 0;
    Quantity qty = 0;
};

struct BatchSpec
{
    QString id = {};
    Quantity qty = 0;
    int receivedDaysAgo = 0;
    std::optional<int> expiresInDays = std::nullopt; // none: goods that do not expire
    bool hidden = false;
};

// One MILK cell at DS-01 and the batch of it to assess.
struct Shelf
{
    QList<BatchSpec> batches = {};
    QList<Sale> sales = {};
    int deadstockDays = 30;
    QString assessed = u"B1"_s;
};

} // namespace

Q_DECLARE_METATYPE(DaySales)
Q_DECLARE_METATYPE(Shelf)

namespace {

constexpr int kNoExpiry = std::numeric_limits<int>::min();
constexpr double kNoCover = -1.0;
const QDateTime kNow(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
const StockKey kKey{u"DS-01"_s, u"MILK"_s};

QDate date(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth);
}

QDateTime utc(int year, int month, int dayOfMonth, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, dayOfMonth), QTime(hour, minute, second), Qt::UTC);
}

BatchSpec batch(const QString &id, Quantity qty, int receivedDaysAgo,
                std::optional<int> expiresInDays = std::nullopt)
{
    return BatchSpec{
        .id = id, .qty = qty, .receivedDaysAgo = receivedDaysAgo, .expiresInDays = expiresInDays};
}

// The state assessBatch reads, built by hand: analytics are pure functions of it.
State stateOf(const Shelf &shelf)
{
    State state;
    Policy policy;
    policy.deadstockDays = shelf.deadstockDays;
    state.skuPolicies.insert(kKey.sku, policy);
    const QDate today = kNow.date();
    Cell cell;
    for (const BatchSpec &spec : shelf.batches) {
        const QDate expiry = spec.expiresInDays ? today.addDays(*spec.expiresInDays) : QDate();
        cell.batches.append(
            Batch{spec.id, expiry, spec.qty, kNow.addDays(-spec.receivedDaysAgo), spec.hidden});
    }
    for (const Sale &sale : shelf.sales)
        cell.dispatchedByDay[today.addDays(-sale.daysAgo)] += sale.qty;
    state.cells.insert(kKey, cell);
    return state;
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void velocity_data();
    void velocity();
    void velocityFromLedger_data();
    void velocityFromLedger();
    void cover_data();
    void cover();
    void assess_data();
    void assess();
    void ageBuckets_data();
    void ageBuckets();
};

void TestAnalytics::velocity_data()
{
    QTest::addColumn<DaySales>("sales");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("days");
    QTest::addColumn<double>("expected");

    const QDate today = date(2026, 11, 25);
    // 7 days ending 2026-11-25 = 2026-11-19 .. 2026-11-25.
    QTest::addRow("today is inside the window")
        << DaySales{{today, 14}} << today << 7 << 2.0; // 14 / 7
    QTest::addRow("first day of the window counts")
        << DaySales{{date(2026, 11, 19), 7}} << today << 7 << 1.0; // 7 / 7
    QTest::addRow("the day before the window does not")
        << DaySales{{date(2026, 11, 18), 7}} << today << 7 << 0.0;
    QTest::addRow("days after today do not")
        << DaySales{{date(2026, 11, 26), 7}} << today << 7 << 0.0;
    // (3 + 4 + 7) / 7 = 2; the 100 on 11-18 is outside.
    QTest::addRow("sums the window") << DaySales{{date(2026, 11, 18), 100},
                                                 {date(2026, 11, 20), 3},
                                                 {date(2026, 11, 22), 4},
                                                 {today, 7}}
                                     << today << 7 << 2.0;
    QTest::addRow("fractional average")
        << DaySales{{date(2026, 11, 20), 10}} << today << 7 << 10.0 / 7.0; // 1.428571...
    // February 2026 has 28 days: 7 days ending 03-01 start on 02-23. (7 + 7 + 7) / 7 = 3.
    QTest::addRow("month boundary into February") << DaySales{{date(2026, 2, 22), 50},
                                                              {date(2026, 2, 23), 7},
                                                              {date(2026, 2, 28), 7},
                                                              {date(2026, 3, 1), 7}}
                                                  << date(2026, 3, 1) << 7 << 3.0;
    // 2028 is a leap year: 2 days ending 03-01 are 02-29 and 03-01. (3 + 1) / 2 = 2.
    QTest::addRow("leap day inside a two-day window")
        << DaySales{{date(2028, 2, 28), 10}, {date(2028, 2, 29), 3}, {date(2028, 3, 1), 1}}
        << date(2028, 3, 1) << 2 << 2.0;
    // 7 days ending 2027-01-02 = 2026-12-27 .. 2027-01-02. (5 + 5 + 4) / 7 = 2.
    QTest::addRow("year boundary") << DaySales{{date(2026, 12, 26), 100},
                                               {date(2026, 12, 27), 5},
                                               {date(2026, 12, 31), 5},
                                               {date(2027, 1, 1), 4}}
                                   << date(2027, 1, 2) << 7 << 2.0;
    // 30 days ending 12-01 = 11-02 .. 12-01 (November has 30 days). (30 + 30) / 30 = 2.
    QTest::addRow("30-day window across a month end")
        << DaySales{{date(2026, 11, 1), 90}, {date(2026, 11, 2), 30}, {date(2026, 12, 1), 30}}
        << date(2026, 12, 1) << 30 << 2.0;
    QTest::addRow("one-day window is today alone")
        << DaySales{{date(2026, 11, 24), 10}, {today, 3}} << today << 1 << 3.0;
    QTest::addRow("no sales") << DaySales{} << today << 7 << 0.0;
    QTest::addRow("empty window") << DaySales{{today, 10}} << today << 0 << 0.0;
}

void TestAnalytics::velocity()
{
    QFETCH(DaySales, sales);
    QFETCH(QDate, today);
    QFETCH(int, days);
    QFETCH(double, expected);

    Cell cell;
    for (const DaySale &sale : std::as_const(sales))
        cell.dispatchedByDay[sale.day] += sale.qty;
    QCOMPARE(averageDailyVelocity(cell, today, days), expected);
}

// The same figures from real dispatch events: a dispatch counts for the UTC day of its
// event time, so the day edges are where replicas could disagree.
void TestAnalytics::velocityFromLedger_data()
{
    QTest::addColumn<QList<QDateTime>>("dispatchTimes"); // 2 units each
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("days");
    QTest::addColumn<double>("expected");

    QTest::addRow("23:59:59Z belongs to that day")
        << QList<QDateTime>{utc(2026, 11, 24, 23, 59, 59)} << date(2026, 11, 24) << 1 << 2.0;
    QTest::addRow("00:00:00Z belongs to the next day (not to the one before)")
        << QList<QDateTime>{utc(2026, 11, 25)} << date(2026, 11, 24) << 1 << 0.0;
    QTest::addRow("00:00:00Z belongs to the next day")
        << QList<QDateTime>{utc(2026, 11, 25)} << date(2026, 11, 25) << 1 << 2.0;
    // 2026-11-25T01:00+05:00 is 2026-11-24T20:00Z: it counts for 11-24, not 11-25.
    QTest::addRow("event time east of UTC counts for its UTC day")
        << QList<QDateTime>{QDateTime(QDate(2026, 11, 25), QTime(1, 0), QTimeZone(5 * 3600))}
        << date(2026, 11, 24) << 1 << 2.0;
    // New Year's Day: 00:30 and 12:00 -> 4 units in one day.
    QTest::addRow("across the year end, one day")
        << QList<QDateTime>{utc(2026, 12, 31, 23, 30), utc(2027, 1, 1, 0, 30), utc(2027, 1, 1, 12)}
        << date(2027, 1, 1) << 1 << 4.0;
    // 12-31 and 01-01: 6 units over 2 days.
    QTest::addRow("across the year end, two days")
        << QList<QDateTime>{utc(2026, 12, 31, 23, 30), utc(2027, 1, 1, 0, 30), utc(2027, 1, 1, 12)}
        << date(2027, 1, 1) << 2 << 3.0;
}

void TestAnalytics::velocityFromLedger()
{
    QFETCH(QList<QDateTime>, dispatchTimes);
    QFETCH(QDate, today);
    QFETCH(int, days);
    QFETCH(double, expected);

    TestLedger ledger;
    ledger.standardSetUp();
    ledger.now = utc(2026, 11, 1);
    ledger.receive(u"DS-01"_s, u"MILK"_s, 100, u"B1"_s);
    for (const QDateTime &time : std::as_const(dispatchTimes)) {
        ledger.now = time;
        Dispatch args;
        args.location = u"DS-01"_s;
        args.sku = u"MILK"_s;
        args.qty = 2;
        const auto decision = ledger.run(args);
        QVERIFY(decision.ok());
    }
    const Cell *cell = ledger.state.cell(kKey);
    QVERIFY(cell);
    QCOMPARE(averageDailyVelocity(*cell, today, days), expected);
}

void TestAnalytics::cover_data()
{
    QTest::addColumn<Quantity>("sellable");
    QTest::addColumn<double>("velocity");
    QTest::addColumn<double>("expected"); // kNoCover: none (nothing sold, no end)

    QTest::addRow("14 units at 2 a day") << Quantity(14) << 2.0 << 7.0;
    QTest::addRow("5 units at half a unit a day") << Quantity(5) << 0.5 << 10.0;
    QTest::addRow("10 units at 3 a day") << Quantity(10) << 3.0 << 10.0 / 3.0; // 3.333...
    QTest::addRow("nothing on the shelf, still selling") << Quantity(0) << 2.0 << 0.0;
    QTest::addRow("no sales: no cover figure") << Quantity(10) << 0.0 << kNoCover;
    QTest::addRow("no stock and no sales: no cover figure") << Quantity(0) << 0.0 << kNoCover;
}

void TestAnalytics::cover()
{
    QFETCH(Quantity, sellable);
    QFETCH(double, velocity);
    QFETCH(double, expected);

    const std::optional<double> cover = daysOfCover(sellable, velocity);
    if (expected == kNoCover) {
        QVERIFY2(!cover.has_value(),
                 qPrintable(u"cover %1, expected none"_s.arg(cover.value_or(0))));
    } else {
        QVERIFY(cover.has_value());
        QCOMPARE(*cover, expected);
    }
}

void TestAnalytics::assess_data()
{
    QTest::addColumn<Shelf>("shelf");
    QTest::addColumn<QString>("stockClass");
    QTest::addColumn<int>("ageDays");
    QTest::addColumn<int>("daysToExpiry"); // kNoExpiry: goods that do not expire
    QTest::addColumn<double>("sellThrough");
    QTest::addColumn<double>("velocity7");
    QTest::addColumn<double>("cover"); // kNoCover: none

    // sold over 30 days 14, on hand 20: 14/34; v7 14/7 = 2; cover 20/2 = 10 <= 30 days left.
    QTest::addRow("healthy: young, selling, cover inside its life")
        << Shelf{.batches = {batch(u"B1"_s, 20, 5, 30)}, .sales = {{3, 14}}} << u"healthy"_s << 5
        << 30 << 14.0 / 34.0 << 2.0 << 10.0;
    // 31 > 30 days old; sell-through 1/101 = 0.99 % < 5 %. The sale is 10 days ago: v7 0.
    QTest::addRow("deadstock by age: sell-through under 5 %%")
        << Shelf{.batches = {batch(u"B1"_s, 100, 31)}, .sales = {{10, 1}}} << u"deadstock"_s << 31
        << kNoExpiry << 1.0 / 101.0 << 0.0 << kNoCover;
    // "Older than" is strict: 30 days old is not old yet.
    QTest::addRow("exactly deadstock_days old is not old")
        << Shelf{.batches = {batch(u"B1"_s, 100, 30)}, .sales = {{10, 1}}} << u"healthy"_s << 30
        << kNoExpiry << 1.0 / 101.0 << 0.0 << kNoCover;
    // 5 / (5 + 95) = 5 % exactly: not under 5 %, but under 20 %.
    QTest::addRow("sell-through exactly 5 %%: slow mover")
        << Shelf{.batches = {batch(u"B1"_s, 95, 40)}, .sales = {{10, 5}}} << u"slow_mover"_s << 40
        << kNoExpiry << 0.05 << 0.0 << kNoCover;
    // 5 / (5 + 96) = 4.95 %.
    QTest::addRow("sell-through just under 5 %%: deadstock")
        << Shelf{.batches = {batch(u"B1"_s, 96, 40)}, .sales = {{10, 5}}} << u"deadstock"_s << 40
        << kNoExpiry << 5.0 / 101.0 << 0.0 << kNoCover;
    // 10 / 100 = 10 %; v7 10/7; cover 90 / (10/7) = 63.
    QTest::addRow("slow mover: old, sell-through 10 %%")
        << Shelf{.batches = {batch(u"B1"_s, 90, 40)}, .sales = {{3, 10}}} << u"slow_mover"_s << 40
        << kNoExpiry << 0.1 << 10.0 / 7.0 << 63.0;
    // 20 / 100 = 20 %: not under 20 %. v7 20/7; cover 80 / (20/7) = 28.
    QTest::addRow("old with sell-through 20 %%: healthy")
        << Shelf{.batches = {batch(u"B1"_s, 80, 40)}, .sales = {{3, 20}}} << u"healthy"_s << 40
        << kNoExpiry << 0.2 << 20.0 / 7.0 << 28.0;
    // The 30-day window is today-29 .. today: a sale 30 days ago is outside it.
    QTest::addRow("a sale 30 days ago is outside the window")
        << Shelf{.batches = {batch(u"B1"_s, 100, 40)}, .sales = {{30, 50}}} << u"deadstock"_s << 40
        << kNoExpiry << 0.0 << 0.0 << kNoCover;
    // 50 / (50 + 100) = 33 %.
    QTest::addRow("a sale 29 days ago is inside the window")
        << Shelf{.batches = {batch(u"B1"_s, 100, 40)}, .sales = {{29, 50}}} << u"healthy"_s << 40
        << kNoExpiry << 50.0 / 150.0 << 0.0 << kNoCover;
    // v7 14/7 = 2; cover 30/2 = 15 > 5 days left, and 5 <= 7. Sell-through 14/44.
    QTest::addRow("deadstock by imminent expiry: cover beyond remaining life")
        << Shelf{.batches = {batch(u"B1"_s, 30, 5, 5)}, .sales = {{2, 14}}} << u"deadstock"_s << 5
        << 5 << 14.0 / 44.0 << 2.0 << 15.0;
    // cover 8/2 = 4 <= 5. Sell-through 14/22.
    QTest::addRow("imminent expiry, cover inside remaining life: healthy")
        << Shelf{.batches = {batch(u"B1"_s, 8, 5, 5)}, .sales = {{2, 14}}} << u"healthy"_s << 5 << 5
        << 14.0 / 22.0 << 2.0 << 4.0;
    // cover 10/2 = 5 == 5 days left: not longer than its life.
    QTest::addRow("cover equal to remaining life: healthy")
        << Shelf{.batches = {batch(u"B1"_s, 10, 5, 5)}, .sales = {{2, 14}}} << u"healthy"_s << 5
        << 5 << 14.0 / 24.0 << 2.0 << 5.0;
    // 7 days out is "within 7 days": cover 15 > 7.
    QTest::addRow("7 days to expiry is imminent: deadstock")
        << Shelf{.batches = {batch(u"B1"_s, 30, 5, 7)}, .sales = {{2, 14}}} << u"deadstock"_s << 5
        << 7 << 14.0 / 44.0 << 2.0 << 15.0;
    // 8 days out: cover 15 > 8, still time to act.
    QTest::addRow("8 days to expiry: expiry risk")
        << Shelf{.batches = {batch(u"B1"_s, 30, 5, 8)}, .sales = {{2, 14}}} << u"expiry_risk"_s << 5
        << 8 << 14.0 / 44.0 << 2.0 << 15.0;
    // A (40, expiring first) sells before B1 (10): cover (40 + 10) / 2 = 25 > 20 days left.
    // On its own B1 would have cover 5. Sell-through 14 / (14 + 50).
    QTest::addRow("expiry risk: batches sold first count toward cover")
        << Shelf{.batches = {batch(u"A"_s, 40, 5, 10), batch(u"B1"_s, 10, 5, 20)},
                 .sales = {{1, 14}}}
        << u"expiry_risk"_s << 5 << 20 << 14.0 / 64.0 << 2.0 << 25.0;
    // B1 sells first: its cover is 10/2 = 5 <= 10; the later batch does not count.
    // Sell-through counts the whole SKU: 14 / (14 + 110).
    QTest::addRow("batches sold after do not count toward cover")
        << Shelf{.batches = {batch(u"B1"_s, 10, 5, 10), batch(u"Z"_s, 100, 5, 20)},
                 .sales = {{1, 14}}}
        << u"healthy"_s << 5 << 10 << 14.0 / 124.0 << 2.0 << 5.0;
    // Nothing sold: cover is unbounded, so longer than any remaining life; 20 days out.
    QTest::addRow("no sales, expiry far: expiry risk")
        << Shelf{.batches = {batch(u"B1"_s, 10, 2, 20)}} << u"expiry_risk"_s << 2 << 20 << 0.0
        << 0.0 << kNoCover;
    QTest::addRow("no sales, expiry beyond the window: healthy")
        << Shelf{.batches = {batch(u"B1"_s, 10, 2, 31)}} << u"healthy"_s << 2 << 31 << 0.0 << 0.0
        << kNoCover;
    QTest::addRow("no sales, expiry within 7 days: deadstock")
        << Shelf{.batches = {batch(u"B1"_s, 10, 2, 3)}} << u"deadstock"_s << 2 << 3 << 0.0 << 0.0
        << kNoCover;
    QTest::addRow("no sales, no expiry, young: healthy")
        << Shelf{.batches = {batch(u"B1"_s, 10, 2)}} << u"healthy"_s << 2 << kNoExpiry << 0.0 << 0.0
        << kNoCover;
    // Young, selling (70/75), cover 5/10 = 0.5 <= 1 day left: only the hidden flag decides.
    QTest::addRow("hidden batch is deadstock")
        << Shelf{.batches = {BatchSpec{.id = u"B1"_s,
                                       .qty = 5,
                                       .receivedDaysAgo = 3,
                                       .expiresInDays = 1,
                                       .hidden = true}},
                 .sales = {{1, 70}}}
        << u"deadstock"_s << 3 << 1 << 70.0 / 75.0 << 10.0 << 0.5;
    // A hidden batch beside a sellable one: off sale, it waits for its own 5 only, as the
    // service's deadstock query counts it, not behind the 50 on sale: cover 5 / 10.
    QTest::addRow("hidden batch's cover is its own")
        << Shelf{.batches = {batch(u"B2"_s, 50, 1, 20), BatchSpec{.id = u"B1"_s,
                                                                  .qty = 5,
                                                                  .receivedDaysAgo = 3,
                                                                  .expiresInDays = 1,
                                                                  .hidden = true}},
                 .sales = {{1, 70}},
                 .assessed = u"B1"_s}
        << u"deadstock"_s << 3 << 1 << 70.0 / 125.0 << 10.0 << 0.5;
    // deadstock_days 60: 40 days is young, and nothing sold over 60 days.
    QTest::addRow("deadstock_days 60: a 40-day-old batch is not old")
        << Shelf{.batches = {batch(u"B1"_s, 100, 40)}, .deadstockDays = 60} << u"healthy"_s << 40
        << kNoExpiry << 0.0 << 0.0 << kNoCover;
    // deadstock_days 10: 11 days is old; the window is today-9 .. today, 1/101 sold.
    QTest::addRow("deadstock_days 10: an 11-day-old batch is old")
        << Shelf{.batches = {batch(u"B1"_s, 100, 11)}, .sales = {{9, 1}}, .deadstockDays = 10}
        << u"deadstock"_s << 11 << kNoExpiry << 1.0 / 101.0 << 0.0 << kNoCover;
    // Sell-through is the SKU's: 10 / (10 + 5 + 95). Neither expires, so the earlier
    // receipt (B1) sells first: cover 5 / (10/7) = 3.5.
    QTest::addRow("old batch, SKU-wide sell-through 9 %%: slow mover")
        << Shelf{.batches = {batch(u"B1"_s, 5, 40), batch(u"B2"_s, 95, 1)}, .sales = {{3, 10}}}
        << u"slow_mover"_s << 40 << kNoExpiry << 10.0 / 110.0 << 10.0 / 7.0 << 3.5;
    // The same shelf, the young batch: cover (5 + 95) / (10/7) = 70, no expiry.
    QTest::addRow("young batch beside an old one: healthy")
        << Shelf{.batches = {batch(u"B1"_s, 5, 40), batch(u"B2"_s, 95, 1)},
                 .sales = {{3, 10}},
                 .assessed = u"B2"_s}
        << u"healthy"_s << 1 << kNoExpiry << 10.0 / 110.0 << 10.0 / 7.0 << 70.0;
}

void TestAnalytics::assess()
{
    QFETCH(Shelf, shelf);
    QFETCH(QString, stockClass);
    QFETCH(int, ageDays);
    QFETCH(int, daysToExpiry);
    QFETCH(double, sellThrough);
    QFETCH(double, velocity7);
    QFETCH(double, cover);

    const State state = stateOf(shelf);
    const Batch *assessed = state.cell(kKey)->batch(shelf.assessed);
    QVERIFY(assessed);
    const BatchAssessment result = assessBatch(state, kKey, *assessed, kNow);

    QCOMPARE(toString(result.stockClass), stockClass);
    QCOMPARE(result.ageDays, ageDays);
    if (daysToExpiry == kNoExpiry) {
        QVERIFY(!result.daysToExpiry.has_value());
    } else {
        QVERIFY(result.daysToExpiry.has_value());
        QCOMPARE(*result.daysToExpiry, daysToExpiry);
    }
    QCOMPARE(result.sellThrough, sellThrough);
    QCOMPARE(result.velocity7, velocity7);
    if (cover == kNoCover) {
        QVERIFY2(!result.coverDays.has_value(),
                 qPrintable(u"cover %1, expected none"_s.arg(result.coverDays.value_or(0))));
    } else {
        QVERIFY(result.coverDays.has_value());
        QCOMPARE(*result.coverDays, cover);
    }
}

void TestAnalytics::ageBuckets_data()
{
    QTest::addColumn<int>("ageDays");
    QTest::addColumn<QString>("bucket");
    QTest::newRow("received today") << 0 << u"0-7"_s;
    QTest::newRow("a week") << 7 << u"0-7"_s;
    QTest::newRow("eight days") << 8 << u"8-30"_s;
    QTest::newRow("a month") << 30 << u"8-30"_s;
    QTest::newRow("31 days") << 31 << u"31-60"_s;
    QTest::newRow("90 days") << 90 << u"61-90"_s;
    QTest::newRow("91 days") << 91 << u"90+"_s;
    QTest::newRow("years") << 1000 << u"90+"_s;
}

void TestAnalytics::ageBuckets()
{
    QFETCH(int, ageDays);
    QFETCH(QString, bucket);
    QCOMPARE(ageBucketName(ageBucketOf(ageDays)), bucket);
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
