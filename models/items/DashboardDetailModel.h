#pragma once

#include "HealthRules.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace shelfsync::items {

class DashboardModel;

// The rows behind one figure of the dashboard: the cells out of stock or at risk, or
// the batches expiring or deadstock, with what makes each count. The columns follow the
// figure (setFigure resets); the rows follow the dashboard live, each insert, removal
// and change signalled on its own. `dashboard` must outlive this model.
class DashboardDetailModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardDetailModel)

public:
    enum class Field
    {
        Location,
        Sku,
        Name,
        Sellable,
        Reserved,
        Buffer,
        Atp,
        OrdersAtRisk,
        QtyAtRisk,
        Batch,
        Expiry,
        DaysLeft,
        Age,
        SellThrough,
        Quantity,
        Value,
        Why,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value, as Qt::EditRole
        KeyRole,                     // domain::StockKey
        BatchRole,                   // the batch id; empty for cell rows
        PendingRole,                 // commands for the cell waiting in the outbox
    };

    explicit DashboardDetailModel(DashboardModel &dashboard, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFigure(const QString &location, Measure measure);
    QString location() const { return m_location; }
    Measure measure() const { return m_measure; }
    const DashboardEntry &entryAt(int row) const { return m_rows.at(row); }
    // The column showing `field` for the current figure, or -1.
    int columnOf(Field field) const { return int(m_fields.indexOf(field)); }
    static QList<Field> fieldsOf(Measure measure);

private:
    // The dashboard's rows for the figure, between a begin and an end of a reset.
    void loadRows();
    // Compares the dashboard's rows with ours and signals the difference.
    void reload();
    void updatePending();
    QVariant value(const DashboardEntry &entry, Field field) const;
    QString display(const DashboardEntry &entry, Field field) const;
    QString headerToolTip(Field field) const;

    DashboardModel &m_dashboard;
    QString m_location;
    Measure m_measure = Measure::OutOfStock;
    QList<Field> m_fields;
    QList<DashboardEntry> m_rows;
    QList<int> m_pending; // per row
    // Outbox changes come in bursts (a bulk save, a replay): one pass over the rows each.
    QTimer m_pendingTimer;
};

} // namespace shelfsync::items
