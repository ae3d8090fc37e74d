#pragma once

#include "domain/Commands.h"
#include "domain/Events.h"
#include "domain/StateChanges.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::items {

// The what-if of the policy editor: for each location and each SKU being edited, the
// buffer and ATP in force now and the ones the candidate policy would give, before it
// is saved. Rows are grouped by SKU (in the order given), then by location. The figures
// follow the candidate as it is typed and the live events that touch those cells.
class PolicyPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyPreviewModel)

public:
    enum Column
    {
        LocationColumn,
        SkuColumn,
        SellableColumn,
        ReservedColumn,
        BufferColumn,
        AtpColumn,
        NewBufferColumn,
        NewAtpColumn,
        AtpChangeColumn,
        ColumnCount
    };
    enum Role
    {
        LocationRole = Qt::UserRole + 1,
        SkuRole,
        AffectedRole, // the candidate applies to this row's cell
    };

    explicit PolicyPreviewModel(sync::Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QStringList skus() const { return m_skus; }
    void setSkus(const QStringList &skus);

    // The fields being changed (the rest keep the value in force) and where: an empty
    // location is the SKUs' default, which every location without an override follows;
    // otherwise that one location's override.
    void setCandidate(const domain::PolicyPatch &patch, const QString &location = {});
    domain::PolicyPatch candidate() const { return m_patch; }
    QString candidateLocation() const { return m_location; }

    int rowOf(const domain::StockKey &key) const { return m_rowOf.value(key, -1); }
    domain::StockKey keyAt(int row) const;
    domain::Availability currentAt(int row) const;
    domain::Availability candidateAt(int row) const;

    // The policy the candidate would put in force at one cell.
    domain::Policy candidatePolicy(const domain::StockKey &key) const;

private:
    struct Row
    {
        domain::StockKey key;
        domain::Availability current;
        domain::Availability candidate;
        bool affected = true;
    };

    QStringList sortedLocations() const;
    Row makeRow(const domain::StockKey &key) const;
    void rebuild();
    void onReset();
    void onChanged(const domain::StateChanges &changes, const QList<domain::Event> &events);
    void addLocations(const QStringList &locations);
    bool applies(const domain::StockKey &key) const;
    void refreshRows(QList<int> rows);
    void reindex();

    sync::Workspace &m_workspace;
    QStringList m_skus;
    domain::PolicyPatch m_patch;
    QString m_location;
    QList<Row> m_rows;
    QHash<domain::StockKey, int> m_rowOf;
};

} // namespace shelfsync::items
