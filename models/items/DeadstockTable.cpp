#include "DeadstockTable.h"

#include "sync/Outbox.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace shelfsync::items {

namespace {

// The context lupdate files these strings under.
struct DeadstockTable
{
    Q_DECLARE_TR_FUNCTIONS(shelfsync::items::DeadstockTable)
};

const QList<std::pair<QLatin1StringView, const char *>> kActions{
    {"discount"_L1, QT_TRANSLATE_NOOP("shelfsync::items::DeadstockTable", "Discount")},
    {"bundle"_L1, QT_TRANSLATE_NOOP("shelfsync::items::DeadstockTable", "Bundle")},
    {"transfer"_L1, QT_TRANSLATE_NOOP("shelfsync::items::DeadstockTable", "Transfer")},
    {"donate"_L1, QT_TRANSLATE_NOOP("shelfsync::items::DeadstockTable", "Donate")},
    {"write_off"_L1, QT_TRANSLATE_NOOP("shelfsync::items::DeadstockTable", "Write off")},
};

const QList<std::pair<QLatin1StringView, const char *>> kClasses{
    {"deadstock"_L1, QT_TRANSLATE_NOOP("shelfsync::items::DeadstockTable", "Deadstock")},
    {"expiry_risk"_L1, QT_TRANSLATE_NOOP("shelfsync::items::DeadstockTable", "Expiry risk")},
    {"slow_mover"_L1, QT_TRANSLATE_NOOP("shelfsync::items::DeadstockTable", "Slow mover")},
    {"healthy"_L1, QT_TRANSLATE_NOOP("shelfsync::items::DeadstockTable", "Healthy")},
};

QString lookUp(const QList<std::pair<QLatin1StringView, const char *>> &words, const QString &code)
{
    for (const auto &[name, text] : words) {
        if (code == name)
            return DeadstockTable::tr(text);
    }
    return code; // a code newer than this app reads as sent
}

// Tints, not alarms: the text on them stays the table's own dark text.
QVariant actionBackground(const QString &code)
{
    if (code == "write_off"_L1 || code == "donate"_L1)
        return QBrush(QColor(0xfd, 0xe0, 0xdc)); // goods leave the books: decide now
    if (code == "discount"_L1 || code == "transfer"_L1)
        return QBrush(QColor(0xff, 0xf0, 0xc2)); // still sellable with a push
    return {};
}

} // namespace

QueryRowsModel *makeDeadstockModel(QObject *parent)
{
    QList<QueryColumn> columns{
        {.key = u"action"_s,
         .title = DeadstockTable::tr("Action"),
         .label = actionLabel,
         .tooltipKey = u"reason"_s},
        {.key = u"location"_s, .title = DeadstockTable::tr("Location")},
        {.key = u"sku"_s, .title = DeadstockTable::tr("SKU")},
        {.key = u"name"_s, .title = DeadstockTable::tr("Name")},
        {.key = u"batch"_s, .title = DeadstockTable::tr("Batch")},
        {.key = u"qty"_s, .title = DeadstockTable::tr("Qty"), .format = ValueFormat::Count},
        {.key = u"value"_s, .title = DeadstockTable::tr("Value"), .format = ValueFormat::Money},
        // The "why" sits beside the money, not past a dozen figures off screen.
        {.key = u"reason"_s, .title = DeadstockTable::tr("Reason"), .tooltipKey = u"reason"_s},
        {.key = u"age_days"_s,
         .title = DeadstockTable::tr("Age (days)"),
         .format = ValueFormat::Count},
        {.key = u"days_to_expiry"_s,
         .title = DeadstockTable::tr("Days left"),
         .format = ValueFormat::Count},
        {.key = u"expiry"_s, .title = DeadstockTable::tr("Expiry"), .format = ValueFormat::Date},
        {.key = u"cover_days"_s,
         .title = DeadstockTable::tr("Cover (days)"),
         .format = ValueFormat::Decimal},
        {.key = u"sell_through"_s,
         .title = DeadstockTable::tr("Sell-through"),
         .format = ValueFormat::Percent},
        {.key = u"velocity_7"_s,
         .title = DeadstockTable::tr("Sold a day (7 d)"),
         .format = ValueFormat::Decimal},
        {.key = u"last_sale"_s,
         .title = DeadstockTable::tr("Last sale"),
         .format = ValueFormat::Date},
        {.key = u"class"_s, .title = DeadstockTable::tr("Class"), .label = classLabel},
        {.key = u"category"_s, .title = DeadstockTable::tr("Category")},
    };
    return new QueryRowsModel(std::move(columns), {u"location"_s, u"sku"_s, u"batch"_s}, parent);
}

QString actionLabel(const QString &code)
{
    return lookUp(kActions, code);
}

QString classLabel(const QString &code)
{
    return lookUp(kClasses, code);
}

QStringList deadstockActionCodes()
{
    QStringList codes;
    for (const auto &entry : kActions)
        codes.append(entry.first);
    return codes;
}

QString deadstockSummary(const QList<QJsonObject> &rows)
{
    if (rows.isEmpty())
        return DeadstockTable::tr("No batch needs a decision.");
    const QLocale locale;
    const auto money = [&locale](double value) { return locale.toString(value, 'f', 2); };
    double total = 0.0;
    QHash<QString, std::pair<int, double>> perAction;
    for (const QJsonObject &row : rows) {
        const double value = row.value("value"_L1).toDouble();
        total += value;
        auto &[count, sum] = perAction[row.value("action"_L1).toString()];
        ++count;
        sum += value;
    }
    QStringList parts{DeadstockTable::tr("%Ln batch(es)", nullptr, int(rows.size())),
                      DeadstockTable::tr("%1 at cost").arg(money(total))};
    for (const QString &code : deadstockActionCodes()) {
        const auto found = perAction.constFind(code);
        if (found == perAction.cend())
            continue;
        //: An action, its number of batches and their value: "Discount 12 (310.20)".
        parts.append(
            DeadstockTable::tr("%1 %2 (%3)")
                .arg(actionLabel(code), locale.toString(found->first), money(found->second)));
    }
    return parts.join(u" · "_s);
}

DeadstockProxy::DeadstockProxy(sync::Outbox &outbox, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_outbox(outbox)
{
    setSortRole(QueryRowsModel::SortRole);
    m_repaintTimer.setSingleShot(true);
    m_repaintTimer.setInterval(0);
    connect(&m_repaintTimer, &QTimer::timeout, this, &DeadstockProxy::repaintPending);
    for (const sync::OutboxEntry &entry : outbox.pending())
        follow(entry);
    connect(&outbox, &sync::Outbox::added, this, [this](const sync::OutboxEntry &entry) {
        if (!entry.rejected)
            follow(entry);
    });
    // Acked or rejected: either way it no longer waits to be sent.
    connect(&outbox, &sync::Outbox::removed, this, &DeadstockProxy::forget);
    connect(&outbox, &sync::Outbox::rejectedChanged, this, &DeadstockProxy::forget);
}

void DeadstockProxy::setActionFilter(const QString &code)
{
    if (code == m_action)
        return;
    m_action = code;
    invalidateRowsFilter();
}

void DeadstockProxy::setSourceModel(QAbstractItemModel *model)
{
    const auto *rows = qobject_cast<const QueryRowsModel *>(model);
    m_actionColumn = rows ? rows->columnOf(u"action"_s) : -1;
    QSortFilterProxyModel::setSourceModel(model);
}

bool DeadstockProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_action.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QJsonObject row = index.data(QueryRowsModel::RowRole).toJsonObject();
    return row.value("action"_L1).toString() == m_action;
}

QVariant DeadstockProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant base = QSortFilterProxyModel::data(index, role);
    const QJsonObject row =
        QSortFilterProxyModel::data(index, QueryRowsModel::RowRole).toJsonObject();
    const bool actionCell = index.column() == m_actionColumn;
    switch (role) {
    case Qt::BackgroundRole:
        return actionCell ? actionBackground(row.value("action"_L1).toString()) : base;
    case Qt::ForegroundRole:
        if (actionCell && actionBackground(row.value("action"_L1).toString()).isValid())
            return QBrush(QColor(0x21, 0x21, 0x21)); // readable on the tint in dark themes
        return base;
    case Qt::FontRole:
    case Qt::ToolTipRole: {
        const int pending = m_outbox.pendingFor(
            {row.value("location"_L1).toString(), row.value("sku"_L1).toString()});
        if (pending <= 0)
            return base;
        if (role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        const QString waiting =
            DeadstockTable::tr("%Ln change(s) waiting to be sent", nullptr, pending);
        const QString text = base.toString();
        return text.isEmpty() ? waiting : QString(text + u'\n' + waiting);
    }
    default:
        return base;
    }
}

domain::StockKey DeadstockProxy::keyAt(int row) const
{
    const QJsonObject fields = index(row, 0).data(QueryRowsModel::RowRole).toJsonObject();
    return {fields.value("location"_L1).toString(), fields.value("sku"_L1).toString()};
}

QString DeadstockProxy::batchAt(int row) const
{
    return index(row, 0).data(QueryRowsModel::RowRole).toJsonObject().value("batch"_L1).toString();
}

domain::StockKey DeadstockProxy::sourceKey(int sourceRow) const
{
    const QJsonObject fields =
        sourceModel()->index(sourceRow, 0).data(QueryRowsModel::RowRole).toJsonObject();
    return {fields.value("location"_L1).toString(), fields.value("sku"_L1).toString()};
}

void DeadstockProxy::follow(const sync::OutboxEntry &entry)
{
    const domain::StockKey key = entry.key();
    if (key.location.isEmpty() || key.sku.isEmpty())
        return;
    m_pendingKey.insert(entry.id, key);
    pendingChanged(key);
}

void DeadstockProxy::forget(const QString &id)
{
    const auto found = m_pendingKey.constFind(id);
    if (found == m_pendingKey.cend())
        return;
    const domain::StockKey key = *found;
    m_pendingKey.erase(found);
    pendingChanged(key);
}

void DeadstockProxy::pendingChanged(const domain::StockKey &key)
{
    m_repaint.insert(key);
    m_repaintTimer.start();
}

void DeadstockProxy::repaintPending()
{
    const QSet<domain::StockKey> cells = std::exchange(m_repaint, {});
    if (!sourceModel())
        return;
    const int lastColumn = columnCount() - 1;
    for (int sourceRow = 0; sourceRow < sourceModel()->rowCount(); ++sourceRow) {
        if (!cells.contains(sourceKey(sourceRow)))
            continue;
        const QModelIndex first = mapFromSource(sourceModel()->index(sourceRow, 0));
        if (first.isValid())
            Q_EMIT dataChanged(first, index(first.row(), lastColumn),
                               {Qt::FontRole, Qt::ToolTipRole});
    }
}

} // namespace shelfsync::items
