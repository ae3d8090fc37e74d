#pragma once

#include "CommandEngine.h"

#include "domain/EventCodec.h"
#include "domain/JsonFormat.h"
#include "domain/Rules.h"
#include "domain/State.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <type_traits>

// What the service tests compare states and messages with: the ledger folded from scratch,
// field-by-field differences between two states, and compact JSON for failure messages.
namespace shelfsync::testing {

using namespace Qt::StringLiterals;

inline QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QList<service::LedgerEvent> ledger(service::CommandEngine &engine, qint64 after = 0)
{
    return engine.store().readEvents(after, engine.head(), std::numeric_limits<int>::max());
}

// The state a reader of the whole ledger builds: every event decoded and applied in order
// onto an empty State.
inline domain::State replay(const QList<service::LedgerEvent> &events, QString *error)
{
    domain::State state;
    qint64 expected = 1;
    for (const service::LedgerEvent &stored : events) {
        if (stored.seq != expected && error->isEmpty())
            *error = u"ledger seq %1 where %2 was expected"_s.arg(stored.seq).arg(expected);
        expected = stored.seq + 1;
        const auto event = domain::decodeEvent(QJsonDocument::fromJson(stored.json).object());
        if (!event) {
            if (error->isEmpty())
                *error = u"seq %1 does not decode: %2"_s.arg(stored.seq).arg(event.error().message);
            continue;
        }
        if (event->seq != stored.seq && error->isEmpty())
            *error = u"seq %1 holds an event numbered %2"_s.arg(stored.seq).arg(event->seq);
        domain::applyInPlace(state, *event);
    }
    return state;
}

inline QJsonObject describe(const domain::Batch &b)
{
    return {{u"batch"_s, b.id},
            {u"expiry"_s, domain::dateOrNull(b.expiry)},
            {u"qty"_s, b.qty},
            {u"received_at"_s, domain::formatTime(b.receivedAt)},
            {u"hidden"_s, b.hidden}};
}

inline QJsonObject describe(const domain::Reservation &r)
{
    return {{u"reservation"_s, r.id},
            {u"location"_s, r.key.location},
            {u"sku"_s, r.key.sku},
            {u"qty"_s, r.qty},
            {u"original_qty"_s, r.originalQty},
            {u"channel"_s, r.channel},
            {u"state"_s, domain::toString(r.state)},
            {u"created_at"_s, domain::formatTime(r.createdAt)},
            {u"expires_at"_s, domain::formatTime(r.expiresAt)},
            {u"release_reason"_s, domain::toString(r.releaseReason)},
            {u"at_risk"_s, r.atRisk}};
}

inline QJsonObject describe(const domain::Availability &a)
{
    return domain::toJson(a);
}

inline QJsonObject describe(const domain::Policy &p)
{
    return domain::toJson(p);
}

inline QJsonObject describe(const domain::Location &l)
{
    return {{u"location"_s, l.id},
            {u"name"_s, l.name},
            {u"kind"_s, domain::toString(l.kind)},
            {u"timezone"_s, l.timezone}};
}

inline QJsonObject describe(const domain::Sku &s)
{
    return {{u"sku"_s, s.id},
            {u"name"_s, s.name},
            {u"gtin"_s, s.gtin},
            {u"unit"_s, s.unit},
            {u"category"_s, s.category},
            {u"shelf_life_days"_s, s.shelfLifeDays},
            {u"unit_cost"_s, s.unitCost}};
}

inline QString describe(const QString &text)
{
    return text;
}

inline QString keyName(const QString &key)
{
    return key;
}

inline QString keyName(const domain::StockKey &key)
{
    return key.location + u'/' + key.sku;
}

template <typename T>
QString show(const T &value)
{
    if constexpr (std::is_same_v<decltype(describe(value)), QString>)
        return describe(value);
    else
        return compact(describe(value));
}

// Every key of two hashes whose values differ (or that only one holds), named in `out`.
template <typename K, typename V>
void diffHash(const QString &what, const QHash<K, V> &a, const QHash<K, V> &b, QStringList &out)
{
    QList<K> keys = a.keys();
    for (const K &key : b.keys()) {
        if (!a.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    for (const K &key : std::as_const(keys)) {
        if (!a.contains(key))
            out << u"%1 %2 only on the right: %3"_s.arg(what, keyName(key), show(b[key]));
        else if (!b.contains(key))
            out << u"%1 %2 only on the left: %3"_s.arg(what, keyName(key), show(a[key]));
        else if (!(a[key] == b[key]))
            out << u"%1 %2 differs: %3 vs %4"_s.arg(what, keyName(key), show(a[key]), show(b[key]));
    }
}

inline QString showDays(const QMap<QDate, domain::Quantity> &days)
{
    QStringList parts;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        parts << u"%1=%2"_s.arg(domain::formatDate(it.key())).arg(it.value());
    return u'{' + parts.join(u',') + u'}';
}

inline QString showBatches(const QList<domain::Batch> &batches)
{
    QStringList parts;
    for (const domain::Batch &b : batches)
        parts << show(b);
    return u'[' + parts.join(u',') + u']';
}

inline void diffCells(const domain::State &a, const domain::State &b, QStringList &out)
{
    QList<domain::StockKey> keys = a.cells.keys();
    for (const domain::StockKey &key : b.cells.keys()) {
        if (!a.cells.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    static const domain::Cell empty;
    for (const domain::StockKey &key : std::as_const(keys)) {
        const domain::Cell &left = a.cells.contains(key) ? a.cells[key] : empty;
        const domain::Cell &right = b.cells.contains(key) ? b.cells[key] : empty;
        const QString name = keyName(key);
        if (!a.cells.contains(key) || !b.cells.contains(key))
            out << u"cell %1 held by one side only"_s.arg(name);
        if (left.batches != right.batches)
            out << u"cell %1 batches: %2 vs %3"_s.arg(name, showBatches(left.batches),
                                                      showBatches(right.batches));
        if (left.reservations != right.reservations)
            out << u"cell %1 reservations: %2 vs %3"_s.arg(name, left.reservations.join(u','),
                                                           right.reservations.join(u','));
        if (left.reserved != right.reserved)
            out << u"cell %1 reserved: %2 vs %3"_s.arg(name).arg(left.reserved).arg(right.reserved);
        if (left.dispatchedByDay != right.dispatchedByDay)
            out << u"cell %1 dispatched: %2 vs %3"_s.arg(name, showDays(left.dispatchedByDay),
                                                         showDays(right.dispatchedByDay));
    }
}

// Field-by-field differences between two whole States (empty: equal).
inline QStringList differences(const domain::State &a, const domain::State &b)
{
    QStringList out;
    diffHash(u"location"_s, a.locations, b.locations, out);
    diffHash(u"sku"_s, a.skus, b.skus, out);
    diffHash(u"gtin"_s, a.skuByGtin, b.skuByGtin, out);
    diffHash(u"policy"_s, a.skuPolicies, b.skuPolicies, out);
    diffHash(u"override"_s, a.overrides, b.overrides, out);
    diffCells(a, b, out);
    diffHash(u"reservation"_s, a.reservations, b.reservations, out);
    if (out.isEmpty() && !(a == b))
        out << u"the states differ in a way this comparison does not name"_s;
    return out;
}

inline QString report(const QStringList &differences)
{
    return differences.mid(0, 20).join(u'\n');
}

// The differences as one failure message: "" when the states are equal.
inline QString stateDiff(const domain::State &a, const domain::State &b)
{
    return report(differences(a, b));
}

} // namespace shelfsync::testing

// Fails the test naming what differs; each state is compared once.
#define SHELFSYNC_VERIFY_SAME_STATE(a, b)                                                          \
    do {                                                                                           \
        const QString stateDifferences = ::shelfsync::testing::stateDiff((a), (b));                \
        QVERIFY2(stateDifferences.isEmpty(), qPrintable(stateDifferences));                        \
    } while (false)
