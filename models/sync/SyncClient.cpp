#include "SyncClient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shelfsync::sync {

SyncClient::SyncClient(QObject *parent)
    : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::connected, this, &SyncClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &SyncClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &SyncClient::onMessage);

    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncClient::connectNow);
    m_silenceTimer.setInterval(1000);
    connect(&m_silenceTimer, &QTimer::timeout, this, &SyncClient::checkSilence);
}

SyncClient::~SyncClient()
{
    m_socket.disconnect(this);
}

void SyncClient::setServer(const QUrl &url, const QString &token, const QString &clientId)
{
    m_url = url;
    m_token = token;
    m_clientId = clientId;
}

void SyncClient::setLocations(const QStringList &locations)
{
    m_locations = locations;
}

void SyncClient::setCursor(const QString &epoch, qint64 cursor)
{
    m_epoch = epoch;
    m_cursor = cursor;
}

void SyncClient::start()
{
    m_running = true;
    m_backoffMs = kInitialBackoffMs;
    connectNow();
}

void SyncClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_silenceTimer.stop();
    m_socket.close();
    setStatus(Status::Offline);
}

bool SyncClient::send(const QJsonObject &message)
{
    if (m_status != Status::Live && m_status != Status::CatchingUp)
        return false;
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    return true;
}

void SyncClient::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void SyncClient::connectNow()
{
    if (!m_running)
        return;
    setStatus(Status::Connecting);
    m_socket.abort();
    // Aborting a live socket reports a disconnect, which schedules a reconnect of its
    // own; this connect is the one that counts.
    m_reconnectTimer.stop();
    m_socket.open(m_url);
}

void SyncClient::onConnected()
{
    m_lastMessage.start();
    m_silenceTimer.start();
    const QJsonObject hello{{u"type"_s, u"hello"_s},
                            {u"protocol"_s, 1},
                            {u"client"_s, m_clientId},
                            {u"token"_s, m_token},
                            {u"since"_s, m_epoch.isEmpty() ? 0 : m_cursor},
                            {u"epoch"_s, m_epoch},
                            {u"locations"_s, QJsonArray::fromStringList(m_locations)}};
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
    setStatus(Status::CatchingUp);
}

void SyncClient::onDisconnected()
{
    m_silenceTimer.stop();
    if (!m_running) {
        setStatus(Status::Offline);
        return;
    }
    // Keep Stale when the data went quiet first, so the views say why.
    if (m_status != Status::Stale)
        setStatus(Status::Offline);
    scheduleReconnect();
}

void SyncClient::scheduleReconnect()
{
    if (!m_running || m_reconnectTimer.isActive())
        return;
    // 0.5 s doubling to 30 s, with jitter, so a fleet of clients does not return at once.
    const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 2 + 1));
    m_reconnectTimer.start(m_backoffMs / 2 + jitter);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void SyncClient::checkSilence()
{
    // A session that stayed up resets the backoff; one that keeps failing right after
    // the welcome (a replica that keeps drifting) backs off instead of hammering.
    if (m_status == Status::Live && m_liveSince.isValid() &&
        m_liveSince.elapsed() > kStableSessionMs)
        m_backoffMs = kInitialBackoffMs;
    if (m_lastMessage.elapsed() > 3 * m_heartbeatS * 1000) {
        setStatus(Status::Stale);
        m_socket.abort();
    }
}

void SyncClient::reconnect()
{
    if (!m_running)
        return;
    m_socket.abort();
    if (m_socket.state() == QAbstractSocket::UnconnectedState && !m_reconnectTimer.isActive())
        scheduleReconnect();
}

void SyncClient::onMessage(const QString &text)
{
    m_lastMessage.restart();
    Q_EMIT heard();
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value("type"_L1).toString();
    if (type == "welcome"_L1) {
        m_heartbeatS = std::max(1, message.value("heartbeat_s"_L1).toInt(5));
        const QString epoch = message.value("epoch"_L1).toString();
        if (!m_epoch.isEmpty() && epoch != m_epoch) {
            m_epoch = epoch;
            m_cursor = 0;
            Q_EMIT epochChanged(epoch);
        }
        m_epoch = epoch;
        Q_EMIT welcomed(message);
    } else if (type == "snapshot"_L1) {
        // The cursor moves before the receiver hears of it, so a receiver that rejects
        // the message (and calls setCursor() to resync) has the last word.
        if (message.value("last"_L1).toBool())
            m_cursor = message.value("seq"_L1).toInteger();
        Q_EMIT snapshotPart(message);
    } else if (type == "events"_L1) {
        const qint64 from = message.value("from"_L1).toInteger();
        if (from != m_cursor) {
            // Something was missed: never guess, reconnect from what we have.
            m_socket.abort();
            return;
        }
        const qint64 to = message.value("to"_L1).toInteger();
        m_cursor = to;
        Q_EMIT eventsReceived(message.value("events"_L1).toArray(), from, to);
    } else if (type == "synced"_L1) {
        m_cursor = std::max(m_cursor, message.value("head"_L1).toInteger());
        setStatus(Status::Live);
        m_liveSince.start();
        Q_EMIT synced(m_cursor);
    } else if (type == "heartbeat"_L1 && m_status == Status::Live) {
        // Before `synced` a heartbeat's head says nothing about a replica still filling.
        const qint64 head = message.value("head"_L1).toInteger();
        if (head > m_cursor) {
            m_cursor = head;
            Q_EMIT headAdvanced(head);
        }
    } else if (type == "ack"_L1) {
        Q_EMIT ackReceived(message);
    } else if (type == "result"_L1) {
        Q_EMIT resultReceived(message);
    } else if (type == "error"_L1) {
        Q_EMIT errorReceived(message);
    }
}

} // namespace shelfsync::sync
