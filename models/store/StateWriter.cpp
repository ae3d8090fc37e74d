#include "StateWriter.h"

#include "domain/JsonFormat.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::store {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

StateWriter::StateWriter(const QSqlDatabase &db)
    : m_db(db)
{}

bool StateWriter::run(const QString &sql, const QVariantList &values)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        if (!prepared->prepare(sql)) {
            m_error = u"%1 (%2)"_s.arg(prepared->lastError().text(), sql);
            return false;
        }
        it = m_queries.emplace(sql, std::move(prepared)).first;
    }
    QSqlQuery &query = *it->second;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    m_error = u"%1 (%2)"_s.arg(query.lastError().text(), sql);
    return false;
}

bool StateWriter::write(const State &state, const domain::StateChanges &changes)
{
    for (const QString &id : changes.locations) {
        const Location l = state.locations.value(id);
        if (!run(u"DELETE FROM locations WHERE id = ?"_s, {id}) ||
            !run(u"INSERT INTO locations (id, name, kind, timezone) VALUES (?, ?, ?, ?)"_s,
                 {l.id, l.name, toString(l.kind), l.timezone}))
            return false;
    }
    for (const QString &id : changes.skus) {
        const Sku s = state.skus.value(id);
        if (!run(u"DELETE FROM skus WHERE id = ?"_s, {id}) ||
            !run(u"INSERT INTO skus (id, name, gtin, unit, category, shelf_life_days, "
                 "unit_cost) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                 {s.id, s.name, s.gtin, s.unit, s.category, s.shelfLifeDays, s.unitCost}))
            return false;
    }
    for (const StockKey &key : changes.policies) {
        const Policy policy =
            key.location.isEmpty() ? state.skuPolicies.value(key.sku) : state.overrides.value(key);
        const QByteArray body = QJsonDocument(toJson(policy)).toJson(QJsonDocument::Compact);
        if (!run(u"DELETE FROM policies WHERE sku = ? AND COALESCE(location, '') = ?"_s,
                 {key.sku, key.location.isEmpty() ? u""_s : key.location}) ||
            !run(u"INSERT INTO policies (sku, location, body) VALUES (?, ?, ?)"_s,
                 {key.sku, nullable(key.location), QString::fromUtf8(body)}))
            return false;
    }
    for (const StockKey &key : changes.cells) {
        if (!writeCell(state, key))
            return false;
    }
    for (const QString &id : changes.reservations) {
        const Reservation r = state.reservations.value(id);
        if (!r.isActive() && !writeReservation(r, -1))
            return false;
    }
    for (const auto &[key, day] : changes.dispatchDays) {
        const Cell *cell = state.cell(key);
        const Quantity qty = cell ? cell->dispatchedByDay.value(day) : 0;
        if (!run(u"DELETE FROM daily_dispatch WHERE location = ? AND sku = ? AND day = ?"_s,
                 {key.location, key.sku, formatDate(day)}) ||
            !run(u"INSERT INTO daily_dispatch (location, sku, day, qty) VALUES (?, ?, ?, ?)"_s,
                 {key.location, key.sku, formatDate(day), qty}))
            return false;
    }
    if (!changes.skusWithDefaultPolicyChange.isEmpty()) {
        // A SKU's default policy moves the buffer of every cell that does not override it.
        for (auto it = state.cells.cbegin(); it != state.cells.cend(); ++it) {
            if (changes.skusWithDefaultPolicyChange.contains(it.key().sku) &&
                !changes.cells.contains(it.key()) && !writeAvailability(state, it.key()))
                return false;
        }
    }
    return true;
}

bool StateWriter::writeCell(const State &state, const StockKey &key)
{
    const Cell *cell = state.cell(key);
    if (!run(u"DELETE FROM batches WHERE location = ? AND sku = ?"_s, {key.location, key.sku}))
        return false;
    // A location's policy may name a cell that holds nothing yet: no row, or read() would
    // bring back a cell the ledger never made.
    if (!cell)
        return run(u"DELETE FROM availability WHERE location = ? AND sku = ?"_s,
                   {key.location, key.sku});
    int position = 0;
    for (const Batch &b : cell->batches) {
        if (!run(u"INSERT INTO batches (location, sku, batch, position, expiry, qty, "
                 "received_at, hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {key.location, key.sku, b.id, position++, nullable(formatDate(b.expiry)), b.qty,
                  formatTime(b.receivedAt), b.hidden ? 1 : 0}))
            return false;
    }
    // Every active reservation of the cell: positions and at-risk flags move together.
    int index = 0;
    for (const QString &id : cell->reservations) {
        if (!writeReservation(state.reservations.value(id), index++))
            return false;
    }
    return writeAvailability(state, key);
}

bool StateWriter::writeAvailability(const State &state, const StockKey &key)
{
    const Availability a = state.availability(key);
    return run(u"DELETE FROM availability WHERE location = ? AND sku = ?"_s,
               {key.location, key.sku}) &&
           run(u"INSERT INTO availability (location, sku, on_hand, hidden, reserved, buffer, "
               "atp) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
               {key.location, key.sku, a.onHand, a.hidden, a.reserved, a.buffer, a.atp});
}

bool StateWriter::writeReservation(const Reservation &r, int position)
{
    return run(u"DELETE FROM reservations WHERE id = ?"_s, {r.id}) &&
           run(u"INSERT INTO reservations (id, location, sku, position, qty, original_qty, "
               "channel, state, created_at, expires_at, release_reason, at_risk) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {r.id, r.key.location, r.key.sku, position, r.qty, r.originalQty, r.channel,
                toString(r.state), formatTime(r.createdAt), nullable(formatTime(r.expiresAt)),
                toString(r.releaseReason), r.atRisk ? 1 : 0});
}

State StateWriter::read(const QSqlDatabase &db)
{
    State state;
    QSqlQuery q(db);
    q.setForwardOnly(true);

    q.exec(u"SELECT id, name, kind, timezone FROM locations"_s);
    while (q.next()) {
        Location l{q.value(0).toString(), q.value(1).toString(), LocationKind::Store,
                   q.value(3).toString()};
        parseLocationKind(q.value(2).toString(), &l.kind);
        state.locations.insert(l.id, l);
    }
    q.exec(u"SELECT id, name, gtin, unit, category, shelf_life_days, unit_cost FROM skus"_s);
    while (q.next()) {
        Sku s{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
              q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
              q.value(6).toDouble()};
        if (!s.gtin.isEmpty())
            state.skuByGtin.insert(s.gtin, s.id);
        state.skus.insert(s.id, s);
    }
    q.exec(u"SELECT sku, location, body FROM policies"_s);
    while (q.next()) {
        const Policy policy =
            policyFromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        const QString location = q.value(1).toString();
        if (location.isEmpty())
            state.skuPolicies.insert(q.value(0).toString(), policy);
        else
            state.overrides.insert({location, q.value(0).toString()}, policy);
    }
    q.exec(u"SELECT location, sku FROM availability"_s);
    while (q.next())
        state.cells[{q.value(0).toString(), q.value(1).toString()}];
    q.exec(u"SELECT location, sku, batch, expiry, qty, received_at, hidden FROM batches "
           "ORDER BY location, sku, position"_s);
    while (q.next()) {
        Batch b{q.value(2).toString(), parseDate(q.value(3).toString()), q.value(4).toLongLong(),
                parseTime(q.value(5).toString()), q.value(6).toInt() != 0};
        state.cells[{q.value(0).toString(), q.value(1).toString()}].batches.append(b);
    }
    q.exec(u"SELECT id, location, sku, position, qty, original_qty, channel, state, created_at, "
           "expires_at, release_reason, at_risk FROM reservations "
           "ORDER BY location, sku, position"_s);
    while (q.next()) {
        Reservation r;
        r.id = q.value(0).toString();
        r.key = {q.value(1).toString(), q.value(2).toString()};
        r.qty = q.value(4).toLongLong();
        r.originalQty = q.value(5).toLongLong();
        r.channel = q.value(6).toString();
        parseReservationState(q.value(7).toString(), &r.state);
        r.createdAt = parseTime(q.value(8).toString());
        r.expiresAt = parseTime(q.value(9).toString());
        parseReleaseReason(q.value(10).toString(), &r.releaseReason);
        r.atRisk = q.value(11).toInt() != 0;
        if (r.isActive()) {
            Cell &cell = state.cells[r.key];
            cell.reservations.append(r.id);
            cell.reserved += r.qty;
        }
        state.reservations.insert(r.id, r);
    }
    q.exec(u"SELECT location, sku, day, qty FROM daily_dispatch"_s);
    while (q.next()) {
        state.cells[{q.value(0).toString(), q.value(1).toString()}].dispatchedByDay.insert(
            parseDate(q.value(2).toString()), q.value(3).toLongLong());
    }
    return state;
}

} // namespace shelfsync::store
