#include "CommandCodec.h"

#include "ArgsReader.h"
#include "JsonFormat.h"
#include "NameTable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

namespace {

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

constexpr qint64 kMaxSeconds = 7 * 24 * 3600;

constexpr NameTable<Op, 12> kOps{{{
    {Op::UpsertLocation, "upsert_location"_L1},
    {Op::UpsertSku, "upsert_sku"_L1},
    {Op::SetPolicy, "set_policy"_L1},
    {Op::Receive, "receive"_L1},
    {Op::Dispatch, "dispatch"_L1},
    {Op::Adjust, "adjust"_L1},
    {Op::Return, "return"_L1},
    {Op::WriteOff, "write_off"_L1},
    {Op::Reserve, "reserve"_L1},
    {Op::Commit, "commit"_L1},
    {Op::Release, "release"_L1},
    {Op::Sweep, "sweep"_L1},
}}};

UpsertLocation readUpsertLocation(ArgsReader &in)
{
    UpsertLocation args;
    args.location = in.id("location"_L1);
    args.name = in.text("name"_L1);
    const QString kind = in.text("kind"_L1);
    if (!in.error() && !parseLocationKind(kind, &args.kind))
        in.fail("kind"_L1, u"kind must be store or warehouse"_s);
    args.timezone = in.optionalText("timezone"_L1);
    return args;
}

UpsertSku readUpsertSku(ArgsReader &in)
{
    UpsertSku args;
    args.sku = in.id("sku"_L1);
    args.name = in.text("name"_L1);
    if (in.has("gtin"_L1))
        args.gtin = in.optionalGtin("gtin"_L1);
    args.unit = in.presentText("unit"_L1);
    args.category = in.presentText("category"_L1);
    if (auto days = in.optionalInteger("shelf_life_days"_L1, 0, 36500))
        args.shelfLifeDays = int(*days);
    args.unitCost = in.optionalNumber("unit_cost"_L1, 0.0);
    return args;
}

} // namespace

PolicyPatch readPolicyFields(ArgsReader &in)
{
    PolicyPatch patch;
    if (auto pct = in.optionalInteger("buffer_pct"_L1, 0, 100))
        patch.bufferPct = int(*pct);
    patch.bufferMin = in.optionalInteger("buffer_min"_L1, 0, kMaxQuantity);
    patch.lockEnabled = in.optionalBool("lock_enabled"_L1);
    if (auto ttl = in.optionalInteger("lock_ttl_s"_L1, 1, kMaxSeconds))
        patch.lockTtlS = int(*ttl);
    patch.lockMaxQty = in.optionalInteger("lock_max_qty"_L1, 0, kMaxQuantity);
    if (auto hours = in.optionalInteger("hide_before_expiry_h"_L1, 0, 24 * 366))
        patch.hideBeforeExpiryH = int(*hours);
    patch.lowStock = in.optionalInteger("low_stock"_L1, 0, kMaxQuantity);
    if (auto days = in.optionalInteger("deadstock_days"_L1, 1, 3650))
        patch.deadstockDays = int(*days);
    return patch;
}

namespace {

SetPolicy readSetPolicy(ArgsReader &in)
{
    SetPolicy args;
    args.sku = in.id("sku"_L1);
    args.location = in.optionalId("location"_L1);
    args.patch = readPolicyFields(in);
    const PolicyPatch &patch = args.patch;
    if (!in.error() && patch == PolicyPatch{})
        in.fail("buffer_pct"_L1, u"set_policy needs at least one policy field"_s);
    return args;
}

Receive readReceive(ArgsReader &in)
{
    Receive args;
    args.location = in.id("location"_L1);
    args.sku = in.id("sku"_L1);
    args.qty = in.positive("qty"_L1);
    args.batch = in.id("batch"_L1);
    args.expiry = in.optionalDate("expiry"_L1);
    args.receivedAt = in.optionalTime("received_at"_L1);
    args.reference = in.optionalText("reference"_L1);
    return args;
}

Dispatch readDispatch(ArgsReader &in)
{
    Dispatch args;
    args.location = in.id("location"_L1);
    args.sku = in.id("sku"_L1);
    args.qty = in.positive("qty"_L1);
    args.reservation = in.optionalId("reservation"_L1);
    args.batch = in.optionalId("batch"_L1);
    return args;
}

Adjust readAdjust(ArgsReader &in)
{
    Adjust args;
    args.location = in.id("location"_L1);
    args.sku = in.id("sku"_L1);
    args.batch = in.id("batch"_L1);
    const bool hasCounted = in.has("counted"_L1);
    const bool hasDelta = in.has("delta"_L1);
    if (!in.error() && hasCounted == hasDelta)
        in.fail("counted"_L1, u"give either counted or delta"_s);
    args.counted = in.optionalInteger("counted"_L1, 0, kMaxQuantity);
    args.delta = in.optionalInteger("delta"_L1, -kMaxQuantity, kMaxQuantity);
    if (!in.error() && args.delta == 0)
        in.fail("delta"_L1, u"delta must not be 0"_s);
    args.reason = in.text("reason"_L1);
    args.expiry = in.optionalDate("expiry"_L1);
    return args;
}

Return readReturn(ArgsReader &in)
{
    Return args;
    args.location = in.id("location"_L1);
    args.sku = in.id("sku"_L1);
    args.qty = in.positive("qty"_L1);
    args.batch = in.optionalId("batch"_L1);
    args.reference = in.optionalText("reference"_L1);
    args.expiry = in.optionalDate("expiry"_L1);
    return args;
}

WriteOff readWriteOff(ArgsReader &in)
{
    WriteOff args;
    args.location = in.id("location"_L1);
    args.sku = in.id("sku"_L1);
    args.batch = in.id("batch"_L1);
    args.qty = in.optionalInteger("qty"_L1, 1, kMaxQuantity);
    args.reason = in.text("reason"_L1);
    return args;
}

Reserve readReserve(ArgsReader &in)
{
    Reserve args;
    args.location = in.id("location"_L1);
    args.sku = in.id("sku"_L1);
    args.qty = in.positive("qty"_L1);
    args.channel = in.id("channel"_L1);
    if (auto hold = in.optionalInteger("hold_s"_L1, 1, kMaxSeconds))
        args.holdS = int(*hold);
    return args;
}

Commit readCommit(ArgsReader &in)
{
    Commit args;
    args.reservation = in.optionalId("reservation"_L1);
    if (!args.reservation.isEmpty() || in.error())
        return args;
    // No reservation: a direct order, which needs everything a hold would.
    args.location = in.id("location"_L1);
    args.sku = in.id("sku"_L1);
    args.qty = in.positive("qty"_L1);
    args.channel = in.id("channel"_L1);
    return args;
}

Release readRelease(ArgsReader &in)
{
    Release args;
    args.reservation = in.id("reservation"_L1);
    const QString reason = in.optionalText("reason"_L1);
    // "dispatched" is the service's word for a reservation its dispatch used up.
    if (!reason.isEmpty() &&
        (!parseReleaseReason(reason, &args.reason) || args.reason == ReleaseReason::Dispatched))
        in.fail("reason"_L1, u"reason must be cancelled or expired"_s);
    return args;
}

template <typename T>
Result<CommandArgs> finish(const ArgsReader &in, T args)
{
    if (in.error())
        return *in.error();
    return CommandArgs(std::move(args));
}

} // namespace

QString toString(Op op)
{
    return kOps.name(op);
}

std::optional<Op> parseOp(const QString &text)
{
    const auto op = kOps.find(text);
    return op == Op::Sweep ? std::nullopt : op;
}

Result<CommandArgs> decodeArgs(Op op, const QJsonObject &object)
{
    ArgsReader in(object);
    switch (op) {
    case Op::UpsertLocation:
        return finish(in, readUpsertLocation(in));
    case Op::UpsertSku:
        return finish(in, readUpsertSku(in));
    case Op::SetPolicy:
        return finish(in, readSetPolicy(in));
    case Op::Receive:
        return finish(in, readReceive(in));
    case Op::Dispatch:
        return finish(in, readDispatch(in));
    case Op::Adjust:
        return finish(in, readAdjust(in));
    case Op::Return:
        return finish(in, readReturn(in));
    case Op::WriteOff:
        return finish(in, readWriteOff(in));
    case Op::Reserve:
        return finish(in, readReserve(in));
    case Op::Commit:
        return finish(in, readCommit(in));
    case Op::Release:
        return finish(in, readRelease(in));
    case Op::Sweep:
        break;
    }
    return Error::badRequest(u"op"_s, u"op %1 is not accepted from clients"_s.arg(toString(op)));
}

Result<Command> decodeCommand(const QJsonObject &message)
{
    // The id is the idempotency key and is echoed in every ack: held to the id rules.
    ArgsReader header(message);
    const QString id = header.id("id"_L1);
    if (header.error())
        return *header.error();
    const QJsonValue opValue = message.value("op"_L1);
    if (!opValue.isString())
        return Error::badRequest(u"op"_s, u"op must be a string"_s);
    const auto op = parseOp(opValue.toString());
    if (!op)
        return Error::badRequest(u"op"_s, u"unknown op %1"_s.arg(opValue.toString()));
    const QJsonValue args = message.value("args"_L1);
    if (!args.isObject())
        return Error::badRequest(u"args"_s, u"args must be an object"_s);
    auto decoded = decodeArgs(*op, args.toObject());
    if (!decoded)
        return decoded.error();
    return Command{id, {}, std::move(decoded).value()};
}

QJsonObject encodeArgs(const CommandArgs &args)
{
    return std::visit(
        Overloaded{
            [](const UpsertLocation &a) {
                QJsonObject o{{u"location"_s, a.location},
                              {u"name"_s, a.name},
                              {u"kind"_s, toString(a.kind)}};
                insertIf(o, "timezone"_L1, a.timezone);
                return o;
            },
            [](const UpsertSku &a) {
                QJsonObject o{{u"sku"_s, a.sku}, {u"name"_s, a.name}};
                insertIf(o, "gtin"_L1, a.gtin);
                insertIf(o, "unit"_L1, a.unit);
                insertIf(o, "category"_L1, a.category);
                insertIf(o, "shelf_life_days"_L1, a.shelfLifeDays);
                insertIf(o, "unit_cost"_L1, a.unitCost);
                return o;
            },
            [](const SetPolicy &a) {
                QJsonObject o{{u"sku"_s, a.sku}};
                insertIf(o, "location"_L1, a.location);
                insertIf(o, "buffer_pct"_L1, a.patch.bufferPct);
                insertIf(o, "buffer_min"_L1, a.patch.bufferMin);
                insertIf(o, "lock_enabled"_L1, a.patch.lockEnabled);
                insertIf(o, "lock_ttl_s"_L1, a.patch.lockTtlS);
                insertIf(o, "lock_max_qty"_L1, a.patch.lockMaxQty);
                insertIf(o, "hide_before_expiry_h"_L1, a.patch.hideBeforeExpiryH);
                insertIf(o, "low_stock"_L1, a.patch.lowStock);
                insertIf(o, "deadstock_days"_L1, a.patch.deadstockDays);
                return o;
            },
            [](const Receive &a) {
                QJsonObject o{{u"location"_s, a.location},
                              {u"sku"_s, a.sku},
                              {u"qty"_s, a.qty},
                              {u"batch"_s, a.batch}};
                insertIf(o, "expiry"_L1, formatDate(a.expiry));
                insertIf(o, "received_at"_L1, formatTime(a.receivedAt));
                insertIf(o, "reference"_L1, a.reference);
                return o;
            },
            [](const Dispatch &a) {
                QJsonObject o{{u"location"_s, a.location}, {u"sku"_s, a.sku}, {u"qty"_s, a.qty}};
                insertIf(o, "reservation"_L1, a.reservation);
                insertIf(o, "batch"_L1, a.batch);
                return o;
            },
            [](const Adjust &a) {
                QJsonObject o{{u"location"_s, a.location},
                              {u"sku"_s, a.sku},
                              {u"batch"_s, a.batch},
                              {u"reason"_s, a.reason}};
                insertIf(o, "counted"_L1, a.counted);
                insertIf(o, "delta"_L1, a.delta);
                insertIf(o, "expiry"_L1, formatDate(a.expiry));
                return o;
            },
            [](const Return &a) {
                QJsonObject o{{u"location"_s, a.location}, {u"sku"_s, a.sku}, {u"qty"_s, a.qty}};
                insertIf(o, "batch"_L1, a.batch);
                insertIf(o, "reference"_L1, a.reference);
                insertIf(o, "expiry"_L1, formatDate(a.expiry));
                return o;
            },
            [](const WriteOff &a) {
                QJsonObject o{{u"location"_s, a.location},
                              {u"sku"_s, a.sku},
                              {u"batch"_s, a.batch},
                              {u"reason"_s, a.reason}};
                insertIf(o, "qty"_L1, a.qty);
                return o;
            },
            [](const Reserve &a) {
                QJsonObject o{{u"location"_s, a.location},
                              {u"sku"_s, a.sku},
                              {u"qty"_s, a.qty},
                              {u"channel"_s, a.channel}};
                insertIf(o, "hold_s"_L1, a.holdS);
                return o;
            },
            [](const Commit &a) {
                if (!a.isDirect())
                    return QJsonObject{{u"reservation"_s, a.reservation}};
                return QJsonObject{{u"location"_s, a.location},
                                   {u"sku"_s, a.sku},
                                   {u"qty"_s, a.qty},
                                   {u"channel"_s, a.channel}};
            },
            [](const Release &a) {
                return QJsonObject{{u"reservation"_s, a.reservation},
                                   {u"reason"_s, toString(a.reason)}};
            },
            [](const Sweep &) { return QJsonObject{}; },
        },
        args);
}

QJsonObject encodeCommand(const Command &command)
{
    return {{u"type"_s, u"cmd"_s},
            {u"id"_s, command.id},
            {u"op"_s, toString(command.op())},
            {u"args"_s, encodeArgs(command.args)}};
}

} // namespace shelfsync::domain
