#include "SyncSession.h"

#include "CommandEngine.h"
#include "Logging.h"
#include "Metrics.h"
#include "QueryService.h"
#include "SnapshotWriter.h"
#include "TokenStore.h"

#include "domain/JsonFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace shelfsync::service {

namespace {

constexpr int kCatchUpChunk = 2000;

} // namespace

SyncSession::SyncSession(std::unique_ptr<QWebSocket> socket, const Services &services,
                         QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_services(services)
{
    m_socket->setParent(nullptr);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &SyncSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &SyncSession::onBinary);
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, [this] {
        if (m_phase == Phase::CatchingUp && m_socket->bytesToWrite() < kCatchUpWindowBytes)
            scheduleCatchUp();
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_phase = Phase::Closing;
        Q_EMIT finished();
    });

    m_helloTimer.setSingleShot(true);
    m_helloTimer.setInterval(10'000);
    connect(&m_helloTimer, &QTimer::timeout, this,
            [this] { close(1008, u"no hello within 10 s"_s); });
    m_helloTimer.start();

    m_heartbeatTimer.setInterval(1000);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &SyncSession::heartbeat);
    m_sinceLastSend.start();
}

SyncSession::~SyncSession()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void SyncSession::close(int code, const QString &reason)
{
    if (m_phase == Phase::Closing)
        return;
    m_phase = Phase::Closing;
    m_helloTimer.stop();
    m_heartbeatTimer.stop();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void SyncSession::sendRaw(const QByteArray &message)
{
    if (m_phase == Phase::Closing)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(message));
    m_sinceLastSend.restart();
    // A client that does not read its socket must not make the service hold an ever larger
    // backlog: it is dropped and resumes later from its cursor.
    if (m_socket->bytesToWrite() > kMaxBacklogBytes) {
        qCInfo(lcSync) << "disconnecting slow consumer" << m_caller.user;
        m_services.metrics.addSlowConsumerDisconnect();
        close(kCloseTooFarBehind, u"too far behind; reconnect with your cursor"_s);
    }
}

void SyncSession::sendJson(const QJsonObject &message)
{
    sendRaw(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void SyncSession::sendError(const QString &code, const QString &message, const QJsonValue &id)
{
    QJsonObject error{{u"type"_s, u"error"_s}, {u"code"_s, code}, {u"message"_s, message}};
    if (id.isString())
        error.insert(u"id"_s, id);
    sendJson(error);
}

void SyncSession::onBinary()
{
    sendError(u"bad_request"_s, u"binary frames are not part of the protocol; send JSON text"_s);
}

void SyncSession::onText(const QString &text)
{
    if (m_phase == Phase::Closing)
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return sendError(u"bad_request"_s,
                         u"a message must be one JSON object (%1)"_s.arg(parseError.errorString()));
    const QJsonObject message = document.object();
    const QString type = message.value("type"_L1).toString();
    if (m_phase == Phase::AwaitingHello) {
        if (type == "hello"_L1)
            return handleHello(message);
        return sendError(u"bad_request"_s, u"send hello first"_s, message.value("id"_L1));
    }
    if (type == "cmd"_L1)
        return handleCommand(message);
    if (type == "query"_L1)
        return handleQuery(message);
    if (type == "hello"_L1)
        return sendError(u"bad_request"_s, u"hello was already received"_s);
    if (type.isEmpty())
        return sendError(u"bad_request"_s, u"a message needs a string field type"_s,
                         message.value("id"_L1));
    sendError(u"bad_request"_s, u"unknown message type %1"_s.arg(type), message.value("id"_L1));
}

void SyncSession::handleHello(const QJsonObject &message)
{
    m_helloTimer.stop();
    if (message.value("protocol"_L1).toInt(-1) != 1) {
        sendError(u"unsupported_protocol"_s, u"this service speaks protocol 1"_s);
        return close(1002, u"unsupported protocol"_s);
    }
    const auto caller = m_services.tokens.authenticate(message.value("token"_L1).toString());
    if (!caller) {
        sendError(u"unauthorized"_s, u"unknown or missing token"_s);
        return close(1008, u"unauthorized"_s);
    }
    m_caller = *caller;
    for (const QJsonValue &location : message.value("locations"_L1).toArray()) {
        if (location.isString())
            m_locations.insert(location.toString());
    }

    CommandEngine &engine = m_services.engine;
    sendJson({{u"type"_s, u"welcome"_s},
              {u"protocol"_s, 1},
              {u"server"_s, m_services.serverId},
              {u"epoch"_s, engine.epoch()},
              {u"head"_s, engine.head()},
              {u"user"_s, m_caller.user},
              {u"role"_s, toString(m_caller.role)},
              {u"heartbeat_s"_s, m_services.heartbeatS}});

    const qint64 since = message.value("since"_L1).toInteger(0);
    const QString epoch = message.value("epoch"_L1).toString();
    const bool otherEpoch = !epoch.isEmpty() && epoch != engine.epoch();
    m_phase = Phase::CatchingUp;
    if (since <= 0 || since > engine.head() || otherEpoch) {
        // The state as of the head now; events committed while the parts go out follow
        // them from the ledger.
        m_cursor = engine.head();
        m_snapshotParts = writeSnapshotParts(engine.state(), m_locations, m_cursor);
    } else {
        m_cursor = since;
    }
    continueCatchUp();
}

bool SyncSession::wants(const LedgerEvent &event) const
{
    return event.location.isEmpty() || m_locations.isEmpty() ||
           m_locations.contains(event.location);
}

void SyncSession::sendEvents(const QList<LedgerEvent> &events, qint64 from, qint64 to)
{
    // Pieces of at most ~512 KiB, so no message exceeds the protocol's 1 MiB limit; each
    // piece's `to` is its last seq, the last piece's `to` is `to`.
    qsizetype first = 0;
    for (;;) {
        qsizetype end = first;
        qsizetype bytes = 0;
        while (end < events.size() &&
               (end == first || bytes + events[end].json.size() <= kEventsMessageBytes)) {
            bytes += events[end].json.size() + 1;
            ++end;
        }
        const qint64 pieceTo = end < events.size() ? events[end - 1].seq : to;
        QByteArray message = "{\"type\":\"events\",\"from\":" + QByteArray::number(from) +
                             ",\"to\":" + QByteArray::number(pieceTo) + ",\"events\":[";
        for (qsizetype i = first; i < end; ++i) {
            if (i > first)
                message += ',';
            message += events[i].json;
        }
        message += "]}";
        m_services.metrics.addEventsPushed(end - first);
        sendRaw(message);
        from = pieceTo;
        if (end >= events.size())
            break;
        first = end;
    }
}

void SyncSession::scheduleCatchUp()
{
    if (m_catchUpScheduled)
        return;
    m_catchUpScheduled = true;
    QTimer::singleShot(0, this, &SyncSession::continueCatchUp);
}

void SyncSession::continueCatchUp()
{
    m_catchUpScheduled = false;
    if (m_phase != Phase::CatchingUp)
        return;
    // Only while the client keeps up: bytesWritten resumes once the queue drains.
    if (m_socket->bytesToWrite() >= kCatchUpWindowBytes)
        return;
    if (!m_snapshotParts.isEmpty()) {
        sendRaw(m_snapshotParts.takeFirst());
        return scheduleCatchUp();
    }
    const qint64 head = m_services.engine.head();
    if (m_cursor >= head)
        return goLive();
    // Read in chunks and yield between them, so a client far behind does not stall others.
    const QList<LedgerEvent> events =
        m_services.engine.store().readEvents(m_cursor, head, kCatchUpChunk);
    if (events.isEmpty())
        return goLive();
    QList<LedgerEvent> mine;
    for (const LedgerEvent &event : events) {
        if (wants(event))
            mine.append(event);
    }
    const qint64 to = events.last().seq;
    sendEvents(mine, m_cursor, to);
    m_cursor = to;
    scheduleCatchUp();
}

void SyncSession::goLive()
{
    if (m_phase == Phase::Closing)
        return;
    m_phase = Phase::Live;
    sendJson({{u"type"_s, u"synced"_s}, {u"head"_s, m_cursor}});
    m_heartbeatTimer.start();
}

void SyncSession::deliver(const QList<LedgerEvent> &events, qint64 head)
{
    // While catching up, the catch-up loop reads these from the ledger itself.
    if (m_phase != Phase::Live || head <= m_cursor)
        return;
    QList<LedgerEvent> mine;
    for (const LedgerEvent &event : events) {
        if (event.seq > m_cursor && wants(event))
            mine.append(event);
    }
    // Nothing for this subscription: stay quiet; the next message's `from` covers the gap.
    if (mine.isEmpty())
        return;
    sendEvents(mine, m_cursor, head);
    m_cursor = head;
}

void SyncSession::heartbeat()
{
    if (m_phase != Phase::Live || m_sinceLastSend.elapsed() < m_services.heartbeatS * 1000)
        return;
    m_cursor = std::max(m_cursor, m_services.engine.head());
    sendJson({{u"type"_s, u"heartbeat"_s},
              {u"head"_s, m_cursor},
              {u"time"_s, domain::formatTime(QDateTime::currentDateTimeUtc())}});
}

void SyncSession::handleCommand(const QJsonObject &message)
{
    const QJsonValue id = message.value("id"_L1);
    if (!id.isString() || id.toString().isEmpty())
        return sendError(u"bad_request"_s, u"cmd needs a string id"_s);
    m_services.engine.submit(m_caller, message, this,
                             [this](const QJsonObject &ack) { sendJson(ack); });
}

void SyncSession::handleQuery(const QJsonObject &message)
{
    const QJsonValue id = message.value("id"_L1);
    if (!id.isString() || id.toString().isEmpty())
        return sendError(u"bad_request"_s, u"query needs a string id"_s);
    const QString name = message.value("name"_L1).toString();
    if (!mayQuery(m_caller.role, name))
        return sendError(u"forbidden"_s,
                         u"role %1 may not run query %2"_s.arg(toString(m_caller.role), name), id);
    const QJsonValue args = message.value("args"_L1);
    if (!args.isUndefined() && !args.isNull() && !args.isObject())
        return sendError(u"bad_request"_s, u"args must be an object"_s, id);
    const auto rows = m_services.queries.run(name, args.toObject());
    if (!rows) {
        QJsonObject error = rows.error().toJson();
        error.insert(u"type"_s, u"error"_s);
        error.insert(u"id"_s, id);
        return sendJson(error);
    }
    sendJson({{u"type"_s, u"result"_s}, {u"id"_s, id}, {u"rows"_s, *rows}});
}

} // namespace shelfsync::service
