#include "DashboardModel.h"

#include "sync/Workspace.h"

#include <QColor>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::items {

namespace {

// Muted, so black text stays readable on them in light and dark themes alike.
QColor healthColor(Health health)
{
    switch (health) {
    case Health::Red:
        return QColor(0xf4, 0xc2, 0xbf);
    case Health::Amber:
        return QColor(0xfb, 0xe3, 0xa8);
    case Health::Green:
        break;
    }
    return QColor(0xcd, 0xe8, 0xcd);
}

const QColor kFigureText(0x1b, 0x1b, 0x1b);

bool locationLess(const Location &a, const Location &b)
{
    return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
}

// Whether what a column shows differs between two sums of the same location.
bool columnDiffers(const LocationHealth &a, const LocationHealth &b, int column)
{
    if (a.skus != b.skus)
        return column != DashboardModel::LocationColumn;
    switch (column) {
    case DashboardModel::OutOfStockColumn:
        return a.outOfStock != b.outOfStock;
    case DashboardModel::AtRiskColumn:
        return a.atRisk != b.atRisk;
    case DashboardModel::ExpiringColumn:
        return a.expiringSkus != b.expiringSkus;
    case DashboardModel::DeadstockColumn:
        return a.deadstockValue != b.deadstockValue || a.stockValue != b.stockValue ||
               a.deadstockBatches != b.deadstockBatches || a.deadstockSkus != b.deadstockSkus;
    default:
        return false;
    }
}

const QList<int> kFigureRoles{Qt::DisplayRole,
                              Qt::EditRole,
                              Qt::ToolTipRole,
                              Qt::BackgroundRole,
                              DashboardModel::SortRole,
                              DashboardModel::HealthRole,
                              DashboardModel::ShareRole,
                              DashboardModel::CountRole,
                              DashboardModel::CaptionRole};

} // namespace

DashboardModel::DashboardModel(sync::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&workspace.replica(), &sync::Replica::reset, this, &DashboardModel::rebuild);
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const StateChanges &changes, const QList<Event> &) { onChanged(changes); });
    rebuild();
}

DashboardModel::~DashboardModel() = default;

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DashboardModel::columnOf(Measure measure)
{
    return OutOfStockColumn + int(measure);
}

std::optional<Measure> DashboardModel::measureAt(int column)
{
    if (column < OutOfStockColumn || column >= ColumnCount)
        return std::nullopt;
    return Measure(column - OutOfStockColumn);
}

int DashboardModel::rowOf(const QString &location) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).location.id == location)
            return int(row);
    }
    return -1;
}

QString DashboardModel::locationAt(int row) const
{
    return m_rows.at(row).location.id;
}

QModelIndex DashboardModel::figureIndex(const QString &location, Measure measure) const
{
    const int row = rowOf(location);
    return row < 0 ? QModelIndex() : index(row, columnOf(measure));
}

QModelIndex DashboardModel::worstFigure() const
{
    QModelIndex worst = m_rows.isEmpty() ? QModelIndex() : index(0, OutOfStockColumn);
    std::pair<int, double> worstScore{-1, 0.0};
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const LocationHealth &health = m_rows.at(row).health;
        for (int m = 0; m < kMeasureCount; ++m) {
            const auto measure = Measure(m);
            const double share = health.share(measure);
            if (share <= 0.0)
                continue;
            const std::pair<int, double> score{int(health.health(measure)),
                                               share / thresholdsFor(measure).redFrom};
            if (score > worstScore) {
                worstScore = score;
                worst = index(int(row), columnOf(measure));
            }
        }
    }
    return worst;
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const LocationHealth &health = row.health;
    const QLocale locale;
    if (role == LocationRole)
        return row.location.id;
    if (index.column() == LocationColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case SortRole:
            return row.location.id;
        case CaptionRole:
            return row.location.name;
        case Qt::ToolTipRole:
            return row.location.kind == LocationKind::Store
                       ? tr("%1 (%2), a store").arg(row.location.name, row.location.id)
                       : tr("%1 (%2), a warehouse").arg(row.location.name, row.location.id);
        default:
            return {};
        }
    }
    if (index.column() == SkusColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(health.skus);
        case Qt::EditRole:
        case SortRole:
            return health.skus;
        case CaptionRole:
            return tr("SKUs carried");
        case Qt::ToolTipRole:
            return tr("%Ln SKU(s) with stock records at this location", nullptr, health.skus);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return {};
        }
    }
    const Measure measure = *measureAt(index.column());
    const double share = health.share(measure);
    const bool isValue = measure == Measure::Deadstock;
    switch (role) {
    case Qt::DisplayRole:
        if (health.skus == 0)
            return u"–"_s;
        return isValue ? formatValue(health.deadstockValue) : formatShare(share);
    case Qt::EditRole:
    case SortRole:
        return isValue ? health.deadstockValue : share;
    case ShareRole:
        return share;
    case CountRole:
        return health.count(measure);
    case MeasureRole:
        return int(measure);
    case HealthRole:
        return int(health.health(measure));
    case Qt::BackgroundRole:
        return healthColor(health.health(measure));
    case Qt::ForegroundRole:
        return kFigureText;
    case Qt::ToolTipRole:
        return describeFigure(health, measure);
    case CaptionRole:
        if (isValue)
            return tr("%1 of stock value").arg(formatShare(share));
        return tr("%1 of %Ln SKU(s)", nullptr, health.skus)
            .arg(locale.toString(health.count(measure)));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LocationColumn)
        return tr("Location");
    if (section == SkusColumn)
        return tr("SKUs");
    return measureName(*measureAt(section));
}

void DashboardModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

void DashboardModel::refreshTimes()
{
    QList<StockKey> keys = m_workspace.state().cells.keys();
    std::sort(keys.begin(), keys.end());
    reassess(keys, {});
}

void DashboardModel::rebuild()
{
    beginResetModel();
    const State &state = m_workspace.state();
    const QDateTime now = m_clock();
    m_computedAt = now;
    m_facts.clear();
    for (auto it = state.cells.cbegin(); it != state.cells.cend(); ++it)
        m_facts[it.key().location].insert(it.key().sku, assessCell(state, it.key(), now));
    m_rows.clear();
    for (const Location &location : state.locations)
        m_rows.append(Row{.location = location, .health = sumOf(location.id)});
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row &a, const Row &b) { return locationLess(a.location, b.location); });
    endResetModel();
    Q_EMIT evaluated();
}

void DashboardModel::onChanged(const StateChanges &changes)
{
    if (!changes.locations.isEmpty())
        syncLocations();
    const State &state = m_workspace.state();
    QSet<StockKey> keys;
    for (const StockKey &key : changes.cells)
        keys.insert(key);
    // A SKU's default policy (deadstock window, buffer), its unit cost or its name touch
    // its cells at every location.
    QSet<QString> skus = changes.skusWithDefaultPolicyChange;
    skus.unite(changes.skus);
    QSet<QString> skuChanged;
    for (const QString &sku : std::as_const(skus)) {
        for (auto it = state.locations.cbegin(); it != state.locations.cend(); ++it) {
            const StockKey key{it.key(), sku};
            if (state.cells.contains(key)) {
                keys.insert(key);
                if (changes.skus.contains(sku))
                    skuChanged.insert(key.location);
            }
        }
    }
    if (keys.isEmpty() && skuChanged.isEmpty())
        return;
    QList<StockKey> sorted = keys.values();
    std::sort(sorted.begin(), sorted.end());
    reassess(sorted, skuChanged);
}

void DashboardModel::reassess(const QList<StockKey> &keys, QSet<QString> touched)
{
    const State &state = m_workspace.state();
    const QDateTime now = m_clock();
    m_computedAt = now;
    for (const StockKey &key : keys) {
        QMap<QString, CellFacts> &cells = m_facts[key.location];
        if (!state.cells.contains(key)) {
            if (cells.remove(key.sku) > 0)
                touched.insert(key.location);
            continue;
        }
        CellFacts facts = assessCell(state, key, now);
        const auto it = cells.find(key.sku);
        if (it == cells.end())
            cells.insert(key.sku, std::move(facts));
        else if (!(*it == facts))
            *it = std::move(facts);
        else
            continue;
        touched.insert(key.location);
    }
    QList<QString> locations = touched.values();
    std::sort(locations.begin(), locations.end());
    for (const QString &location : std::as_const(locations))
        updateRow(location);
    for (const QString &location : std::as_const(locations))
        Q_EMIT entriesChanged(location);
    Q_EMIT evaluated();
}

void DashboardModel::updateRow(const QString &location)
{
    const int row = rowOf(location);
    if (row < 0)
        return;
    const LocationHealth health = sumOf(location);
    const LocationHealth before = std::exchange(m_rows[row].health, health);
    // One signal per run of adjacent figures that moved.
    int first = -1;
    for (int column = SkusColumn; column <= ColumnCount; ++column) {
        const bool differs = column < ColumnCount && columnDiffers(before, health, column);
        if (differs && first < 0)
            first = column;
        if (!differs && first >= 0) {
            Q_EMIT dataChanged(index(row, first), index(row, column - 1), kFigureRoles);
            first = -1;
        }
    }
}

LocationHealth DashboardModel::sumOf(const QString &location) const
{
    LocationHealth health;
    const auto cells = m_facts.constFind(location);
    if (cells == m_facts.cend())
        return health;
    for (const CellFacts &facts : *cells)
        health.add(facts);
    return health;
}

int DashboardModel::insertPosition(const Location &location) const
{
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), location,
        [](const Row &row, const Location &l) { return locationLess(row.location, l); });
    return int(it - m_rows.cbegin());
}

void DashboardModel::syncLocations()
{
    const State &state = m_workspace.state();
    // A location whose kind changed moves between the stores and the warehouses: it
    // leaves its place here and comes back below at its new one.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const auto it = state.locations.constFind(m_rows.at(row).location.id);
        if (it != state.locations.cend() && it->kind == m_rows.at(row).location.kind)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const Location &now = state.locations.value(m_rows.at(row).location.id);
        if (now == m_rows.at(row).location)
            continue;
        m_rows[row].location = now;
        const QModelIndex changed = index(int(row), LocationColumn);
        Q_EMIT dataChanged(changed, changed,
                           {Qt::DisplayRole, Qt::EditRole, SortRole, Qt::ToolTipRole, CaptionRole});
    }
    QList<Location> added;
    for (const Location &location : state.locations) {
        if (rowOf(location.id) < 0)
            added.append(location);
    }
    std::sort(added.begin(), added.end(), locationLess);
    for (const Location &location : std::as_const(added)) {
        const int row = insertPosition(location);
        beginInsertRows({}, row, row);
        m_rows.insert(row, Row{.location = location, .health = sumOf(location.id)});
        endInsertRows();
    }
}

QList<DashboardEntry> DashboardModel::entriesBehind(const QString &location, Measure measure) const
{
    QList<DashboardEntry> entries;
    const auto cells = m_facts.constFind(location);
    if (cells == m_facts.cend())
        return entries;
    const State &state = m_workspace.state();
    for (auto it = cells->cbegin(); it != cells->cend(); ++it) {
        const StockKey key{location, it.key()};
        const auto sku = state.skus.constFind(key.sku);
        entries.append(
            entriesOf(key, sku != state.skus.cend() ? sku->name : QString(), *it, measure));
    }
    return entries;
}

} // namespace shelfsync::items
