// The event codec of PROTOCOL.md ("Events"): every kind the rules write survives a trip
// through JSON text unchanged, `after` included, and a broken event is refused naming the
// offending field, so a replica never folds garbage into its state.

#include "domain/EventCodec.h"
#include "TestLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;
using shelfsync::testing::TestLedger;

Q_DECLARE_METATYPE(shelfsync::domain::Event)

namespace {

QJsonObject throughText(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject())
        qFatal("encoded event is not a JSON object: %s", text.constData());
    return parsed.object();
}

QByteArray describe(const Event &event)
{
    return QJsonDocument(encodeEvent(event)).toJson(QJsonDocument::Compact);
}

void mustRun(TestLedger &ledger, const CommandArgs &args, const QString &id = QString())
{
    const auto decision = ledger.run(args, id);
    if (!decision)
        qFatal("scenario command refused: %s", qPrintable(decision.error().message));
}

// Builds a command's args field by field, so a field added to the struct later does not
// break (or silently shift) the scenario.
template <typename T, typename Fill>
T make(Fill fill)
{
    T value;
    fill(value);
    return value;
}

Reserve hold(Quantity qty, const QString &channel, std::optional<int> holdS)
{
    return make<Reserve>([&](auto &a) {
        a.location = u"DS-01"_s;
        a.sku = u"MILK"_s;
        a.qty = qty;
        a.channel = channel;
        a.holdS = holdS;
    });
}

Dispatch dispatch(Quantity qty, const QString &reservation, const QString &batch)
{
    return make<Dispatch>([&](auto &a) {
        a.location = u"DS-01"_s;
        a.sku = u"MILK"_s;
        a.qty = qty;
        a.reservation = reservation;
        a.batch = batch;
    });
}

Adjust adjust(const QString &batch, std::optional<Quantity> counted, std::optional<Quantity> delta,
              const QString &reason, const QDate &expiry)
{
    return make<Adjust>([&](auto &a) {
        a.location = u"DS-01"_s;
        a.sku = u"MILK"_s;
        a.batch = batch;
        a.counted = counted;
        a.delta = delta;
        a.reason = reason;
        a.expiry = expiry;
    });
}

Return giveBack(const QString &location, const QString &sku, Quantity qty, const QString &batch,
                const QString &reference, const QDate &expiry)
{
    return make<Return>([&](auto &a) {
        a.location = location;
        a.sku = sku;
        a.qty = qty;
        a.batch = batch;
        a.reference = reference;
        a.expiry = expiry;
    });
}

WriteOff writeOff(const QString &sku, const QString &batch, std::optional<Quantity> qty,
                  const QString &reason)
{
    return make<WriteOff>([&](auto &a) {
        a.location = u"DS-01"_s;
        a.sku = sku;
        a.batch = batch;
        a.qty = qty;
        a.reason = reason;
    });
}

// Real commands through the real rules, so the events are exactly what the service writes,
// and every kind (and every variant of a kind that encodes differently) shows up.
QList<Event> scenarioEvents()
{
    TestLedger ledger;
    const QDate today = ledger.now.date();
    ledger.standardSetUp(); // location.upserted store + warehouse, sku.upserted x2
    mustRun(ledger, make<UpsertLocation>([](auto &a) {
                a.location = u"DS-02"_s;
                a.name = u"Köln Süd"_s;
                a.timezone = u"Europe/Berlin"_s;
            }));
    UpsertSku cheese;
    cheese.sku = u"CHEESE"_s;
    cheese.name = u"Gouda 200 g"_s;
    cheese.gtin = u"4006381333931"_s;
    cheese.unit = u"pack"_s;
    cheese.category = u"Dairy"_s;
    cheese.shelfLifeDays = 40;
    cheese.unitCost = 2.35;
    mustRun(ledger, cheese);

    // policy.changed: a SKU's default (no location, no after) and an override (both).
    PolicyPatch defaults;
    defaults.bufferPct = 10;
    ledger.policy(u"MILK"_s, QString(), defaults);
    PolicyPatch perLocation;
    perLocation.bufferMin = 2;
    perLocation.lockMaxQty = 20;
    perLocation.lockEnabled = true;
    ledger.policy(u"MILK"_s, u"DS-01"_s, perLocation);

    // stock.received with every optional field, and a bare one without expiry.
    mustRun(ledger, make<Receive>([&](auto &a) {
                a.location = u"DS-01"_s;
                a.sku = u"MILK"_s;
                a.qty = 40;
                a.batch = u"L1"_s;
                a.expiry = today.addDays(10);
                a.receivedAt = QDateTime(today, QTime(6, 30, 15, 250), Qt::UTC);
                a.reference = u"PO-1"_s;
            }));
    ledger.receive(u"DS-01"_s, u"MILK"_s, 10, u"L0"_s);
    // Received inside its hide window: stock.received and batch.hidden in one command.
    ledger.receive(u"DS-01"_s, u"BREAD"_s, 6, u"B-TODAY"_s, today);
    ledger.receive(u"DS-01"_s, u"BREAD"_s, 8, u"B-TOMORROW"_s, today.addDays(1));

    // A hold committed, then dispatched in two parts: the last part releases it.
    mustRun(ledger, hold(5, u"web"_s, 120), u"r-hold"_s);
    mustRun(ledger, make<Commit>([](auto &a) { a.reservation = u"r-hold"_s; }));
    mustRun(ledger, dispatch(2, u"r-hold"_s, {}));
    mustRun(ledger, dispatch(3, u"r-hold"_s, u"L1"_s));
    // A walk-in sale across two batches (one event per batch drawn).
    mustRun(ledger, dispatch(36, {}, {}));
    // A direct order, a cancelled hold and a hold the sweeper expires.
    mustRun(ledger, make<Commit>([](auto &a) {
                a.location = u"DS-01"_s;
                a.sku = u"MILK"_s;
                a.qty = 1;
                a.channel = u"pos"_s;
            }),
            u"r-direct"_s);
    mustRun(ledger, hold(1, u"app"_s, std::nullopt), u"r-cancel"_s);
    mustRun(ledger, make<Release>([](auto &a) { a.reservation = u"r-cancel"_s; }));
    mustRun(ledger, hold(1, u"app"_s, 30), u"r-expire"_s);

    // Counts: a delta on a known batch, and a count that finds a batch with an expiry.
    mustRun(ledger, adjust(u"L0"_s, std::nullopt, -1, u"damaged"_s, {}));
    mustRun(ledger, adjust(u"L-FOUND"_s, 4, std::nullopt, u"found"_s, today.addDays(20)));
    // Returns: into the batch that sells next, into a cell without stock, and into a batch
    // no longer on record, which comes back with the expiry the goods carry.
    mustRun(ledger, giveBack(u"DS-01"_s, u"MILK"_s, 2, {}, u"NDR-9"_s, {}));
    mustRun(ledger, giveBack(u"DS-02"_s, u"CHEESE"_s, 1, {}, {}, {}));
    mustRun(ledger, giveBack(u"DS-01"_s, u"MILK"_s, 1, u"L-SOLD"_s, {}, today.addDays(3)));
    // Write-offs: part of a batch, and a whole one.
    mustRun(ledger, writeOff(u"MILK"_s, u"L-FOUND"_s, 1, u"broken"_s));
    mustRun(ledger, writeOff(u"BREAD"_s, u"B-TODAY"_s, std::nullopt, u"expired"_s));

    // The sweeper: releases the expired hold and hides the batch now in its window.
    ledger.advance(24 * 3600);
    mustRun(ledger, Sweep{});
    return ledger.events;
}

// The first scenario event of a kind, optionally only one with (or without) a location.
QJsonObject encodedOfKind(const QList<Event> &events, EventKind kind,
                          std::optional<bool> withLocation = std::nullopt)
{
    for (const Event &event : events) {
        if (event.kind() == kind && (!withLocation || event.location.isEmpty() != *withLocation))
            return throughText(encodeEvent(event));
    }
    qFatal("scenario has no event of kind %s", qPrintable(toString(kind)));
    return {};
}

} // namespace

class TestEventCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void scenarioCoversEveryKind();
    void afterIsPresentExactlyOnCellEvents();
    void locationKindDoesNotClashWithKind();
    void defaultPolicyHasNullLocation();
    void kindNamesRoundTrip();
    void rejects_data();
    void rejects();

private:
    QList<Event> m_events;
};

void TestEventCodec::initTestCase()
{
    m_events = scenarioEvents();
    QVERIFY(!m_events.isEmpty());
}

void TestEventCodec::roundTrip_data()
{
    QTest::addColumn<Event>("original");
    for (const Event &event : std::as_const(m_events)) {
        const QByteArray name = u"%1 %2"_s.arg(event.seq).arg(toString(event.kind())).toUtf8();
        QTest::newRow(name.constData()) << event;
    }
}

void TestEventCodec::roundTrip()
{
    QFETCH(Event, original);
    const QJsonObject encoded = throughText(encodeEvent(original));
    QCOMPARE(encoded.value("kind"_L1).toString(), toString(original.kind()));
    QCOMPARE(encoded.value("seq"_L1).toInteger(), original.seq);

    const auto decoded = decodeEvent(encoded);
    QVERIFY2(decoded.ok(),
             qPrintable(decoded.ok() ? QString()
                                     : decoded.error().field + u": "_s + decoded.error().message));
    // QVERIFY2 builds its message before it checks, so only describe what exists.
    const QByteArray mismatch = describe(decoded.value()) + "\n != " + describe(original);
    QVERIFY2(decoded.value() == original, mismatch.constData());
    QCOMPARE(decoded.value().after.has_value(), original.after.has_value());
    if (original.after)
        QVERIFY(*decoded.value().after == *original.after);
    // Encoding is stable: a second trip gives the same text.
    QCOMPARE(QJsonDocument(encodeEvent(decoded.value())).toJson(QJsonDocument::Compact),
             QJsonDocument(encoded).toJson(QJsonDocument::Compact));
}

void TestEventCodec::scenarioCoversEveryKind()
{
    std::set<EventKind> seen;
    std::set<ReleaseReason> reasons;
    bool directCommit = false;
    bool heldCommit = false;
    for (const Event &event : std::as_const(m_events)) {
        seen.insert(event.kind());
        if (const auto *released = std::get_if<ReservationReleased>(&event.payload))
            reasons.insert(released->reason);
        if (const auto *committed = std::get_if<ReservationCommitted>(&event.payload))
            (committed->direct ? directCommit : heldCommit) = true;
    }
    for (int kind = 0; kind <= static_cast<int>(EventKind::ReservationReleased); ++kind)
        QVERIFY2(seen.count(static_cast<EventKind>(kind)),
                 qPrintable(toString(static_cast<EventKind>(kind))));
    QCOMPARE(reasons.size(), size_t(3));
    QVERIFY(directCommit);
    QVERIFY(heldCommit);
}

void TestEventCodec::afterIsPresentExactlyOnCellEvents()
{
    // PROTOCOL.md: `after` is present exactly on events that concern one (location, SKU).
    for (const Event &event : std::as_const(m_events)) {
        const bool cellEvent = !event.location.isEmpty() && !event.sku.isEmpty();
        const QJsonObject encoded = throughText(encodeEvent(event));
        QVERIFY2(encoded.contains("after"_L1) == cellEvent, describe(event).constData());
        if (cellEvent) {
            const QJsonObject after = encoded.value("after"_L1).toObject();
            for (const char *figure : {"on_hand", "hidden", "reserved", "buffer", "atp"})
                QVERIFY2(after.value(QLatin1StringView(figure)).isDouble(), figure);
        }
    }
}

void TestEventCodec::locationKindDoesNotClashWithKind()
{
    int seen = 0;
    for (const Event &event : std::as_const(m_events)) {
        const auto *upserted = std::get_if<LocationUpserted>(&event.payload);
        if (!upserted)
            continue;
        ++seen;
        const QJsonObject encoded = throughText(encodeEvent(event));
        QCOMPARE(encoded.value("kind"_L1).toString(), u"location.upserted"_s);
        QCOMPARE(encoded.value("location_kind"_L1).toString(), toString(upserted->location.kind));
        QCOMPARE(encoded.value("location"_L1).toString(), upserted->location.id);
        QCOMPARE(encoded.value("name"_L1).toString(), upserted->location.name);
    }
    QCOMPARE(seen, 3);

    // The warehouse comes back a warehouse: the codec must read location_kind, not kind.
    const QJsonObject warehouse = throughText(encodeEvent(m_events.at(1)));
    QCOMPARE(warehouse.value("location_kind"_L1).toString(), u"warehouse"_s);
    const auto decoded = decodeEvent(warehouse);
    QVERIFY(decoded.ok());
    const auto *payload = std::get_if<LocationUpserted>(&decoded.value().payload);
    QVERIFY(payload);
    QCOMPARE(toString(payload->location.kind), u"warehouse"_s);
    QCOMPARE(payload->location.id, u"WH-01"_s);
}

void TestEventCodec::defaultPolicyHasNullLocation()
{
    const QJsonObject encoded = encodedOfKind(m_events, EventKind::PolicyChanged, false);
    QVERIFY(encoded.contains("location"_L1));
    QVERIFY(encoded.value("location"_L1).isNull());
    QVERIFY(!encoded.contains("after"_L1));
    QCOMPARE(encoded.value("sku"_L1).toString(), u"MILK"_s);
    // The event carries the complete policy, so replicas never merge.
    QCOMPARE(encoded.value("buffer_pct"_L1).toInt(), 10);
    for (const char *field : {"buffer_pct", "buffer_min", "lock_enabled", "lock_ttl_s",
                              "lock_max_qty", "hide_before_expiry_h", "low_stock"})
        QVERIFY2(encoded.contains(QLatin1StringView(field)), field);

    const auto decoded = decodeEvent(encoded);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value().location.isEmpty());
    QVERIFY(!decoded.value().after);

    const QJsonObject perLocation = encodedOfKind(m_events, EventKind::PolicyChanged, true);
    QCOMPARE(perLocation.value("location"_L1).toString(), u"DS-01"_s);
    QVERIFY(perLocation.value("after"_L1).isObject());
    QCOMPARE(perLocation.value("buffer_min"_L1).toInt(), 2);
    // The override starts from the SKU's default in force: buffer_pct 10 carried over.
    QCOMPARE(perLocation.value("buffer_pct"_L1).toInt(), 10);
}

void TestEventCodec::kindNamesRoundTrip()
{
    for (int index = 0; index <= static_cast<int>(EventKind::ReservationReleased); ++index) {
        const auto kind = static_cast<EventKind>(index);
        QVERIFY(!toString(kind).isEmpty());
        QVERIFY(parseEventKind(toString(kind)) == kind);
    }
    QVERIFY(!parseEventKind(u"stock.teleported"_s));
    QVERIFY(!parseEventKind(QString()));
}

void TestEventCodec::rejects_data()
{
    // A valid event of `base` kind (from the scenario), with `path` ("key" or "after.key")
    // set to `value` (undefined: removed); decodeEvent must refuse it naming `field`.
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QJsonArray>("values");
    QTest::addColumn<QString>("field");

    const QJsonValue removed(QJsonValue::Undefined);
    auto row = [](const char *name, const QString &base, const QString &path,
                  const QJsonValue &value, const QString &field) {
        QJsonArray values;
        // QJsonArray cannot hold undefined: a marker object stands for "remove the key".
        values.append(value.isUndefined() ? QJsonValue(QJsonObject{{u"$remove"_s, true}}) : value);
        QTest::newRow(name) << base << QStringList{path} << values << field;
    };
    const QString received = u"stock.received"_s;

    row("unknown kind", received, u"kind"_s, u"stock.teleported"_s, u"kind"_s);
    row("missing kind", received, u"kind"_s, removed, u"kind"_s);
    row("kind as number", received, u"kind"_s, 3, u"kind"_s);
    row("missing seq", received, u"seq"_s, removed, u"seq"_s);
    row("seq as string", received, u"seq"_s, u"12"_s, u"seq"_s);
    row("seq 1.5", received, u"seq"_s, 1.5, u"seq"_s);
    row("seq -1", received, u"seq"_s, -1, u"seq"_s);
    row("missing at", received, u"at"_s, removed, u"at"_s);
    row("at without zone", received, u"at"_s, u"2026-11-25T10:00:00.000"_s, u"at"_s);
    row("at not a time", received, u"at"_s, u"yesterday"_s, u"at"_s);
    row("after an array", received, u"after"_s, QJsonArray{1, 2, 3, 4, 5}, u"after"_s);
    row("after a number", received, u"after"_s, 40, u"after"_s);
    row("after without atp", received, u"after.atp"_s, removed, u"after"_s);
    row("after on_hand as string", received, u"after.on_hand"_s, u"40"_s, u"after"_s);
    row("after reserved 0.5", received, u"after.reserved"_s, 0.5, u"after"_s);
    row("after buffer null", received, u"after.buffer"_s, QJsonValue(QJsonValue::Null), u"after"_s);
    row("stock.received without batch", received, u"batch"_s, removed, u"batch"_s);
    row("stock.received qty 0", received, u"qty"_s, 0, u"qty"_s);
    row("stock.received qty as string", received, u"qty"_s, u"3"_s, u"qty"_s);
    row("stock.received expiry 2026-13-01", received, u"expiry"_s, u"2026-13-01"_s, u"expiry"_s);
    row("stock.received received_at without zone", received, u"received_at"_s,
        u"2026-11-25T06:30:15"_s, u"received_at"_s);
    row("stock.dispatched without qty", u"stock.dispatched"_s, u"qty"_s, removed, u"qty"_s);
    row("stock.adjusted without counted", u"stock.adjusted"_s, u"counted"_s, removed, u"counted"_s);
    row("stock.adjusted delta 0.5", u"stock.adjusted"_s, u"delta"_s, 0.5, u"delta"_s);
    row("stock.written_off qty -2", u"stock.written_off"_s, u"qty"_s, -2, u"qty"_s);
    row("batch.hidden without batch", u"batch.hidden"_s, u"batch"_s, removed, u"batch"_s);
    row("reservation.created expires_at without zone", u"reservation.created"_s, u"expires_at"_s,
        u"2026-11-25T10:10:00"_s, u"expires_at"_s);
    // PROTOCOL.md: `reservation.created` with expires_at; a hold without one never expires.
    row("reservation.created without expires_at", u"reservation.created"_s, u"expires_at"_s,
        removed, u"expires_at"_s);
    row("reservation.created without reservation", u"reservation.created"_s, u"reservation"_s,
        removed, u"reservation"_s);
    row("reservation.committed direct yes", u"reservation.committed"_s, u"direct"_s, u"yes"_s,
        u"direct"_s);
    row("reservation.released reason lost", u"reservation.released"_s, u"reason"_s, u"lost"_s,
        u"reason"_s);
    row("reservation.released without reason", u"reservation.released"_s, u"reason"_s, removed,
        u"reason"_s);
    row("location.upserted location_kind shop", u"location.upserted"_s, u"location_kind"_s,
        u"shop"_s, u"location_kind"_s);
    // `kind` names the event; without location_kind the location's kind is simply missing.
    row("location.upserted without location_kind", u"location.upserted"_s, u"location_kind"_s,
        removed, u"location_kind"_s);
    row("location.upserted without location", u"location.upserted"_s, u"location"_s, removed,
        u"location"_s);
    row("sku.upserted without sku", u"sku.upserted"_s, u"sku"_s, removed, u"sku"_s);
    row("sku.upserted unit_cost as string", u"sku.upserted"_s, u"unit_cost"_s, u"2.35"_s,
        u"unit_cost"_s);
    row("policy.changed without sku", u"policy.changed"_s, u"sku"_s, removed, u"sku"_s);
    // EventCodec.h promises shape and type checks; a policy with a wrongly typed field must
    // not quietly become the built-in default (buffer off, locks on) on a replica.
    row("policy.changed buffer_pct as string", u"policy.changed"_s, u"buffer_pct"_s, u"ten"_s,
        u"buffer_pct"_s);
    row("policy.changed lock_enabled as string", u"policy.changed"_s, u"lock_enabled"_s, u"no"_s,
        u"lock_enabled"_s);
    // A stock event names its cell (PROTOCOL.md: only sku.upserted and a default
    // policy.changed have no location) and carries `after` (present exactly on cell events).
    row("stock.received without location", received, u"location"_s, removed, u"location"_s);
    row("stock.received without sku", received, u"sku"_s, removed, u"sku"_s);
    row("stock.received without after", received, u"after"_s, removed, u"after"_s);

    // Several problems: the envelope is read first, seq before at before the payload.
    QTest::newRow("first: seq before after")
        << received << QStringList{u"after"_s, u"seq"_s}
        << QJsonArray{u"broken"_s, QJsonObject{{u"$remove"_s, true}}} << u"seq"_s;
    QTest::newRow("first: at before batch")
        << received << QStringList{u"batch"_s, u"at"_s} << QJsonArray{7, u"now"_s} << u"at"_s;
    QTest::newRow("first: batch before after")
        << received << QStringList{u"after.atp"_s, u"batch"_s} << QJsonArray{u"x"_s, u""_s}
        << u"batch"_s;
}

void TestEventCodec::rejects()
{
    QFETCH(QString, base);
    QFETCH(QStringList, paths);
    QFETCH(QJsonArray, values);
    QFETCH(QString, field);

    const auto kind = parseEventKind(base);
    QVERIFY(kind);
    QJsonObject object = encodedOfKind(m_events, *kind);
    QVERIFY2(decodeEvent(object).ok(), "the base event must be valid");

    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QStringList path = paths.at(i).split(u'.');
        const QJsonValue value = values.at(i);
        const bool remove = value.isObject() && value.toObject().contains("$remove"_L1);
        if (path.size() == 1) {
            if (remove)
                object.remove(path.first());
            else
                object.insert(path.first(), value);
        } else {
            QJsonObject after = object.value(path.first()).toObject();
            if (remove)
                after.remove(path.last());
            else
                after.insert(path.last(), value);
            object.insert(path.first(), after);
        }
    }

    const auto decoded = decodeEvent(throughText(object));
    if (decoded.ok())
        QFAIL(QByteArray("broken event accepted: " +
                         QJsonDocument(object).toJson(QJsonDocument::Compact))
                  .constData());
    QCOMPARE(toString(decoded.error().code), u"bad_request"_s);
    QCOMPARE(decoded.error().field, field);
}

QTEST_GUILESS_MAIN(TestEventCodec)
#include "tst_eventcodec.moc"
