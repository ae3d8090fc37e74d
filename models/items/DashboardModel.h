#pragma once

#include "HealthRules.h"

#include "domain/StateChanges.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QMap>

#include <functional>
#include <optional>

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::items {

// Inventory health per location, computed in the app from the replica: out of stock,
// orders at risk, expiring within a week and deadstock value, each green, amber or red
// (HealthRules.h). Rows are locations, stores first, then warehouses, each in id order.
// Each cell's facts are kept, so an event recomputes only the cells it touched and then
// emits dataChanged on just the figures that moved; a new snapshot resets the model.
class DashboardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardModel)

public:
    enum Column
    {
        LocationColumn,
        SkusColumn,
        OutOfStockColumn,
        AtRiskColumn,
        ExpiringColumn,
        DeadstockColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value, as Qt::EditRole
        HealthRole,                  // int(Health), figure columns only
        LocationRole,                // the location id, every column
        MeasureRole,                 // int(Measure), figure columns only
        ShareRole,                   // the figure as a share 0..1
        CountRole,                   // the SKUs behind the figure
        CaptionRole,                 // a line under the figure: "3 of 120 SKUs"
    };
    using Clock = std::function<QDateTime()>;

    explicit DashboardModel(sync::Workspace &workspace, QObject *parent = nullptr);
    ~DashboardModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    sync::Workspace &workspace() const { return m_workspace; }

    // Where "now" comes from: expiry, ages and sales rates are counted from it.
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }
    // Re-evaluates every cell against the clock (the view calls it every minute): days
    // to expiry, ages and sales windows move on without events.
    void refreshTimes();
    // The clock's time at the last evaluation of the figures.
    QDateTime computedAt() const { return m_computedAt; }

    static int columnOf(Measure measure);
    static std::optional<Measure> measureAt(int column);
    int rowOf(const QString &location) const;
    QString locationAt(int row) const;
    const LocationHealth &healthAt(int row) const { return m_rows.at(row).health; }
    QModelIndex figureIndex(const QString &location, Measure measure) const;
    // The figure that most needs attention: the reddest, then the furthest past its red
    // threshold. Invalid only without locations.
    QModelIndex worstFigure() const;

    // The rows behind a figure, in (SKU, batch) order.
    QList<DashboardEntry> entriesBehind(const QString &location, Measure measure) const;

Q_SIGNALS:
    // The rows behind some figure of `location` may have changed (a cell's facts, a
    // SKU's name). Not emitted on a reset.
    void entriesChanged(const QString &location);
    // After every evaluation of the figures, changed or not: computedAt() moved on.
    void evaluated();

private:
    struct Row
    {
        domain::Location location;
        LocationHealth health;
    };

    void rebuild();
    void onChanged(const domain::StateChanges &changes);
    // Reassesses `keys` and updates the rows of the locations whose figures moved;
    // `touched` are locations whose entries changed without their facts (SKU names).
    void reassess(const QList<domain::StockKey> &keys, QSet<QString> touched);
    // Inserts new locations, moves those whose kind changed, renames the rest.
    void syncLocations();
    void updateRow(const QString &location);
    LocationHealth sumOf(const QString &location) const;
    int insertPosition(const domain::Location &location) const;

    sync::Workspace &m_workspace;
    Clock m_clock;
    QList<Row> m_rows;
    QHash<QString, QMap<QString, CellFacts>> m_facts; // location -> SKU -> facts
    QDateTime m_computedAt;
};

} // namespace shelfsync::items
