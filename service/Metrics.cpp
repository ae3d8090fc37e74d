#include "Metrics.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shelfsync::service {

void Metrics::countCommand(const QString &op, const QString &outcome)
{
    ++m_commands[{op.isEmpty() ? u"unknown"_s : op, outcome}];
}

void Metrics::observeAckLatency(double seconds)
{
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++m_latencyBuckets[i];
    }
    ++m_latencyCount;
    m_latencySum += seconds;
}

QByteArray Metrics::render() const
{
    QString out;
    out += u"# HELP shelfsync_commands_total Commands answered, by op and outcome.\n"
           "# TYPE shelfsync_commands_total counter\n"_s;
    auto keys = m_commands.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &key : keys) {
        // Op names come from clients: keep only characters safe inside a label value.
        QString op = key.first;
        op.removeIf([](QChar c) { return !(c.isLetterOrNumber() || c == u'_'); });
        out += u"shelfsync_commands_total{op=\"%1\",outcome=\"%2\"} %3\n"_s
                   .arg(op.left(40), key.second)
                   .arg(m_commands.value(key));
    }
    out += u"# HELP shelfsync_ack_latency_seconds Time from a command's arrival to its ack.\n"
           "# TYPE shelfsync_ack_latency_seconds histogram\n"_s;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        out += u"shelfsync_ack_latency_seconds_bucket{le=\"%1\"} %2\n"_s.arg(kBuckets[i])
                   .arg(m_latencyBuckets[i]);
    }
    out += u"shelfsync_ack_latency_seconds_bucket{le=\"+Inf\"} %1\n"_s.arg(m_latencyCount);
    out += u"shelfsync_ack_latency_seconds_sum %1\n"_s.arg(m_latencySum, 0, 'f', 6);
    out += u"shelfsync_ack_latency_seconds_count %1\n"_s.arg(m_latencyCount);

    const QList<std::tuple<QString, QString, QString, qint64>> simple{
        {u"shelfsync_connected_clients"_s, u"gauge"_s, u"WebSocket clients connected."_s,
         m_clients},
        {u"shelfsync_ledger_head"_s, u"gauge"_s, u"Seq of the newest ledger event."_s, m_head},
        {u"shelfsync_active_holds"_s, u"gauge"_s, u"Cart holds not yet expired or committed."_s,
         m_activeHolds},
        {u"shelfsync_holds_expired_total"_s, u"counter"_s,
         u"Holds released by the sweeper at expiry."_s, m_holdsExpired},
        {u"shelfsync_events_pushed_total"_s, u"counter"_s,
         u"Events sent to WebSocket subscribers."_s, m_eventsPushed},
        {u"shelfsync_slow_consumer_disconnects_total"_s, u"counter"_s,
         u"Clients disconnected for falling too far behind."_s, m_slowDisconnects},
    };
    for (const auto &[name, type, help, value] : simple) {
        out += u"# HELP %1 %2\n# TYPE %1 %3\n%1 %4\n"_s.arg(name, help, type).arg(value);
    }
    return out.toUtf8();
}

} // namespace shelfsync::service
