#pragma once

#include "sync/Outbox.h"

#include <QAbstractTableModel>

namespace shelfsync::items {

// Every command in the outbox: pending ones waiting for the service, and rejected ones
// (conflicts) waiting for the user to fix and resend or discard them. Rows follow the
// outbox's order, which is the order the commands replay in.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column
    {
        CreatedColumn,
        StateColumn,
        ActionColumn,
        LocationColumn,
        SkuColumn,
        DetailsColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RejectedRole,
    };

    explicit OutboxModel(sync::Outbox &outbox, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString idAt(int row) const;
    int rowOf(const QString &id) const;

private:
    void onAdded(const sync::OutboxEntry &entry);
    void onRemoved(const QString &id);
    void onRejected(const QString &id);

    sync::Outbox &m_outbox;
    QList<sync::OutboxEntry> m_rows; // a copy, so removals can be announced before they show
};

} // namespace shelfsync::items
