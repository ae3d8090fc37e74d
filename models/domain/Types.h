#pragma once

#include <QDate>
#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QMap>
#include <QString>

namespace shelfsync::domain {

// Quantities are whole units of the SKU's unit: the ledger never holds fractions.
using Quantity = qint64;
// The most one command may move: far above any real shipment, far below overflow.
constexpr Quantity kMaxQuantity = 1'000'000'000;

enum class LocationKind
{
    Store,
    Warehouse
};

struct Location
{
    QString id;
    QString name;
    LocationKind kind = LocationKind::Store;
    QString timezone;

    bool operator==(const Location &) const = default;
};

struct Sku
{
    QString id;
    QString name;
    QString gtin;
    QString unit;
    QString category;
    int shelfLifeDays = 0;
    double unitCost = 0.0;

    bool operator==(const Sku &) const = default;
};

// The stock policy of a SKU, either its default for every location or one location's
// override. Defaults follow DESIGN.md: buffer off, locks on with a 600 s TTL and no
// per-hold limit, hide 24 h before expiry.
struct Policy
{
    int bufferPct = 0;
    Quantity bufferMin = 0;
    bool lockEnabled = true;
    int lockTtlS = 600;
    Quantity lockMaxQty = 0;
    int hideBeforeExpiryH = 24;
    Quantity lowStock = 0;
    int deadstockDays = 30;

    bool bufferOn() const { return bufferPct > 0 || bufferMin > 0; }
    bool operator==(const Policy &) const = default;
};

// One (location, SKU) pair: the unit availability is computed for.
struct StockKey
{
    QString location;
    QString sku;

    bool operator==(const StockKey &) const = default;
    bool operator<(const StockKey &other) const
    {
        return location != other.location ? location < other.location : sku < other.sku;
    }
};

inline size_t qHash(const StockKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.location, key.sku);
}

struct Batch
{
    QString id;
    QDate expiry; // last sellable day (UTC); null for goods that do not expire
    Quantity qty = 0;
    QDateTime receivedAt;
    bool hidden = false;

    bool operator==(const Batch &) const = default;
};

enum class ReservationState
{
    Held,
    Committed,
    Released
};

enum class ReleaseReason
{
    Cancelled,
    Expired,
    Dispatched
};

struct Reservation
{
    QString id;
    StockKey key;
    Quantity qty = 0;         // still reserved (a partial dispatch lowers it)
    Quantity originalQty = 0; // as created
    QString channel;
    ReservationState state = ReservationState::Held;
    QDateTime createdAt;
    QDateTime expiresAt; // held only
    ReleaseReason releaseReason = ReleaseReason::Cancelled;
    // Set when the shelf no longer covers this order (a count, write-off or hidden batch
    // took sellable below what is reserved). Derived from the cell, never stored alone.
    bool atRisk = false;

    bool isActive() const { return state != ReservationState::Released; }
    bool operator==(const Reservation &) const = default;
};

// The figures every channel and screen shows for one (location, SKU).
struct Availability
{
    Quantity onHand = 0;
    Quantity hidden = 0;
    Quantity reserved = 0;
    Quantity buffer = 0;
    Quantity atp = 0;

    Quantity sellable() const { return onHand - hidden; }
    bool operator==(const Availability &) const = default;
};

QString toString(LocationKind kind);
bool parseLocationKind(const QString &text, LocationKind *kind);
QString toString(ReservationState state);
QString toString(ReleaseReason reason);
bool parseReleaseReason(const QString &text, ReleaseReason *reason);
bool parseReservationState(const QString &text, ReservationState *state);

} // namespace shelfsync::domain
