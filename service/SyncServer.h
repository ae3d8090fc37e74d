#pragma once

#include "SyncSession.h"

#include <QList>
#include <QObject>

class QWebSocket;

namespace shelfsync::service {

// Owns the WebSocket sessions and hands every commit's events to each of them.
class SyncServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncServer)

public:
    SyncServer(const SyncSession::Services &services, QObject *parent = nullptr);
    ~SyncServer() override;

    void accept(std::unique_ptr<QWebSocket> socket);
    void closeAll(int code, const QString &reason);
    int sessionCount() const { return int(m_sessions.size()); }

private:
    void deliver(const QList<LedgerEvent> &events, qint64 head);

    SyncSession::Services m_services;
    QList<SyncSession *> m_sessions;
};

} // namespace shelfsync::service
