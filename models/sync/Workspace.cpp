#include "Workspace.h"

#include "domain/CommandCodec.h"
#include "domain/Commands.h"
#include "domain/Error.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::sync {

namespace {

constexpr int kRetryMs = 2000;

// busy and internal are not stored by the service (PROTOCOL.md, "Idempotency scope"):
// the same id may be tried again. Every other rejection is final and becomes a conflict.
bool isRetryable(const QJsonObject &error)
{
    const QString code = error.value("code"_L1).toString();
    return code == "busy"_L1 || code == "internal"_L1;
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
    connect(&m_client, &SyncClient::welcomed, this, &Workspace::onWelcomed);
    connect(&m_client, &SyncClient::snapshotPart, this, &Workspace::onSnapshotPart);
    connect(&m_client, &SyncClient::eventsReceived, this, &Workspace::onEvents);
    connect(&m_client, &SyncClient::synced, this, [this](qint64 head) {
        m_replica.advanceCursor(head);
        flushOutbox();
    });
    connect(&m_client, &SyncClient::headAdvanced, this,
            [this](qint64 head) { m_replica.advanceCursor(head); });
    connect(&m_client, &SyncClient::statusChanged, this, &Workspace::onStatusChanged);
    connect(&m_client, &SyncClient::ackReceived, this, &Workspace::onAck);
    connect(&m_client, &SyncClient::resultReceived, this, &Workspace::onResult);
    connect(&m_client, &SyncClient::errorReceived, this, &Workspace::onError);
    connect(&m_client, &SyncClient::heard, this, [this] {
        if (m_client.isLive())
            m_lastHeard = QDateTime::currentDateTime();
    });
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(kRetryMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &Workspace::flushOutbox);
    m_offlineSince = QDateTime::currentDateTime();
}

Workspace::~Workspace()
{
    m_client.disconnect(this);
}

bool Workspace::open(const QString &path, QString *error)
{
    if (!m_replica.open(path, error) || !m_outbox.open(m_replica.database(), error))
        return false;
    m_user = m_replica.identity().first;
    m_role = parseRole(m_replica.identity().second);
    Q_EMIT identityChanged();
    return true;
}

void Workspace::connectTo(const QUrl &url, const QString &token, const QString &clientId)
{
    m_client.stop();
    m_lastError.clear();
    m_client.setServer(url, token, clientId);
    m_client.setCursor(m_replica.epoch(), m_replica.cursor());
    m_client.start();
}

void Workspace::disconnectFromService()
{
    m_client.stop();
}

bool Workspace::mayRun(Op op) const
{
    return m_role && domain::mayRun(*m_role, op);
}

std::optional<QString> Workspace::submit(const QString &op, const QJsonObject &args, QString *error)
{
    const std::optional<OutboxEntry> entry = m_outbox.add(op, args, error);
    if (!entry)
        return std::nullopt;
    if (m_client.isLive() && !m_holding)
        send(*entry);
    return entry->id;
}

std::optional<QString> Workspace::resend(const QString &rejectedId, const QJsonObject &args,
                                         QString *error)
{
    const OutboxEntry *old = m_outbox.find(rejectedId);
    if (!old || !old->rejected) {
        *error = tr("That command is no longer waiting for a fix.");
        return std::nullopt;
    }
    const QString op = old->op;
    std::optional<QString> id = submit(op, args, error);
    if (id)
        m_outbox.remove(rejectedId);
    return id;
}

bool Workspace::discard(const QString &rejectedId)
{
    const OutboxEntry *entry = m_outbox.find(rejectedId);
    return entry && entry->rejected && m_outbox.remove(rejectedId);
}

void Workspace::query(const QString &name, const QJsonObject &args, QObject *context,
                      QueryCallback callback)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject message{
        {u"type"_s, u"query"_s}, {u"id"_s, id}, {u"name"_s, name}, {u"args"_s, args}};
    if (!m_client.send(message)) {
        callback({}, QJsonObject{{u"code"_s, u"offline"_s},
                                 {u"message"_s, tr("Not connected to the service.")}});
        return;
    }
    m_queries.insert(id, {context, std::move(callback)});
}

void Workspace::onWelcomed(const QJsonObject &welcome)
{
    m_replica.adoptEpoch(welcome.value("epoch"_L1).toString());
    m_client.setCursor(m_replica.epoch(), m_replica.cursor());
    const QString user = welcome.value("user"_L1).toString();
    const QString role = welcome.value("role"_L1).toString();
    m_replica.setIdentity(user, role);
    if (user != m_user || parseRole(role) != m_role) {
        m_user = user;
        m_role = parseRole(role);
        Q_EMIT identityChanged();
    }
}

void Workspace::onSnapshotPart(const QJsonObject &part)
{
    QString error;
    if (!m_replica.addSnapshotPart(part, &error))
        resync(error);
}

void Workspace::onEvents(const QJsonArray &events, qint64 from, qint64 to)
{
    QString error;
    if (!m_replica.applyEvents(events, from, to, &error)) {
        m_replica.discard();
        resync(error);
    }
}

void Workspace::resync(const QString &reason)
{
    m_lastError = reason;
    Q_EMIT syncError(reason);
    m_client.setCursor(m_replica.epoch(), m_replica.cursor());
    m_client.reconnect();
}

void Workspace::onStatusChanged(SyncClient::Status status)
{
    if (status != SyncClient::Status::Live && status != SyncClient::Status::CatchingUp) {
        // Whatever was on the wire may or may not have arrived: it goes again, under the
        // same id, after the next connect.
        m_inFlight.clear();
        m_holding = false;
        m_retryTimer.stop();
        m_replica.discardPartialSnapshot();
        for (auto it = m_queries.cbegin(); it != m_queries.cend(); ++it) {
            if (it->context)
                it->callback({}, QJsonObject{{u"code"_s, u"offline"_s},
                                             {u"message"_s, tr("The connection was lost.")}});
        }
        m_queries.clear();
        m_client.setCursor(m_replica.epoch(), m_replica.cursor());
    }
    if (status == SyncClient::Status::Live)
        m_offlineSince = QDateTime();
    else if (!m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTime();
    Q_EMIT statusChanged();
}

void Workspace::flushOutbox()
{
    m_holding = false;
    if (!m_client.isLive())
        return;
    for (const OutboxEntry &entry : m_outbox.entries()) {
        if (!entry.rejected && !m_inFlight.contains(entry.id))
            send(entry);
    }
}

void Workspace::send(const OutboxEntry &entry)
{
    const QJsonObject message{
        {u"type"_s, u"cmd"_s}, {u"id"_s, entry.id}, {u"op"_s, entry.op}, {u"args"_s, entry.args}};
    if (m_client.send(message))
        m_inFlight.insert(entry.id);
}

void Workspace::onAck(const QJsonObject &ack)
{
    const QString id = ack.value("id"_L1).toString();
    m_inFlight.remove(id);
    if (!m_outbox.find(id))
        return;
    if (ack.value("ok"_L1).toBool()) {
        m_outbox.remove(id);
        Q_EMIT commandAcked(id, ack.value("result"_L1).toObject());
        return;
    }
    const QJsonObject error = ack.value("error"_L1).toObject();
    if (isRetryable(error)) {
        m_holding = true;
        m_retryTimer.start(std::max(kRetryMs, error.value("retry_after_ms"_L1).toInt()));
        return;
    }
    m_outbox.markRejected(id, error);
    Q_EMIT commandRejected(id, error);
}

void Workspace::onResult(const QJsonObject &result)
{
    const PendingQuery query = m_queries.take(result.value("id"_L1).toString());
    if (query.context)
        query.callback(result.value("rows"_L1).toArray(), {});
}

void Workspace::onError(const QJsonObject &error)
{
    const QString id = error.value("id"_L1).toString();
    if (m_queries.contains(id)) {
        const PendingQuery query = m_queries.take(id);
        if (query.context)
            query.callback({}, error);
        return;
    }
    m_lastError = error.value("message"_L1).toString();
    Q_EMIT syncError(m_lastError);
}

} // namespace shelfsync::sync
