#include "StateTables.h"

using namespace Qt::StringLiterals;

namespace shelfsync::store {

const QStringList &stateTableStatements()
{
    static const QStringList statements{
        u"CREATE TABLE locations (id TEXT PRIMARY KEY, name TEXT, "
        "kind TEXT NOT NULL, timezone TEXT)"_s,
        u"CREATE TABLE skus (id TEXT PRIMARY KEY, name TEXT, gtin TEXT, "
        "unit TEXT, category TEXT, shelf_life_days INTEGER NOT NULL, "
        "unit_cost REAL NOT NULL)"_s,
        u"CREATE INDEX skus_by_gtin ON skus (gtin)"_s,
        // location NULL: the SKU's default for every location.
        u"CREATE TABLE policies (sku TEXT NOT NULL, location TEXT, body TEXT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX policies_by_scope ON policies (sku, COALESCE(location, ''))"_s,
        u"CREATE TABLE batches (location TEXT NOT NULL, sku TEXT NOT NULL, "
        "batch TEXT NOT NULL, position INTEGER NOT NULL, expiry TEXT, qty INTEGER NOT NULL, "
        "received_at TEXT, hidden INTEGER NOT NULL, "
        "PRIMARY KEY (location, sku, batch))"_s,
        u"CREATE TABLE reservations (id TEXT PRIMARY KEY, location TEXT NOT NULL, "
        "sku TEXT NOT NULL, position INTEGER NOT NULL, qty INTEGER NOT NULL, "
        "original_qty INTEGER NOT NULL, channel TEXT, state TEXT NOT NULL, "
        "created_at TEXT, expires_at TEXT, release_reason TEXT NOT NULL, "
        "at_risk INTEGER NOT NULL)"_s,
        u"CREATE INDEX reservations_active ON reservations (state, expires_at)"_s,
        u"CREATE TABLE availability (location TEXT NOT NULL, sku TEXT NOT NULL, "
        "on_hand INTEGER NOT NULL, hidden INTEGER NOT NULL, reserved INTEGER NOT NULL, "
        "buffer INTEGER NOT NULL, atp INTEGER NOT NULL, PRIMARY KEY (location, sku))"_s,
        u"CREATE TABLE daily_dispatch (location TEXT NOT NULL, sku TEXT NOT NULL, "
        "day TEXT NOT NULL, qty INTEGER NOT NULL, PRIMARY KEY (location, sku, day))"_s,
    };
    return statements;
}

const QStringList &stateTableNames()
{
    static const QStringList names{u"locations"_s,     u"skus"_s,         u"policies"_s,
                                   u"batches"_s,       u"reservations"_s, u"availability"_s,
                                   u"daily_dispatch"_s};
    return names;
}

} // namespace shelfsync::store
