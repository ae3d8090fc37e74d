#pragma once

// Helpers shared by the sync protocol tests (tst_syncprotocol, tst_syncrace, tst_syncinput):
// seeding the ledger through real commands, replaying the ledger, walking a client's
// cursor chain and describing how two States differ.

#include "ServiceHarness.h"
#include "StateDiff.h"
#include "WsClient.h"

#include "CommandEngine.h"
#include "Metrics.h"

#include "domain/EventCodec.h"
#include "domain/JsonFormat.h"
#include "domain/Rules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <type_traits>

namespace shelfsync::testing::synctest {

using namespace Qt::StringLiterals;

// Sends a command and reports anything but ok:true (with the ack) through `why`.
inline bool run(WsClient &client, const QString &id, const QString &op, const QJsonObject &args,
                QString *why = nullptr)
{
    const QJsonObject ack = client.command(id, op, args);
    if (ack.value("ok"_L1).toBool())
        return true;
    const QString message =
        u"%1 %2 %3 -> %4"_s.arg(op, id, compact(args), ack.isEmpty() ? u"no ack"_s : compact(ack));
    if (why)
        *why = message;
    else
        qWarning("%s", qPrintable(message));
    return false;
}

inline QJsonObject locationArgs(const QString &location, const QString &kind = u"store"_s)
{
    return {
        {u"location"_s, location}, {u"name"_s, QString(u"Store "_s + location)}, {u"kind"_s, kind}};
}

inline QJsonObject skuArgs(const QString &sku)
{
    return {{u"sku"_s, sku}, {u"name"_s, QString(u"Item "_s + sku)}, {u"unit"_s, u"pcs"_s}};
}

inline QJsonObject receiveArgs(const QString &location, const QString &sku, qint64 qty,
                               const QString &batch, const QString &expiry = {})
{
    QJsonObject args{
        {u"location"_s, location}, {u"sku"_s, sku}, {u"qty"_s, qty}, {u"batch"_s, batch}};
    if (!expiry.isEmpty())
        args.insert(u"expiry"_s, expiry);
    return args;
}

inline QJsonObject hello(const QString &token, qint64 since = 0, const QStringList &locations = {})
{
    return {{u"type"_s, u"hello"_s},       {u"protocol"_s, 1},
            {u"client"_s, u"sync-test"_s}, {u"token"_s, token},
            {u"since"_s, since},           {u"locations"_s, QJsonArray::fromStringList(locations)}};
}

// Walks every cursor-bearing message a client received and checks the rules of
// PROTOCOL.md, "Details: Cursor": each `events.from` equals the cursor so far, every event
// in it has from < seq <= to in increasing order, and heads never go backwards.
inline QString cursorChainError(const WsClient &client, qint64 start = 0)
{
    qint64 cursor = start;
    int index = 0;
    for (const QJsonObject &message : client.messages) {
        const QString type = message.value("type"_L1).toString();
        const QString where = u"message %1 (%2)"_s.arg(index++).arg(type);
        if (type == "snapshot"_L1) {
            if (message.value("last"_L1).toBool())
                cursor = message.value("seq"_L1).toInteger();
        } else if (type == "events"_L1) {
            const qint64 from = message.value("from"_L1).toInteger(-1);
            const qint64 to = message.value("to"_L1).toInteger(-1);
            if (from != cursor)
                return u"%1: from %2, cursor %3"_s.arg(where).arg(from).arg(cursor);
            if (to < from)
                return u"%1: to %2 below from %3"_s.arg(where).arg(to).arg(from);
            qint64 previous = from;
            for (const QJsonValue &event : message.value("events"_L1).toArray()) {
                const qint64 seq = event["seq"_L1].toInteger();
                if (seq <= previous || seq > to)
                    return u"%1: seq %2 outside (%3, %4] or out of order"_s.arg(where)
                        .arg(seq)
                        .arg(previous)
                        .arg(to);
                previous = seq;
            }
            cursor = to;
        } else if (type == "synced"_L1 || type == "heartbeat"_L1) {
            const qint64 head = message.value("head"_L1).toInteger(-1);
            if (head < cursor)
                return u"%1: head %2 below cursor %3"_s.arg(where).arg(head).arg(cursor);
            cursor = head;
        }
    }
    return {};
}

// One unlabelled gauge or counter from the service's /metrics text.
inline qint64 metric(service::Service &service, const QString &name)
{
    const QString text = QString::fromUtf8(service.metrics().render());
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(name + u' '))
            return line.mid(name.size() + 1).toLongLong();
    }
    return -1;
}

inline int countType(const WsClient &client, const QString &type)
{
    return int(std::count_if(
        client.messages.cbegin(), client.messages.cend(),
        [&type](const QJsonObject &m) { return m.value("type"_L1).toString() == type; }));
}

} // namespace shelfsync::testing::synctest
