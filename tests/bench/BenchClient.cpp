#include "BenchClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

BenchClient::BenchClient(QObject *parent)
    : QObject(parent)
    , m_prefix(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
{
    m_socket.setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
    m_clock.start();
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BenchClient::onMessage);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        const QJsonObject hello{{u"type"_s, u"hello"_s},
                                {u"protocol"_s, 1},
                                {u"client"_s, QString(u"bench-"_s + m_prefix)},
                                {u"token"_s, m_token},
                                {u"since"_s, 0},
                                {u"locations"_s, QJsonArray::fromStringList(m_locations)}};
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
    });
}

void BenchClient::start(const QUrl &url, const QString &token, const QStringList &locations)
{
    m_token = token;
    m_locations = locations;
    m_socket.open(url);
}

void BenchClient::command(const QString &op, const QJsonObject &args, AckHandler onAck)
{
    send(u"cmd"_s, {{u"op"_s, op}, {u"args"_s, args}}, std::move(onAck));
}

void BenchClient::query(const QString &name, const QJsonObject &args, AckHandler onAnswer)
{
    send(u"query"_s, {{u"name"_s, name}, {u"args"_s, args}}, std::move(onAnswer));
}

void BenchClient::send(const QString &type, const QJsonObject &body, AckHandler onAnswer)
{
    const QString id = u"bench-%1-%2"_s.arg(m_prefix).arg(++s_nextId);
    m_pending.insert(id, {m_clock.nsecsElapsed(), std::move(onAnswer)});
    QJsonObject message = body;
    message.insert(u"type"_s, type);
    message.insert(u"id"_s, id);
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

bool BenchClient::answer(const QJsonObject &message)
{
    const auto it = m_pending.find(message.value("id"_L1).toString());
    if (it == m_pending.end())
        return false;
    const auto [sentNs, handler] = it.value();
    m_pending.erase(it);
    if (handler)
        handler(message, m_clock.nsecsElapsed() - sentNs);
    return true;
}

void BenchClient::onMessage(const QString &text)
{
    const qint64 receivedMs = QDateTime::currentMSecsSinceEpoch();
    // Only answers, events and synced matter here; snapshots are skipped unparsed when huge.
    if (text.startsWith(u"{\"type\":\"snapshot\""_s))
        return;
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value("type"_L1).toString();
    if (type == "ack"_L1 || type == "result"_L1) {
        answer(message);
    } else if (type == "events"_L1) {
        if (onEvents)
            onEvents(message, receivedMs);
    } else if (type == "synced"_L1) {
        m_synced = true;
        if (onSynced)
            onSynced();
    } else if (type == "error"_L1 && !answer(message)) {
        qWarning("service error: %s", qPrintable(text));
    }
}
