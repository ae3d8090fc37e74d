#pragma once

#include "Outbox.h"
#include "Replica.h"
#include "SyncClient.h"

#include "domain/Roles.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace shelfsync::sync {

// The app-level API the views use (DESIGN.md, "A room per concern"): the replica they
// read, the outbox their actions go through, the connection that keeps both current,
// and read-only queries. Views never talk to the network or SQL themselves.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    using QueryCallback = std::function<void(const QJsonArray &rows, const QJsonObject &error)>;

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // The local file of replica and outbox; the app opens at once on what it holds.
    bool open(const QString &path, QString *error);
    void connectTo(const QUrl &url, const QString &token, const QString &clientId);
    void disconnectFromService();

    Replica &replica() { return m_replica; }
    const domain::State &state() const { return m_replica.state(); }
    Outbox &outbox() { return m_outbox; }
    SyncClient &client() { return m_client; }

    // A user action: written to the outbox, then sent when connected. Returns the command
    // id, or nothing (with the reason) when the outbox cannot be written.
    std::optional<QString> submit(const QString &op, const QJsonObject &args, QString *error);
    // A conflict fixed by the user goes out as a new command; the rejected one is dropped.
    std::optional<QString> resend(const QString &rejectedId, const QJsonObject &args,
                                  QString *error);
    bool discard(const QString &rejectedId);

    // Read-only queries (history, availability); `context` going away cancels the answer.
    void query(const QString &name, const QJsonObject &args, QObject *context,
               QueryCallback callback);

    // Who the service says we are; remembered for offline starts.
    QString user() const { return m_user; }
    std::optional<domain::Role> role() const { return m_role; }
    bool mayRun(domain::Op op) const;

    SyncClient::Status status() const { return m_client.status(); }
    QDateTime lastHeard() const { return m_lastHeard; }
    QDateTime offlineSince() const { return m_offlineSince; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void statusChanged();
    void identityChanged();
    void commandAcked(const QString &id, const QJsonObject &result);
    void commandRejected(const QString &id, const QJsonObject &error);
    void syncError(const QString &message);

private:
    void onWelcomed(const QJsonObject &welcome);
    void onSnapshotPart(const QJsonObject &part);
    void onEvents(const QJsonArray &events, qint64 from, qint64 to);
    void onStatusChanged(SyncClient::Status status);
    void onAck(const QJsonObject &ack);
    void onResult(const QJsonObject &result);
    void onError(const QJsonObject &error);
    void resync(const QString &reason);
    void flushOutbox();
    void send(const OutboxEntry &entry);

    struct PendingQuery
    {
        QPointer<QObject> context;
        QueryCallback callback;
    };

    Replica m_replica;
    Outbox m_outbox;
    SyncClient m_client;
    QSet<QString> m_inFlight; // sent on this connection, no ack yet
    QHash<QString, PendingQuery> m_queries;
    QTimer m_retryTimer; // busy / internal answers are tried again
    // After a busy / internal answer nothing newer goes out until the retry: commands
    // replay in the order they were made.
    bool m_holding = false;
    QString m_user;
    std::optional<domain::Role> m_role;
    QDateTime m_lastHeard;
    QDateTime m_offlineSince;
    QString m_lastError;
};

} // namespace shelfsync::sync
