#pragma once

#include "domain/Events.h"
#include "domain/StateChanges.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <functional>

namespace shelfsync::sync {
class Workspace;
struct OutboxEntry;
} // namespace shelfsync::sync

namespace shelfsync::items {

// Every active reservation: channel holds counting down to their expiry, and committed
// orders waiting to be dispatched; the ones the shelf no longer covers are flagged at
// risk. Rows follow the replica live; the countdown column ticks once a second.
class ReservationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationModel)

public:
    enum Column
    {
        IdColumn,
        LocationColumn,
        SkuColumn,
        NameColumn,
        QtyColumn,
        ChannelColumn,
        StateColumn,
        CreatedColumn,
        ExpiresInColumn,
        AtRiskColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the full reservation id
        LocationRole,
        SkuRole,
        StateRole, // domain::ReservationState as int
        AtRiskRole,
        QtyRole,
        ExpiresAtRole,
        PendingRole, // commands for this reservation waiting in the outbox
    };

    explicit ReservationModel(sync::Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Where "now" comes from for the countdown; tests move it instead of sleeping.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }
    // One dataChanged over the countdown column; the model's timer calls it each second.
    void updateCountdown();

    QString idAt(int row) const;
    int rowOf(const QString &id) const { return m_rowOf.value(id, -1); }
    const domain::Reservation *reservationAt(int row) const;

    // "4:32", "1:02:03"; "0:00" once due (the service's sweeper releases it shortly).
    static QString formatCountdown(qint64 seconds);
    // What a person reads: short ids whole, long ones (UUIDs) by their first 8 characters.
    static QString shortId(const QString &id);

private:
    void rebuild();
    void onReset();
    void onChanged(const domain::StateChanges &changes, const QList<domain::Event> &events);
    void onOutboxAdded(const sync::OutboxEntry &entry);
    void onOutboxGone(const QString &commandId); // answered or rejected
    void removeRows(QList<int> rows);
    void emitRowsChanged(QList<int> rows, const QList<int> &roles);
    void reindex();
    void updateTimer();

    sync::Workspace &m_workspace;
    QList<domain::Reservation> m_rows; // copies, so a removal is announced before it shows
    QHash<QString, int> m_rowOf;
    QHash<QString, int> m_pending;                // reservation -> commands waiting for it
    QHash<QString, QString> m_pendingReservation; // pending command id -> its reservation
    std::function<QDateTime()> m_clock;
    QTimer m_timer;
};

// The Reservations screen's filters: by kind (all, holds, committed, at risk) and by one
// (location, SKU) cell.
class ReservationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationFilterProxy)

public:
    enum Filter
    {
        All,
        Holds,
        Committed,
        AtRisk
    };
    Q_ENUM(Filter)

    struct Summary
    {
        int holds = 0;
        int committed = 0;
        int atRisk = 0;
        qint64 unitsHeld = 0; // in holds
        qint64 unitsCommitted = 0;
    };

    explicit ReservationFilterProxy(QObject *parent = nullptr);

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    domain::StockKey cell() const { return m_cell; }
    void setCell(const domain::StockKey &cell); // empty: every cell
    // The source rows in the cell filter, whatever the kind filter shows.
    Summary summary() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool inCell(const QModelIndex &sourceIndex) const;

    Filter m_filter = All;
    domain::StockKey m_cell;
};

} // namespace shelfsync::items
