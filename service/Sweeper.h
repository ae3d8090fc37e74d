#pragma once

#include <QObject>
#include <QTimer>

namespace shelfsync::service {

class CommandEngine;

// Releases expired holds and hides batches entering their hide window, continuously: a
// sweep runs every quarter second, so nothing outlives its moment by more than that plus
// one commit. The rules decide with the engine's clock, never this timer's.
class Sweeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sweeper)

public:
    explicit Sweeper(CommandEngine &engine, QObject *parent = nullptr);
    void start(int intervalMs = 250);
    void stop();
    void sweepNow();

private:
    CommandEngine &m_engine;
    QTimer m_timer;
};

} // namespace shelfsync::service
