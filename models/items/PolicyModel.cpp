#include "PolicyModel.h"

#include "sync/Workspace.h"

#include <QFont>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shelfsync::items {

namespace {

const QList<int> kValueRoles{Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole};
const QList<int> kPendingRoles{Qt::FontRole, Qt::ToolTipRole, PolicyModel::PendingRole};

} // namespace

PolicyModel::PolicyModel(sync::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    rebuild();
    connect(&workspace.replica(), &sync::Replica::reset, this, &PolicyModel::onReset);
    connect(&workspace.replica(), &sync::Replica::changed, this, &PolicyModel::onChanged);
    // Followed entry by entry: a bulk save adds thousands, and rescanning the outbox for
    // each would be quadratic.
    connect(&workspace.outbox(), &sync::Outbox::added, this, &PolicyModel::onOutboxAdded);
    connect(&workspace.outbox(), &sync::Outbox::removed, this, &PolicyModel::onOutboxGone);
    connect(&workspace.outbox(), &sync::Outbox::rejectedChanged, this, &PolicyModel::onOutboxGone);
}

int PolicyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_skus.size());
}

int PolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_skus.at(index.row());
    const domain::State &state = m_workspace.state();
    const domain::Sku sku = state.skus.value(id);
    const domain::Policy policy = state.skuPolicies.value(id, domain::Policy{});
    const int pending = m_pending.value(id);

    switch (role) {
    case SkuRole:
        return id;
    case CategoryRole:
        return sku.category;
    case PendingRole:
        return pending;
    case Qt::FontRole:
        if (pending > 0) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (pending > 0)
            return tr("%Ln change(s) waiting to be sent", nullptr, pending);
        if (index.column() == OverridesColumn && m_overrides.value(id) > 0)
            return tr("%Ln location(s) follow a policy of their own", nullptr,
                      m_overrides.value(id));
        if (index.column() == LockMaxQtyColumn && policy.lockMaxQty == 0)
            return tr("No limit per hold");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= BufferPctColumn && index.column() != LockEnabledColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }

    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case SkuColumn:
        return id;
    case NameColumn:
        return sku.name;
    case CategoryColumn:
        return sku.category;
    case BufferPctColumn:
        return display ? QVariant(tr("%1 %").arg(policy.bufferPct)) : QVariant(policy.bufferPct);
    case BufferMinColumn:
        return policy.bufferMin;
    case LockEnabledColumn:
        return display ? QVariant(policy.lockEnabled ? tr("On") : tr("Off"))
                       : QVariant(policy.lockEnabled);
    case LockTtlColumn:
        return policy.lockTtlS;
    case LockMaxQtyColumn:
        return display && policy.lockMaxQty == 0 ? QVariant(tr("no limit"))
                                                 : QVariant(policy.lockMaxQty);
    case HideBeforeExpiryColumn:
        return policy.hideBeforeExpiryH;
    case LowStockColumn:
        return policy.lowStock;
    case OverridesColumn:
        return m_overrides.value(id);
    default:
        return {};
    }
}

QVariant PolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BufferPctColumn:
        case BufferMinColumn:
            return tr("Stock held back from channels: the larger of the minimum and the "
                      "percentage of sellable stock");
        case LockTtlColumn:
            return tr("How long a channel's hold lasts before it is released");
        case HideBeforeExpiryColumn:
            return tr("Batches are hidden from channels this many hours before they expire");
        case LowStockColumn:
            return tr("Available to promise at or below this counts as low stock");
        case OverridesColumn:
            return tr("Locations with a policy of their own for this SKU");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case BufferPctColumn:
        return tr("Buffer %");
    case BufferMinColumn:
        return tr("Buffer min");
    case LockEnabledColumn:
        return tr("Locks");
    case LockTtlColumn:
        return tr("Lock TTL (s)");
    case LockMaxQtyColumn:
        return tr("Max per hold");
    case HideBeforeExpiryColumn:
        return tr("Hide before expiry (h)");
    case LowStockColumn:
        return tr("Low stock");
    case OverridesColumn:
        return tr("Overrides");
    default:
        return {};
    }
}

QString PolicyModel::skuAt(int row) const
{
    return row >= 0 && row < m_skus.size() ? m_skus.at(row) : QString();
}

int PolicyModel::rowOf(const QString &sku) const
{
    return m_rowOf.value(sku, -1);
}

QStringList PolicyModel::categories() const
{
    QSet<QString> seen;
    for (const domain::Sku &sku : m_workspace.state().skus) {
        if (!sku.category.isEmpty())
            seen.insert(sku.category);
    }
    QStringList sorted(seen.cbegin(), seen.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

void PolicyModel::rebuild()
{
    const domain::State &state = m_workspace.state();
    m_skus = state.skus.keys();
    std::sort(m_skus.begin(), m_skus.end());
    m_rowOf.clear();
    for (int row = 0; row < m_skus.size(); ++row)
        m_rowOf.insert(m_skus.at(row), row);
    m_overrides.clear();
    for (auto it = state.overrides.cbegin(); it != state.overrides.cend(); ++it)
        ++m_overrides[it.key().sku];
    m_pending.clear();
    m_pendingSku.clear();
    for (const sync::OutboxEntry &entry : m_workspace.outbox().pending()) {
        const QString sku = entry.args.value("sku"_L1).toString();
        if (sku.isEmpty())
            continue;
        m_pendingSku.insert(entry.id, sku);
        ++m_pending[sku];
    }
}

void PolicyModel::onReset()
{
    beginResetModel();
    rebuild();
    endResetModel();
    Q_EMIT categoriesChanged();
}

void PolicyModel::onChanged(const domain::StateChanges &changes, const QList<domain::Event> &)
{
    QStringList added;
    QList<int> rows;
    for (const QString &sku : changes.skus) {
        if (const int row = rowOf(sku); row >= 0)
            rows.append(row);
        else if (m_workspace.state().skus.contains(sku))
            added.append(sku);
    }
    for (const domain::StockKey &key : changes.policies) {
        const int row = rowOf(key.sku);
        if (row < 0)
            continue;
        if (!key.location.isEmpty())
            m_overrides.insert(key.sku, countOverrides(key.sku));
        rows.append(row);
    }
    emitRowsChanged(rows, 0, ColumnCount - 1, kValueRoles);
    if (!added.isEmpty())
        insertSkus(added);
    if (!changes.skus.isEmpty())
        Q_EMIT categoriesChanged();
}

void PolicyModel::onOutboxAdded(const sync::OutboxEntry &entry)
{
    const QString sku = entry.args.value("sku"_L1).toString();
    if (entry.rejected || sku.isEmpty())
        return;
    m_pendingSku.insert(entry.id, sku);
    ++m_pending[sku];
    if (const int row = rowOf(sku); row >= 0)
        emitRowsChanged({row}, 0, ColumnCount - 1, kPendingRoles);
}

void PolicyModel::onOutboxGone(const QString &id)
{
    const QString sku = m_pendingSku.take(id);
    if (sku.isEmpty())
        return;
    if (--m_pending[sku] <= 0)
        m_pending.remove(sku);
    if (const int row = rowOf(sku); row >= 0)
        emitRowsChanged({row}, 0, ColumnCount - 1, kPendingRoles);
}

void PolicyModel::insertSkus(QStringList skus)
{
    std::sort(skus.begin(), skus.end());
    for (const QString &sku : std::as_const(skus)) {
        const int row =
            int(std::lower_bound(m_skus.cbegin(), m_skus.cend(), sku) - m_skus.cbegin());
        beginInsertRows({}, row, row);
        m_skus.insert(row, sku);
        for (int later = row; later < m_skus.size(); ++later)
            m_rowOf.insert(m_skus.at(later), later);
        m_overrides.insert(sku, countOverrides(sku));
        endInsertRows();
    }
}

int PolicyModel::countOverrides(const QString &sku) const
{
    const domain::State &state = m_workspace.state();
    int count = 0;
    for (const QString &location : state.locations.keys())
        count += state.overrides.contains({location, sku}) ? 1 : 0;
    return count;
}

void PolicyModel::emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn,
                                  const QList<int> &roles)
{
    // One signal per run of neighbouring rows: a bulk edit of a selection is a few ranges,
    // not hundreds of single-row signals.
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), firstColumn), index(rows.at(j), lastColumn), roles);
        i = j + 1;
    }
}

PolicyFilterProxy::PolicyFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PolicyFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void PolicyFilterProxy::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

bool PolicyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_category.isEmpty() && source->index(sourceRow, PolicyModel::CategoryColumn, sourceParent)
                                         .data(PolicyModel::CategoryRole)
                                         .toString() != m_category)
        return false;
    if (m_search.isEmpty())
        return true;
    const QModelIndex sku = source->index(sourceRow, PolicyModel::SkuColumn, sourceParent);
    const QModelIndex name = source->index(sourceRow, PolicyModel::NameColumn, sourceParent);
    return sku.data().toString().contains(m_search, Qt::CaseInsensitive) ||
           name.data().toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace shelfsync::items
