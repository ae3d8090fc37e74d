#include "AlertModel.h"

#include "StockStatus.h"

#include "domain/Analytics.h"
#include "sync/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::items {

// The translation context of the alert texts (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class AlertText final
{
    Q_DECLARE_TR_FUNCTIONS(shelfsync::items::AlertModel)
};

namespace {

bool identityLess(const Alert &a, const Alert &b)
{
    return a.kind != b.kind ? a.kind < b.kind : a.batch < b.batch;
}

bool sameIdentity(const Alert &a, const Alert &b)
{
    return a.kind == b.kind && a.batch == b.batch;
}

QColor severityColor(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case AlertSeverity::Warning:
        return QColor(0xef, 0x9a, 0x1a);
    case AlertSeverity::Info:
        break;
    }
    return QColor(0x42, 0x7a, 0xb5);
}

QString severityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical:
        return AlertText::tr("Critical");
    case AlertSeverity::Warning:
        return AlertText::tr("Warning");
    case AlertSeverity::Info:
        break;
    }
    return AlertText::tr("Info");
}

std::optional<Alert> cellAlert(const StockAssessment &a)
{
    const QLocale locale;
    Alert alert;
    switch (a.status) {
    case StockStatus::AtRisk:
        alert.kind = AlertKind::AtRisk;
        alert.severity = AlertSeverity::Critical;
        alert.text =
            AlertText::tr("%Ln order(s) at risk: %1 reserved, %2 sellable", nullptr, a.ordersAtRisk)
                .arg(locale.toString(a.figures.reserved), locale.toString(a.figures.sellable()));
        return alert;
    case StockStatus::Out:
        alert.kind = AlertKind::OutOfStock;
        alert.severity = AlertSeverity::Critical;
        alert.text =
            a.figures.sellable() <= 0
                ? AlertText::tr("Nothing sellable on the shelf")
                : AlertText::tr("Nothing to promise: %1 sellable, %2 reserved, %3 "
                                "buffer")
                      .arg(locale.toString(a.figures.sellable()),
                           locale.toString(a.figures.reserved), locale.toString(a.figures.buffer));
        return alert;
    case StockStatus::Low:
        alert.kind = AlertKind::LowStock;
        alert.severity = AlertSeverity::Warning;
        if (a.coverDays && *a.coverDays < kLowCoverDays)
            alert.text =
                AlertText::tr("%1 available to promise, %2 days of cover")
                    .arg(locale.toString(a.figures.atp), locale.toString(*a.coverDays, 'f', 1));
        else
            alert.text = AlertText::tr("%1 available to promise, low-stock level %2")
                             .arg(locale.toString(a.figures.atp), locale.toString(a.lowStock));
        return alert;
    case StockStatus::Expiring:
    case StockStatus::Ok:
        break;
    }
    return std::nullopt;
}

std::optional<Alert> batchAlert(const State &state, const StockKey &key, const Batch &batch,
                                const QDateTime &now)
{
    const QLocale locale;
    const int qty = int(std::min<Quantity>(batch.qty, std::numeric_limits<int>::max()));
    const QDate today = now.toUTC().date();
    Alert alert;
    alert.batch = batch.id;
    if (!batch.hidden && batch.expiry.isValid() &&
        today.daysTo(batch.expiry) <= kExpiringWithinDays) {
        alert.kind = AlertKind::Expiring;
        alert.severity =
            today.daysTo(batch.expiry) <= 0 ? AlertSeverity::Critical : AlertSeverity::Warning;
        alert.text = AlertText::tr("Batch %1: %Ln unit(s) expire on %2", nullptr, qty)
                         .arg(batch.id, locale.toString(batch.expiry, QLocale::ShortFormat));
        return alert;
    }
    const BatchAssessment assessment = assessBatch(state, key, batch, now);
    // An expiry risk months away is the planner's business (the charts), not an alert:
    // only those with a fortnight or less left are worth someone's attention today.
    const bool nearRisk = assessment.stockClass == StockClass::ExpiryRisk &&
                          assessment.daysToExpiry &&
                          *assessment.daysToExpiry <= kExpiryRiskAlertDays;
    if (assessment.stockClass != StockClass::Deadstock && !nearRisk)
        return std::nullopt;
    alert.kind = AlertKind::Deadstock;
    alert.severity = assessment.stockClass == StockClass::Deadstock ? AlertSeverity::Warning
                                                                    : AlertSeverity::Info;
    // The reason a person acts on: an old batch is about its sales, a younger one about
    // its date.
    const int deadstockDays = state.effectivePolicy(key).deadstockDays;
    if (batch.hidden)
        alert.text =
            AlertText::tr("Batch %1: %Ln unit(s) hidden at expiry, to be written off", nullptr, qty)
                .arg(batch.id);
    else if (assessment.ageDays > deadstockDays || !batch.expiry.isValid())
        alert.text =
            AlertText::tr("Batch %1: %Ln unit(s), %2 days old, %3% sold in %4 days", nullptr, qty)
                .arg(batch.id, locale.toString(assessment.ageDays),
                     locale.toString(assessment.sellThrough * 100.0, 'f', 0),
                     locale.toString(deadstockDays));
    else
        alert.text = AlertText::tr("Batch %1: %Ln unit(s) will not sell before %2 at the "
                                   "current rate",
                                   nullptr, qty)
                         .arg(batch.id, locale.toString(batch.expiry, QLocale::ShortFormat));
    return alert;
}

} // namespace

QList<Alert> alertsFor(const State &state, const StockKey &key, const QDateTime &now)
{
    QList<Alert> alerts;
    const Cell *cell = state.cell(key);
    if (!cell)
        return alerts;
    if (std::optional<Alert> alert = cellAlert(assessStock(state, key, now)))
        alerts.append(*alert);
    for (const Batch &batch : cell->batches) {
        if (batch.qty <= 0)
            continue;
        if (std::optional<Alert> alert = batchAlert(state, key, batch, now))
            alerts.append(*alert);
    }
    const QString name = state.skus.value(key.sku).name;
    for (Alert &alert : alerts) {
        alert.key = key;
        alert.name = name;
    }
    std::sort(alerts.begin(), alerts.end(), identityLess);
    return alerts;
}

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::OutOfStock:
        return AlertText::tr("Out of stock");
    case AlertKind::AtRisk:
        return AlertText::tr("Orders at risk");
    case AlertKind::LowStock:
        return AlertText::tr("Low stock");
    case AlertKind::Expiring:
        return AlertText::tr("Expiring");
    case AlertKind::Deadstock:
        return AlertText::tr("Deadstock candidate");
    }
    return {};
}

AlertModel::AlertModel(sync::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&workspace.replica(), &sync::Replica::reset, this, &AlertModel::rebuild);
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const StateChanges &changes, const QList<Event> &) { onChanged(changes); });
    rebuild();
}

AlertModel::~AlertModel() = default;

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return QVariant::fromValue(alert.key);
    case KindRole:
        return int(alert.kind);
    case SeverityRole:
        return int(alert.severity);
    case BatchRole:
        return alert.batch;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityColor(alert.severity);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == DetailsColumn)
            return alert.text;
        if (index.column() == LocationColumn)
            return m_workspace.state().locations.value(alert.key.location).name;
        return {};
    case SortRole:
        if (index.column() == SeverityColumn)
            return int(alert.severity);
        if (index.column() == KindColumn)
            return int(alert.kind);
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SeverityColumn:
        return severityName(alert.severity);
    case KindColumn:
        return alertKindName(alert.kind);
    case LocationColumn:
        return alert.key.location;
    case SkuColumn:
        return alert.key.sku;
    case NameColumn:
        return alert.name;
    case DetailsColumn:
        return alert.text;
    default:
        return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Alert");
    case LocationColumn:
        return tr("Location");
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

void AlertModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void AlertModel::refresh()
{
    m_day = m_clock().toUTC().date();
    QList<StockKey> keys = m_workspace.state().cells.keys();
    std::sort(keys.begin(), keys.end());
    update(keys);
}

void AlertModel::refreshIfNewDay()
{
    if (m_clock().toUTC().date() != m_day)
        refresh();
}

void AlertModel::rebuild()
{
    beginResetModel();
    m_day = m_clock().toUTC().date();
    const State &state = m_workspace.state();
    QList<StockKey> keys = state.cells.keys();
    std::sort(keys.begin(), keys.end());
    const QDateTime now = m_clock();
    m_rows.clear();
    for (const StockKey &key : std::as_const(keys))
        m_rows.append(alertsFor(state, key, now));
    endResetModel();
    recount();
    Q_EMIT countsChanged();
}

void AlertModel::onChanged(const StateChanges &changes)
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
    if (keys.isEmpty())
        return;
    QList<StockKey> sorted = keys.values();
    std::sort(sorted.begin(), sorted.end());
    update(sorted);
}

void AlertModel::update(const QList<StockKey> &keys)
{
    const std::array<int, kAlertKindCount> before = m_counts;
    const QDateTime now = m_clock();
    for (const StockKey &key : keys)
        replaceCell(key, alertsFor(m_workspace.state(), key, now));
    if (m_counts != before)
        Q_EMIT countsChanged();
}

int AlertModel::lowerBound(const StockKey &key) const
{
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                         [](const Alert &alert, const StockKey &k) { return alert.key < k; });
    return int(it - m_rows.cbegin());
}

void AlertModel::replaceCell(const StockKey &key, const QList<Alert> &alerts)
{
    int row = lowerBound(key);
    int end = row;
    while (end < m_rows.size() && m_rows.at(end).key == key)
        ++end;
    QList<int> changed;
    qsizetype next = 0;
    while (row < end || next < alerts.size()) {
        const bool haveOld = row < end;
        const bool haveNew = next < alerts.size();
        if (haveOld && (!haveNew || identityLess(m_rows.at(row), alerts.at(next)))) {
            beginRemoveRows({}, row, row);
            --m_counts[int(m_rows.at(row).kind)];
            m_rows.removeAt(row);
            endRemoveRows();
            --end;
        } else if (!haveOld || !sameIdentity(m_rows.at(row), alerts.at(next))) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, alerts.at(next));
            ++m_counts[int(alerts.at(next).kind)];
            endInsertRows();
            ++row;
            ++end;
            ++next;
        } else {
            if (!(m_rows.at(row) == alerts.at(next))) {
                m_rows[row] = alerts.at(next);
                changed.append(row);
            }
            ++row;
            ++next;
        }
    }
    // Rows recorded above never move again: later inserts and removals come after them.
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(
            index(changed.at(i), 0), index(changed.at(j), ColumnCount - 1),
            {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, SortRole, SeverityRole});
        i = j + 1;
    }
}

void AlertModel::recount()
{
    m_counts.fill(0);
    for (const Alert &alert : std::as_const(m_rows))
        ++m_counts[int(alert.kind)];
}

} // namespace shelfsync::items
