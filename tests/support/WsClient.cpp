#include "WsClient.h"

#include "domain/EventCodec.h"
#include "domain/Rules.h"
#include "sync/SnapshotCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::testing {

WsClient::WsClient(QObject *parent)
    : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &WsClient::onMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        closed = true;
        closeCode = int(m_socket.closeCode());
    });
}

bool WsClient::open(const QUrl &url, int timeoutMs)
{
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    closed = false;
    closeCode = -1;
    m_socket.open(url);
    return connected.wait(timeoutMs) || m_socket.state() == QAbstractSocket::ConnectedState;
}

bool WsClient::hello(const QString &token, qint64 since, const QStringList &locations,
                     int timeoutMs)
{
    send({{u"type"_s, u"hello"_s},
          {u"protocol"_s, 1},
          {u"client"_s, u"test-client"_s},
          {u"token"_s, token},
          {u"since"_s, since},
          {u"locations"_s, QJsonArray::fromStringList(locations)}});
    cursor = since;
    const qsizetype first = messages.size();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (qsizetype i = first; i < messages.size(); ++i) {
            if (messages[i].value("type"_L1) == "synced"_L1)
                return true;
            if (messages[i].value("type"_L1) == "error"_L1)
                return false;
        }
        if (closed)
            return false;
        QTest::qWait(5);
    }
    return false;
}

bool WsClient::connectAndSync(const QUrl &url, const QString &token, qint64 since,
                              const QStringList &locations)
{
    return open(url) && hello(token, since, locations);
}

void WsClient::send(const QJsonObject &message)
{
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void WsClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

void WsClient::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    messages.append(message);
    m_takenFlags.append(false);
    const QString type = message.value("type"_L1).toString();
    if (type == "snapshot"_L1) {
        if (message.value("part"_L1).toInt() == 0)
            replica = State{};
        QString error;
        if (!sync::decodeSnapshotInto(message, &replica, &error))
            replicaError = error;
        if (message.value("last"_L1).toBool())
            cursor = message.value("seq"_L1).toInteger();
    } else if (type == "events"_L1) {
        if (message.value("from"_L1).toInteger() != cursor)
            gap = true;
        for (const QJsonValue &value : message.value("events"_L1).toArray()) {
            const auto event = decodeEvent(value.toObject());
            if (!event) {
                replicaError = event.error().message;
                continue;
            }
            applyInPlace(replica, *event);
            if (event->after && replica.availability(event->key()) != *event->after)
                replicaError = u"after mismatch at seq %1"_s.arg(event->seq);
            events.append(value.toObject());
        }
        cursor = message.value("to"_L1).toInteger();
    } else if (type == "synced"_L1 || type == "heartbeat"_L1) {
        cursor = std::max(cursor, message.value("head"_L1).toInteger());
    }
}

QJsonObject WsClient::take(const QString &type, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    do {
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (!m_takenFlags[i] && messages[i].value("type"_L1).toString() == type) {
                m_takenFlags[i] = true;
                return messages[i];
            }
        }
        QTest::qWait(2);
    } while (timer.elapsed() < timeoutMs);
    return {};
}

QJsonObject WsClient::waitForAck(const QString &id, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    do {
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (!m_takenFlags[i] && messages[i].value("type"_L1) == "ack"_L1 &&
                messages[i].value("id"_L1) == id) {
                m_takenFlags[i] = true;
                return messages[i];
            }
        }
        QTest::qWait(2);
    } while (timer.elapsed() < timeoutMs);
    return {};
}

QJsonObject WsClient::command(const QString &id, const QString &op, const QJsonObject &args,
                              int timeoutMs)
{
    send({{u"type"_s, u"cmd"_s}, {u"id"_s, id}, {u"op"_s, op}, {u"args"_s, args}});
    return waitForAck(id, timeoutMs);
}

bool WsClient::waitForCursor(qint64 seq, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (cursor < seq && timer.elapsed() < timeoutMs)
        QTest::qWait(2);
    return cursor >= seq;
}

bool WsClient::waitClosed(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!closed && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return closed;
}

} // namespace shelfsync::testing
