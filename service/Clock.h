#pragma once

#include <QDateTime>

namespace shelfsync::service {

// Where the service reads the time: the rules take `now` as an argument, and tests move a
// manual clock instead of sleeping through a TTL.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// The system time shifted by an offset the test (or --test-clock) moves forward.
class OffsetClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }
    void advance(qint64 ms) { m_offsetMs += ms; }
    qint64 offsetMs() const { return m_offsetMs; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace shelfsync::service
