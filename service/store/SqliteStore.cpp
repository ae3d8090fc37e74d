#include "SqliteStore.h"

#include "SqliteSchema.h"
#include "store/StateWriter.h"

#include "domain/EventCodec.h"
#include "domain/JsonFormat.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::service {

namespace {

int g_connectionCounter = 0;

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool execText(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = u"%1 (%2)"_s.arg(query.lastError().text(), sql);
    return false;
}

// A planner's query the database could not answer: said, never taken for "no sales".
Error readFailed(const QSqlQuery &query)
{
    return Error::make(ErrorCode::Internal,
                       u"the store could not read: %1"_s.arg(query.lastError().text()));
}

} // namespace

SqliteStore::SqliteStore(const QString &path)
    : m_path(path)
    , m_connectionName(u"shelfsync-sqlite-%1"_s.arg(++g_connectionCounter))
{}

SqliteStore::~SqliteStore()
{
    m_writer.reset();
    m_insertEvent.reset();
    m_insertAnswer.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqliteStore::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = u"cannot open %1: %2"_s.arg(m_path, db.lastError().text());
        return false;
    }
    // WAL lets readers go on while a commit is written; FULL makes the commit durable
    // before the ack leaves.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=5000"_s}) {
        if (!execText(db, pragma, error))
            return false;
    }
    if (!migrate(error))
        return false;

    QSqlQuery query(db);
    query.exec(u"SELECT value FROM meta WHERE key = 'epoch'"_s);
    if (query.next()) {
        m_epoch = query.value(0).toString();
    } else {
        m_epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO meta (key, value) VALUES ('epoch', ?)"_s);
        insert.addBindValue(m_epoch);
        if (!exec(insert, error))
            return false;
    }
    query.exec(u"SELECT COALESCE(MAX(seq), 0) FROM ledger"_s);
    m_head = query.next() ? query.value(0).toLongLong() : 0;

    m_writer = std::make_unique<store::StateWriter>(db);
    m_insertEvent = std::make_unique<QSqlQuery>(db);
    m_insertEvent->prepare(u"INSERT INTO ledger (seq, command_id, actor, at, kind, location, "
                           "sku, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_insertAnswer = std::make_unique<QSqlQuery>(db);
    m_insertAnswer->prepare(
        u"INSERT INTO commands (id, fingerprint, answer, seq) VALUES (?, ?, ?, ?)"_s);
    return true;
}

bool SqliteStore::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.exec(u"PRAGMA user_version"_s);
    int version = query.next() ? query.value(0).toInt() : 0;
    query.finish(); // an open read locks the tables a migration drops
    const auto &migrations = sqliteMigrations();
    if (version > migrations.size()) {
        *error =
            u"%1 was written by a newer shelfsyncd (schema %2, this one knows %3)"_s.arg(m_path)
                .arg(version)
                .arg(migrations.size());
        return false;
    }
    for (; version < migrations.size(); ++version) {
        db.transaction();
        for (const QString &sql : migrations[version]) {
            if (!execText(db, sql, error)) {
                db.rollback();
                return false;
            }
        }
        if (!execText(db, u"PRAGMA user_version = %1"_s.arg(version + 1), error) || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

std::optional<StoredAnswer> SqliteStore::findAnswer(const QString &id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT fingerprint, answer FROM commands WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return StoredAnswer{id, query.value(0).toByteArray(),
                        QJsonDocument::fromJson(query.value(1).toByteArray()).object()};
}

bool SqliteStore::commit(const CommitBatch &batch, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto rollback = [&](const QString &why) {
        *error = why;
        db.rollback();
        return false;
    };

    QSqlQuery &insertEvent = *m_insertEvent;
    for (qsizetype i = 0; i < batch.events.size(); ++i) {
        const Event &event = batch.events[i];
        insertEvent.addBindValue(event.seq);
        insertEvent.addBindValue(event.op);
        insertEvent.addBindValue(event.actor);
        insertEvent.addBindValue(formatTime(event.at));
        insertEvent.addBindValue(toString(event.kind()));
        insertEvent.addBindValue(event.location.isEmpty() ? QVariant() : event.location);
        insertEvent.addBindValue(event.sku.isEmpty() ? QVariant() : event.sku);
        insertEvent.addBindValue(QString::fromUtf8(batch.eventJson[i]));
        if (!insertEvent.exec())
            return rollback(insertEvent.lastError().text());
    }

    QSqlQuery &insertAnswer = *m_insertAnswer;
    for (const StoredAnswer &answer : batch.answers) {
        insertAnswer.addBindValue(answer.id);
        insertAnswer.addBindValue(answer.fingerprint);
        insertAnswer.addBindValue(
            QString::fromUtf8(QJsonDocument(answer.ack).toJson(QJsonDocument::Compact)));
        insertAnswer.addBindValue(answer.ack.value("seq"_L1).toInteger());
        if (!insertAnswer.exec())
            return rollback(insertAnswer.lastError().text());
    }

    if (batch.state && !m_writer->write(*batch.state, batch.changes))
        return rollback(m_writer->error());
    if (!db.commit())
        return rollback(db.lastError().text());
    if (!batch.events.isEmpty())
        m_head = batch.events.last().seq;
    return true;
}

QList<LedgerEvent> SqliteStore::readEvents(qint64 after, qint64 upTo, int limit)
{
    QList<LedgerEvent> events;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, location, body FROM ledger WHERE seq > ? AND seq <= ? "
                  "ORDER BY seq LIMIT ?"_s);
    query.addBindValue(after);
    query.addBindValue(upTo);
    query.addBindValue(limit);
    query.exec();
    while (query.next()) {
        events.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString().toUtf8()});
    }
    return events;
}

QList<QByteArray> SqliteStore::history(const QString &sku, const QString &location, int limit)
{
    QList<QByteArray> events;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    // Qt binds an empty QString as NULL, hence the COALESCE.
    query.prepare(u"SELECT body FROM ledger WHERE sku = ? AND (COALESCE(?, '') = '' OR "
                  "location = ?) ORDER BY seq DESC LIMIT ?"_s);
    query.addBindValue(sku);
    query.addBindValue(location);
    query.addBindValue(location);
    query.addBindValue(limit);
    query.exec();
    while (query.next())
        events.append(query.value(0).toString().toUtf8());
    return events;
}

Result<QList<DailyUnits>> SqliteStore::dispatchedPerDay(const DispatchFilter &filter)
{
    QString group;
    switch (filter.groupBy) {
    case DispatchFilter::GroupBy::Sku:
        group = u"d.sku"_s;
        break;
    case DispatchFilter::GroupBy::Category:
        group = u"COALESCE(s.category, '')"_s;
        break;
    case DispatchFilter::GroupBy::Location:
        group = u"d.location"_s;
        break;
    }
    // The SKUs table only when grouping by category: a join costs a lookup per sale.
    const QString from = filter.groupBy == DispatchFilter::GroupBy::Category
                             ? u"daily_dispatch d JOIN skus s ON s.id = d.sku"_s
                             : u"daily_dispatch d"_s;
    QString sql =
        u"SELECT %1, d.day, SUM(d.qty) FROM %2 WHERE d.day BETWEEN ? AND ?"_s.arg(group, from);
    QVariantList values{formatDate(filter.from), formatDate(filter.to)};
    if (!filter.skus.isEmpty()) {
        QStringList marks;
        for (const QString &sku : filter.skus) {
            marks << u"?"_s;
            values << sku;
        }
        sql += u" AND d.sku IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (!filter.category.isEmpty()) {
        sql += u" AND d.sku IN (SELECT id FROM skus WHERE category = ?)"_s;
        values << filter.category;
    }
    if (!filter.location.isEmpty()) {
        sql += u" AND d.location = ?"_s;
        values << filter.location;
    }
    if (filter.storesOnly) {
        sql += u" AND d.location IN (SELECT id FROM locations WHERE kind = ?)"_s;
        values << toString(LocationKind::Store);
    }
    sql += u" GROUP BY 1, 2 ORDER BY 1, 2"_s;

    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return readFailed(query);
    QList<DailyUnits> rows;
    while (query.next())
        rows.append({query.value(0).toString(), parseDate(query.value(1).toString()),
                     query.value(2).toLongLong()});
    return rows;
}

Result<QList<BatchSales>> SqliteStore::batchSales(const QDate &today, int windowDays,
                                                  const QString &location)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    // Window and week sums over the day index's range only; the last sale is one seek per
    // batch down the (location, sku, day) key, not a pass over all history.
    query.prepare(u"SELECT b.location, b.sku, s.name, COALESCE(s.category, ''), s.unit_cost, "
                  "b.batch, b.qty, b.expiry, b.received_at, b.hidden, "
                  "COALESCE(d.window_units, 0), COALESCE(d.week_units, 0), "
                  "(SELECT MAX(x.day) FROM daily_dispatch x WHERE x.location = b.location "
                  "AND x.sku = b.sku AND x.day <= ? AND x.qty > 0) "
                  "FROM batches b JOIN skus s ON s.id = b.sku LEFT JOIN "
                  "(SELECT location, sku, SUM(CASE WHEN day >= ? THEN qty ELSE 0 END) "
                  "AS window_units, SUM(CASE WHEN day >= ? THEN qty ELSE 0 END) AS week_units "
                  "FROM daily_dispatch WHERE day BETWEEN ? AND ? GROUP BY location, sku) d "
                  "ON d.location = b.location AND d.sku = b.sku "
                  "WHERE b.qty > 0 AND (COALESCE(?, '') = '' OR b.location = ?) "
                  "ORDER BY b.location, b.sku, b.position"_s);
    // The days read cover both the window and the week, whichever is longer.
    const QDate windowStart = today.addDays(1 - windowDays);
    const QDate weekStart = today.addDays(-6);
    query.addBindValue(formatDate(today));
    query.addBindValue(formatDate(windowStart));
    query.addBindValue(formatDate(weekStart));
    query.addBindValue(formatDate(std::min(windowStart, weekStart)));
    query.addBindValue(formatDate(today));
    query.addBindValue(location);
    query.addBindValue(location);
    if (!query.exec())
        return readFailed(query);
    QList<BatchSales> rows;
    while (query.next()) {
        BatchSales row;
        row.location = query.value(0).toString();
        row.sku = query.value(1).toString();
        row.name = query.value(2).toString();
        row.category = query.value(3).toString();
        row.unitCost = query.value(4).toDouble();
        row.batch = query.value(5).toString();
        row.qty = query.value(6).toLongLong();
        row.expiry = parseDate(query.value(7).toString());
        row.receivedAt = parseTime(query.value(8).toString());
        row.hidden = query.value(9).toInt() != 0;
        row.soldInWindow = query.value(10).toLongLong();
        row.soldInWeek = query.value(11).toLongLong();
        row.lastSale = parseDate(query.value(12).toString());
        rows.append(row);
    }
    return rows;
}

Result<QHash<StockKey, qint64>> SqliteStore::weekSales(const QDate &today)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT location, sku, SUM(qty) FROM daily_dispatch WHERE day BETWEEN ? AND ? "
                  "GROUP BY location, sku HAVING SUM(qty) > 0"_s);
    query.addBindValue(formatDate(today.addDays(-6)));
    query.addBindValue(formatDate(today));
    if (!query.exec())
        return readFailed(query);
    QHash<StockKey, qint64> sales;
    while (query.next())
        sales.insert({query.value(0).toString(), query.value(1).toString()},
                     query.value(2).toLongLong());
    return sales;
}

Result<QList<AgeingRow>> SqliteStore::ageing(const QDate &today, const QString &location,
                                             const QString &category)
{
    // Age in whole UTC days since the receipt's date; the bucket by the ends above.
    const QString age = u"(julianday(?) - julianday(substr(b.received_at, 1, 10)))"_s;
    const QString bucket = u"CASE WHEN age <= %1 THEN 0 WHEN age <= %2 THEN 1 WHEN age <= %3 "
                           "THEN 2 WHEN age <= %4 THEN 3 ELSE 4 END"_s.arg(kAgeBucketEnds[0])
                               .arg(kAgeBucketEnds[1])
                               .arg(kAgeBucketEnds[2])
                               .arg(kAgeBucketEnds[3]);
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT location, category, %1 AS bucket, SUM(qty), SUM(value) FROM "
                  "(SELECT b.location AS location, COALESCE(s.category, '') AS category, "
                  "%2 AS age, b.qty AS qty, b.qty * s.unit_cost AS value FROM batches b "
                  "JOIN skus s ON s.id = b.sku WHERE b.qty > 0 "
                  "AND (COALESCE(?, '') = '' OR b.location = ?) "
                  "AND (COALESCE(?, '') = '' OR s.category = ?)) "
                  "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"_s.arg(bucket, age));
    query.addBindValue(formatDate(today));
    query.addBindValue(location);
    query.addBindValue(location);
    query.addBindValue(category);
    query.addBindValue(category);
    if (!query.exec())
        return readFailed(query);
    QList<AgeingRow> rows;
    while (query.next()) {
        AgeingRow row;
        row.location = query.value(0).toString();
        row.category = query.value(1).toString();
        row.bucket = query.value(2).toInt();
        row.qty = query.value(3).toLongLong();
        row.value = query.value(4).toDouble();
        rows.append(row);
    }
    return rows;
}

qint64 SqliteStore::eventCount()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.exec(u"SELECT COUNT(*) FROM ledger"_s);
    return query.next() ? query.value(0).toLongLong() : 0;
}

State SqliteStore::loadState()
{
    return store::StateWriter::read(QSqlDatabase::database(m_connectionName));
}

} // namespace shelfsync::service
