#pragma once

#include "Types.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <variant>

namespace shelfsync::domain {

struct LocationUpserted
{
    Location location;
    bool operator==(const LocationUpserted &) const = default;
};

struct SkuUpserted
{
    Sku sku;
    bool operator==(const SkuUpserted &) const = default;
};

// Event::location is empty for a SKU's default policy.
struct PolicyChanged
{
    Policy policy;
    bool operator==(const PolicyChanged &) const = default;
};

struct StockReceived
{
    QString batch;
    Quantity qty = 0;
    QDate expiry;
    QDateTime receivedAt;
    QString reference;
    bool operator==(const StockReceived &) const = default;
};

struct StockDispatched
{
    QString batch;
    Quantity qty = 0;
    QString reservation;
    bool operator==(const StockDispatched &) const = default;
};

struct StockAdjusted
{
    QString batch;
    Quantity delta = 0;
    Quantity counted = 0; // the batch's quantity after the adjustment
    QString reason;
    QDate expiry; // for a batch the adjustment creates
    bool operator==(const StockAdjusted &) const = default;
};

struct StockReturned
{
    QString batch;
    Quantity qty = 0;
    QString reference;
    QDate expiry; // for a batch the return creates
    bool operator==(const StockReturned &) const = default;
};

struct StockWrittenOff
{
    QString batch;
    Quantity qty = 0;
    QString reason;
    bool operator==(const StockWrittenOff &) const = default;
};

struct BatchHidden
{
    QString batch;
    Quantity qty = 0;
    QDate expiry;
    bool operator==(const BatchHidden &) const = default;
};

struct ReservationCreated
{
    QString reservation;
    Quantity qty = 0;
    QString channel;
    QDateTime expiresAt;
    bool operator==(const ReservationCreated &) const = default;
};

// A hold turned into an order, or (direct) an order placed without a hold.
struct ReservationCommitted
{
    QString reservation;
    Quantity qty = 0;
    QString channel;
    bool direct = false;
    bool operator==(const ReservationCommitted &) const = default;
};

struct ReservationReleased
{
    QString reservation;
    Quantity qty = 0; // what was still reserved and is now free
    ReleaseReason reason = ReleaseReason::Cancelled;
    bool operator==(const ReservationReleased &) const = default;
};

using EventPayload =
    std::variant<LocationUpserted, SkuUpserted, PolicyChanged, StockReceived, StockDispatched,
                 StockAdjusted, StockReturned, StockWrittenOff, BatchHidden, ReservationCreated,
                 ReservationCommitted, ReservationReleased>;

enum class EventKind
{
    LocationUpserted,
    SkuUpserted,
    PolicyChanged,
    StockReceived,
    StockDispatched,
    StockAdjusted,
    StockReturned,
    StockWrittenOff,
    BatchHidden,
    ReservationCreated,
    ReservationCommitted,
    ReservationReleased,
};

QString toString(EventKind kind);
std::optional<EventKind> parseEventKind(const QString &text);

struct Event
{
    qint64 seq = 0; // assigned by the ledger; 0 until appended
    QDateTime at;
    QString op;    // the id of the command that caused it
    QString actor; // who sent that command
    QString location;
    QString sku;
    EventPayload payload;
    std::optional<Availability> after; // present exactly when the event concerns one cell

    EventKind kind() const { return static_cast<EventKind>(payload.index()); }
    StockKey key() const { return {location, sku}; }
    bool operator==(const Event &) const = default;
};

} // namespace shelfsync::domain
