#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace shelfsync::sync {

// The client side of a session (PROTOCOL.md, "Session"): connects, says hello with the
// replica's cursor, hands snapshots and events to whoever keeps the replica, notices
// gaps and silence, and reconnects with backoff. It keeps no state of its own beyond the
// connection: the cursor belongs to the replica and is set before each connect.
class SyncClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncClient)

public:
    enum class Status
    {
        Offline,
        Connecting,
        CatchingUp,
        Live,
        Stale
    };
    Q_ENUM(Status)

    explicit SyncClient(QObject *parent = nullptr);
    ~SyncClient() override;

    void setServer(const QUrl &url, const QString &token, const QString &clientId);
    void setLocations(const QStringList &locations);
    // What the replica holds: a snapshot is asked for when epoch is empty or cursor 0.
    void setCursor(const QString &epoch, qint64 cursor);
    qint64 cursor() const { return m_cursor; }
    QString epoch() const { return m_epoch; }

    void start();
    void stop();
    // Drops the connection and says hello again with the cursor set since (a resync).
    void reconnect();
    Status status() const { return m_status; }
    bool isLive() const { return m_status == Status::Live; }

    // Sends a message as is (cmd, query); false when not connected.
    bool send(const QJsonObject &message);

    static constexpr int kInitialBackoffMs = 500;
    static constexpr int kMaxBackoffMs = 30'000;
    static constexpr int kStableSessionMs = 30'000;

Q_SIGNALS:
    void statusChanged(shelfsync::sync::SyncClient::Status status);
    void welcomed(const QJsonObject &welcome);
    // The service's ledger is not the one the replica came from: discard it, keep the outbox.
    void epochChanged(const QString &epoch);
    void snapshotPart(const QJsonObject &part);
    // Events with from < seq <= to; the receiver stores them and calls setCursor(to).
    void eventsReceived(const QJsonArray &events, qint64 from, qint64 to);
    void synced(qint64 head);
    void headAdvanced(qint64 head); // heartbeat: nothing for us up to head
    void ackReceived(const QJsonObject &ack);
    void resultReceived(const QJsonObject &result);
    void errorReceived(const QJsonObject &error);
    // Any message: the service was heard from (for "synced HH:MM:SS").
    void heard();

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void setStatus(Status status);
    void scheduleReconnect();
    void checkSilence();

    QWebSocket m_socket;
    QUrl m_url;
    QString m_token;
    QString m_clientId;
    QStringList m_locations;
    QString m_epoch;
    qint64 m_cursor = 0;
    Status m_status = Status::Offline;
    bool m_running = false;
    int m_backoffMs = kInitialBackoffMs;
    int m_heartbeatS = 5;
    QTimer m_reconnectTimer;
    QTimer m_silenceTimer;
    QElapsedTimer m_lastMessage;
    QElapsedTimer m_liveSince; // the backoff starts over only after a lasting session
};

} // namespace shelfsync::sync
