#include "LiveQuery.h"

#include "sync/Workspace.h"

using namespace Qt::StringLiterals;

namespace shelfsync::items {

namespace {

// Errors about the question itself: asking again gives the same answer.
bool isPermanent(const QJsonObject &error)
{
    const QString code = error.value("code"_L1).toString();
    return code == "bad_request"_L1 || code == "unknown_sku"_L1 || code == "unknown_location"_L1 ||
           code == "forbidden"_L1;
}

} // namespace

LiveQuery::LiveQuery(sync::Workspace &workspace, QString name, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_name(std::move(name))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveQuery::schedule);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &LiveQuery::giveUp);
    connect(&workspace.replica(), &sync::Replica::changed, this, &LiveQuery::markDirty);
    connect(&workspace.replica(), &sync::Replica::reset, this, &LiveQuery::markDirty);
    connect(&workspace, &sync::Workspace::statusChanged, this, &LiveQuery::onStatusChanged);
}

void LiveQuery::setArgs(const QJsonObject &args)
{
    m_args = args;
    // The answer in flight is to the old question: it is dropped when it comes, and the
    // new question goes out then, so the service never works on two at once.
    ++m_argsVersion;
    m_dirty = true;
    m_sinceRun.invalidate(); // the user is waiting: no throttle for new arguments
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
        abandon();
        m_dirty = true;
        return;
    }
    schedule();
}

void LiveQuery::schedule()
{
    if (!m_dirty || !m_active || m_pending != 0 ||
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
    m_pending = ++m_lastRequest;
    m_sinceRun.restart();
    m_deadline.start(m_answerTimeoutMs);
    m_workspace.query(m_name, m_args, this,
                      [this, request = m_pending, argsVersion = m_argsVersion](
                          const QJsonArray &rows, const QJsonObject &error) {
                          answer(request, argsVersion, rows, error);
                      });
}

void LiveQuery::abandon()
{
    m_pending = 0;
    m_deadline.stop();
}

void LiveQuery::answer(quint64 request, quint64 argsVersion, const QJsonArray &rows,
                       const QJsonObject &error)
{
    if (request != m_pending)
        return; // given up on, or the connection went: asked again, or about to be
    abandon();
    if (argsVersion != m_argsVersion) {
        schedule(); // the arguments changed meanwhile
        return;
    }
    if (error.isEmpty()) {
        m_answeredAt = QDateTime::currentDateTimeUtc();
        Q_EMIT answered(rows);
    } else if (error.value("code"_L1).toString() == "offline"_L1) {
        m_dirty = true; // the connection's state says it; asked again once live
    } else {
        m_dirty = !isPermanent(error); // busy, internal: try again after the interval
        Q_EMIT failed(error);
    }
    schedule();
}

void LiveQuery::giveUp()
{
    // No answer at all: treat it as a failure and ask again later.
    abandon();
    m_dirty = true;
    Q_EMIT failed(
        {{u"code"_s, u"timeout"_s}, {u"message"_s, tr("The service did not answer in time.")}});
    schedule();
}

} // namespace shelfsync::items
