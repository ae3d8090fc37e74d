#include "DashboardDetailModel.h"

#include "DashboardModel.h"

#include "sync/Workspace.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::items {

namespace {

using Field = DashboardDetailModel::Field;

// Rows are kept in the dashboard's order: by SKU, then batch.
bool identityLess(const DashboardEntry &a, const DashboardEntry &b)
{
    return a.key.sku != b.key.sku ? a.key.sku < b.key.sku : a.batch.id < b.batch.id;
}

bool isText(Field field)
{
    return field == Field::Location || field == Field::Sku || field == Field::Name ||
           field == Field::Batch || field == Field::Expiry || field == Field::Why;
}

// Consecutive rows in one signal.
template <typename Emit>
void forEachRun(const QList<int> &rows, Emit emitRange)
{
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emitRange(rows.at(i), rows.at(j));
        i = j + 1;
    }
}

} // namespace

DashboardDetailModel::DashboardDetailModel(DashboardModel &dashboard, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dashboard(dashboard)
    , m_fields(fieldsOf(m_measure))
{
    connect(&dashboard, &DashboardModel::entriesChanged, this, [this](const QString &location) {
        if (location == m_location)
            reload();
    });
    connect(&dashboard, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        loadRows();
        endResetModel();
    });
    m_pendingTimer.setSingleShot(true);
    m_pendingTimer.setInterval(0);
    connect(&m_pendingTimer, &QTimer::timeout, this, &DashboardDetailModel::updatePending);
    connect(&dashboard.workspace().outbox(), &sync::Outbox::changed, &m_pendingTimer,
            qOverload<>(&QTimer::start));
}

QList<Field> DashboardDetailModel::fieldsOf(Measure measure)
{
    switch (measure) {
    case Measure::OutOfStock:
        return {Field::Location, Field::Sku,    Field::Name, Field::Sellable,
                Field::Reserved, Field::Buffer, Field::Atp,  Field::Why};
    case Measure::AtRisk:
        return {Field::Location,  Field::Sku,      Field::Name,     Field::OrdersAtRisk,
                Field::QtyAtRisk, Field::Sellable, Field::Reserved, Field::Why};
    case Measure::Expiring:
        return {Field::Location, Field::Sku,      Field::Name,  Field::Batch, Field::Expiry,
                Field::DaysLeft, Field::Quantity, Field::Value, Field::Why};
    case Measure::Deadstock:
        break;
    }
    return {Field::Location, Field::Sku,         Field::Name,     Field::Batch, Field::Expiry,
            Field::Age,      Field::SellThrough, Field::Quantity, Field::Value, Field::Why};
}

void DashboardDetailModel::setFigure(const QString &location, Measure measure)
{
    if (location == m_location && measure == m_measure)
        return;
    beginResetModel();
    m_location = location;
    m_measure = measure;
    m_fields = fieldsOf(measure);
    loadRows();
    endResetModel();
}

void DashboardDetailModel::loadRows()
{
    const sync::Outbox &outbox = m_dashboard.workspace().outbox();
    m_rows = m_dashboard.entriesBehind(m_location, m_measure);
    m_pending.clear();
    for (const DashboardEntry &entry : std::as_const(m_rows))
        m_pending.append(outbox.pendingFor(entry.key));
}

void DashboardDetailModel::reload()
{
    const QList<DashboardEntry> fresh = m_dashboard.entriesBehind(m_location, m_measure);
    const sync::Outbox &outbox = m_dashboard.workspace().outbox();
    QList<int> changed;
    int row = 0;
    qsizetype next = 0;
    while (row < m_rows.size() || next < fresh.size()) {
        const bool haveOld = row < m_rows.size();
        const bool haveNew = next < fresh.size();
        if (haveOld && (!haveNew || identityLess(m_rows.at(row), fresh.at(next)))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_pending.removeAt(row);
            endRemoveRows();
        } else if (!haveOld || identityLess(fresh.at(next), m_rows.at(row))) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, fresh.at(next));
            m_pending.insert(row, outbox.pendingFor(fresh.at(next).key));
            endInsertRows();
            ++row;
            ++next;
        } else {
            if (!(m_rows.at(row) == fresh.at(next))) {
                m_rows[row] = fresh.at(next);
                changed.append(row);
            }
            ++row;
            ++next;
        }
    }
    // Rows recorded above never move again: later inserts and removals come after them.
    forEachRun(changed, [this](int first, int last) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1),
                           {Qt::DisplayRole, Qt::EditRole, SortRole, Qt::ToolTipRole});
    });
}

void DashboardDetailModel::updatePending()
{
    const sync::Outbox &outbox = m_dashboard.workspace().outbox();
    QList<int> changed;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const int pending = outbox.pendingFor(m_rows.at(row).key);
        if (pending != m_pending.at(row)) {
            m_pending[row] = pending;
            changed.append(int(row));
        }
    }
    forEachRun(changed, [this](int first, int last) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1),
                           {Qt::FontRole, Qt::ToolTipRole, PendingRole});
    });
}

int DashboardDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant DashboardDetailModel::value(const DashboardEntry &entry, Field field) const
{
    const Availability &figures = entry.stock.figures;
    switch (field) {
    case Field::Location:
        return entry.key.location;
    case Field::Sku:
        return entry.key.sku;
    case Field::Name:
        return entry.name;
    case Field::Sellable:
        return figures.sellable();
    case Field::Reserved:
        return figures.reserved;
    case Field::Buffer:
        return figures.buffer;
    case Field::Atp:
        return figures.atp;
    case Field::OrdersAtRisk:
        return entry.stock.ordersAtRisk;
    case Field::QtyAtRisk:
        return entry.stock.qtyAtRisk;
    case Field::Batch:
        return entry.batch.id;
    case Field::Expiry:
        return entry.batch.expiry.isValid() ? entry.batch.expiry.toString(Qt::ISODate) : QVariant();
    case Field::DaysLeft:
        return entry.batch.daysToExpiry ? QVariant(*entry.batch.daysToExpiry) : QVariant();
    case Field::Age:
        return entry.batch.ageDays;
    case Field::SellThrough:
        return entry.batch.sellThrough;
    case Field::Quantity:
        return entry.batch.qty;
    case Field::Value:
        return entry.batch.value;
    case Field::Why:
        return describeEntry(entry);
    }
    return {};
}

QString DashboardDetailModel::display(const DashboardEntry &entry, Field field) const
{
    const QLocale locale;
    const QVariant raw = value(entry, field);
    if (!raw.isValid())
        return u"–"_s;
    switch (field) {
    case Field::Expiry:
        return locale.toString(entry.batch.expiry, QLocale::ShortFormat);
    case Field::SellThrough:
        return u"%1 %"_s.arg(locale.toString(entry.batch.sellThrough * 100.0, 'f', 0));
    case Field::Value:
        return formatValue(entry.batch.value);
    default:
        break;
    }
    if (isText(field))
        return raw.toString();
    return locale.toString(raw.toLongLong());
}

QVariant DashboardDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DashboardEntry &entry = m_rows.at(index.row());
    const Field field = m_fields.at(index.column());
    const int pending = m_pending.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, field);
    case Qt::EditRole:
    case SortRole:
        return value(entry, field);
    case KeyRole:
        return QVariant::fromValue(entry.key);
    case BatchRole:
        return entry.batch.id;
    case PendingRole:
        return pending;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (field == Field::Name)
            lines.append(entry.name); // elided in a narrow column
        else if (field == Field::Why)
            lines.append(describeEntry(entry));
        if (pending > 0)
            lines.append(tr("%Ln change(s) waiting to be sent", nullptr, pending));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::FontRole: {
        if (pending == 0)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        if (isText(field))
            return {};
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DashboardDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return headerToolTip(m_fields.at(section));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_fields.at(section)) {
    case Field::Location:
        return tr("Location");
    case Field::Sku:
        return tr("SKU");
    case Field::Name:
        return tr("Name");
    case Field::Sellable:
        return tr("Sellable");
    case Field::Reserved:
        return tr("Reserved");
    case Field::Buffer:
        return tr("Buffer");
    case Field::Atp:
        return tr("Available to promise");
    case Field::OrdersAtRisk:
        return tr("Orders at risk");
    case Field::QtyAtRisk:
        return tr("Reserved at risk");
    case Field::Batch:
        return tr("Batch");
    case Field::Expiry:
        return tr("Expiry");
    case Field::DaysLeft:
        return tr("Days left");
    case Field::Age:
        return tr("Age (days)");
    case Field::SellThrough:
        return tr("Sell-through");
    case Field::Quantity:
        return tr("Quantity");
    case Field::Value:
        return tr("Value at cost");
    case Field::Why:
        return tr("Why");
    }
    return {};
}

QString DashboardDetailModel::headerToolTip(Field field) const
{
    switch (field) {
    case Field::Atp:
        return tr("What the channels may still sell: sellable less reserved and buffer");
    case Field::QtyAtRisk:
        return tr("Units reserved by the orders the shelf no longer covers");
    case Field::DaysLeft:
        return tr("Days to the batch's last sellable day; negative once past it");
    case Field::Age:
        return tr("Days since the batch was received");
    case Field::SellThrough:
        return tr("Units sold over the SKU's deadstock window, of those sold and on hand");
    case Field::Value:
        return tr("Quantity times the SKU's unit cost");
    default:
        return {};
    }
}

} // namespace shelfsync::items
