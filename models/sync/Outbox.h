#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace shelfsync::sync {

// One command the user made, as it waits in the outbox.
struct OutboxEntry
{
    qint64 position = 0; // order of entry: commands replay in this order
    QString id;          // the command id, made once, so a replay is never applied twice
    QString op;
    QJsonObject args;
    QDateTime createdAt;
    bool rejected = false;
    QJsonObject error; // the service's reason, when rejected

    domain::StockKey key() const; // the cell it concerns; empty fields when none
};

// The offline outbox (PROTOCOL.md, "Commands"): every user action is written here before
// it is sent, in the replica's file, and leaves only when its ack arrives. A rejection
// stays as a conflict until the user fixes and resends it (a new command) or discards it.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    explicit Outbox(QObject *parent = nullptr);

    bool open(const QSqlDatabase &db, QString *error);

    // Writes the command durably and returns its entry; the id is made here.
    std::optional<OutboxEntry> add(const QString &op, const QJsonObject &args, QString *error);
    bool remove(const QString &id);
    bool markRejected(const QString &id, const QJsonObject &error);

    const QList<OutboxEntry> &entries() const { return m_entries; }
    QList<OutboxEntry> pending() const;
    QList<OutboxEntry> rejected() const;
    const OutboxEntry *find(const QString &id) const;
    int pendingCount() const;
    int pendingFor(const domain::StockKey &key) const;

Q_SIGNALS:
    void added(const shelfsync::sync::OutboxEntry &entry);
    void removed(const QString &id);
    void rejectedChanged(const QString &id);
    void changed(); // any of the above

private:
    // Keeps the per-cell count of pending entries, which screens ask for every row.
    void countPending(const OutboxEntry &entry, int change);

    QSqlDatabase m_db;
    QList<OutboxEntry> m_entries; // in position order
    QHash<domain::StockKey, int> m_pendingPerCell;
};

} // namespace shelfsync::sync
