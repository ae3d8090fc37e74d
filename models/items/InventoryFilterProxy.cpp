#include "InventoryFilterProxy.h"

#include "InventoryModel.h"

#include <algorithm>

namespace shelfsync::items {

InventoryFilterProxy::InventoryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void InventoryFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void InventoryFilterProxy::setLocationFilter(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    invalidateRowsFilter();
}

void InventoryFilterProxy::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateRowsFilter();
}

bool InventoryFilterProxy::hasFilter() const
{
    return !m_words.isEmpty() || !m_location.isEmpty() || m_status != StatusFilter::All;
}

bool InventoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_location.isEmpty() && index.data(InventoryModel::LocationRole).toString() != m_location)
        return false;
    if (m_status != StatusFilter::All &&
        !matchesStatus(index.data(InventoryModel::StatusRole).toInt()))
        return false;
    return m_words.isEmpty() ||
           matchesSearch(index.data(InventoryModel::SearchTextRole).toString());
}

bool InventoryFilterProxy::matchesSearch(const QString &searchText) const
{
    return std::all_of(m_words.cbegin(), m_words.cend(), [&searchText](const QString &word) {
        return searchText.contains(word, Qt::CaseInsensitive);
    });
}

bool InventoryFilterProxy::matchesStatus(int status) const
{
    switch (m_status) {
    case StatusFilter::All:
        return true;
    case StatusFilter::Problems:
        return status != int(StockStatus::Ok);
    case StatusFilter::Out:
        return status == int(StockStatus::Out);
    case StatusFilter::Low:
        return status == int(StockStatus::Low);
    case StatusFilter::AtRisk:
        return status == int(StockStatus::AtRisk);
    case StatusFilter::Expiring:
        return status == int(StockStatus::Expiring);
    case StatusFilter::Ok:
        return status == int(StockStatus::Ok);
    }
    return true;
}

} // namespace shelfsync::items
