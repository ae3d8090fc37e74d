#include "InventoryModel.h"

#include "sync/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::items {

namespace {

// Soft enough to read black text on, strong enough to catch the eye in a long table.
const QColor kHighlight(0xff, 0xe0, 0x82);

const QList<int> kValueRoles{Qt::DisplayRole,
                             Qt::ToolTipRole,
                             Qt::BackgroundRole,
                             Qt::ForegroundRole,
                             InventoryModel::SortRole,
                             InventoryModel::StatusRole,
                             InventoryModel::SearchTextRole,
                             InventoryModel::HighlightRole};

QBrush statusBrush(StockStatus status)
{
    switch (status) {
    case StockStatus::AtRisk:
    case StockStatus::Out:
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    case StockStatus::Low:
    case StockStatus::Expiring:
        return QBrush(QColor(0x8a, 0x5a, 0x00));
    case StockStatus::Ok:
        break;
    }
    return QBrush(QColor(0x2e, 0x6b, 0x30));
}

bool isNumeric(int column)
{
    return column >= InventoryModel::OnHandColumn && column <= InventoryModel::CoverColumn;
}

} // namespace

InventoryModel::InventoryModel(sync::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_elapsed.start();
    m_highlightTimer.setSingleShot(true);
    connect(&m_highlightTimer, &QTimer::timeout, this, &InventoryModel::expireHighlights);
    connect(&workspace.replica(), &sync::Replica::reset, this, &InventoryModel::rebuild);
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const StateChanges &changes, const QList<Event> &) { onChanged(changes); });
    connect(&workspace.outbox(), &sync::Outbox::changed, this, &InventoryModel::onOutboxChanged);
    rebuild();
}

InventoryModel::~InventoryModel() = default;

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return rawValue(row, column);
    case KeyRole:
        return QVariant::fromValue(row.key);
    case LocationRole:
        return row.key.location;
    case SkuRole:
        return row.key.sku;
    case PendingRole:
        return m_pending.value(row.key);
    case StatusRole:
        return int(row.assessment.status);
    case SearchTextRole:
        return QString(row.key.sku + u' ' + row.name + u' ' + row.category + u' ' + row.gtin);
    case HighlightRole:
    case Qt::BackgroundRole: {
        const auto it = m_highlights.constFind(index.row());
        const bool lit = it != m_highlights.cend() && (*it)[column] != 0;
        if (role == HighlightRole)
            return lit;
        return lit ? QVariant(QBrush(kHighlight)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return statusBrush(row.assessment.status);
        if (column == AtpColumn && row.assessment.figures.atp <= 0)
            return statusBrush(StockStatus::Out);
        return {};
    case Qt::FontRole:
        if (m_pending.value(row.key) > 0) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, column);
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case HiddenColumn:
            return tr("Units in batches at or near expiry, no longer offered for sale");
        case BufferColumn:
            return tr("Units held back from the sales channels by the buffer policy");
        case AtpColumn:
            return tr("Available to promise: sellable minus reserved minus buffer");
        case CoverColumn:
            return tr("Sellable units divided by the average units sold a day over the last "
                      "%Ln day(s)",
                      nullptr, kVelocityWindowDays);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LocationColumn:
        return tr("Location");
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case OnHandColumn:
        return tr("On hand");
    case HiddenColumn:
        return tr("Hidden");
    case ReservedColumn:
        return tr("Reserved");
    case BufferColumn:
        return tr("Buffer");
    case AtpColumn:
        return tr("ATP");
    case CoverColumn:
        return tr("Days of cover");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void InventoryModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void InventoryModel::setHighlightDuration(int ms)
{
    m_highlightMs = std::max(1, ms);
}

int InventoryModel::rowOf(const StockKey &key) const
{
    return m_rowOf.value(key, -1);
}

StockKey InventoryModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : StockKey();
}

StockAssessment InventoryModel::assessmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).assessment : StockAssessment();
}

void InventoryModel::refresh()
{
    m_day = m_clock().toUTC().date();
    QSet<StockKey> keys;
    keys.reserve(m_rowOf.size());
    for (auto it = m_rowOf.cbegin(); it != m_rowOf.cend(); ++it)
        keys.insert(it.key());
    update(keys, false);
}

void InventoryModel::refreshIfNewDay()
{
    if (m_clock().toUTC().date() != m_day)
        refresh();
}

InventoryModel::Row InventoryModel::makeRow(const StockKey &key) const
{
    const State &state = m_workspace.state();
    const Sku sku = state.skus.value(key.sku);
    return Row{.key = key,
               .name = sku.name,
               .category = sku.category,
               .gtin = sku.gtin,
               .assessment = assessStock(state, key, m_clock())};
}

QVariant InventoryModel::rawValue(const Row &row, int column)
{
    const Availability &figures = row.assessment.figures;
    switch (column) {
    case LocationColumn:
        return row.key.location;
    case SkuColumn:
        return row.key.sku;
    case NameColumn:
        return row.name;
    case CategoryColumn:
        return row.category;
    case OnHandColumn:
        return figures.onHand;
    case HiddenColumn:
        return figures.hidden;
    case ReservedColumn:
        return figures.reserved;
    case BufferColumn:
        return figures.buffer;
    case AtpColumn:
        return figures.atp;
    case CoverColumn:
        // Nothing sold: the stock lasts for ever, so it sorts after every finite cover.
        return row.assessment.coverDays.value_or(std::numeric_limits<double>::infinity());
    case StatusColumn:
        return int(row.assessment.status);
    default:
        return {};
    }
}

QVariant InventoryModel::display(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case CoverColumn: {
        if (!row.assessment.coverDays)
            return u"\u2014"_s;
        const double days = *row.assessment.coverDays;
        return locale.toString(days, 'f', days < 10.0 ? 1 : 0);
    }
    case StatusColumn:
        return statusName(row.assessment.status);
    default:
        break;
    }
    const QVariant value = rawValue(row, column);
    if (isNumeric(column))
        return locale.toString(value.toLongLong());
    return value;
}

QVariant InventoryModel::toolTip(const Row &row, int column) const
{
    QString text;
    switch (column) {
    case LocationColumn:
        text = m_workspace.state().locations.value(row.key.location).name;
        break;
    case NameColumn:
        text = row.name;
        break;
    case CoverColumn:
        if (row.assessment.coverDays)
            text = tr("%1 units sold a day on average over the last %Ln day(s)", nullptr,
                      kVelocityWindowDays)
                       .arg(QLocale().toString(row.assessment.velocity, 'f', 1));
        else
            text = tr("No sales in the last %Ln day(s)", nullptr, kVelocityWindowDays);
        break;
    case StatusColumn:
        text = describeStatus(row.assessment);
        break;
    default:
        break;
    }
    if (const int pending = m_pending.value(row.key); pending > 0) {
        const QString waiting = tr("%Ln change(s) waiting to be sent", nullptr, pending);
        text = text.isEmpty() ? waiting : QString(text + u'\n' + waiting);
    }
    return text.isEmpty() ? QVariant() : QVariant(text);
}

void InventoryModel::rebuild()
{
    beginResetModel();
    m_day = m_clock().toUTC().date();
    const State &state = m_workspace.state();
    QList<StockKey> keys = state.cells.keys();
    std::sort(keys.begin(), keys.end());
    m_rows.clear();
    m_rows.reserve(keys.size());
    m_rowOf.clear();
    m_rowOf.reserve(keys.size());
    for (const StockKey &key : std::as_const(keys)) {
        m_rowOf.insert(key, int(m_rows.size()));
        m_rows.append(makeRow(key));
    }
    m_highlights.clear();
    m_highlightTimer.stop();
    m_pending = countPending();
    endResetModel();
}

void InventoryModel::onChanged(const StateChanges &changes)
{
    const State &state = m_workspace.state();
    QSet<StockKey> keys;
    for (const StockKey &key : changes.cells) {
        if (state.cells.contains(key))
            keys.insert(key);
    }
    // A SKU's default policy or its name touches its cells at every location.
    QSet<QString> skus = changes.skusWithDefaultPolicyChange;
    skus.unite(changes.skus);
    for (const QString &sku : std::as_const(skus)) {
        for (auto it = state.locations.cbegin(); it != state.locations.cend(); ++it) {
            const StockKey key{it.key(), sku};
            if (state.cells.contains(key))
                keys.insert(key);
        }
    }
    if (!keys.isEmpty())
        update(keys, true);
}

void InventoryModel::update(const QSet<StockKey> &keys, bool highlight)
{
    const qint64 until = m_elapsed.elapsed() + m_highlightMs;
    QList<StockKey> added;
    QMap<int, std::pair<int, int>> changed;
    for (const StockKey &key : keys) {
        const auto found = m_rowOf.constFind(key);
        if (found == m_rowOf.cend()) {
            if (m_workspace.state().cells.contains(key))
                added.append(key);
            continue;
        }
        const int row = *found;
        Row next = makeRow(key);
        Row &current = m_rows[row];
        int first = -1;
        int last = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            if (rawValue(current, column) == rawValue(next, column))
                continue;
            first = first < 0 ? column : first;
            last = column;
            if (highlight)
                m_highlights[row][column] = until;
        }
        // Same figures, other reasons (e.g. another order at risk): the status tooltip.
        if (first < 0 && !(current.assessment == next.assessment))
            first = last = StatusColumn;
        if (first < 0)
            continue;
        current = std::move(next);
        changed.insert(row, {first, last});
    }
    emitRanges(changed, kValueRoles);

    if (!added.isEmpty()) {
        std::sort(added.begin(), added.end());
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const StockKey &key : std::as_const(added)) {
            if (highlight)
                m_highlights[int(m_rows.size())].fill(until);
            m_rowOf.insert(key, int(m_rows.size()));
            m_rows.append(makeRow(key));
        }
        endInsertRows();
    }
    scheduleHighlightExpiry();
}

QHash<StockKey, int> InventoryModel::countPending() const
{
    QHash<StockKey, int> counts;
    for (const sync::OutboxEntry &entry : m_workspace.outbox().entries()) {
        if (!entry.rejected && !entry.key().sku.isEmpty())
            ++counts[entry.key()];
    }
    return counts;
}

void InventoryModel::onOutboxChanged()
{
    const QHash<StockKey, int> counts = countPending();
    QSet<StockKey> keys;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (m_pending.value(it.key()) != *it)
            keys.insert(it.key());
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!counts.contains(it.key()))
            keys.insert(it.key());
    }
    m_pending = counts;
    QMap<int, std::pair<int, int>> rows;
    for (const StockKey &key : std::as_const(keys)) {
        if (const int row = rowOf(key); row >= 0)
            rows.insert(row, {0, ColumnCount - 1});
    }
    emitRanges(rows, {Qt::FontRole, Qt::ToolTipRole, PendingRole});
}

void InventoryModel::expireHighlights()
{
    const qint64 now = m_elapsed.elapsed();
    QMap<int, std::pair<int, int>> rows;
    for (auto it = m_highlights.begin(); it != m_highlights.end();) {
        int first = -1;
        int last = -1;
        bool lit = false;
        for (int column = 0; column < ColumnCount; ++column) {
            qint64 &deadline = (*it)[column];
            if (deadline == 0)
                continue;
            if (deadline > now) {
                lit = true;
                continue;
            }
            deadline = 0;
            first = first < 0 ? column : first;
            last = column;
        }
        if (first >= 0)
            rows.insert(it.key(), {first, last});
        it = lit ? std::next(it) : m_highlights.erase(it);
    }
    emitRanges(rows, {Qt::BackgroundRole, HighlightRole});
    scheduleHighlightExpiry();
}

void InventoryModel::scheduleHighlightExpiry()
{
    if (m_highlights.isEmpty()) {
        m_highlightTimer.stop();
        return;
    }
    if (m_highlightTimer.isActive())
        return; // every new deadline is later than the one it waits for
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Deadlines &deadlines : std::as_const(m_highlights)) {
        for (qint64 deadline : deadlines) {
            if (deadline != 0)
                next = std::min(next, deadline);
        }
    }
    m_highlightTimer.start(int(std::max<qint64>(0, next - m_elapsed.elapsed())));
}

void InventoryModel::emitRanges(const QMap<int, std::pair<int, int>> &rowColumns,
                                const QList<int> &roles)
{
    auto it = rowColumns.cbegin();
    while (it != rowColumns.cend()) {
        const int firstRow = it.key();
        int lastRow = firstRow;
        int firstColumn = it->first;
        int lastColumn = it->second;
        for (++it; it != rowColumns.cend() && it.key() == lastRow + 1; ++it) {
            lastRow = it.key();
            firstColumn = std::min(firstColumn, it->first);
            lastColumn = std::max(lastColumn, it->second);
        }
        Q_EMIT dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn), roles);
    }
}

} // namespace shelfsync::items
