#pragma once

#include "domain/Events.h"
#include "domain/State.h"
#include "domain/StateChanges.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace shelfsync::store {
class StateWriter;
}

namespace shelfsync::sync {

// The app's local copy of the service's state (PROTOCOL.md, "Session"): a domain State
// kept in memory for the views and in a local SQLite file, so the app opens at once on
// the last-known data. A snapshot is swapped in, and each `events` message applied,
// with the new cursor in one local transaction. Every event's `after` is checked against
// the replica's own computation; a mismatch is drift, and the replica asks for a resync.
class Replica final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Replica)

public:
    explicit Replica(QObject *parent = nullptr);
    ~Replica() override;

    // ":memory:" keeps nothing across runs (tests). The outbox shares the file.
    bool open(const QString &path, QString *error);
    QSqlDatabase database() const;

    const domain::State &state() const { return m_state; }
    QString epoch() const { return m_epoch; }
    qint64 cursor() const { return m_cursor; }

    // Folds one snapshot part in; the last part swaps the whole state in at once.
    // False on a malformed part: the partial snapshot is dropped.
    bool addSnapshotPart(const QJsonObject &part, QString *error);
    // A connection dropped in the middle of a snapshot: nothing of it is kept.
    void discardPartialSnapshot();
    // False when an event is malformed or its `after` differs from the replica's own
    // figures: nothing of the message reaches the file, the in-memory state is no longer
    // to be trusted, and the caller must discard() and resync.
    bool applyEvents(const QJsonArray &events, qint64 from, qint64 to, QString *error);
    // synced/heartbeat: nothing more for this replica up to head.
    void advanceCursor(qint64 head);
    // The ledger the service names in its welcome. Another one than the replica came
    // from (restored from a backup, replaced): the state is discarded, the outbox stays.
    void adoptEpoch(const QString &epoch);
    // The user and role of the last welcome, for a start without the service.
    std::pair<QString, QString> identity() const { return m_identity; }
    void setIdentity(const QString &user, const QString &role);
    // Drift or a broken message: forget the state so the next hello asks for a snapshot.
    void discard();

Q_SIGNALS:
    // The whole state was swapped (a snapshot arrived, or the replica was discarded).
    void reset();
    // Events were applied; `changes` names the rows they touched.
    void changed(const domain::StateChanges &changes, const QList<domain::Event> &events);
    void cursorChanged(qint64 cursor);

private:
    bool writeMeta(const QString &key, const QString &value);
    bool writeAll(const domain::State &state, qint64 cursor, QString *error);
    bool migrate(QString *error);

    QString m_connectionName;
    std::unique_ptr<store::StateWriter> m_writer;
    domain::State m_state;
    QString m_epoch;
    qint64 m_cursor = 0;
    std::pair<QString, QString> m_identity;
    std::optional<domain::State> m_incoming; // snapshot parts received so far
};

} // namespace shelfsync::sync
