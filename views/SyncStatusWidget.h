#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::views {

// The status bar's account of the connection: live, catching up, stale or offline;
// "synced HH:MM:SS" while live, "offline since HH:MM" otherwise; the commands waiting in
// the outbox; and who the service says the user is.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(sync::Workspace &workspace, QWidget *parent = nullptr);

    QString stateText() const;
    QString pendingText() const;

Q_SIGNALS:
    void outboxRequested();

private:
    void refresh();

    sync::Workspace &m_workspace;
    QLabel *m_dot = nullptr;
    QLabel *m_state = nullptr;
    QToolButton *m_pending = nullptr;
    QLabel *m_user = nullptr;
    QTimer m_tick;
};

} // namespace shelfsync::views
