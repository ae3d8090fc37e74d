#include "SyncServer.h"

#include "CommandEngine.h"
#include "Logging.h"
#include "Metrics.h"

#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace shelfsync::service {

SyncServer::SyncServer(const SyncSession::Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    connect(&m_services.engine, &CommandEngine::committed, this, &SyncServer::deliver);
}

SyncServer::~SyncServer()
{
    qDeleteAll(m_sessions);
}

void SyncServer::accept(std::unique_ptr<QWebSocket> socket)
{
    if (socket->requestUrl().path() != "/v1/sync"_L1) {
        QWebSocket *refused = socket.release();
        refused->setParent(this);
        QTimer::singleShot(0, refused, [refused] {
            refused->close(QWebSocketProtocol::CloseCodePolicyViolated,
                           u"the sync endpoint is /v1/sync"_s);
            refused->deleteLater();
        });
        return;
    }
    auto *session = new SyncSession(std::move(socket), m_services, this);
    m_sessions.append(session);
    m_services.metrics.setConnectedClients(int(m_sessions.size()));
    connect(session, &SyncSession::finished, this, [this, session] {
        m_sessions.removeOne(session);
        m_services.metrics.setConnectedClients(int(m_sessions.size()));
        session->deleteLater();
    });
}

void SyncServer::closeAll(int code, const QString &reason)
{
    for (SyncSession *session : std::as_const(m_sessions))
        session->close(code, reason);
}

void SyncServer::deliver(const QList<LedgerEvent> &events, qint64 head)
{
    // A session may close (and leave the list) while being served: iterate over a copy.
    const QList<SyncSession *> sessions = m_sessions;
    for (SyncSession *session : sessions)
        session->deliver(events, head);
}

} // namespace shelfsync::service
