#include "OutboxModel.h"

#include "CommandText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace shelfsync::items {

OutboxModel::OutboxModel(sync::Outbox &outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
    , m_rows(outbox.entries())
{
    connect(&outbox, &sync::Outbox::added, this, &OutboxModel::onAdded);
    connect(&outbox, &sync::Outbox::removed, this, &OutboxModel::onRemoved);
    connect(&outbox, &sync::Outbox::rejectedChanged, this, &OutboxModel::onRejected);
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::OutboxEntry &entry = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return entry.id;
    case RejectedRole:
        return entry.rejected;
    case Qt::ToolTipRole:
        return entry.rejected ? describeError(entry.error)
                              : tr("Waiting to be sent to the service");
    case Qt::ForegroundRole:
        if (index.column() == StateColumn || index.column() == ReasonColumn)
            return entry.rejected ? QBrush(QColor(0xb7, 0x1c, 0x1c))
                                  : QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case CreatedColumn:
        return QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat);
    case StateColumn:
        return entry.rejected ? tr("Rejected") : tr("Pending");
    case ActionColumn:
        return actionName(entry.op);
    case LocationColumn:
        return entry.args.value("location"_L1).toString();
    case SkuColumn:
        return entry.args.value("sku"_L1).toString();
    case DetailsColumn:
        return describeArgs(entry.op, entry.args);
    case ReasonColumn:
        return entry.rejected ? describeError(entry.error) : QString();
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Made");
    case StateColumn:
        return tr("State");
    case ActionColumn:
        return tr("Action");
    case LocationColumn:
        return tr("Location");
    case SkuColumn:
        return tr("SKU");
    case DetailsColumn:
        return tr("Details");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QString OutboxModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int OutboxModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void OutboxModel::onAdded(const sync::OutboxEntry &entry)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(entry);
    endInsertRows();
}

void OutboxModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void OutboxModel::onRejected(const QString &id)
{
    const int row = rowOf(id);
    const sync::OutboxEntry *entry = m_outbox.find(id);
    if (row < 0 || !entry)
        return;
    m_rows[row] = *entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace shelfsync::items
