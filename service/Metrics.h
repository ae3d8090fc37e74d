#pragma once

#include <QHash>
#include <QString>

#include <array>

namespace shelfsync::service {

// The service's counters and gauges, rendered in Prometheus text format for /metrics.
class Metrics final
{
public:
    void countCommand(const QString &op, const QString &outcome);
    void observeAckLatency(double seconds);
    void setHead(qint64 head) { m_head = head; }
    void setConnectedClients(int clients) { m_clients = clients; }
    void setActiveHolds(qint64 holds) { m_activeHolds = holds; }
    void addHoldsExpired(qint64 count) { m_holdsExpired += count; }
    void addEventsPushed(qint64 count) { m_eventsPushed += count; }
    void addSlowConsumerDisconnect() { ++m_slowDisconnects; }

    QByteArray render() const;

private:
    static constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                     0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
    QHash<QPair<QString, QString>, qint64> m_commands;
    std::array<qint64, kBuckets.size()> m_latencyBuckets{};
    qint64 m_latencyCount = 0;
    double m_latencySum = 0.0;
    qint64 m_head = 0;
    int m_clients = 0;
    qint64 m_activeHolds = 0;
    qint64 m_holdsExpired = 0;
    qint64 m_eventsPushed = 0;
    qint64 m_slowDisconnects = 0;
};

} // namespace shelfsync::service
