#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace shelfsync::sync {
class Workspace;
}
namespace shelfsync::items {
class OutboxModel;
}

namespace shelfsync::views {

// The Conflicts panel: every command still in the outbox, pending or rejected. A
// rejected one shows the service's reason and can be fixed and resent, or discarded;
// nothing the user typed disappears without their say.
class OutboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxView)

public:
    explicit OutboxView(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~OutboxView() override;

    QList<QAction *> actions() const { return {m_fixAction, m_discardAction}; }
    void setConflictsOnly(bool only);
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void conflictCountChanged(int count);

private:
    QString currentId() const;
    void updateActions();
    void fixCurrent();
    void discardCurrent();

    sync::Workspace &m_workspace;
    items::OutboxModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_fixAction = nullptr;
    QAction *m_discardAction = nullptr;
};

} // namespace shelfsync::views
