#include "ServiceHarness.h"
#include "WsClient.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using namespace shelfsync::testing;

// The planners' queries against figures worked out by hand on a small ledger whose sales
// fall across a year end and a month end. velocity: units per day and group, the 7- and
// 28-day averages, days of cover, SKUs that sold nothing, bad arguments. ageing: stock and
// value by age bucket, with a batch received today.
class TestPlannerQueries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void figures_data();
    void figures();
    void skuThatSoldNothing();
    void badArguments_data();
    void badArguments();
    void ageing_data();
    void ageing();
    void deadstock();
    void shortWindowKeepsTheWeek();
    void transferGoesToStores(); // last: it adds a warehouse

private:
    QJsonObject query(const QJsonObject &args, const QString &name = u"velocity"_s);
    void at(const QString &utc);
    void ok(const QString &op, const QJsonObject &args);

    ServiceHarness m_service;
    WsClient m_admin;
    int m_ids = 0;
};

QJsonObject TestPlannerQueries::query(const QJsonObject &args, const QString &name)
{
    const QString id = u"q%1"_s.arg(++m_ids);
    m_admin.send({{u"type"_s, u"query"_s}, {u"id"_s, id}, {u"name"_s, name}, {u"args"_s, args}});
    for (int i = 0; i < 50; ++i) {
        const QJsonObject result = m_admin.take(u"result"_s, 200);
        if (result.value("id"_L1).toString() == id)
            return result;
        const QJsonObject error = m_admin.take(u"error"_s, 200);
        if (error.value("id"_L1).toString() == id)
            return error;
    }
    return {};
}

void TestPlannerQueries::at(const QString &utc)
{
    const QDateTime target = QDateTime::fromString(utc, Qt::ISODate);
    m_service.clock.advance(m_service.clock.now().msecsTo(target));
}

void TestPlannerQueries::ok(const QString &op, const QJsonObject &args)
{
    const QJsonObject ack = m_admin.command(u"c%1"_s.arg(++m_ids), op, args);
    QVERIFY2(ack.value("ok"_L1).toBool(), QJsonDocument(ack).toJson().constData());
}

void TestPlannerQueries::initTestCase()
{
    QVERIFY(m_service.start());
    QVERIFY(
        m_admin.connectAndSync(m_service.syncUrl(), ServiceHarness::token(service::Role::Admin)));
    at(u"2026-12-30T09:00:00Z"_s);
    for (const QString &location : {u"DS-01"_s, u"DS-02"_s})
        ok(u"upsert_location"_s,
           {{u"location"_s, location}, {u"name"_s, location}, {u"kind"_s, u"store"_s}});
    ok(u"upsert_sku"_s, {{u"sku"_s, u"A"_s},
                         {u"name"_s, u"Milk"_s},
                         {u"category"_s, u"dairy"_s},
                         {u"unit_cost"_s, 0.5}});
    ok(u"upsert_sku"_s,
       {{u"sku"_s, u"B"_s}, {u"name"_s, u"Yogurt"_s}, {u"category"_s, u"dairy"_s}});
    ok(u"upsert_sku"_s,
       {{u"sku"_s, u"C"_s}, {u"name"_s, u"Bread"_s}, {u"category"_s, u"bakery"_s}});
    const auto receive = [&](const QString &location, const QString &sku, int qty) {
        ok(u"receive"_s, {{u"location"_s, location},
                          {u"sku"_s, sku},
                          {u"qty"_s, qty},
                          {u"batch"_s, u"L1"_s},
                          {u"expiry"_s, u"2040-01-01"_s}});
    };
    receive(u"DS-01"_s, u"A"_s, 100);
    receive(u"DS-02"_s, u"A"_s, 100);
    receive(u"DS-01"_s, u"B"_s, 50);
    receive(u"DS-01"_s, u"C"_s, 20);
    const auto sell = [&](const QString &location, const QString &sku, int qty) {
        ok(u"dispatch"_s, {{u"location"_s, location}, {u"sku"_s, sku}, {u"qty"_s, qty}});
    };
    sell(u"DS-01"_s, u"A"_s, 3); // 2026-12-30
    sell(u"DS-01"_s, u"B"_s, 1);
    at(u"2026-12-31T23:59:00Z"_s);
    sell(u"DS-01"_s, u"A"_s, 5);
    at(u"2027-01-01T00:01:00Z"_s);
    sell(u"DS-01"_s, u"A"_s, 2);
    sell(u"DS-02"_s, u"A"_s, 4);
    at(u"2027-01-31T12:00:00Z"_s);
    sell(u"DS-01"_s, u"A"_s, 7);
    at(u"2027-02-01T08:00:00Z"_s);
    sell(u"DS-01"_s, u"A"_s, 1);
    ok(u"receive"_s, {{u"location"_s, u"DS-02"_s},
                      {u"sku"_s, u"C"_s},
                      {u"qty"_s, 5},
                      {u"batch"_s, u"T1"_s},
                      {u"expiry"_s, u"2040-01-01"_s}}); // today
}

void TestPlannerQueries::cleanupTestCase()
{
    m_service.stop();
}

void TestPlannerQueries::figures_data()
{
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("day");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<double>("avg7");
    QTest::addColumn<double>("avg28");

    const QJsonObject yearEnd{
        {u"from"_s, u"2026-12-30"_s}, {u"to"_s, u"2027-01-02"_s}, {u"skus"_s, QJsonArray{u"A"_s}}};
    QTest::addRow("first day") << yearEnd << u"A"_s << u"2026-12-30"_s << qint64(3) << 3.0 / 7
                               << 3.0 / 28;
    QTest::addRow("last minute of the year")
        << yearEnd << u"A"_s << u"2026-12-31"_s << qint64(5) << 8.0 / 7 << 8.0 / 28;
    QTest::addRow("new year, both stores")
        << yearEnd << u"A"_s << u"2027-01-01"_s << qint64(6) << 14.0 / 7 << 14.0 / 28;
    QTest::addRow("a day without sales")
        << yearEnd << u"A"_s << u"2027-01-02"_s << qint64(0) << 14.0 / 7 << 14.0 / 28;

    const QJsonObject monthEnd{
        {u"from"_s, u"2027-01-31"_s}, {u"to"_s, u"2027-02-01"_s}, {u"skus"_s, QJsonArray{u"A"_s}}};
    // 28 days ending 1 February start on 5 January: the year-end sales have left them.
    QTest::addRow("month end") << monthEnd << u"A"_s << u"2027-01-31"_s << qint64(7) << 7.0 / 7
                               << 7.0 / 28;
    QTest::addRow("month start") << monthEnd << u"A"_s << u"2027-02-01"_s << qint64(1) << 8.0 / 7
                                 << 8.0 / 28;

    const QJsonObject byCategory{
        {u"from"_s, u"2026-12-30"_s}, {u"to"_s, u"2026-12-30"_s}, {u"group_by"_s, u"category"_s}};
    QTest::addRow("dairy: milk and yogurt")
        << byCategory << u"dairy"_s << u"2026-12-30"_s << qint64(4) << 4.0 / 7 << 4.0 / 28;

    const QJsonObject byLocation{{u"from"_s, u"2027-01-01"_s},
                                 {u"to"_s, u"2027-01-01"_s},
                                 {u"group_by"_s, u"location"_s},
                                 {u"location"_s, u"DS-02"_s}};
    QTest::addRow("one store") << byLocation << u"DS-02"_s << u"2027-01-01"_s << qint64(4)
                               << 4.0 / 7 << 4.0 / 28;
}

void TestPlannerQueries::figures()
{
    QFETCH(QJsonObject, args);
    QFETCH(QString, group);
    QFETCH(QString, day);
    QFETCH(qint64, units);
    QFETCH(double, avg7);
    QFETCH(double, avg28);
    const QJsonObject result = query(args);
    QCOMPARE(result.value("type"_L1).toString(), u"result"_s);
    const QJsonArray rows = result.value("rows"_L1).toArray();
    QJsonObject found;
    for (const QJsonValue &row : rows) {
        if (row[u"group"_s].toString() == group && row[u"day"_s].toString() == day)
            found = row.toObject();
    }
    QVERIFY2(!found.isEmpty(), QJsonDocument(rows).toJson().constData());
    QCOMPARE(found.value("units"_L1).toInteger(), units);
    QCOMPARE(found.value("avg_7"_L1).toDouble(), avg7);
    QCOMPARE(found.value("avg_28"_L1).toDouble(), avg28);
}

void TestPlannerQueries::skuThatSoldNothing()
{
    const QJsonObject result = query({{u"from"_s, u"2027-01-30"_s},
                                      {u"to"_s, u"2027-02-01"_s},
                                      {u"skus"_s, QJsonArray{u"C"_s, u"A"_s}}});
    const QJsonArray rows = result.value("rows"_L1).toArray();
    QCOMPARE(rows.size(), 6); // three days for each SKU asked for
    for (const QJsonValue &row : rows) {
        if (row[u"group"_s].toString() != "C"_L1)
            continue;
        QCOMPARE(row[u"units"_s].toInteger(), 0);
        if (row[u"day"_s].toString() == "2027-02-01"_L1) {
            QCOMPARE(row[u"sellable"_s].toInteger(), 25); // 20 at DS-01, 5 at DS-02
            QVERIFY(row[u"days_of_cover"_s].isNull());    // no sales: no end in sight
        }
    }
    // A: 200 received, 22 sold; 8 sold in the 7 days ending 1 February.
    const QJsonObject last = rows.at(2).toObject(); // groups in order: A before C
    QCOMPARE(last.value("group"_L1).toString(), u"A"_s);
    QCOMPARE(last.value("sellable"_L1).toInteger(), 178);
    QCOMPARE(last.value("days_of_cover"_L1).toDouble(), 178 / (8.0 / 7));
}

void TestPlannerQueries::badArguments_data()
{
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addRow("no from") << QJsonObject{{u"to"_s, u"2027-01-01"_s}} << u"bad_request"_s
                             << u"from"_s;
    QTest::addRow("bad date") << QJsonObject{{u"from"_s, u"2027-02-30"_s},
                                             {u"to"_s, u"2027-03-01"_s}}
                              << u"bad_request"_s << u"from"_s;
    QTest::addRow("to before from")
        << QJsonObject{{u"from"_s, u"2027-01-02"_s}, {u"to"_s, u"2027-01-01"_s}} << u"bad_request"_s
        << u"to"_s;
    QTest::addRow("over a year") << QJsonObject{{u"from"_s, u"2026-01-01"_s},
                                                {u"to"_s, u"2027-01-02"_s}}
                                 << u"bad_request"_s << u"to"_s;
    QTest::addRow("group by what") << QJsonObject{{u"from"_s, u"2027-01-01"_s},
                                                  {u"to"_s, u"2027-01-01"_s},
                                                  {u"group_by"_s, u"colour"_s}}
                                   << u"bad_request"_s << u"group_by"_s;
    QTest::addRow("skus not a list") << QJsonObject{{u"from"_s, u"2027-01-01"_s},
                                                    {u"to"_s, u"2027-01-01"_s},
                                                    {u"skus"_s, u"A"_s}}
                                     << u"bad_request"_s << u"skus"_s;
    QTest::addRow("unknown sku") << QJsonObject{{u"from"_s, u"2027-01-01"_s},
                                                {u"to"_s, u"2027-01-01"_s},
                                                {u"skus"_s, QJsonArray{u"Z"_s}}}
                                 << u"unknown_sku"_s << QString();
    QTest::addRow("unknown location") << QJsonObject{{u"from"_s, u"2027-01-01"_s},
                                                     {u"to"_s, u"2027-01-01"_s},
                                                     {u"location"_s, u"XX"_s}}
                                      << u"unknown_location"_s << QString();
}

void TestPlannerQueries::badArguments()
{
    QFETCH(QJsonObject, args);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QJsonObject error = query(args);
    QCOMPARE(error.value("type"_L1).toString(), u"error"_s);
    QCOMPARE(error.value("code"_L1).toString(), code);
    if (!field.isEmpty())
        QCOMPARE(error.value("field"_L1).toString(), field);
}

void TestPlannerQueries::ageing_data()
{
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QStringList>("expected"); // location/category/bucket/qty/value
    // Everything but T1 was received on 30 December: 33 days before 1 February.
    QTest::addRow("all") << QJsonObject()
                         << QStringList{u"DS-01/bakery/31-60/20/0"_s, u"DS-01/dairy/31-60/131/41"_s,
                                        u"DS-02/bakery/0-7/5/0"_s, u"DS-02/dairy/31-60/96/48"_s};
    QTest::addRow("one store") << QJsonObject{{u"location"_s, u"DS-02"_s}}
                               << QStringList{u"DS-02/bakery/0-7/5/0"_s,
                                              u"DS-02/dairy/31-60/96/48"_s};
    QTest::addRow("one category") << QJsonObject{{u"category"_s, u"dairy"_s}}
                                  << QStringList{u"DS-01/dairy/31-60/131/41"_s,
                                                 u"DS-02/dairy/31-60/96/48"_s};
}

void TestPlannerQueries::ageing()
{
    QFETCH(QJsonObject, args);
    QFETCH(QStringList, expected);
    const QJsonObject result = query(args, u"ageing"_s);
    QCOMPARE(result.value("type"_L1).toString(), u"result"_s);
    QStringList rows;
    for (const QJsonValue &row : result.value("rows"_L1).toArray()) {
        rows << u"%1/%2/%3/%4/%5"_s
                    .arg(row[u"location"_s].toString(), row[u"category"_s].toString(),
                         row[u"bucket"_s].toString())
                    .arg(row[u"qty"_s].toInteger())
                    .arg(row[u"value"_s].toDouble());
    }
    QCOMPARE(rows, expected);
}

void TestPlannerQueries::deadstock()
{
    // As of 1 February, over the 30 days from 3 January: A sold 8 at DS-01 (slow) and
    // nothing at DS-02; B and C sold nothing; C's batch T1 came in today.
    const QJsonObject result = query({}, u"deadstock"_s);
    QCOMPARE(result.value("type"_L1).toString(), u"result"_s);
    QStringList rows;
    for (const QJsonValue &row : result.value("rows"_L1).toArray()) {
        rows << u"%1/%2/%3 %4 %5 %6"_s
                    .arg(row[u"location"_s].toString(), row[u"sku"_s].toString(),
                         row[u"batch"_s].toString(), row[u"class"_s].toString(),
                         row[u"action"_s].toString())
                    .arg(row[u"value"_s].toDouble());
    }
    const QStringList expected{
        u"DS-02/A/L1 deadstock transfer 48"_s, // sells at DS-01
        u"DS-01/A/L1 slow_mover bundle 41"_s,  // 8 of 90: 9 % sell-through
        u"DS-01/B/L1 deadstock discount 0"_s,  // sells nowhere
        u"DS-01/C/L1 deadstock discount 0"_s,
        // DS-02/C/T1 came in today and expires in 2040: too early to judge.
    };
    QCOMPARE(rows, expected);

    const QJsonObject first = result.value("rows"_L1).toArray().first().toObject();
    QCOMPARE(first.value("age_days"_L1).toInt(), 33);
    QCOMPARE(first.value("sell_through"_L1).toDouble(), 0.0);
    QCOMPARE(first.value("last_sale"_L1).toString(), u"2027-01-01"_s);
    QVERIFY2(first.value("reason"_L1).toString().contains(u"DS-01 sold 8 in 7 days"_s),
             qUtf8Printable(first.value("reason"_L1).toString()));
    const QJsonObject slow = result.value("rows"_L1).toArray().at(1).toObject();
    QCOMPARE(slow.value("sell_through"_L1).toDouble(), 8.0 / 90.0);
    QCOMPARE(slow.value("cover_days"_L1).toDouble(), 82 / (8.0 / 7));

    // A year's window: DS-01's milk is young enough to be healthy, and only `all` shows it.
    const auto batchesOf = [this](const QJsonObject &args) {
        QStringList found;
        for (const QJsonValue &row : query(args, u"deadstock"_s).value("rows"_L1).toArray())
            found << u"%1/%2/%3 %4 %5"_s.arg(
                row[u"location"_s].toString(), row[u"sku"_s].toString(), row[u"batch"_s].toString(),
                row[u"class"_s].toString(), row[u"action"_s].isNull() ? u"-"_s : u"+"_s);
        return found;
    };
    QVERIFY(!batchesOf({{u"window_days"_s, 365}}).join(u' ').contains(u"DS-01/A/L1"_s));
    QVERIFY2(
        batchesOf({{u"window_days"_s, 365}, {u"all"_s, true}}).contains(u"DS-01/A/L1 healthy -"_s),
        qUtf8Printable(batchesOf({{u"window_days"_s, 365}, {u"all"_s, true}}).join(u", "_s)));
    QCOMPARE(query({{u"all"_s, u"yes"_s}}, u"deadstock"_s).value("field"_L1).toString(), u"all"_s);

    // One store, and a bad window.
    QCOMPARE(query({{u"location"_s, u"DS-02"_s}}, u"deadstock"_s).value("rows"_L1).toArray().size(),
             1);
    QCOMPARE(query({{u"window_days"_s, 0}}, u"deadstock"_s).value("field"_L1).toString(),
             u"window_days"_s);
    QCOMPARE(query({{u"location"_s, u"XX"_s}}, u"deadstock"_s).value("code"_L1).toString(),
             u"unknown_location"_s);
}

void TestPlannerQueries::shortWindowKeepsTheWeek()
{
    // A one-day window still measures velocity over 7 days: DS-01 sold A 7 on 31 January
    // and 1 on 1 February.
    const QJsonArray rows =
        query({{u"window_days"_s, 1}, {u"all"_s, true}}, u"deadstock"_s).value("rows"_L1).toArray();
    bool found = false;
    for (const QJsonValue &row : rows) {
        if (row[u"location"_s].toString() == "DS-01"_L1 && row[u"sku"_s].toString() == "A"_L1) {
            found = true;
            QCOMPARE(row[u"velocity_7"_s].toDouble(), 8.0 / 7);
            QCOMPARE(row[u"sell_through"_s].toDouble(), 1.0 / (1 + 82)); // 1 sold today
        }
    }
    QVERIFY(found);
}

void TestPlannerQueries::transferGoesToStores()
{
    // A warehouse ships 50 of A to the stores this week: shipments, not sales, so DS-02's
    // old milk still goes to DS-01, the store that sold 8.
    ok(u"upsert_location"_s,
       {{u"location"_s, u"WH-01"_s}, {u"name"_s, u"Warehouse"_s}, {u"kind"_s, u"warehouse"_s}});
    ok(u"receive"_s, {{u"location"_s, u"WH-01"_s},
                      {u"sku"_s, u"A"_s},
                      {u"qty"_s, 100},
                      {u"batch"_s, u"W1"_s},
                      {u"expiry"_s, u"2040-01-01"_s}});
    ok(u"dispatch"_s, {{u"location"_s, u"WH-01"_s}, {u"sku"_s, u"A"_s}, {u"qty"_s, 50}});
    const QJsonObject first = query({{u"location"_s, u"DS-02"_s}}, u"deadstock"_s)
                                  .value("rows"_L1)
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(first.value("action"_L1).toString(), u"transfer"_s);
    QVERIFY2(first.value("reason"_L1).toString().contains(u"DS-01 sold 8 in 7 days"_s),
             qUtf8Printable(first.value("reason"_L1).toString()));

    // The warehouse takes 200 more that expire in 20 days: at 50 shipped a week that is 28
    // days of cover, an expiry risk. A store would discount it; a warehouse has no shoppers,
    // so it goes to the store that sells it.
    ok(u"receive"_s, {{u"location"_s, u"WH-01"_s},
                      {u"sku"_s, u"A"_s},
                      {u"qty"_s, 200},
                      {u"batch"_s, u"W2"_s},
                      {u"expiry"_s, u"2027-02-21"_s}});
    const QJsonArray warehouse =
        query({{u"location"_s, u"WH-01"_s}}, u"deadstock"_s).value("rows"_L1).toArray();
    QCOMPARE(warehouse.size(), 1);
    const QJsonObject risk = warehouse.first().toObject();
    QCOMPARE(risk.value("batch"_L1).toString(), u"W2"_s);
    QCOMPARE(risk.value("class"_L1).toString(), u"expiry_risk"_s);
    QCOMPARE(risk.value("cover_days"_L1).toDouble(), 200 / (50.0 / 7));
    QCOMPARE(risk.value("action"_L1).toString(), u"transfer"_s);
    QCOMPARE(risk.value("reason"_L1).toString(),
             u"at 7.1 a day it needs 28 days; it expires in 20 days; DS-01 sold 8 in 7 days"_s);

    // Velocity summed over the network counts the stores' sales once: DS-01 sold 1 of A
    // today, and the 50 the warehouse shipped are not sales. Its stock (250) still counts
    // towards cover: 82 + 96 + 250 over 8 sold in 7 days. A SKU named twice counts once.
    const QJsonObject network = query({{u"from"_s, u"2027-02-01"_s},
                                       {u"to"_s, u"2027-02-01"_s},
                                       {u"skus"_s, QJsonArray{u"A"_s, u"A"_s}}})
                                    .value("rows"_L1)
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(network.value("units"_L1).toInteger(), 1);
    QCOMPARE(network.value("avg_7"_L1).toDouble(), 8.0 / 7);
    QCOMPARE(network.value("sellable"_L1).toInteger(), 82 + 96 + 250);
    QCOMPARE(network.value("days_of_cover"_L1).toDouble(), (82 + 96 + 250) / (8.0 / 7));
    // Per location, and at the warehouse itself, its shipments are its own velocity.
    QStringList perLocation;
    for (const QJsonValue &row : query({{u"from"_s, u"2027-02-01"_s},
                                        {u"to"_s, u"2027-02-01"_s},
                                        {u"group_by"_s, u"location"_s}})
                                     .value("rows"_L1)
                                     .toArray())
        perLocation << u"%1 %2"_s.arg(row[u"group"_s].toString()).arg(row[u"units"_s].toInteger());
    QCOMPARE(perLocation,
             (QStringList{u"DS-01 1"_s, u"WH-01 50"_s})); // DS-02 sold nothing in 28 days
    QCOMPARE(
        query(
            {{u"from"_s, u"2027-02-01"_s}, {u"to"_s, u"2027-02-01"_s}, {u"location"_s, u"WH-01"_s}})
            .value("rows"_L1)
            .toArray()
            .first()[u"units"_s]
            .toInteger(),
        50);
}

QTEST_MAIN(TestPlannerQueries)
#include "tst_plannerqueries.moc"
