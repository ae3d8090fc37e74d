#pragma once

#include "QueryRowsModel.h"

#include "domain/Types.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace shelfsync::sync {
class Outbox;
struct OutboxEntry;
} // namespace shelfsync::sync

namespace shelfsync::items {

// The service's deadstock rows as a table, in the order a planner reads them: what to do,
// with what, how much money, why, then the figures behind the verdict. Keyed by location,
// SKU and batch, so a live refresh changes only the batches that changed.
QueryRowsModel *makeDeadstockModel(QObject *parent);

// The suggested actions and classes as words: "write_off" reads "Write off".
QString actionLabel(const QString &code);
QString classLabel(const QString &code);

// The codes the service suggests, in the order the filter offers them.
QStringList deadstockActionCodes();

// "42 batches · 1,234.50 tied up · Discount 12 (310.20) · ...": what the rows ask of the
// planner, per action in deadstockActionCodes() order; actions with no batch are left out.
QString deadstockSummary(const QList<QJsonObject> &rows);

// The deadstock table as the screen shows it: filtered to one action, sorted (by
// QueryRowsModel::SortRole), the action cells tinted by urgency, and the batches of a cell
// with commands waiting in the outbox in italics with a tooltip saying so.
class DeadstockProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadstockProxy)

public:
    DeadstockProxy(sync::Outbox &outbox, QObject *parent = nullptr);

    // An action code, or empty for every action.
    void setActionFilter(const QString &code);
    QString actionFilter() const { return m_action; }

    // A QueryRowsModel with an "action" column (makeDeadstockModel()).
    void setSourceModel(QAbstractItemModel *model) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The cell a row of this proxy belongs to, and its batch.
    domain::StockKey keyAt(int row) const;
    QString batchAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void follow(const sync::OutboxEntry &entry);
    void forget(const QString &id);
    void pendingChanged(const domain::StockKey &key);
    void repaintPending();
    domain::StockKey sourceKey(int sourceRow) const;

    const sync::Outbox &m_outbox;
    QString m_action;
    int m_actionColumn = -1;
    QHash<QString, domain::StockKey> m_pendingKey; // command id -> its cell
    // Cells whose rows repaint once the burst is over: a bulk save adds thousands of
    // commands, and a pass over the rows for each would freeze the screen.
    QSet<domain::StockKey> m_repaint;
    QTimer m_repaintTimer;
};

} // namespace shelfsync::items
