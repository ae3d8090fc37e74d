#pragma once

#include "domain/StateChanges.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::items {

// The batches of one (location, SKU), or of one SKU at every location, in the order a
// dispatch draws them (FEFO), with hidden ones after. Follows the replica live: a receipt
// inserts a row, a sell-out removes one, a hide moves it, a count changes it in place.
class BatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchModel)

public:
    enum Column
    {
        LocationColumn,
        BatchColumn,
        ExpiryColumn,
        DaysLeftColumn,
        AgeColumn,
        QtyColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        LocationRole = Qt::UserRole + 1,
        BatchRole,
        QtyRole,
        HiddenRole,
        NearExpiryRole,
        SortRole, // the column's raw value (dates and numbers), for a sorting proxy
    };

    explicit BatchModel(sync::Workspace &workspace, QObject *parent = nullptr);

    // An empty location: the SKU at every location. Changing the key resets the model.
    void setKey(const QString &location, const QString &sku);
    QString location() const { return m_location; }
    QString sku() const { return m_sku; }

    // "Now" for days to expiry, age and the near-expiry flag; tests pass a fixed one.
    void setClock(std::function<QDateTime()> clock);
    // The day may have turned: recomputes the time-dependent columns.
    void refreshTimes();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    domain::StockKey keyAt(int row) const;
    domain::Batch batchAt(int row) const;
    int rowOf(const QString &location, const QString &batch) const;

    // Highlighted at the receiving dock and in the batch list: the batch is within two
    // days of leaving the shelf under its hide window, or within three days of expiry.
    static bool isNearExpiry(const QDate &expiry, const domain::Policy &policy,
                             const QDateTime &now);

private:
    struct Row
    {
        QString location;
        domain::Batch batch;
        bool nearExpiry = false;
        int pending = 0; // commands in the outbox for the row's cell

        bool operator==(const Row &) const = default;
    };

    QList<Row> buildRows() const;
    Row makeRow(const QString &location, const domain::Batch &batch) const;
    bool concerns(const domain::StateChanges &changes) const;
    void reset();
    void update(); // moves the rows to the new list with fine-grained signals
    void emitChanged(const QList<int> &rows);

    sync::Workspace &m_workspace;
    std::function<QDateTime()> m_clock;
    QString m_location;
    QString m_sku;
    QList<Row> m_rows;
    QDate m_today; // the UTC day the time-dependent columns were last shown for
};

} // namespace shelfsync::items
