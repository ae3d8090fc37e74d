#include "LiveQuery.h"

#include "sync/Workspace.h"

namespace shelfsync::items {

LiveQuery::LiveQuery(sync::Workspace &workspace, QString name, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_name(std::move(name))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveQuery::schedule);
    connect(&workspace.replica(), &sync::Replica::changed, this, &LiveQuery::markDirty);
    connect(&workspace.replica(), &sync::Replica::reset, this, &LiveQuery::markDirty);
    connect(&workspace, &sync::Workspace::statusChanged, this, &LiveQuery::onStatusChanged);
}

void LiveQuery::setArgs(const QJsonObject &args)
{
    m_args = args;
    ++m_generation; // the answer in flight is to the old question
    m_inFlight = false;
    m_dirty = true;
    m_sinceRun.invalidate();
    schedule();
}

void LiveQuery::setActive(bool active)
{
    m_active = active;
    schedule();
}

void LiveQuery::refresh()
{
    m_dirty = true;
    m_sinceRun.invalidate();
    schedule();
}

void LiveQuery::markDirty()
{
    m_dirty = true;
    schedule();
}

void LiveQuery::onStatusChanged()
{
    if (m_workspace.status() != sync::SyncClient::Status::Live) {
        // An answer may never come on a lost connection: ask again once live.
        ++m_generation;
        m_inFlight = false;
        m_dirty = true;
        return;
    }
    schedule();
}

void LiveQuery::schedule()
{
    if (!m_dirty || !m_active || m_inFlight ||
        m_workspace.status() != sync::SyncClient::Status::Live)
        return;
    if (m_sinceRun.isValid() && m_sinceRun.elapsed() < m_intervalMs) {
        if (!m_timer.isActive())
            m_timer.start(int(m_intervalMs - m_sinceRun.elapsed()));
        return;
    }
    run();
}

void LiveQuery::run()
{
    m_timer.stop();
    m_dirty = false;
    m_inFlight = true;
    m_sinceRun.restart();
    const quint64 generation = ++m_generation;
    m_workspace.query(m_name, m_args, this,
                      [this, generation](const QJsonArray &rows, const QJsonObject &error) {
                          if (generation != m_generation)
                              return;
                          m_inFlight = false;
                          if (error.isEmpty()) {
                              m_answeredAt = QDateTime::currentDateTimeUtc();
                              Q_EMIT answered(rows);
                          } else {
                              Q_EMIT failed(error);
                          }
                          schedule();
                      });
}

} // namespace shelfsync::items
