#pragma once

#include "domain/Events.h"
#include "domain/StateChanges.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace shelfsync::sync {
class Workspace;
struct OutboxEntry;
} // namespace shelfsync::sync

namespace shelfsync::items {

// One row per SKU with its default policy (the one every location without an override
// follows) and how many locations override it: the list the Buffers and locks screen
// edits. Rows are kept in SKU order; live policy and SKU events change only their rows.
class PolicyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyModel)

public:
    enum Column
    {
        SkuColumn,
        NameColumn,
        CategoryColumn,
        BufferPctColumn,
        BufferMinColumn,
        LockEnabledColumn,
        LockTtlColumn,
        LockMaxQtyColumn,
        HideBeforeExpiryColumn,
        LowStockColumn,
        OverridesColumn,
        ColumnCount
    };
    enum Role
    {
        SkuRole = Qt::UserRole + 1, // the SKU id of the row
        CategoryRole,
        PendingRole, // commands for this SKU waiting in the outbox
    };

    explicit PolicyModel(sync::Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString skuAt(int row) const;
    int rowOf(const QString &sku) const;
    // Every category of the catalogue, sorted, for a filter.
    QStringList categories() const;

Q_SIGNALS:
    // New categories may have appeared (a reset, or a SKU saved).
    void categoriesChanged();

private:
    void rebuild();
    void onReset();
    void onChanged(const domain::StateChanges &changes, const QList<domain::Event> &events);
    void onOutboxAdded(const sync::OutboxEntry &entry);
    void onOutboxGone(const QString &id); // answered, or rejected: no longer pending
    void insertSkus(QStringList skus);
    int countOverrides(const QString &sku) const;
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn, const QList<int> &roles);

    sync::Workspace &m_workspace;
    QStringList m_skus;                   // sorted: the rows
    QHash<QString, int> m_rowOf;          // SKU -> row
    QHash<QString, int> m_overrides;      // SKU -> number of locations overriding it
    QHash<QString, int> m_pending;        // SKU -> outbox commands waiting for it
    QHash<QString, QString> m_pendingSku; // pending command id -> its SKU
};

// Search (SKU id or name, any case) and category over a PolicyModel; sorts by EditRole,
// which holds raw numbers.
class PolicyFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyFilterProxy)

public:
    explicit PolicyFilterProxy(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    QString category() const { return m_category; }
    void setCategory(const QString &category); // empty: every category

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_category;
};

} // namespace shelfsync::items
