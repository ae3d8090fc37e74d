#include "HistoryModel.h"

#include "CommandText.h"

#include "domain/EventCodec.h"
#include "domain/JsonFormat.h"
#include "sync/Workspace.h"

#include <QLocale>

#include <variant>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::items {

namespace {

QString signedNumber(Quantity value)
{
    const QString number = QLocale().toString(value);
    return value > 0 ? QString(u'+' + number) : number;
}

QString releaseReasonText(ReleaseReason reason)
{
    switch (reason) {
    case ReleaseReason::Cancelled:
        return HistoryModel::tr("cancelled");
    case ReleaseReason::Expired:
        return HistoryModel::tr("hold expired");
    case ReleaseReason::Dispatched:
        return HistoryModel::tr("dispatched");
    }
    return {};
}

QString shortId(const QString &id)
{
    return id.left(8);
}

} // namespace

HistoryModel::HistoryModel(sync::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.replica(), &sync::Replica::changed, this,
            [this](const StateChanges &, const QList<Event> &events) { onChanged(events); });
    // A new snapshot may come from another ledger: what was shown may not be in it.
    connect(&workspace.replica(), &sync::Replica::reset, this, &HistoryModel::reload);
}

HistoryModel::~HistoryModel() = default;

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case SeqRole:
        return event.seq;
    case KindRole:
        return toString(event.kind());
    case Qt::TextAlignmentRole:
        if (column == ChangeColumn || column == AtpColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return formatTime(event.at);
        if (column == EventColumn)
            return tr("Command %1 (seq %2)").arg(shortId(event.op)).arg(event.seq);
        return {};
    case SortRole:
        if (column == TimeColumn)
            return event.seq;
        if (column == ChangeColumn)
            return change(event).value_or(0);
        if (column == AtpColumn)
            return event.after ? QVariant(event.after->atp) : QVariant(-1);
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case TimeColumn:
        return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
    case EventColumn:
        return describe(event);
    case ChangeColumn: {
        const std::optional<Quantity> delta = change(event);
        if (!delta)
            return QString();
        if (event.kind() == EventKind::ReservationCreated ||
            event.kind() == EventKind::ReservationReleased ||
            (event.kind() == EventKind::ReservationCommitted &&
             std::get<ReservationCommitted>(event.payload).direct))
            return tr("%1 reserved").arg(signedNumber(*delta));
        if (event.kind() == EventKind::BatchHidden)
            return tr("%1 sellable").arg(signedNumber(*delta));
        return signedNumber(*delta);
    }
    case BatchColumn:
        return std::visit(
            [](const auto &payload) -> QString {
                if constexpr (requires { payload.batch; })
                    return payload.batch;
                else
                    return QString();
            },
            event.payload);
    case ActorColumn:
        return event.actor;
    case AtpColumn:
        return event.after ? QLocale().toString(event.after->atp) : QString();
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case ChangeColumn:
        return tr("Change");
    case BatchColumn:
        return tr("Batch");
    case ActorColumn:
        return tr("By");
    case AtpColumn:
        return tr("ATP after");
    default:
        return {};
    }
}

void HistoryModel::setKey(const StockKey &key)
{
    if (key == m_key && (m_loading || !m_rows.isEmpty()))
        return;
    m_key = key;
    reload();
}

void HistoryModel::reload()
{
    ++m_request;
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_error.clear();
    if (m_key.sku.isEmpty()) {
        setLoading(false);
        return;
    }
    QJsonObject args{{u"sku"_s, m_key.sku}, {u"limit"_s, kDefaultLimit}};
    if (!m_key.location.isEmpty())
        args.insert(u"location"_s, m_key.location);
    setLoading(true);
    const quint64 request = m_request;
    m_workspace.query(u"history"_s, args, this,
                      [this, request](const QJsonArray &rows, const QJsonObject &error) {
                          onAnswer(request, rows, error);
                      });
}

void HistoryModel::onAnswer(quint64 request, const QJsonArray &rows, const QJsonObject &error)
{
    if (request != m_request)
        return;
    setLoading(false);
    if (!error.isEmpty()) {
        m_error = describeError(error);
        Q_EMIT loadFailed(m_error);
        return;
    }
    QList<Event> answered;
    answered.reserve(rows.size());
    for (const QJsonValue &value : rows) {
        Result<Event> event = decodeEvent(value.toObject());
        if (event)
            answered.append(std::move(event).value());
    }
    std::sort(answered.begin(), answered.end(),
              [](const Event &a, const Event &b) { return a.seq > b.seq; });
    // Live events that came while the query was on its way sit at the top; the ones the
    // answer also holds go, so each event shows once.
    const qint64 newestAnswered = answered.isEmpty() ? 0 : answered.first().seq;
    int keep = 0;
    while (keep < m_rows.size() && m_rows.at(keep).seq > newestAnswered)
        ++keep;
    if (keep < m_rows.size()) {
        beginRemoveRows({}, keep, int(m_rows.size()) - 1);
        m_rows.remove(keep, m_rows.size() - keep);
        endRemoveRows();
    }
    if (!answered.isEmpty()) {
        beginInsertRows({}, keep, keep + int(answered.size()) - 1);
        m_rows.append(answered);
        endInsertRows();
    }
    Q_EMIT loaded();
}

bool HistoryModel::concerns(const Event &event) const
{
    return !m_key.sku.isEmpty() && event.sku == m_key.sku &&
           (m_key.location.isEmpty() || event.location == m_key.location);
}

void HistoryModel::onChanged(const QList<Event> &events)
{
    QList<Event> fresh;
    qint64 newest = topSeq();
    for (const Event &event : events) {
        if (concerns(event) && event.seq > newest) {
            fresh.prepend(event);
            newest = event.seq;
        }
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
}

void HistoryModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

qint64 HistoryModel::topSeq() const
{
    return m_rows.isEmpty() ? 0 : m_rows.first().seq;
}

QString HistoryModel::describe(const Event &event)
{
    const QLocale locale;
    return std::visit(
        [&](const auto &e) -> QString {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, StockReceived>) {
                QString text = e.expiry.isValid()
                                   ? tr("Received, best before %1")
                                         .arg(locale.toString(e.expiry, QLocale::ShortFormat))
                                   : tr("Received");
                return e.reference.isEmpty() ? text : tr("%1 (ref. %2)").arg(text, e.reference);
            } else if constexpr (std::is_same_v<T, StockDispatched>) {
                return e.reservation.isEmpty()
                           ? tr("Dispatched")
                           : tr("Dispatched for order %1").arg(shortId(e.reservation));
            } else if constexpr (std::is_same_v<T, StockAdjusted>) {
                const QString text = tr("Counted %1").arg(locale.toString(e.counted));
                return e.reason.isEmpty() ? text : tr("%1: %2").arg(text, e.reason);
            } else if constexpr (std::is_same_v<T, StockReturned>) {
                return e.reference.isEmpty() ? tr("Returned")
                                             : tr("Returned (ref. %1)").arg(e.reference);
            } else if constexpr (std::is_same_v<T, StockWrittenOff>) {
                return e.reason.isEmpty() ? tr("Written off") : tr("Written off: %1").arg(e.reason);
            } else if constexpr (std::is_same_v<T, BatchHidden>) {
                return tr("Hidden before expiry");
            } else if constexpr (std::is_same_v<T, ReservationCreated>) {
                return tr("Held for %1 until %2")
                    .arg(e.channel,
                         locale.toString(e.expiresAt.toLocalTime().time(), QLocale::ShortFormat));
            } else if constexpr (std::is_same_v<T, ReservationCommitted>) {
                return e.direct ? tr("Order placed by %1").arg(e.channel)
                                : tr("Hold turned into an order");
            } else if constexpr (std::is_same_v<T, ReservationReleased>) {
                return tr("Released: %1").arg(releaseReasonText(e.reason));
            } else if constexpr (std::is_same_v<T, PolicyChanged>) {
                return tr("Stock policy changed");
            } else if constexpr (std::is_same_v<T, SkuUpserted>) {
                return tr("SKU details saved");
            } else {
                return tr("Location saved");
            }
        },
        event.payload);
}

std::optional<Quantity> HistoryModel::change(const Event &event)
{
    return std::visit(
        [](const auto &e) -> std::optional<Quantity> {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, StockReceived> || std::is_same_v<T, StockReturned>)
                return e.qty;
            else if constexpr (std::is_same_v<T, StockDispatched> ||
                               std::is_same_v<T, StockWrittenOff> || std::is_same_v<T, BatchHidden>)
                return -e.qty;
            else if constexpr (std::is_same_v<T, StockAdjusted>)
                return e.delta;
            else if constexpr (std::is_same_v<T, ReservationCreated>)
                return e.qty;
            else if constexpr (std::is_same_v<T, ReservationCommitted>)
                return e.direct ? std::optional<Quantity>(e.qty) : std::nullopt;
            else if constexpr (std::is_same_v<T, ReservationReleased>)
                return -e.qty;
            else
                return std::nullopt;
        },
        event.payload);
}

} // namespace shelfsync::items
