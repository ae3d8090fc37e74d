#pragma once

#include "domain/Types.h"
#include "items/ReservationModel.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::views {

// Reservations: channel holds counting down to their expiry, committed orders waiting
// for dispatch, and orders the shelf no longer covers (at risk). Managers release
// reservations; roles that may commit turn holds into orders.
class ReservationsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationsView)

public:
    explicit ReservationsView(sync::Workspace &workspace, QWidget *parent = nullptr);
    ~ReservationsView() override;

    QList<QAction *> actions() const { return {m_releaseAction, m_commitAction, m_showAllAction}; }
    QAction *releaseAction() const { return m_releaseAction; }
    QAction *commitAction() const { return m_commitAction; }

    QTableView *table() const { return m_table; }
    items::ReservationModel *model() const { return m_model; }
    items::ReservationFilterProxy *proxy() const { return m_proxy; }
    QString summary() const;
    QString message() const;
    QStringList selectedIds() const;

    // The question asked before releasing (a modal box by default); a test answers it.
    void setConfirmation(std::function<bool(const QString &question)> confirm);
    // Submit release (reason "cancelled") / commit for these reservations, no question
    // asked; the command ids that went into the outbox.
    QStringList release(const QStringList &ids);
    QStringList commit(const QStringList &ids);

public Q_SLOTS:
    // Only the reservations of one (location, SKU), e.g. from the inventory's row.
    void showCell(const shelfsync::domain::StockKey &key);
    void showAll();
    void setFilter(items::ReservationFilterProxy::Filter filter);

Q_SIGNALS:
    // A row was activated: the main window may open that cell's stock.
    void openCellRequested(const shelfsync::domain::StockKey &key);

private:
    void releaseSelected();
    void commitSelected();
    QStringList submit(const QString &op, const QStringList &ids);
    void updateSummary();
    void updateActions();
    void showMessage(const QString &text, bool error = false);

    sync::Workspace &m_workspace;
    items::ReservationModel *m_model = nullptr;
    items::ReservationFilterProxy *m_proxy = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_cellLabel = nullptr;
    QToolButton *m_showAllButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_commitAction = nullptr;
    QAction *m_showAllAction = nullptr;
    std::function<bool(const QString &)> m_confirm;
    QHash<QString, QString> m_submitted; // command id -> reservation id, until answered
};

} // namespace shelfsync::views
