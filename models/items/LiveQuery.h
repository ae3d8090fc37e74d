#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::items {

// A service query kept current: it runs when its arguments change, and again after
// events reach the replica, at most once per interval and never two at once, so a burst
// of events costs one query, not hundreds, and the screen stays responsive. While
// inactive (its screen hidden) or offline it only remembers that it is out of date. A
// failure other than a bad question (busy, internal, no answer in time) is asked again
// after the interval; going offline is not a failure, the connection's status says it.
class LiveQuery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveQuery)

public:
    static constexpr int kDefaultIntervalMs = 5'000;
    // A question with no answer by then counts as failed and is asked again.
    static constexpr int kAnswerTimeoutMs = 60'000;

    LiveQuery(sync::Workspace &workspace, QString name, QObject *parent = nullptr);

    // New arguments are asked at once: the user is waiting for them.
    void setArgs(const QJsonObject &args);
    QJsonObject args() const { return m_args; }
    void setMinimumInterval(int ms) { m_intervalMs = ms; }
    // For the next question asked; kAnswerTimeoutMs by default.
    void setAnswerTimeout(int ms) { m_answerTimeoutMs = ms; }
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Asks again now, or as soon as the answer in flight is back.
    void refresh();

    // When the rows last shown were computed; invalid before the first answer.
    QDateTime answeredAt() const { return m_answeredAt; }
    // Events arrived (or the connection went) since the last answer.
    bool isOutOfDate() const { return m_dirty; }

Q_SIGNALS:
    void answered(const QJsonArray &rows);
    void failed(const QJsonObject &error);

private:
    void markDirty();
    void schedule();
    void run();
    void answer(quint64 request, quint64 argsVersion, const QJsonArray &rows,
                const QJsonObject &error);
    // Stops waiting for the request in flight: its answer, if it still comes, is ignored.
    void abandon();
    void giveUp();
    void onStatusChanged();

    sync::Workspace &m_workspace;
    QString m_name;
    QJsonObject m_args;
    QTimer m_timer;
    QTimer m_deadline;
    QElapsedTimer m_sinceRun;
    QDateTime m_answeredAt;
    quint64 m_lastRequest = 0;
    quint64 m_pending = 0;     // the request in flight, 0 for none
    quint64 m_argsVersion = 0; // an answer to older arguments is not shown
    int m_intervalMs = kDefaultIntervalMs;
    int m_answerTimeoutMs = kAnswerTimeoutMs;
    bool m_dirty = true;
    bool m_active = true;
};

} // namespace shelfsync::items
