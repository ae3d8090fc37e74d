#pragma once

#include "domain/StateChanges.h"
#include "sync/Outbox.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace shelfsync::sync {
class Workspace;
}

namespace shelfsync::items {

// The receipts of this session: one row per `receive` command that entered the outbox
// while the app ran (and any still waiting there from the last run), followed from
// pending to received or rejected, and on to reversed when the user takes one back.
class ReceiptModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptModel)

public:
    enum Column
    {
        TimeColumn,
        LocationColumn,
        SkuColumn,
        NameColumn,
        BatchColumn,
        ExpiryColumn,
        QtyColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the receive command's id
        StateRole,                 // ReceiptState as int
        SequenceRole,              // order of entry, for sorting newest first
        QtyRole,
    };
    enum class ReceiptState
    {
        Pending,
        Received,
        Rejected,
        Reversing, // the reversal waits in the outbox
        Reversed,
    };
    Q_ENUM(ReceiptState)

    struct Receipt
    {
        qint64 sequence = 0;
        QString id;
        QDateTime time;
        domain::StockKey key;
        QString name;
        QString batch;
        QDate expiry;
        domain::Quantity qty = 0;
        ReceiptState state = ReceiptState::Pending;
        QString reason;     // why it was rejected, or why its reversal was
        QString reversalId; // the adjust command that takes it back
    };

    explicit ReceiptModel(sync::Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Receipt *receiptAt(int row) const;
    int rowOf(const QString &id) const;
    // Only a receipt the service accepted, and not yet taken back, can be reversed.
    bool canReverse(int row) const;
    // The adjust that takes the receipt back out of its batch (PROTOCOL.md, "adjust").
    QJsonObject reversalArgs(int row) const;
    // The view submitted the reversal; the row follows that command from here.
    void setReversal(int row, const QString &commandId);

private:
    void onAdded(const sync::OutboxEntry &entry);
    void onAcked(const QString &id);
    void onRejected(const QString &id, const QJsonObject &error);
    void onReplicaChanged(const domain::StateChanges &changes);
    void append(const sync::OutboxEntry &entry);
    int rowOfReversal(const QString &id) const;
    void emitRowChanged(int row);
    QString stateText(const Receipt &receipt) const;

    sync::Workspace &m_workspace;
    QList<Receipt> m_rows;
    qint64 m_nextSequence = 0;
};

} // namespace shelfsync::items
