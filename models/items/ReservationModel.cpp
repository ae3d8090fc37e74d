#include "ReservationModel.h"

#include "sync/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace shelfsync::items {

namespace {

const QList<int> kRowRoles{Qt::DisplayRole,
                           Qt::EditRole,
                           Qt::ForegroundRole,
                           Qt::BackgroundRole,
                           Qt::ToolTipRole,
                           ReservationModel::StateRole,
                           ReservationModel::AtRiskRole,
                           ReservationModel::QtyRole,
                           ReservationModel::ExpiresAtRole};
const QList<int> kPendingRoles{Qt::FontRole, Qt::ToolTipRole, ReservationModel::PendingRole};
const QList<int> kCountdownRoles{Qt::DisplayRole, Qt::EditRole, Qt::ForegroundRole};

bool createdBefore(const domain::Reservation &a, const domain::Reservation &b)
{
    return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
}

} // namespace

ReservationModel::ReservationModel(sync::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ReservationModel::updateCountdown);
    rebuild();
    connect(&workspace.replica(), &sync::Replica::reset, this, &ReservationModel::onReset);
    connect(&workspace.replica(), &sync::Replica::changed, this, &ReservationModel::onChanged);
    // Followed entry by entry: rescanning the outbox for each change would be quadratic.
    connect(&workspace.outbox(), &sync::Outbox::added, this, &ReservationModel::onOutboxAdded);
    connect(&workspace.outbox(), &sync::Outbox::removed, this, &ReservationModel::onOutboxGone);
    connect(&workspace.outbox(), &sync::Outbox::rejectedChanged, this,
            &ReservationModel::onOutboxGone);
}

int ReservationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReservationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReservationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Reservation &r = m_rows.at(index.row());
    const bool held = r.state == domain::ReservationState::Held;
    const int pending = m_pending.value(r.id);
    const qint64 remaining = held ? m_clock().secsTo(r.expiresAt) : 0;

    switch (role) {
    case IdRole:
        return r.id;
    case LocationRole:
        return r.key.location;
    case SkuRole:
        return r.key.sku;
    case StateRole:
        return int(r.state);
    case AtRiskRole:
        return r.atRisk;
    case QtyRole:
        return r.qty;
    case ExpiresAtRole:
        return r.expiresAt;
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
        if (index.column() == IdColumn)
            return r.id;
        if (r.atRisk)
            return tr("The shelf no longer covers this order");
        if (index.column() == ExpiresInColumn && held)
            return tr("Released automatically at %1")
                .arg(QLocale().toString(r.expiresAt.toLocalTime(), QLocale::LongFormat));
        return {};
    case Qt::BackgroundRole:
        if (r.atRisk)
            return QBrush(QColor(0xfd, 0xec, 0xea));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AtRiskColumn && r.atRisk)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (index.column() == ExpiresInColumn && held && remaining < 60)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QtyColumn || index.column() == ExpiresInColumn)
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
    case IdColumn:
        return display ? shortId(r.id) : r.id;
    case LocationColumn:
        return r.key.location;
    case SkuColumn:
        return r.key.sku;
    case NameColumn:
        if (const auto it = m_workspace.state().skus.constFind(r.key.sku);
            it != m_workspace.state().skus.cend())
            return it->name;
        return QString();
    case QtyColumn:
        return display ? QVariant(QLocale().toString(r.qty)) : QVariant(r.qty);
    case ChannelColumn:
        return r.channel;
    case StateColumn:
        return held ? tr("Held") : tr("Committed");
    case CreatedColumn:
        return display
                   ? QVariant(QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat))
                   : QVariant(r.createdAt);
    case ExpiresInColumn:
        if (!held)
            return display ? QVariant(QString()) : QVariant(std::numeric_limits<qint64>::max());
        return display ? QVariant(formatCountdown(remaining)) : QVariant(remaining);
    case AtRiskColumn:
        return display ? QVariant(r.atRisk ? tr("at risk") : QString()) : QVariant(r.atRisk);
    default:
        return {};
    }
}

QVariant ReservationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Reservation");
    case LocationColumn:
        return tr("Location");
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case QtyColumn:
        return tr("Qty");
    case ChannelColumn:
        return tr("Channel");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    case ExpiresInColumn:
        return tr("Expires in");
    case AtRiskColumn:
        return tr("Risk");
    default:
        return {};
    }
}

void ReservationModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    updateCountdown();
}

void ReservationModel::updateCountdown()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, ExpiresInColumn), index(int(m_rows.size()) - 1, ExpiresInColumn),
                       kCountdownRoles);
}

QString ReservationModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

const domain::Reservation *ReservationModel::reservationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString ReservationModel::shortId(const QString &id)
{
    return id.size() <= 12 ? id : id.left(8);
}

QString ReservationModel::formatCountdown(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours)
            .arg(minutes, 2, 10, QChar(u'0'))
            .arg(secs, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(minutes).arg(secs, 2, 10, QChar(u'0'));
}

void ReservationModel::rebuild()
{
    m_rows.clear();
    for (const domain::Reservation &r : m_workspace.state().reservations) {
        if (r.isActive())
            m_rows.append(r);
    }
    std::sort(m_rows.begin(), m_rows.end(), createdBefore);
    reindex();
    m_pending.clear();
    m_pendingReservation.clear();
    for (const sync::OutboxEntry &entry : m_workspace.outbox().pending()) {
        const QString id = entry.args.value("reservation"_L1).toString();
        if (id.isEmpty())
            continue;
        m_pendingReservation.insert(entry.id, id);
        ++m_pending[id];
    }
    updateTimer();
}

void ReservationModel::reindex()
{
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
}

void ReservationModel::onReset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void ReservationModel::onChanged(const domain::StateChanges &changes, const QList<domain::Event> &)
{
    const domain::State &state = m_workspace.state();
    // At-risk flags follow every change of a cell's stock, not only of its reservations.
    QSet<QString> touched = changes.reservations;
    for (const domain::StockKey &key : changes.cells) {
        if (const domain::Cell *cell = state.cell(key)) {
            for (const QString &id : cell->reservations)
                touched.insert(id);
        }
    }

    QList<int> gone;
    QList<domain::Reservation> added;
    for (const QString &id : std::as_const(touched)) {
        const auto it = state.reservations.constFind(id);
        const int row = rowOf(id);
        const bool active = it != state.reservations.cend() && it->isActive();
        if (row >= 0 && !active)
            gone.append(row);
        else if (row < 0 && active)
            added.append(*it);
    }
    removeRows(gone);

    QList<int> changedRows;
    for (const QString &id : std::as_const(touched)) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const domain::Reservation &now = state.reservations[id];
        if (m_rows.at(row) != now) {
            m_rows[row] = now;
            changedRows.append(row);
        }
    }
    emitRowsChanged(changedRows, kRowRoles);

    if (!added.isEmpty()) {
        std::sort(added.begin(), added.end(), createdBefore);
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        reindex();
        endInsertRows();
    }
    updateTimer();
}

void ReservationModel::onOutboxAdded(const sync::OutboxEntry &entry)
{
    const QString id = entry.args.value("reservation"_L1).toString();
    if (entry.rejected || id.isEmpty())
        return;
    m_pendingReservation.insert(entry.id, id);
    ++m_pending[id];
    if (const int row = rowOf(id); row >= 0)
        emitRowsChanged({row}, kPendingRoles);
}

void ReservationModel::onOutboxGone(const QString &commandId)
{
    const QString id = m_pendingReservation.take(commandId);
    if (id.isEmpty())
        return;
    if (--m_pending[id] <= 0)
        m_pending.remove(id);
    if (const int row = rowOf(id); row >= 0)
        emitRowsChanged({row}, kPendingRoles);
}

void ReservationModel::removeRows(QList<int> rows)
{
    // From the bottom up, one signal per run of neighbouring rows.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        beginRemoveRows({}, rows.at(j), rows.at(i));
        m_rows.remove(rows.at(j), rows.at(i) - rows.at(j) + 1);
        endRemoveRows();
        i = j + 1;
    }
    if (!rows.isEmpty())
        reindex();
}

void ReservationModel::emitRowsChanged(QList<int> rows, const QList<int> &roles)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1), roles);
        i = j + 1;
    }
}

void ReservationModel::updateTimer()
{
    // The clock ticks only while some hold counts down.
    const bool anyHeld = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const auto &r) {
        return r.state == domain::ReservationState::Held;
    });
    if (anyHeld && !m_timer.isActive())
        m_timer.start();
    else if (!anyHeld)
        m_timer.stop();
}

ReservationFilterProxy::ReservationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ReservationFilterProxy::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

void ReservationFilterProxy::setCell(const domain::StockKey &cell)
{
    if (cell == m_cell)
        return;
    m_cell = cell;
    invalidateRowsFilter();
}

ReservationFilterProxy::Summary ReservationFilterProxy::summary() const
{
    Summary summary;
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return summary;
    for (int row = 0; row < source->rowCount(); ++row) {
        const QModelIndex index = source->index(row, 0);
        if (!inCell(index))
            continue;
        const auto state =
            domain::ReservationState(index.data(ReservationModel::StateRole).toInt());
        const qint64 qty = index.data(ReservationModel::QtyRole).toLongLong();
        if (state == domain::ReservationState::Held) {
            ++summary.holds;
            summary.unitsHeld += qty;
        } else {
            ++summary.committed;
            summary.unitsCommitted += qty;
        }
        if (index.data(ReservationModel::AtRiskRole).toBool())
            ++summary.atRisk;
    }
    return summary;
}

bool ReservationFilterProxy::inCell(const QModelIndex &sourceIndex) const
{
    if (!m_cell.location.isEmpty() &&
        sourceIndex.data(ReservationModel::LocationRole).toString() != m_cell.location)
        return false;
    return m_cell.sku.isEmpty() ||
           sourceIndex.data(ReservationModel::SkuRole).toString() == m_cell.sku;
}

bool ReservationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!inCell(index))
        return false;
    const auto state = domain::ReservationState(index.data(ReservationModel::StateRole).toInt());
    switch (m_filter) {
    case All:
        return true;
    case Holds:
        return state == domain::ReservationState::Held;
    case Committed:
        return state == domain::ReservationState::Committed;
    case AtRisk:
        return index.data(ReservationModel::AtRiskRole).toBool();
    }
    return true;
}

} // namespace shelfsync::items
