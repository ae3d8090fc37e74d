#pragma once

#include "domain/State.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

namespace shelfsync::testing {

// A protocol client for tests: connects, says hello, keeps every message it receives and
// folds snapshots and events into a replica State, checking `from` against its cursor.
class WsClient final : public QObject
{
    Q_OBJECT

public:
    explicit WsClient(QObject *parent = nullptr);

    bool open(const QUrl &url, int timeoutMs = 5000);
    // hello, then wait for `synced` (true) or an error/close (false).
    bool hello(const QString &token, qint64 since = 0, const QStringList &locations = {},
               int timeoutMs = 10000);
    bool connectAndSync(const QUrl &url, const QString &token, qint64 since = 0,
                        const QStringList &locations = {});

    void send(const QJsonObject &message);
    void sendText(const QString &text);
    QWebSocket &socket() { return m_socket; }

    // The next message of `type` not yet taken (waits up to timeoutMs); empty on timeout.
    QJsonObject take(const QString &type, int timeoutMs = 5000);
    QJsonObject waitForAck(const QString &id, int timeoutMs = 10000);
    QJsonObject command(const QString &id, const QString &op, const QJsonObject &args,
                        int timeoutMs = 10000);
    bool waitForCursor(qint64 seq, int timeoutMs = 10000);
    bool waitClosed(int timeoutMs = 15000);

    QList<QJsonObject> messages; // everything received, in order
    QList<QJsonObject> events;   // every event received, in order
    domain::State replica;
    qint64 cursor = 0;
    bool gap = false;     // an `events.from` did not match the cursor
    QString replicaError; // an event's `after` disagreed with the replica
    int closeCode = -1;
    bool closed = false;

private:
    void onMessage(const QString &text);
    QWebSocket m_socket;
    qsizetype m_taken = 0;
    QList<bool> m_takenFlags;
};

} // namespace shelfsync::testing
