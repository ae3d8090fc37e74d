#include "Outbox.h"

#include "domain/JsonFormat.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::sync {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

StockKey OutboxEntry::key() const
{
    return {args.value("location"_L1).toString(), args.value("sku"_L1).toString()};
}

Outbox::Outbox(QObject *parent)
    : QObject(parent)
{}

bool Outbox::open(const QSqlDatabase &db, QString *error)
{
    m_db = db;
    m_entries.clear();
    m_pendingPerCell.clear();
    QSqlQuery query(m_db);
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS outbox (position INTEGER PRIMARY KEY "
                    "AUTOINCREMENT, id TEXT NOT NULL UNIQUE, op TEXT NOT NULL, args TEXT NOT "
                    "NULL, created_at TEXT NOT NULL, rejected INTEGER NOT NULL DEFAULT 0, "
                    "error TEXT)"_s)) {
        *error = u"cannot create the outbox: %1"_s.arg(query.lastError().text());
        return false;
    }
    query.exec(u"SELECT position, id, op, args, created_at, rejected, error FROM outbox "
               "ORDER BY position"_s);
    while (query.next()) {
        OutboxEntry entry;
        entry.position = query.value(0).toLongLong();
        entry.id = query.value(1).toString();
        entry.op = query.value(2).toString();
        entry.args = parseObject(query.value(3).toString());
        entry.createdAt = parseTime(query.value(4).toString());
        entry.rejected = query.value(5).toInt() != 0;
        entry.error = parseObject(query.value(6).toString());
        m_entries.append(entry);
        if (!entry.rejected)
            countPending(entry, 1);
    }
    return true;
}

std::optional<OutboxEntry> Outbox::add(const QString &op, const QJsonObject &args, QString *error)
{
    OutboxEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.op = op;
    entry.args = args;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO outbox (id, op, args, created_at) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(entry.id);
    query.addBindValue(op);
    query.addBindValue(compact(args));
    query.addBindValue(formatTime(entry.createdAt));
    if (!query.exec()) {
        *error = u"cannot write to the outbox: %1"_s.arg(query.lastError().text());
        return std::nullopt;
    }
    entry.position = query.lastInsertId().toLongLong();
    m_entries.append(entry);
    countPending(entry, 1);
    Q_EMIT added(entry);
    Q_EMIT changed();
    return entry;
}

bool Outbox::remove(const QString &id)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const OutboxEntry &e) { return e.id == id; });
    if (it == m_entries.end())
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return false;
    if (!it->rejected)
        countPending(*it, -1);
    m_entries.erase(it);
    Q_EMIT removed(id);
    Q_EMIT changed();
    return true;
}

bool Outbox::markRejected(const QString &id, const QJsonObject &error)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const OutboxEntry &e) { return e.id == id; });
    if (it == m_entries.end())
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET rejected = 1, error = ? WHERE id = ?"_s);
    query.addBindValue(compact(error));
    query.addBindValue(id);
    if (!query.exec())
        return false;
    if (!it->rejected)
        countPending(*it, -1);
    it->rejected = true;
    it->error = error;
    Q_EMIT rejectedChanged(id);
    Q_EMIT changed();
    return true;
}

QList<OutboxEntry> Outbox::pending() const
{
    QList<OutboxEntry> result;
    for (const OutboxEntry &entry : m_entries) {
        if (!entry.rejected)
            result.append(entry);
    }
    return result;
}

QList<OutboxEntry> Outbox::rejected() const
{
    QList<OutboxEntry> result;
    for (const OutboxEntry &entry : m_entries) {
        if (entry.rejected)
            result.append(entry);
    }
    return result;
}

const OutboxEntry *Outbox::find(const QString &id) const
{
    for (const OutboxEntry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

int Outbox::pendingCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const OutboxEntry &e) { return !e.rejected; }));
}

int Outbox::pendingFor(const StockKey &key) const
{
    return m_pendingPerCell.value(key);
}

void Outbox::countPending(const OutboxEntry &entry, int change)
{
    const StockKey key = entry.key();
    int &count = m_pendingPerCell[key];
    count += change;
    if (count <= 0)
        m_pendingPerCell.remove(key);
}

} // namespace shelfsync::sync
