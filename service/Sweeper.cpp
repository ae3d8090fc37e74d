#include "Sweeper.h"

#include "CommandEngine.h"

namespace shelfsync::service {

Sweeper::Sweeper(CommandEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&m_timer, &QTimer::timeout, this, &Sweeper::sweepNow);
}

void Sweeper::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void Sweeper::stop()
{
    m_timer.stop();
}

void Sweeper::sweepNow()
{
    m_engine.submitInternal(domain::Sweep{});
}

} // namespace shelfsync::service
