#pragma once

#include "domain/JsonFormat.h"
#include "domain/State.h"

#include <QStringList>

namespace shelfsync::testing {

// Names the first differences between two states, for failure messages: "" when equal.
inline QString stateDiff(const domain::State &left, const domain::State &right)
{
    using namespace Qt::StringLiterals;
    using namespace shelfsync::domain;
    QStringList out;
    auto keysOf = [](const auto &hash) {
        auto keys = hash.keys();
        std::sort(keys.begin(), keys.end());
        return keys;
    };
    auto batchText = [](const Batch &b) {
        return u"%1 qty %2 expiry %3 received %4 hidden %5"_s.arg(b.id)
            .arg(b.qty)
            .arg(formatDate(b.expiry), formatTime(b.receivedAt))
            .arg(b.hidden);
    };
    auto reservationText = [](const Reservation &r) {
        return u"%1 %2/%3 qty %4/%5 channel %6 state %7 created %8 expires %9 reason %10 risk %11"_s
            .arg(r.id, r.key.location, r.key.sku)
            .arg(r.qty)
            .arg(r.originalQty)
            .arg(r.channel, toString(r.state), formatTime(r.createdAt), formatTime(r.expiresAt),
                 toString(r.releaseReason))
            .arg(r.atRisk);
    };
    if (left.locations != right.locations)
        out << u"locations differ"_s;
    if (left.skus != right.skus)
        out << u"skus differ"_s;
    if (left.skuByGtin != right.skuByGtin)
        out << u"skuByGtin differs"_s;
    if (left.skuPolicies != right.skuPolicies)
        out << u"skuPolicies differ"_s;
    if (left.overrides != right.overrides)
        out << u"overrides differ"_s;
    QList<StockKey> cellKeys = keysOf(left.cells);
    for (const StockKey &key : keysOf(right.cells)) {
        if (!cellKeys.contains(key))
            cellKeys.append(key);
    }
    for (const StockKey &key : std::as_const(cellKeys)) {
        const QString name = key.location + u'/' + key.sku;
        if (!left.cells.contains(key) || !right.cells.contains(key)) {
            out << u"cell %1 only on the %2"_s.arg(name, left.cells.contains(key) ? u"left"_s
                                                                                  : u"right"_s);
            continue;
        }
        const Cell &a = left.cells[key];
        const Cell &b = right.cells[key];
        if (a.batches != b.batches) {
            QStringList l;
            QStringList r;
            for (const Batch &batch : a.batches)
                l << batchText(batch);
            for (const Batch &batch : b.batches)
                r << batchText(batch);
            out << u"cell %1 batches: [%2] vs [%3]"_s.arg(name, l.join(u"; "_s), r.join(u"; "_s));
        }
        if (a.reservations != b.reservations)
            out << u"cell %1 reservations: %2 vs %3"_s.arg(name, a.reservations.join(u','),
                                                           b.reservations.join(u','));
        if (a.reserved != b.reserved)
            out << u"cell %1 reserved: %2 vs %3"_s.arg(name).arg(a.reserved).arg(b.reserved);
        if (a.dispatchedByDay != b.dispatchedByDay)
            out << u"cell %1 dispatchedByDay differs"_s.arg(name);
    }
    QStringList ids = keysOf(left.reservations);
    for (const QString &id : keysOf(right.reservations)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    for (const QString &id : std::as_const(ids)) {
        if (left.reservations.value(id) != right.reservations.value(id))
            out << u"reservation: %1 vs %2"_s.arg(reservationText(left.reservations.value(id)),
                                                  reservationText(right.reservations.value(id)));
    }
    if (out.isEmpty() && !(left == right))
        out << u"states differ elsewhere"_s;
    return out.join(u'\n');
}

} // namespace shelfsync::testing
