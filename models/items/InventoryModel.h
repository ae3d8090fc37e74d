#pragma once

#include "StockStatus.h"

#include "domain/StateChanges.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <array>
#include <functional>

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::items {

// Every (location, SKU) cell of the replica with its figures, days of cover and status.
// Live: an event updates only the rows it touched (one dataChanged per run of adjacent
// rows), a new cell is inserted, and only a new snapshot resets the model. A value that
// changed stays highlighted for a moment so the eye finds it; rows with commands still in
// the outbox show as pending.
class InventoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryModel)

public:
    enum Column
    {
        LocationColumn,
        SkuColumn,
        NameColumn,
        CategoryColumn,
        OnHandColumn,
        HiddenColumn,
        ReservedColumn,
        BufferColumn,
        AtpColumn,
        CoverColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value: numbers for figures, severity for status
        KeyRole,                     // domain::StockKey
        LocationRole,
        SkuRole,
        PendingRole,    // commands for this cell still in the outbox
        StatusRole,     // int(StockStatus)
        SearchTextRole, // SKU, name, category and GTIN, for the free-text filter
        HighlightRole,  // true while the value recently changed
    };
    using Clock = std::function<QDateTime()>;

    explicit InventoryModel(sync::Workspace &workspace, QObject *parent = nullptr);
    ~InventoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Now" for expiry and velocity; tests pass the service's clock.
    void setClock(Clock clock);
    // How long a changed value stays highlighted (2 s by default).
    void setHighlightDuration(int ms);

    int rowOf(const domain::StockKey &key) const;
    domain::StockKey keyAt(int row) const;
    StockAssessment assessmentAt(int row) const;

    // Re-evaluates every row against the clock (days of cover and expiry move with time
    // alone); emits dataChanged only where something changed, without highlighting.
    void refresh();
    // The rules count whole UTC days: between events, nothing changes until the next one.
    void refreshIfNewDay();

private:
    struct Row
    {
        domain::StockKey key;
        QString name;
        QString category;
        QString gtin;
        StockAssessment assessment;
    };
    using Deadlines = std::array<qint64, ColumnCount>; // per column, m_elapsed ms; 0: none

    Row makeRow(const domain::StockKey &key) const;
    static QVariant rawValue(const Row &row, int column);
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    void rebuild();
    void onChanged(const domain::StateChanges &changes);
    void update(const QSet<domain::StockKey> &keys, bool highlight);
    void onOutboxChanged();
    QHash<domain::StockKey, int> countPending() const;
    void expireHighlights();
    void scheduleHighlightExpiry();
    // One dataChanged per run of adjacent rows, spanning the columns that changed in it.
    void emitRanges(const QMap<int, std::pair<int, int>> &rowColumns, const QList<int> &roles);

    sync::Workspace &m_workspace;
    Clock m_clock;
    QList<Row> m_rows;
    QHash<domain::StockKey, int> m_rowOf;
    QHash<domain::StockKey, int> m_pending;
    QHash<int, Deadlines> m_highlights; // rows with a recently changed value
    QElapsedTimer m_elapsed;
    QTimer m_highlightTimer; // one timer for every highlight: fires at the earliest deadline
    int m_highlightMs = 2000;
    QDate m_day; // of the last evaluation of every row
};

} // namespace shelfsync::items
