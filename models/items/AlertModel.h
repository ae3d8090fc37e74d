#pragma once

#include "domain/StateChanges.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <array>
#include <functional>

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::items {

enum class AlertKind
{
    OutOfStock,
    AtRisk,
    LowStock,
    Expiring,
    Deadstock,
};
constexpr int kAlertKindCount = 5;

enum class AlertSeverity
{
    Info,
    Warning,
    Critical,
};

// One thing about one cell that needs a person: the cell's stock (out, low, orders at
// risk) or one of its batches (expiring, deadstock candidate).
struct Alert
{
    AlertKind kind = AlertKind::OutOfStock;
    AlertSeverity severity = AlertSeverity::Info;
    domain::StockKey key;
    QString batch; // for batch alerts
    QString name;  // the SKU's name
    QString text;

    bool operator==(const Alert &) const = default;
};

// The alerts of one cell at `now`, in (kind, batch) order. Cell alerts follow
// assessStock's thresholds; a batch gets at most one alert: Expiring when it expires
// within kExpiringWithinDays, else Deadstock when domain::assessBatch calls it deadstock,
// or an expiry risk with at most kExpiryRiskAlertDays left.
constexpr int kExpiryRiskAlertDays = 14;
QList<Alert> alertsFor(const domain::State &state, const domain::StockKey &key,
                       const QDateTime &now);
QString alertKindName(AlertKind kind);

// Every alert of the replica. Rows are kept in (location, SKU, kind, batch) order so the
// alerts of one cell are adjacent: an event recomputes only the cells it touched and
// inserts, removes or changes just their rows. A new snapshot resets the model.
class AlertModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertModel)

public:
    enum Column
    {
        SeverityColumn,
        KindColumn,
        LocationColumn,
        SkuColumn,
        NameColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // severity and kind as numbers, text otherwise
        KeyRole,                     // domain::StockKey, to open the cell
        KindRole,                    // int(AlertKind)
        SeverityRole,                // int(AlertSeverity)
        BatchRole,
    };
    using Clock = std::function<QDateTime()>;

    explicit AlertModel(sync::Workspace &workspace, QObject *parent = nullptr);
    ~AlertModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setClock(Clock clock);
    // Re-evaluates every cell against the clock (expiry and sales rates move with time).
    void refresh();
    // The rules count whole UTC days: between events, nothing changes until the next one.
    void refreshIfNewDay();

    const Alert &alertAt(int row) const { return m_rows.at(row); }
    int count(AlertKind kind) const { return m_counts[int(kind)]; }

Q_SIGNALS:
    // After every change of the rows; count() has the new figures.
    void countsChanged();

private:
    void rebuild();
    void onChanged(const domain::StateChanges &changes);
    void update(const QList<domain::StockKey> &keys);
    // Replaces the rows of `key` with `alerts`, announcing each insert, removal and change.
    void replaceCell(const domain::StockKey &key, const QList<Alert> &alerts);
    int lowerBound(const domain::StockKey &key) const;
    void recount();

    sync::Workspace &m_workspace;
    Clock m_clock;
    QList<Alert> m_rows;
    std::array<int, kAlertKindCount> m_counts{};
    QDate m_day; // of the last evaluation of every cell
};

} // namespace shelfsync::items
