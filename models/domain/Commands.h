#pragma once

#include "Types.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <variant>

namespace shelfsync::domain {

// One struct per op of PROTOCOL.md. Optional arguments that change behaviour when absent
// are std::optional; optional strings are empty when absent.

struct UpsertLocation
{
    QString location;
    QString name;
    LocationKind kind = LocationKind::Store;
    QString timezone;
    bool operator==(const UpsertLocation &) const = default;
};

// Absent fields keep the SKU's current value (or the default for a new SKU), so a channel
// can rename a SKU without restating its GTIN and cost.
struct UpsertSku
{
    QString sku;
    QString name;
    std::optional<QString> gtin;
    std::optional<QString> unit;
    std::optional<QString> category;
    std::optional<int> shelfLifeDays;
    std::optional<double> unitCost;
    bool operator==(const UpsertSku &) const = default;
};

// Fields left out keep the value in force at that scope: the location's override, else
// the SKU's default, else the built-in default. The event always carries the full policy.
struct PolicyPatch
{
    std::optional<int> bufferPct;
    std::optional<Quantity> bufferMin;
    std::optional<bool> lockEnabled;
    std::optional<int> lockTtlS;
    std::optional<Quantity> lockMaxQty;
    std::optional<int> hideBeforeExpiryH;
    std::optional<Quantity> lowStock;
    std::optional<int> deadstockDays;

    Policy appliedTo(Policy base) const;
    bool operator==(const PolicyPatch &) const = default;
};

struct SetPolicy
{
    QString sku;
    QString location; // empty: the SKU's default for every location
    PolicyPatch patch;
    bool operator==(const SetPolicy &) const = default;
};

struct Receive
{
    QString location;
    QString sku;
    Quantity qty = 0;
    QString batch;
    QDate expiry;
    QDateTime receivedAt; // null: the command's time
    QString reference;
    bool operator==(const Receive &) const = default;
};

struct Dispatch
{
    QString location;
    QString sku;
    Quantity qty = 0;
    QString reservation;
    QString batch; // empty: FEFO
    bool operator==(const Dispatch &) const = default;
};

struct Adjust
{
    QString location;
    QString sku;
    QString batch;
    std::optional<Quantity> counted; // exactly one of counted and delta
    std::optional<Quantity> delta;
    QString reason;
    QDate expiry; // for a batch the count finds that the ledger did not know
    bool operator==(const Adjust &) const = default;
};

struct Return
{
    QString location;
    QString sku;
    Quantity qty = 0;
    QString batch;
    QString reference;
    QDate expiry; // for a batch no longer on record (extra field)
    bool operator==(const Return &) const = default;
};

struct WriteOff
{
    QString location;
    QString sku;
    QString batch;
    std::optional<Quantity> qty; // absent: the whole batch
    QString reason;
    bool operator==(const WriteOff &) const = default;
};

struct Reserve
{
    QString location;
    QString sku;
    Quantity qty = 0;
    QString channel;
    std::optional<int> holdS;
    bool operator==(const Reserve &) const = default;
};

// Either a hold to commit (reservation) or a direct order (location, sku, qty, channel).
struct Commit
{
    QString reservation;
    QString location;
    QString sku;
    Quantity qty = 0;
    QString channel;
    bool isDirect() const { return reservation.isEmpty(); }
    bool operator==(const Commit &) const = default;
};

struct Release
{
    QString reservation;
    ReleaseReason reason = ReleaseReason::Cancelled;
    bool operator==(const Release &) const = default;
};

// The service's own housekeeping, never accepted from the wire: release holds whose TTL
// ran out and hide batches that entered their hide-before-expiry window.
struct Sweep
{
    bool operator==(const Sweep &) const = default;
};

using CommandArgs = std::variant<UpsertLocation, UpsertSku, SetPolicy, Receive, Dispatch, Adjust,
                                 Return, WriteOff, Reserve, Commit, Release, Sweep>;

enum class Op
{
    UpsertLocation,
    UpsertSku,
    SetPolicy,
    Receive,
    Dispatch,
    Adjust,
    Return,
    WriteOff,
    Reserve,
    Commit,
    Release,
    Sweep,
};

QString toString(Op op);
std::optional<Op> parseOp(const QString &text); // wire ops only: never Sweep

struct Command
{
    QString id;    // client-made, the idempotency key
    QString actor; // the authenticated user, set by the service
    CommandArgs args;

    Op op() const { return static_cast<Op>(args.index()); }
    bool operator==(const Command &) const = default;
};

} // namespace shelfsync::domain
