#pragma once

#include "Roles.h"
#include "store/LedgerStore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace shelfsync::service {

class CommandEngine;
class QueryService;
class TokenStore;
class Metrics;

// One WebSocket client: hello/welcome, catch-up (events from `since`, or a snapshot),
// then live events, heartbeats, commands and queries (PROTOCOL.md, "Session").
class SyncSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSession)

public:
    struct Services
    {
        CommandEngine &engine;
        QueryService &queries;
        const TokenStore &tokens;
        Metrics &metrics;
        QString serverId;
        int heartbeatS = 5;
    };

    SyncSession(std::unique_ptr<QWebSocket> socket, const Services &services,
                QObject *parent = nullptr);
    ~SyncSession() override;

    // New events committed by the engine (all of them; the session filters).
    void deliver(const QList<LedgerEvent> &events, qint64 head);
    void close(int code, const QString &reason);

    static constexpr qint64 kMaxMessageBytes = 1024 * 1024;
    static constexpr qint64 kMaxBacklogBytes = 16 * 1024 * 1024;
    // Catch-up (snapshot parts, ledger chunks) is sent only while less than this is queued,
    // so a client far behind is fed as fast as it reads instead of being dropped.
    static constexpr qint64 kCatchUpWindowBytes = 4 * 1024 * 1024;
    // An `events` message is split before it grows past this (`from`/`to` per piece).
    static constexpr qsizetype kEventsMessageBytes = 512 * 1024;
    // RFC 6455 "try again later" (1013) is rejected by QWebSocket peers as invalid (they
    // report 1002): the private-range twin is used instead.
    static constexpr int kCloseTooFarBehind = 4013;

Q_SIGNALS:
    void finished();

private:
    enum class Phase
    {
        AwaitingHello,
        CatchingUp,
        Live,
        Closing
    };

    void onText(const QString &text);
    void onBinary();
    void handleHello(const QJsonObject &message);
    void handleCommand(const QJsonObject &message);
    void handleQuery(const QJsonObject &message);
    void continueCatchUp();
    void scheduleCatchUp();
    void goLive();
    void heartbeat();
    void sendJson(const QJsonObject &message);
    void sendRaw(const QByteArray &message);
    void sendError(const QString &code, const QString &message, const QJsonValue &id = {});
    bool wants(const LedgerEvent &event) const;
    void sendEvents(const QList<LedgerEvent> &events, qint64 from, qint64 to);

    std::unique_ptr<QWebSocket> m_socket;
    Services m_services;
    Phase m_phase = Phase::AwaitingHello;
    Caller m_caller;
    QSet<QString> m_locations;         // empty: all
    qint64 m_cursor = 0;               // the highest seq this client has been sent
    QList<QByteArray> m_snapshotParts; // not yet sent
    bool m_catchUpScheduled = false;
    QTimer m_helloTimer;
    QTimer m_heartbeatTimer;
    QElapsedTimer m_sinceLastSend;
};

} // namespace shelfsync::service
