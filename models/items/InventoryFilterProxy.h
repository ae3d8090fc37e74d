#pragma once

#include <QSortFilterProxyModel>

namespace shelfsync::items {

// Sorting and filtering of the InventoryModel: free text over SKU, name, category and GTIN,
// one location, and a status filter. Sorts by the model's raw values (SortRole), so
// figures sort as numbers and statuses by urgency.
class InventoryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryFilterProxy)

public:
    enum class StatusFilter
    {
        All,
        Problems, // anything but OK
        Out,
        Low,
        AtRisk,
        Expiring,
        Ok,
    };

    explicit InventoryFilterProxy(QObject *parent = nullptr);

    // Every word must appear (case-insensitive) in the SKU, name, category or GTIN.
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(u' '); }
    void setLocationFilter(const QString &location); // empty: every location
    QString locationFilter() const { return m_location; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    bool hasFilter() const;
    // What filterAcceptsRow asks of a row's SearchTextRole and StatusRole, so a caller can
    // tell which filter hides a row.
    bool matchesSearch(const QString &searchText) const;
    bool matchesStatus(int status) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_location;
    StatusFilter m_status = StatusFilter::All;
};

} // namespace shelfsync::items
