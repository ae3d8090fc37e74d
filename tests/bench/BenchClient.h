#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QWebSocket>

#include <functional>

// One protocol connection driven by the load tool: hello, then commands whose acks are
// matched to their send time, and every `events` message handed to a callback.
class BenchClient final : public QObject
{
    Q_OBJECT

public:
    explicit BenchClient(QObject *parent = nullptr);

    void start(const QUrl &url, const QString &token, const QStringList &locations);
    bool isSynced() const { return m_synced; }

    using AckHandler = std::function<void(const QJsonObject &ack, qint64 latencyNs)>;
    void command(const QString &op, const QJsonObject &args, AckHandler onAck);
    // A query; the handler gets its result (or error) and the round trip.
    void query(const QString &name, const QJsonObject &args, AckHandler onAnswer);

    std::function<void(const QJsonObject &events, qint64 receivedMs)> onEvents;
    std::function<void()> onSynced;

private:
    void onMessage(const QString &text);
    void send(const QString &type, const QJsonObject &body, AckHandler onAnswer);
    // True when the message answered a command or query of ours.
    bool answer(const QJsonObject &message);

    QWebSocket m_socket;
    QString m_token;
    QStringList m_locations;
    bool m_synced = false;
    QHash<QString, std::pair<qint64, AckHandler>> m_pending;
    QElapsedTimer m_clock;
    static inline int s_nextId = 0;
    QString m_prefix;
};
