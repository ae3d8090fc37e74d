#include "PolicyPreviewModel.h"

#include "sync/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace shelfsync::items {

namespace {

const QList<int> kFigureRoles{Qt::DisplayRole, Qt::EditRole,    Qt::ForegroundRole,
                              Qt::FontRole,    Qt::ToolTipRole, PolicyPreviewModel::AffectedRole};

} // namespace

PolicyPreviewModel::PolicyPreviewModel(sync::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.replica(), &sync::Replica::reset, this, &PolicyPreviewModel::onReset);
    connect(&workspace.replica(), &sync::Replica::changed, this, &PolicyPreviewModel::onChanged);
}

int PolicyPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const qint64 change = row.candidate.atp - row.current.atp;
    const bool affected = row.affected;
    switch (role) {
    case LocationRole:
        return row.key.location;
    case SkuRole:
        return row.key.sku;
    case AffectedRole:
        return affected;
    case Qt::ForegroundRole:
        if (!affected)
            return QBrush(QColor(0x75, 0x75, 0x75));
        if (index.column() == AtpChangeColumn && change != 0)
            return change < 0 ? QBrush(QColor(0xb7, 0x1c, 0x1c)) : QBrush(QColor(0x1b, 0x5e, 0x20));
        return {};
    case Qt::FontRole:
        if (index.column() >= NewBufferColumn && change != 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (!affected)
            return tr("This location keeps a policy of its own and is not changed");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= SellableColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }

    const bool display = role == Qt::DisplayRole;
    const auto number = [display](qint64 value) {
        return display ? QVariant(QLocale().toString(value)) : QVariant(value);
    };
    switch (index.column()) {
    case LocationColumn:
        return row.key.location;
    case SkuColumn:
        return row.key.sku;
    case SellableColumn:
        return number(row.current.sellable());
    case ReservedColumn:
        return number(row.current.reserved);
    case BufferColumn:
        return number(row.current.buffer);
    case AtpColumn:
        return number(row.current.atp);
    case NewBufferColumn:
        return number(row.candidate.buffer);
    case NewAtpColumn:
        return number(row.candidate.atp);
    case AtpChangeColumn:
        if (!display)
            return change;
        return change > 0 ? QVariant(QString(u'+' + QLocale().toString(change))) : number(change);
    default:
        return {};
    }
}

QVariant PolicyPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LocationColumn:
        return tr("Location");
    case SkuColumn:
        return tr("SKU");
    case SellableColumn:
        return tr("Sellable");
    case ReservedColumn:
        return tr("Reserved");
    case BufferColumn:
        return tr("Buffer");
    case AtpColumn:
        return tr("ATP");
    case NewBufferColumn:
        return tr("New buffer");
    case NewAtpColumn:
        return tr("New ATP");
    case AtpChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

void PolicyPreviewModel::setSkus(const QStringList &skus)
{
    if (skus == m_skus)
        return;
    // A new selection is a new set of rows: announced as removal and insertion, so a
    // view keeps its header and scroll state rather than being reset.
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        m_rowOf.clear();
        m_skus.clear();
        endRemoveRows();
    }
    m_skus = skus;
    const QStringList locations = sortedLocations();
    const int count = int(m_skus.size() * locations.size());
    if (count == 0)
        return;
    beginInsertRows({}, 0, count - 1);
    rebuild();
    endInsertRows();
}

void PolicyPreviewModel::setCandidate(const domain::PolicyPatch &patch, const QString &location)
{
    if (patch == m_patch && location == m_location)
        return;
    const bool scopeChanged = location != m_location;
    m_patch = patch;
    m_location = location;
    if (m_rows.isEmpty())
        return;
    if (scopeChanged) {
        // Which rows the candidate applies to changed: every row's styling with it.
        static const domain::Cell empty;
        for (Row &row : m_rows) {
            const domain::Cell *cell = m_workspace.state().cell(row.key);
            row.candidate =
                domain::computeAvailability(cell ? *cell : empty, candidatePolicy(row.key));
            row.affected = applies(row.key);
        }
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           kFigureRoles);
        return;
    }
    QList<int> all(m_rows.size());
    std::iota(all.begin(), all.end(), 0);
    refreshRows(all);
}

domain::StockKey PolicyPreviewModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : domain::StockKey{};
}

domain::Availability PolicyPreviewModel::currentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).current : domain::Availability{};
}

domain::Availability PolicyPreviewModel::candidateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).candidate : domain::Availability{};
}

domain::Policy PolicyPreviewModel::candidatePolicy(const domain::StockKey &key) const
{
    const domain::State &state = m_workspace.state();
    if (!applies(key))
        return state.effectivePolicy(key);
    // The same bases the service patches (DecideCatalog): the SKU's default for the
    // default scope, the cell's policy in force for an override.
    const domain::Policy base = m_location.isEmpty()
                                    ? state.skuPolicies.value(key.sku, domain::Policy{})
                                    : state.effectivePolicy(key);
    return m_patch.appliedTo(base);
}

bool PolicyPreviewModel::applies(const domain::StockKey &key) const
{
    if (m_location.isEmpty())
        return !m_workspace.state().overrides.contains(key);
    return key.location == m_location;
}

QStringList PolicyPreviewModel::sortedLocations() const
{
    QStringList locations = m_workspace.state().locations.keys();
    std::sort(locations.begin(), locations.end());
    return locations;
}

void PolicyPreviewModel::rebuild()
{
    const QStringList locations = sortedLocations();
    m_rows.clear();
    m_rows.reserve(m_skus.size() * locations.size());
    for (const QString &sku : std::as_const(m_skus)) {
        for (const QString &location : locations)
            m_rows.append(makeRow({location, sku}));
    }
    reindex();
}

PolicyPreviewModel::Row PolicyPreviewModel::makeRow(const domain::StockKey &key) const
{
    static const domain::Cell empty;
    const domain::State &state = m_workspace.state();
    const domain::Cell *cell = state.cell(key);
    return Row{.key = key,
               .current = state.availability(key),
               .candidate = domain::computeAvailability(cell ? *cell : empty, candidatePolicy(key)),
               .affected = applies(key)};
}

void PolicyPreviewModel::reindex()
{
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).key, row);
}

void PolicyPreviewModel::onReset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void PolicyPreviewModel::onChanged(const domain::StateChanges &changes,
                                   const QList<domain::Event> &)
{
    if (m_skus.isEmpty())
        return;
    QStringList newLocations;
    for (const QString &location : changes.locations) {
        if (!m_rowOf.contains({location, m_skus.first()}))
            newLocations.append(location);
    }
    if (!newLocations.isEmpty())
        addLocations(newLocations);

    QList<int> rows;
    for (const domain::StockKey &key : changes.cells) {
        if (const int row = rowOf(key); row >= 0)
            rows.append(row);
    }
    for (const domain::StockKey &key : changes.policies) {
        if (const int row = rowOf(key); row >= 0)
            rows.append(row);
    }
    for (const QString &sku : changes.skusWithDefaultPolicyChange) {
        if (!m_skus.contains(sku))
            continue;
        for (auto it = m_rowOf.cbegin(); it != m_rowOf.cend(); ++it) {
            if (it.key().sku == sku)
                rows.append(*it);
        }
    }
    refreshRows(rows);
}

void PolicyPreviewModel::addLocations(const QStringList &locations)
{
    const QStringList all = sortedLocations();
    for (const QString &location : locations) {
        const int position = int(all.indexOf(location));
        for (int skuIndex = 0; skuIndex < m_skus.size(); ++skuIndex) {
            // Rows before this SKU's block, plus this SKU's locations sorted before it
            // that are already rows.
            const QString &sku = m_skus.at(skuIndex);
            int row = 0;
            while (row < m_rows.size() && m_rows.at(row).key.sku != sku)
                ++row;
            for (int i = 0; i < position; ++i) {
                if (m_rowOf.contains({all.at(i), sku}))
                    ++row;
            }
            beginInsertRows({}, row, row);
            m_rows.insert(row, makeRow({location, sku}));
            reindex();
            endInsertRows();
        }
    }
}

void PolicyPreviewModel::refreshRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const domain::State &state = m_workspace.state();
    static const domain::Cell empty;

    // For each changed row, the first column whose figures moved; runs of neighbouring
    // rows go out as one signal.
    QList<std::pair<int, int>> changed;
    for (const int row : std::as_const(rows)) {
        Row &entry = m_rows[row];
        const domain::Cell *cell = state.cell(entry.key);
        const domain::Availability current = state.availability(entry.key);
        const domain::Availability candidate =
            domain::computeAvailability(cell ? *cell : empty, candidatePolicy(entry.key));
        const bool affected = applies(entry.key);
        int first = -1;
        if (affected != entry.affected)
            first = LocationColumn;
        else if (current != entry.current)
            first = SellableColumn;
        else if (candidate != entry.candidate)
            first = NewBufferColumn;
        entry.current = current;
        entry.candidate = candidate;
        entry.affected = affected;
        if (first >= 0)
            changed.append({row, first});
    }
    for (int i = 0; i < changed.size();) {
        int j = i;
        int first = changed.at(i).second;
        while (j + 1 < changed.size() && changed.at(j + 1).first == changed.at(j).first + 1) {
            ++j;
            first = std::min(first, changed.at(j).second);
        }
        Q_EMIT dataChanged(index(changed.at(i).first, first),
                           index(changed.at(j).first, ColumnCount - 1), kFigureRoles);
        i = j + 1;
    }
}

} // namespace shelfsync::items
