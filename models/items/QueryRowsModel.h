#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace shelfsync::items {

// How a column's value reads: the display text follows the user's locale, the raw value
// (Qt::EditRole, SortRole, CSV) never does.
enum class ValueFormat
{
    Text,
    Count,   // whole units
    Decimal, // one decimal place: units a day, days of cover
    Money,   // two decimal places, at cost
    Percent, // a 0..1 share shown as "12 %"
    Date,    // YYYY-MM-DD on the wire, the locale's short date on screen
};

// One column of a query's rows: the field it shows, its header and how it reads.
struct QueryColumn
{
    QString key;
    QString title;
    ValueFormat format = ValueFormat::Text;
    // Codes ("write_off") shown as words; the raw value stays the code.
    std::function<QString(const QString &code)> label = {};
    // A field of the same row shown as the tooltip (the reason behind an action).
    QString tooltipKey = {};
};

// The rows of a service query (velocity, ageing, deadstock) as a table, one row per
// answer row. A refresh keeps the rows whose key fields are unchanged in place, so a
// live update of a sorted, selected table changes only what changed: vanished rows are
// removed, changed ones emit dataChanged, new ones are appended (views sort through a
// proxy, so the source order carries no meaning).
class QueryRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryRowsModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value; a missing one is invalid
        RowRole,                     // the whole answer row, as a QJsonObject
    };

    QueryRowsModel(QList<QueryColumn> columns, QStringList keyFields, QObject *parent = nullptr);

    void setRows(const QJsonArray &rows);
    const QList<QJsonObject> &rows() const { return m_rows; }
    const QList<QueryColumn> &columns() const { return m_columns; }
    int columnOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The display text of a value in a column's format, for tooltips and chart labels.
    static QString formatValue(const QJsonValue &value, ValueFormat format);

private:
    QString keyOf(const QJsonObject &row) const;
    QStringList uniqueKeys(const QList<QJsonObject> &rows) const;
    // Removes the rows whose keys are not among `incoming` (key -> index in the answer).
    void removeVanished(const QHash<QString, qsizetype> &incoming);

    QList<QueryColumn> m_columns;
    QStringList m_keyFields;
    QList<QJsonObject> m_rows;
};

} // namespace shelfsync::items
