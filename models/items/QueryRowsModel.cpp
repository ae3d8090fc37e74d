#include "QueryRowsModel.h"

#include <QDate>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace shelfsync::items {

QueryRowsModel::QueryRowsModel(QList<QueryColumn> columns, QStringList keyFields, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
    , m_keyFields(std::move(keyFields))
{}

int QueryRowsModel::columnOf(const QString &key) const
{
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        if (m_columns.at(column).key == key)
            return int(column);
    }
    return -1;
}

QString QueryRowsModel::keyOf(const QJsonObject &row) const
{
    QStringList parts;
    for (const QString &field : m_keyFields)
        parts.append(row.value(field).toVariant().toString());
    return parts.join(QChar(0x1F)); // a unit separator: no field holds one
}

QStringList QueryRowsModel::uniqueKeys(const QList<QJsonObject> &rows) const
{
    // A key repeated in one answer keeps each occurrence apart, numbered in order.
    QStringList keys;
    QHash<QString, int> seen;
    for (const QJsonObject &row : rows) {
        const QString key = keyOf(row);
        const int copy = seen[key]++;
        keys.append(copy == 0 ? key : QString(key + QChar(0x1F) + QString::number(copy)));
    }
    return keys;
}

void QueryRowsModel::setRows(const QJsonArray &rows)
{
    QList<QJsonObject> fresh;
    fresh.reserve(rows.size());
    for (const QJsonValue &value : rows)
        fresh.append(value.toObject());
    const QStringList freshKeys = uniqueKeys(fresh);
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < freshKeys.size(); ++i)
        incoming.insert(freshKeys.at(i), i);

    removeVanished(incoming);

    // What is left is all in the answer: update in place, one signal per changed run.
    const QStringList keys = uniqueKeys(m_rows);
    int changedFirst = -1;
    const auto flushChanged = [this, &changedFirst](int last) {
        if (changedFirst >= 0)
            Q_EMIT dataChanged(index(changedFirst, 0), index(last, columnCount() - 1));
        changedFirst = -1;
    };
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        present.insert(keys.at(row));
        const QJsonObject &update = fresh.at(incoming.value(keys.at(row)));
        if (update == m_rows.at(row)) {
            flushChanged(row - 1);
            continue;
        }
        m_rows[row] = update;
        if (changedFirst < 0)
            changedFirst = row;
    }
    flushChanged(int(m_rows.size()) - 1);

    QList<QJsonObject> added;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (!present.contains(freshKeys.at(i)))
            added.append(fresh.at(i));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void QueryRowsModel::removeVanished(const QHash<QString, qsizetype> &incoming)
{
    const QStringList keys = uniqueKeys(m_rows);
    // Back to front, one contiguous run at a time, so the indexes ahead stay valid.
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (incoming.contains(keys.at(last)))
            continue;
        int first = last;
        while (first > 0 && !incoming.contains(keys.at(first - 1)))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
}

int QueryRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString QueryRowsModel::formatValue(const QJsonValue &value, ValueFormat format)
{
    if (value.isNull() || value.isUndefined())
        return u"–"_s;
    const QLocale locale;
    switch (format) {
    case ValueFormat::Text:
        return value.toVariant().toString();
    case ValueFormat::Count:
        return locale.toString(value.toInteger());
    case ValueFormat::Decimal:
        return locale.toString(value.toDouble(), 'f', 1);
    case ValueFormat::Money:
        return locale.toString(value.toDouble(), 'f', 2);
    case ValueFormat::Percent:
        return u"%1 %"_s.arg(locale.toString(value.toDouble() * 100.0, 'f', 0));
    case ValueFormat::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : value.toString();
    }
    }
    return value.toVariant().toString();
}

QVariant QueryRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const QueryColumn &column = m_columns.at(index.column());
    const QJsonValue value = row.value(column.key);
    switch (role) {
    case Qt::DisplayRole:
        if (column.label && value.isString())
            return column.label(value.toString());
        return formatValue(value, column.format);
    case Qt::EditRole:
    case SortRole:
        if (value.isNull() || value.isUndefined())
            return {};
        // JSON gives whole numbers back as integers and the rest as doubles, and Qt 6.4
        // can compare an integer 0 with 0.09 as equal. One type sorts right.
        if (column.format != ValueFormat::Text && column.format != ValueFormat::Date &&
            value.isDouble())
            return value.toDouble();
        return value.toVariant();
    case Qt::ToolTipRole:
        if (!column.tooltipKey.isEmpty())
            return row.value(column.tooltipKey).toString();
        return {};
    case Qt::TextAlignmentRole:
        if (column.format == ValueFormat::Text || column.format == ValueFormat::Date)
            return {};
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case RowRole:
        return row;
    default:
        return {};
    }
}

QVariant QueryRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    return {};
}

} // namespace shelfsync::items
