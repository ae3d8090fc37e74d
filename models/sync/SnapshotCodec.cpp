#include "SnapshotCodec.h"

#include "domain/JsonFormat.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::sync {

namespace {

constexpr int kDispatchedDays = 35;

bool wanted(const QSet<QString> &locations, const QString &location)
{
    return locations.isEmpty() || locations.contains(location);
}

template <typename Map>
QList<typename Map::key_type> sortedKeys(const Map &map)
{
    auto keys = map.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QJsonObject policyEntry(const QString &sku, const QString &location, const Policy &policy)
{
    QJsonObject entry = toJson(policy);
    entry.insert(u"sku"_s, sku);
    entry.insert(u"location"_s,
                 location.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(location));
    return entry;
}

QJsonObject reservationEntry(const Reservation &r)
{
    QJsonObject entry{{u"reservation"_s, r.id},
                      {u"location"_s, r.key.location},
                      {u"sku"_s, r.key.sku},
                      {u"qty"_s, r.qty},
                      {u"original_qty"_s, r.originalQty},
                      {u"channel"_s, r.channel},
                      {u"state"_s, toString(r.state)},
                      {u"created_at"_s, formatTime(r.createdAt)},
                      {u"at_risk"_s, r.atRisk}};
    entry.insert(u"expires_at"_s, r.expiresAt.isValid() ? QJsonValue(formatTime(r.expiresAt))
                                                        : QJsonValue(QJsonValue::Null));
    return entry;
}

} // namespace

SnapshotEntries encodeSnapshot(const State &state, const QSet<QString> &locations)
{
    SnapshotEntries out;
    for (const QString &id : sortedKeys(state.locations)) {
        if (!wanted(locations, id))
            continue;
        const Location &l = state.locations[id];
        out.locations.append(QJsonObject{{u"location"_s, l.id},
                                         {u"name"_s, l.name},
                                         {u"kind"_s, toString(l.kind)},
                                         {u"timezone"_s, l.timezone}});
    }
    for (const QString &id : sortedKeys(state.skus)) {
        const Sku &s = state.skus[id];
        out.skus.append(QJsonObject{{u"sku"_s, s.id},
                                    {u"name"_s, s.name},
                                    {u"gtin"_s, s.gtin},
                                    {u"unit"_s, s.unit},
                                    {u"category"_s, s.category},
                                    {u"shelf_life_days"_s, s.shelfLifeDays},
                                    {u"unit_cost"_s, s.unitCost}});
    }
    for (const QString &sku : sortedKeys(state.skuPolicies))
        out.policies.append(policyEntry(sku, {}, state.skuPolicies[sku]));
    for (const StockKey &key : sortedKeys(state.overrides)) {
        if (wanted(locations, key.location))
            out.policies.append(policyEntry(key.sku, key.location, state.overrides[key]));
    }
    for (const StockKey &key : sortedKeys(state.cells)) {
        if (!wanted(locations, key.location))
            continue;
        const Cell &cell = state.cells[key];
        for (const Batch &b : cell.batches) {
            out.batches.append(QJsonObject{{u"location"_s, key.location},
                                           {u"sku"_s, key.sku},
                                           {u"batch"_s, b.id},
                                           {u"expiry"_s, dateOrNull(b.expiry)},
                                           {u"qty"_s, b.qty},
                                           {u"received_at"_s, formatTime(b.receivedAt)},
                                           {u"hidden"_s, b.hidden}});
        }
        for (const QString &id : cell.reservations)
            out.reservations.append(reservationEntry(state.reservations[id]));
        // Enough days for a 28-day average and the cell's deadstock window, so the app's
        // alerts judge sell-through as the service does; longer history is the service's
        // to query.
        const int days = std::max(kDispatchedDays, state.effectivePolicy(key).deadstockDays);
        const QDate firstDay = cell.dispatchedByDay.isEmpty()
                                   ? QDate()
                                   : cell.dispatchedByDay.lastKey().addDays(1 - days);
        for (auto it = cell.dispatchedByDay.lowerBound(firstDay); it != cell.dispatchedByDay.cend();
             ++it) {
            out.dispatched.append(QJsonObject{{u"location"_s, key.location},
                                              {u"sku"_s, key.sku},
                                              {u"day"_s, formatDate(it.key())},
                                              {u"qty"_s, it.value()}});
        }
    }
    return out;
}

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool decodeSnapshotInto(const QJsonObject &part, State *state, QString *error)
{
    const auto array = [&part](const char *name) {
        return part.value(QLatin1StringView(name)).toArray();
    };
    for (const QJsonValue &value : array("locations")) {
        const QJsonObject o = value.toObject();
        Location l;
        l.id = o.value("location"_L1).toString();
        l.name = o.value("name"_L1).toString();
        l.timezone = o.value("timezone"_L1).toString();
        if (l.id.isEmpty() || !parseLocationKind(o.value("kind"_L1).toString(), &l.kind))
            return fail(error, u"malformed location entry"_s);
        state->locations.insert(l.id, l);
    }
    for (const QJsonValue &value : array("skus")) {
        const QJsonObject o = value.toObject();
        Sku s;
        s.id = o.value("sku"_L1).toString();
        if (s.id.isEmpty())
            return fail(error, u"malformed sku entry"_s);
        s.name = o.value("name"_L1).toString();
        s.gtin = o.value("gtin"_L1).toString();
        s.unit = o.value("unit"_L1).toString();
        s.category = o.value("category"_L1).toString();
        s.shelfLifeDays = o.value("shelf_life_days"_L1).toInt();
        s.unitCost = o.value("unit_cost"_L1).toDouble();
        state->skus.insert(s.id, s);
        if (!s.gtin.isEmpty())
            state->skuByGtin.insert(s.gtin, s.id);
    }
    for (const QJsonValue &value : array("policies")) {
        const QJsonObject o = value.toObject();
        const QString sku = o.value("sku"_L1).toString();
        const QString location = o.value("location"_L1).toString();
        if (sku.isEmpty())
            return fail(error, u"malformed policy entry"_s);
        if (location.isEmpty())
            state->skuPolicies.insert(sku, policyFromJson(o));
        else
            state->overrides.insert({location, sku}, policyFromJson(o));
    }
    for (const QJsonValue &value : array("batches")) {
        const QJsonObject o = value.toObject();
        const StockKey key{o.value("location"_L1).toString(), o.value("sku"_L1).toString()};
        Batch b;
        b.id = o.value("batch"_L1).toString();
        b.expiry = parseDate(o.value("expiry"_L1).toString());
        b.qty = o.value("qty"_L1).toInteger();
        b.receivedAt = parseTime(o.value("received_at"_L1).toString());
        b.hidden = o.value("hidden"_L1).toBool();
        if (key.location.isEmpty() || key.sku.isEmpty() || b.id.isEmpty() || b.qty < 0)
            return fail(error, u"malformed batch entry"_s);
        state->cells[key].batches.append(b);
    }
    for (const QJsonValue &value : array("reservations")) {
        const QJsonObject o = value.toObject();
        Reservation r;
        r.id = o.value("reservation"_L1).toString();
        r.key = {o.value("location"_L1).toString(), o.value("sku"_L1).toString()};
        r.qty = o.value("qty"_L1).toInteger();
        r.originalQty = o.value("original_qty"_L1).toInteger(r.qty);
        r.channel = o.value("channel"_L1).toString();
        r.createdAt = parseTime(o.value("created_at"_L1).toString());
        r.expiresAt = parseTime(o.value("expires_at"_L1).toString());
        r.atRisk = o.value("at_risk"_L1).toBool();
        if (r.id.isEmpty() || r.key.location.isEmpty() ||
            !parseReservationState(o.value("state"_L1).toString(), &r.state))
            return fail(error, u"malformed reservation entry"_s);
        Cell &cell = state->cells[r.key];
        cell.reservations.append(r.id);
        cell.reserved += r.qty;
        state->reservations.insert(r.id, r);
    }
    for (const QJsonValue &value : array("dispatched")) {
        const QJsonObject o = value.toObject();
        const StockKey key{o.value("location"_L1).toString(), o.value("sku"_L1).toString()};
        const QDate day = parseDate(o.value("day"_L1).toString());
        if (key.location.isEmpty() || !day.isValid())
            return fail(error, u"malformed dispatched entry"_s);
        state->cells[key].dispatchedByDay.insert(day, o.value("qty"_L1).toInteger());
    }
    return true;
}

} // namespace shelfsync::sync
