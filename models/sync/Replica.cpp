#include "Replica.h"

#include "SnapshotCodec.h"

#include "domain/EventCodec.h"
#include "domain/Rules.h"
#include "store/StateTables.h"
#include "store/StateWriter.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::sync {

namespace {

// The replica is a cache of the service: a file from another version is dropped and
// filled again from a snapshot. The outbox table is not part of it and is never dropped.
constexpr int kSchemaVersion = 1;

int g_connectionCounter = 0;

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = u"%1 (%2)"_s.arg(query.lastError().text(), sql);
    return false;
}

QString availabilityText(const Availability &a)
{
    return u"on_hand %1, hidden %2, reserved %3, buffer %4, atp %5"_s.arg(a.onHand)
        .arg(a.hidden)
        .arg(a.reserved)
        .arg(a.buffer)
        .arg(a.atp);
}

} // namespace

Replica::Replica(QObject *parent)
    : QObject(parent)
    , m_connectionName(u"shelfsync-replica-%1"_s.arg(++g_connectionCounter))
{}

Replica::~Replica()
{
    m_writer.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Replica::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Replica::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = u"cannot open the local replica %1: %2"_s.arg(path, db.lastError().text());
        return false;
    }
    // The replica can always be fetched again, but the outbox in the same file cannot:
    // FULL keeps a queued command through a power cut.
    if (!exec(db, u"PRAGMA journal_mode=WAL"_s, error) ||
        !exec(db, u"PRAGMA synchronous=FULL"_s, error) || !migrate(error))
        return false;
    m_writer = std::make_unique<store::StateWriter>(db);
    m_state = store::StateWriter::read(db);
    QSqlQuery query(db);
    query.exec(u"SELECT key, value FROM replica_meta"_s);
    while (query.next()) {
        if (query.value(0).toString() == "epoch"_L1)
            m_epoch = query.value(1).toString();
        else if (query.value(0).toString() == "cursor"_L1)
            m_cursor = query.value(1).toLongLong();
        else if (query.value(0).toString() == "user"_L1)
            m_identity.first = query.value(1).toString();
        else if (query.value(0).toString() == "role"_L1)
            m_identity.second = query.value(1).toString();
    }
    Q_EMIT reset();
    return true;
}

bool Replica::migrate(QString *error)
{
    const QSqlDatabase db = database();
    QSqlQuery query(db);
    query.exec(u"SELECT value FROM replica_meta WHERE key = 'schema'"_s);
    if (query.next() && query.value(0).toInt() == kSchemaVersion)
        return true;
    query.finish();
    // Nothing or another version: start the cache afresh.
    QSqlDatabase(db).transaction();
    for (const QString &table : QStringList{u"replica_meta"_s} + store::stateTableNames()) {
        if (!exec(db, u"DROP TABLE IF EXISTS %1"_s.arg(table), error)) {
            QSqlDatabase(db).rollback();
            return false;
        }
    }
    QStringList statements{
        u"CREATE TABLE replica_meta (key TEXT PRIMARY KEY, value TEXT)"_s,
        u"INSERT INTO replica_meta VALUES ('schema', '%1')"_s.arg(kSchemaVersion)};
    statements += store::stateTableStatements();
    for (const QString &sql : statements) {
        if (!exec(db, sql, error)) {
            QSqlDatabase(db).rollback();
            return false;
        }
    }
    return QSqlDatabase(db).commit();
}

bool Replica::writeMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT OR REPLACE INTO replica_meta (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

bool Replica::writeAll(const State &state, qint64 cursor, QString *error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        *error = u"cannot start a transaction on the replica: %1"_s.arg(db.lastError().text());
        return false;
    }
    for (const QString &table : store::stateTableNames()) {
        if (!exec(db, u"DELETE FROM %1"_s.arg(table), error)) {
            db.rollback();
            return false;
        }
    }
    if (!m_writer->write(state, StateChanges::everything(state)) ||
        !writeMeta(u"cursor"_s, QString::number(cursor)) || !writeMeta(u"epoch"_s, m_epoch)) {
        *error = m_writer->error();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = u"cannot write the replica: %1"_s.arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool Replica::addSnapshotPart(const QJsonObject &part, QString *error)
{
    if (part.value("part"_L1).toInt() == 0) {
        m_incoming.emplace();
    } else if (!m_incoming) {
        // A later part with no first one would swap in a partial state as if whole.
        *error = u"snapshot part %1 without part 0"_s.arg(part.value("part"_L1).toInt());
        return false;
    }
    if (!decodeSnapshotInto(part, &*m_incoming, error)) {
        m_incoming.reset();
        return false;
    }
    if (!part.value("last"_L1).toBool())
        return true;
    const qint64 seq = part.value("seq"_L1).toInteger();
    State incoming = std::move(*m_incoming);
    m_incoming.reset();
    if (!writeAll(incoming, seq, error))
        return false;
    m_state = std::move(incoming);
    m_cursor = seq;
    Q_EMIT reset();
    Q_EMIT cursorChanged(m_cursor);
    return true;
}

void Replica::discardPartialSnapshot()
{
    m_incoming.reset();
}

bool Replica::applyEvents(const QJsonArray &events, qint64 from, qint64 to, QString *error)
{
    if (from != m_cursor) {
        *error = u"events from %1, but the replica is at %2"_s.arg(from).arg(m_cursor);
        return false;
    }
    QList<Event> decoded;
    decoded.reserve(events.size());
    for (const QJsonValue &value : events) {
        Result<Event> event = decodeEvent(value.toObject());
        if (!event) {
            *error = u"malformed event: %1"_s.arg(event.error().message);
            return false;
        }
        decoded.append(std::move(event).value());
    }
    // Applied in memory first; the file changes only when every event checked out. On a
    // failure the caller discards the replica anyway (a resync), so no copy is kept.
    State &next = m_state;
    StateChanges changes;
    for (const Event &event : std::as_const(decoded)) {
        applyInPlace(next, event);
        changes.collect(event);
        if (event.after) {
            const Availability mine = next.availability(event.key());
            if (!(mine == *event.after)) {
                *error = u"drift at seq %1 (%2 %3): service says %4, replica computes %5"_s
                             .arg(event.seq)
                             .arg(event.location, event.sku, availabilityText(*event.after),
                                  availabilityText(mine));
                return false;
            }
        }
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        *error = u"cannot start a transaction on the replica: %1"_s.arg(db.lastError().text());
        return false;
    }
    if (!m_writer->write(next, changes) || !writeMeta(u"cursor"_s, QString::number(to))) {
        *error = m_writer->error();
        db.rollback();
        return false;
    }
    // A commit that fails leaves nothing half-written; the caller resyncs.
    if (!db.commit()) {
        *error = u"cannot write the replica: %1"_s.arg(db.lastError().text());
        db.rollback();
        return false;
    }
    m_cursor = to;
    if (!changes.isEmpty())
        Q_EMIT changed(changes, decoded);
    Q_EMIT cursorChanged(m_cursor);
    return true;
}

void Replica::advanceCursor(qint64 head)
{
    if (head <= m_cursor)
        return;
    m_cursor = head;
    writeMeta(u"cursor"_s, QString::number(head));
    Q_EMIT cursorChanged(m_cursor);
}

void Replica::adoptEpoch(const QString &epoch)
{
    if (epoch == m_epoch)
        return;
    const bool hadState = !m_epoch.isEmpty();
    m_epoch = epoch;
    if (hadState)
        discard();
    else
        writeMeta(u"epoch"_s, epoch);
}

void Replica::setIdentity(const QString &user, const QString &role)
{
    if (m_identity == std::pair(user, role))
        return;
    m_identity = {user, role};
    writeMeta(u"user"_s, user);
    writeMeta(u"role"_s, role);
}

void Replica::discard()
{
    m_incoming.reset();
    m_state = State();
    m_cursor = 0;
    QString error;
    writeAll(m_state, 0, &error);
    Q_EMIT reset();
    Q_EMIT cursorChanged(0);
}

} // namespace shelfsync::sync
