#include "EventCodec.h"

#include "ArgsReader.h"
#include "CommandCodec.h"
#include "JsonFormat.h"
#include "NameTable.h"

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

namespace {

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

constexpr NameTable<EventKind, 12> kKinds{{{
    {EventKind::LocationUpserted, "location.upserted"_L1},
    {EventKind::SkuUpserted, "sku.upserted"_L1},
    {EventKind::PolicyChanged, "policy.changed"_L1},
    {EventKind::StockReceived, "stock.received"_L1},
    {EventKind::StockDispatched, "stock.dispatched"_L1},
    {EventKind::StockAdjusted, "stock.adjusted"_L1},
    {EventKind::StockReturned, "stock.returned"_L1},
    {EventKind::StockWrittenOff, "stock.written_off"_L1},
    {EventKind::BatchHidden, "batch.hidden"_L1},
    {EventKind::ReservationCreated, "reservation.created"_L1},
    {EventKind::ReservationCommitted, "reservation.committed"_L1},
    {EventKind::ReservationReleased, "reservation.released"_L1},
}}};

constexpr qint64 kAny = 9007199254740991LL;

EventPayload readPayload(EventKind kind, ArgsReader &in)
{
    switch (kind) {
    case EventKind::LocationUpserted: {
        Location location;
        location.id = in.id("location"_L1);
        location.name = in.optionalText("name"_L1);
        if (!parseLocationKind(in.text("location_kind"_L1), &location.kind) && !in.error())
            in.fail("location_kind"_L1, u"location_kind must be store or warehouse"_s);
        location.timezone = in.optionalText("timezone"_L1);
        return LocationUpserted{location};
    }
    case EventKind::SkuUpserted: {
        Sku sku;
        sku.id = in.id("sku"_L1);
        sku.name = in.optionalText("name"_L1);
        sku.gtin = in.optionalText("gtin"_L1);
        sku.unit = in.optionalText("unit"_L1);
        sku.category = in.optionalText("category"_L1);
        sku.shelfLifeDays = int(in.optionalInteger("shelf_life_days"_L1, 0, 36500).value_or(0));
        sku.unitCost = in.optionalNumber("unit_cost"_L1, 0.0).value_or(0.0);
        return SkuUpserted{sku};
    }
    case EventKind::PolicyChanged:
        return PolicyChanged{readPolicyFields(in).appliedTo(Policy{})};
    case EventKind::StockReceived:
        return StockReceived{in.id("batch"_L1), in.integer("qty"_L1, 1, kAny),
                             in.optionalDate("expiry"_L1), in.optionalTime("received_at"_L1),
                             in.optionalText("reference"_L1)};
    case EventKind::StockDispatched:
        return StockDispatched{in.id("batch"_L1), in.integer("qty"_L1, 1, kAny),
                               in.optionalId("reservation"_L1)};
    case EventKind::StockAdjusted:
        return StockAdjusted{in.id("batch"_L1), in.integer("delta"_L1, -kAny, kAny),
                             in.integer("counted"_L1, 0, kAny), in.optionalText("reason"_L1),
                             in.optionalDate("expiry"_L1)};
    case EventKind::StockReturned:
        return StockReturned{in.id("batch"_L1), in.integer("qty"_L1, 1, kAny),
                             in.optionalText("reference"_L1), in.optionalDate("expiry"_L1)};
    case EventKind::StockWrittenOff:
        return StockWrittenOff{in.id("batch"_L1), in.integer("qty"_L1, 1, kAny),
                               in.optionalText("reason"_L1)};
    case EventKind::BatchHidden:
        return BatchHidden{in.id("batch"_L1), in.integer("qty"_L1, 0, kAny),
                           in.optionalDate("expiry"_L1)};
    case EventKind::ReservationCreated: {
        ReservationCreated created{in.id("reservation"_L1), in.integer("qty"_L1, 1, kAny),
                                   in.optionalText("channel"_L1), in.optionalTime("expires_at"_L1)};
        if (!in.error() && !created.expiresAt.isValid())
            in.fail("expires_at"_L1, u"expires_at is required"_s);
        return created;
    }
    case EventKind::ReservationCommitted:
        return ReservationCommitted{in.id("reservation"_L1), in.integer("qty"_L1, 0, kAny),
                                    in.optionalText("channel"_L1),
                                    in.optionalBool("direct"_L1).value_or(false)};
    case EventKind::ReservationReleased: {
        ReservationReleased released{in.id("reservation"_L1), in.integer("qty"_L1, 0, kAny),
                                     ReleaseReason::Cancelled};
        if (!parseReleaseReason(in.text("reason"_L1), &released.reason) && !in.error())
            in.fail("reason"_L1, u"reason must be cancelled, expired or dispatched"_s);
        return released;
    }
    }
    return {};
}

} // namespace

QString toString(EventKind kind)
{
    return kKinds.name(kind);
}

std::optional<EventKind> parseEventKind(const QString &text)
{
    return kKinds.find(text);
}

QJsonObject encodeEvent(const Event &event)
{
    QJsonObject o{{u"seq"_s, event.seq},
                  {u"at"_s, formatTime(event.at)},
                  {u"kind"_s, toString(event.kind())},
                  {u"op"_s, event.op},
                  {u"actor"_s, event.actor}};
    insertIf(o, "location"_L1, event.location);
    insertIf(o, "sku"_L1, event.sku);
    std::visit(Overloaded{
                   [&](const LocationUpserted &e) {
                       o.insert(u"name"_s, e.location.name);
                       o.insert(u"location_kind"_s, toString(e.location.kind));
                       insertIf(o, "timezone"_L1, e.location.timezone);
                   },
                   [&](const SkuUpserted &e) {
                       o.insert(u"name"_s, e.sku.name);
                       o.insert(u"gtin"_s, e.sku.gtin);
                       o.insert(u"unit"_s, e.sku.unit);
                       o.insert(u"category"_s, e.sku.category);
                       o.insert(u"shelf_life_days"_s, e.sku.shelfLifeDays);
                       o.insert(u"unit_cost"_s, e.sku.unitCost);
                   },
                   [&](const PolicyChanged &e) {
                       const QJsonObject policy = toJson(e.policy);
                       for (auto it = policy.begin(); it != policy.end(); ++it)
                           o.insert(it.key(), it.value());
                       if (event.location.isEmpty())
                           o.insert(u"location"_s, QJsonValue::Null);
                   },
                   [&](const StockReceived &e) {
                       o.insert(u"batch"_s, e.batch);
                       o.insert(u"qty"_s, e.qty);
                       o.insert(u"expiry"_s, dateOrNull(e.expiry));
                       o.insert(u"received_at"_s, formatTime(e.receivedAt));
                       insertIf(o, "reference"_L1, e.reference);
                   },
                   [&](const StockDispatched &e) {
                       o.insert(u"batch"_s, e.batch);
                       o.insert(u"qty"_s, e.qty);
                       insertIf(o, "reservation"_L1, e.reservation);
                   },
                   [&](const StockAdjusted &e) {
                       o.insert(u"batch"_s, e.batch);
                       o.insert(u"delta"_s, e.delta);
                       o.insert(u"counted"_s, e.counted);
                       o.insert(u"reason"_s, e.reason);
                       if (e.expiry.isValid())
                           o.insert(u"expiry"_s, formatDate(e.expiry));
                   },
                   [&](const StockReturned &e) {
                       o.insert(u"batch"_s, e.batch);
                       o.insert(u"qty"_s, e.qty);
                       insertIf(o, "reference"_L1, e.reference);
                       if (e.expiry.isValid())
                           o.insert(u"expiry"_s, formatDate(e.expiry));
                   },
                   [&](const StockWrittenOff &e) {
                       o.insert(u"batch"_s, e.batch);
                       o.insert(u"qty"_s, e.qty);
                       o.insert(u"reason"_s, e.reason);
                   },
                   [&](const BatchHidden &e) {
                       o.insert(u"batch"_s, e.batch);
                       o.insert(u"qty"_s, e.qty);
                       o.insert(u"expiry"_s, dateOrNull(e.expiry));
                   },
                   [&](const ReservationCreated &e) {
                       o.insert(u"reservation"_s, e.reservation);
                       o.insert(u"qty"_s, e.qty);
                       o.insert(u"channel"_s, e.channel);
                       o.insert(u"expires_at"_s, formatTime(e.expiresAt));
                   },
                   [&](const ReservationCommitted &e) {
                       o.insert(u"reservation"_s, e.reservation);
                       o.insert(u"qty"_s, e.qty);
                       o.insert(u"channel"_s, e.channel);
                       o.insert(u"direct"_s, e.direct);
                   },
                   [&](const ReservationReleased &e) {
                       o.insert(u"reservation"_s, e.reservation);
                       o.insert(u"qty"_s, e.qty);
                       o.insert(u"reason"_s, toString(e.reason));
                   },
               },
               event.payload);
    if (event.after)
        o.insert(u"after"_s, toJson(*event.after));
    return o;
}

Result<Event> decodeEvent(const QJsonObject &object)
{
    const auto kind = parseEventKind(object.value("kind"_L1).toString());
    if (!kind)
        return Error::badRequest(
            u"kind"_s, u"unknown event kind %1"_s.arg(object.value("kind"_L1).toString()));
    ArgsReader in(object);
    Event event;
    event.seq = in.integer("seq"_L1, 0, kAny);
    event.at = in.optionalTime("at"_L1);
    if (!in.error() && !event.at.isValid())
        in.fail("at"_L1, u"at is required"_s);
    event.op = in.optionalText("op"_L1);
    event.actor = in.optionalText("actor"_L1);
    // Which of location and sku an event must name follows from its kind; every event
    // about one cell also carries `after`, the figures replicas check themselves against.
    const bool needsLocation = *kind != EventKind::SkuUpserted && *kind != EventKind::PolicyChanged;
    const bool needsSku = *kind != EventKind::LocationUpserted;
    event.location = needsLocation ? in.id("location"_L1) : in.optionalId("location"_L1);
    event.sku = needsSku ? in.id("sku"_L1) : in.optionalId("sku"_L1);
    if (!in.error() && !event.location.isEmpty() && !event.sku.isEmpty() && !in.has("after"_L1))
        in.fail("after"_L1, u"after is required on an event about one location and SKU"_s);
    event.payload = readPayload(*kind, in);
    if (in.has("after"_L1)) {
        event.after = availabilityFromJson(object.value("after"_L1));
        if (!event.after && !in.error())
            in.fail("after"_L1, u"after must hold on_hand, hidden, reserved, buffer and atp"_s);
    }
    if (in.error())
        return *in.error();
    return event;
}

} // namespace shelfsync::domain
