#include "BatchModel.h"

#include "domain/Expiry.h"
#include "sync/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::items {

namespace {

constexpr int kNearExpiryDays = 3;
constexpr int kHideWarningDays = 2;

// fefoOrder's order, extended across locations: the same batch keys, then the location.
bool fefoBefore(const QString &leftLocation, const Batch &a, const QString &rightLocation,
                const Batch &b)
{
    if (a.expiry.isValid() != b.expiry.isValid())
        return a.expiry.isValid();
    if (a.expiry != b.expiry)
        return a.expiry < b.expiry;
    if (a.receivedAt != b.receivedAt)
        return a.receivedAt < b.receivedAt;
    if (a.id != b.id)
        return a.id < b.id;
    return leftLocation < rightLocation;
}

} // namespace

BatchModel::BatchModel(sync::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&workspace.replica(), &sync::Replica::reset, this, &BatchModel::reset);
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const StateChanges &changes, const QList<Event> &) {
                if (concerns(changes))
                    update();
            });
    connect(&workspace.outbox(), &sync::Outbox::changed, this, [this] {
        if (!m_sku.isEmpty())
            update();
    });
}

void BatchModel::setKey(const QString &location, const QString &sku)
{
    if (location == m_location && sku == m_sku)
        return;
    m_location = location;
    m_sku = sku;
    reset();
}

void BatchModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

void BatchModel::refreshTimes()
{
    update();
    const QDate today = m_clock().toUTC().date();
    if (today == m_today)
        return;
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, DaysLeftColumn), index(int(m_rows.size()) - 1, StateColumn),
                           {Qt::DisplayRole, SortRole, Qt::BackgroundRole});
}

bool BatchModel::isNearExpiry(const QDate &expiry, const Policy &policy, const QDateTime &now)
{
    if (!expiry.isValid())
        return false;
    const QDate today = now.toUTC().date();
    return today.daysTo(expiry) <= kNearExpiryDays ||
           now >= hideMoment(expiry, policy.hideBeforeExpiryH).addDays(-kHideWarningDays);
}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Batch &batch = row.batch;
    const QDateTime now = m_clock();
    const QDate today = now.toUTC().date();
    const bool expired = isExpired(batch.expiry, now);
    const qint64 daysLeft = batch.expiry.isValid() ? today.daysTo(batch.expiry) : 0;
    const qint64 age =
        batch.receivedAt.isValid() ? batch.receivedAt.toUTC().date().daysTo(today) : 0;
    switch (role) {
    case LocationRole:
        return row.location;
    case BatchRole:
        return batch.id;
    case QtyRole:
        return batch.qty;
    case HiddenRole:
        return batch.hidden;
    case NearExpiryRole:
        return row.nearExpiry;
    case Qt::BackgroundRole:
        if (expired)
            return QBrush(QColor(0xfd, 0xe0, 0xdc));
        if (row.nearExpiry)
            return QBrush(QColor(0xff, 0xf0, 0xc2));
        return {};
    case Qt::ForegroundRole:
        return batch.hidden ? QBrush(QColor(0x61, 0x61, 0x61)) : QVariant();
    case Qt::FontRole:
        if (row.pending > 0) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (row.pending > 0)
            return tr("%Ln change(s) waiting to be sent", nullptr, row.pending);
        if (batch.hidden)
            return tr("Hidden from sale: inside the hide-before-expiry window or expired");
        if (row.nearExpiry)
            return tr("Expires soon: sell or write off first");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeftColumn || index.column() == AgeColumn ||
            index.column() == QtyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case LocationColumn:
            return row.location;
        case BatchColumn:
            return batch.id;
        case ExpiryColumn:
        case DaysLeftColumn:
            // Goods that never expire sort after every date.
            return batch.expiry.isValid() ? daysLeft : std::numeric_limits<qint64>::max();
        case AgeColumn:
            return age;
        case QtyColumn:
            return batch.qty;
        case StateColumn:
            return batch.hidden ? 2 : (row.nearExpiry ? 1 : 0);
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LocationColumn:
        return row.location;
    case BatchColumn:
        return batch.id;
    case ExpiryColumn:
        return batch.expiry.isValid() ? QLocale().toString(batch.expiry, QLocale::ShortFormat)
                                      : tr("none");
    case DaysLeftColumn:
        return batch.expiry.isValid() ? QVariant(daysLeft) : QVariant();
    case AgeColumn:
        return batch.receivedAt.isValid() ? QVariant(age) : QVariant();
    case QtyColumn:
        return batch.qty;
    case StateColumn:
        if (expired)
            return batch.hidden ? tr("Expired, hidden") : tr("Expired");
        if (batch.hidden)
            return tr("Hidden");
        if (batch.qty <= 0)
            return tr("Empty");
        return row.nearExpiry ? tr("Expiring soon") : tr("Sellable");
    default:
        return {};
    }
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == DaysLeftColumn)
            return tr("Days until the end of the expiry day (UTC)");
        if (section == AgeColumn)
            return tr("Days since the batch was received");
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LocationColumn:
        return tr("Location");
    case BatchColumn:
        return tr("Batch");
    case ExpiryColumn:
        return tr("Expiry");
    case DaysLeftColumn:
        return tr("Days left");
    case AgeColumn:
        return tr("Age (days)");
    case QtyColumn:
        return tr("Qty");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

StockKey BatchModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? StockKey{m_rows.at(row).location, m_sku} : StockKey{};
}

Batch BatchModel::batchAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).batch : Batch{};
}

int BatchModel::rowOf(const QString &location, const QString &batch) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).location == location && m_rows.at(row).batch.id == batch)
            return row;
    }
    return -1;
}

BatchModel::Row BatchModel::makeRow(const QString &location, const Batch &batch) const
{
    const StockKey key{location, m_sku};
    const State &state = m_workspace.state();
    return Row{.location = location,
               .batch = batch,
               .nearExpiry = isNearExpiry(batch.expiry, state.effectivePolicy(key), m_clock()),
               .pending = m_workspace.outbox().pendingFor(key)};
}

QList<BatchModel::Row> BatchModel::buildRows() const
{
    if (m_sku.isEmpty())
        return {};
    const State &state = m_workspace.state();
    QStringList locations;
    if (m_location.isEmpty()) {
        locations = state.locations.keys();
        std::sort(locations.begin(), locations.end());
    } else {
        locations = {m_location};
    }
    QList<Row> sellable;
    QList<Row> rest;
    for (const QString &location : std::as_const(locations)) {
        const Cell *cell = state.cell({location, m_sku});
        if (!cell)
            continue;
        const QList<qsizetype> order = fefoOrder(*cell);
        for (qsizetype i : order)
            sellable.append(makeRow(location, cell->batches[i]));
        for (qsizetype i = 0; i < cell->batches.size(); ++i) {
            if (!order.contains(i))
                rest.append(makeRow(location, cell->batches[i]));
        }
    }
    const auto before = [](const Row &l, const Row &r) {
        return fefoBefore(l.location, l.batch, r.location, r.batch);
    };
    // Each cell's part is already in FEFO order; across cells the same keys interleave them.
    if (locations.size() > 1)
        std::stable_sort(sellable.begin(), sellable.end(), before);
    std::stable_sort(rest.begin(), rest.end(), before);
    return sellable + rest;
}

bool BatchModel::concerns(const StateChanges &changes) const
{
    if (m_sku.isEmpty())
        return false;
    if (changes.skusWithDefaultPolicyChange.contains(m_sku))
        return true;
    const auto matches = [this](const StockKey &key) {
        return key.sku == m_sku &&
               (m_location.isEmpty() || key.location.isEmpty() || key.location == m_location);
    };
    return std::any_of(changes.cells.cbegin(), changes.cells.cend(), matches) ||
           std::any_of(changes.policies.cbegin(), changes.policies.cend(), matches);
}

void BatchModel::reset()
{
    beginResetModel();
    m_rows = buildRows();
    m_today = m_clock().toUTC().date();
    endResetModel();
}

void BatchModel::update()
{
    const QList<Row> target = buildRows();
    const auto identity = [](const Row &row) { return std::pair(row.location, row.batch.id); };
    QSet<std::pair<QString, QString>> wanted;
    for (const Row &row : target)
        wanted.insert(identity(row));

    // Rows that left (a batch sold out or counted to zero), from the bottom, in runs.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (wanted.contains(identity(m_rows.at(last)))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(identity(m_rows.at(first - 1))))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    QList<int> changed;
    for (int i = 0; i < target.size(); ++i) {
        if (i < m_rows.size() && identity(m_rows.at(i)) == identity(target.at(i))) {
            if (m_rows.at(i) != target.at(i)) {
                m_rows[i] = target.at(i);
                changed.append(i);
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (identity(m_rows.at(j)) == identity(target.at(i))) {
                from = j;
                break;
            }
        }
        if (from >= 0) {
            // A batch that was hidden moves from the FEFO part to the end.
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (m_rows.at(i) != target.at(i)) {
                m_rows[i] = target.at(i);
                changed.append(i);
            }
            continue;
        }
        // New batches, as one insertion per run of them.
        int end = i + 1;
        QSet<std::pair<QString, QString>> present;
        for (const Row &row : std::as_const(m_rows))
            present.insert(identity(row));
        while (end < target.size() && !present.contains(identity(target.at(end))))
            ++end;
        beginInsertRows({}, i, end - 1);
        for (int k = i; k < end; ++k)
            m_rows.insert(k, target.at(k));
        endInsertRows();
        i = end - 1;
    }
    emitChanged(changed);
}

void BatchModel::emitChanged(const QList<int> &rows)
{
    const QList<int> roles{Qt::DisplayRole, SortRole,           QtyRole,
                           HiddenRole,      NearExpiryRole,     Qt::BackgroundRole,
                           Qt::FontRole,    Qt::ForegroundRole, Qt::ToolTipRole};
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1), roles);
        i = j + 1;
    }
}

} // namespace shelfsync::items
