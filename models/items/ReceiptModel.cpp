#include "ReceiptModel.h"

#include "CommandText.h"

#include "domain/JsonFormat.h"
#include "sync/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace shelfsync::items {

namespace {

const auto kReceiveOp = "receive"_L1;

bool isPending(ReceiptModel::ReceiptState state)
{
    return state == ReceiptModel::ReceiptState::Pending ||
           state == ReceiptModel::ReceiptState::Reversing;
}

} // namespace

ReceiptModel::ReceiptModel(sync::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    // Receipts typed before a crash or while offline in the last run are still this
    // user's unfinished work: they show, pending or rejected, next to today's.
    for (const sync::OutboxEntry &entry : workspace.outbox().entries()) {
        if (entry.op == kReceiveOp)
            append(entry);
    }
    connect(&workspace.outbox(), &sync::Outbox::added, this, &ReceiptModel::onAdded);
    connect(&workspace, &sync::Workspace::commandAcked, this,
            [this](const QString &id, const QJsonObject &) { onAcked(id); });
    connect(&workspace, &sync::Workspace::commandRejected, this, &ReceiptModel::onRejected);
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const domain::StateChanges &changes, const QList<domain::Event> &) {
                onReplicaChanged(changes);
            });
}

int ReceiptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReceiptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReceiptModel::stateText(const Receipt &receipt) const
{
    switch (receipt.state) {
    case ReceiptState::Pending:
        return tr("Pending");
    case ReceiptState::Received:
        return tr("Received");
    case ReceiptState::Rejected:
        return tr("Rejected: %1").arg(receipt.reason);
    case ReceiptState::Reversing:
        return tr("Reversal pending");
    case ReceiptState::Reversed:
        return tr("Reversed");
    }
    return {};
}

QVariant ReceiptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Receipt &receipt = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return receipt.id;
    case StateRole:
        return int(receipt.state);
    case SequenceRole:
        return receipt.sequence;
    case QtyRole:
        return receipt.qty;
    case Qt::FontRole:
        if (isPending(receipt.state) || receipt.state == ReceiptState::Reversed) {
            QFont font;
            font.setItalic(isPending(receipt.state));
            font.setStrikeOut(receipt.state == ReceiptState::Reversed);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (isPending(receipt.state))
            return tr("Waiting to be sent to the service");
        if (!receipt.reason.isEmpty())
            return receipt.reason;
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StateColumn)
            return {};
        switch (receipt.state) {
        case ReceiptState::Pending:
        case ReceiptState::Reversing:
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        case ReceiptState::Rejected:
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        case ReceiptState::Received:
            return receipt.reason.isEmpty() ? QBrush(QColor(0x1b, 0x5e, 0x20))
                                            : QBrush(QColor(0xb7, 0x1c, 0x1c));
        case ReceiptState::Reversed:
            return QBrush(QColor(0x61, 0x61, 0x61));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QtyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(receipt.time.toLocalTime().time(), QLocale::ShortFormat);
    case LocationColumn:
        return receipt.key.location;
    case SkuColumn:
        return receipt.key.sku;
    case NameColumn:
        return receipt.name;
    case BatchColumn:
        return receipt.batch;
    case ExpiryColumn:
        return receipt.expiry.isValid() ? QLocale().toString(receipt.expiry, QLocale::ShortFormat)
                                        : QString();
    case QtyColumn:
        return receipt.qty;
    case StateColumn:
        return stateText(receipt);
    default:
        return {};
    }
}

QVariant ReceiptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LocationColumn:
        return tr("Location");
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case BatchColumn:
        return tr("Batch");
    case ExpiryColumn:
        return tr("Expiry");
    case QtyColumn:
        return tr("Qty");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

const ReceiptModel::Receipt *ReceiptModel::receiptAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReceiptModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ReceiptModel::rowOfReversal(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).reversalId.isEmpty() && m_rows.at(row).reversalId == id)
            return row;
    }
    return -1;
}

bool ReceiptModel::canReverse(int row) const
{
    const Receipt *receipt = receiptAt(row);
    return receipt && receipt->state == ReceiptState::Received;
}

QJsonObject ReceiptModel::reversalArgs(int row) const
{
    const Receipt *receipt = receiptAt(row);
    if (!receipt)
        return {};
    // The reason is a fixed word, not a translation: reports group adjustments by it.
    return {{u"location"_s, receipt->key.location},
            {u"sku"_s, receipt->key.sku},
            {u"batch"_s, receipt->batch},
            {u"delta"_s, -receipt->qty},
            {u"reason"_s, u"receipt reversed"_s}};
}

void ReceiptModel::setReversal(int row, const QString &commandId)
{
    if (!receiptAt(row))
        return;
    Receipt &receipt = m_rows[row];
    receipt.reversalId = commandId;
    receipt.state = ReceiptState::Reversing;
    receipt.reason.clear();
    emitRowChanged(row);
}

void ReceiptModel::append(const sync::OutboxEntry &entry)
{
    Receipt receipt;
    receipt.sequence = m_nextSequence++;
    receipt.id = entry.id;
    receipt.time = entry.createdAt;
    receipt.key = entry.key();
    receipt.name = m_workspace.state().skus.value(receipt.key.sku).name;
    receipt.batch = entry.args.value("batch"_L1).toString();
    receipt.expiry = domain::parseDate(entry.args.value("expiry"_L1).toString());
    receipt.qty = entry.args.value("qty"_L1).toInteger();
    receipt.state = entry.rejected ? ReceiptState::Rejected : ReceiptState::Pending;
    if (entry.rejected)
        receipt.reason = describeError(entry.error);
    m_rows.append(receipt);
}

void ReceiptModel::onAdded(const sync::OutboxEntry &entry)
{
    if (entry.op != kReceiveOp)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    append(entry);
    endInsertRows();
}

void ReceiptModel::onAcked(const QString &id)
{
    if (const int row = rowOf(id); row >= 0) {
        m_rows[row].state = ReceiptState::Received;
        emitRowChanged(row);
    } else if (const int reversed = rowOfReversal(id); reversed >= 0) {
        m_rows[reversed].state = ReceiptState::Reversed;
        emitRowChanged(reversed);
    }
}

void ReceiptModel::onRejected(const QString &id, const QJsonObject &error)
{
    if (const int row = rowOf(id); row >= 0) {
        m_rows[row].state = ReceiptState::Rejected;
        m_rows[row].reason = describeError(error);
        emitRowChanged(row);
    } else if (const int reversed = rowOfReversal(id); reversed >= 0) {
        // The goods stay received; the row says why they could not be taken back.
        Receipt &receipt = m_rows[reversed];
        receipt.state = ReceiptState::Received;
        receipt.reversalId.clear();
        receipt.reason = tr("Reversal rejected: %1").arg(describeError(error));
        emitRowChanged(reversed);
    }
}

void ReceiptModel::onReplicaChanged(const domain::StateChanges &changes)
{
    // A SKU made at the dock (New SKU, then receive) gets its name once the service has it.
    if (changes.skus.isEmpty())
        return;
    int first = -1;
    int last = -1;
    const auto flush = [&] {
        if (first >= 0)
            Q_EMIT dataChanged(index(first, NameColumn), index(last, NameColumn),
                               {Qt::DisplayRole});
        first = last = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        Receipt &receipt = m_rows[row];
        const QString name = changes.skus.contains(receipt.key.sku)
                                 ? m_workspace.state().skus.value(receipt.key.sku).name
                                 : receipt.name;
        if (name == receipt.name) {
            flush();
            continue;
        }
        receipt.name = name;
        if (first < 0)
            first = row;
        last = row;
    }
    flush();
}

void ReceiptModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(
        index(row, 0), index(row, ColumnCount - 1),
        {Qt::DisplayRole, Qt::FontRole, Qt::ToolTipRole, Qt::ForegroundRole, StateRole});
}

} // namespace shelfsync::items
