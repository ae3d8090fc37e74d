// The `cmd` message codec of PROTOCOL.md: every op survives a trip through JSON text, and
// every malformed command is refused with bad_request naming the first offending field in
// the order the protocol lists the op's arguments.

#include "domain/CommandCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

Q_DECLARE_METATYPE(shelfsync::domain::Command)

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

// Builds a command's args field by field, so a field added to the struct later does not
// break (or silently shift) every row.
template <typename T, typename Fill>
T make(Fill fill)
{
    T value;
    fill(value);
    return value;
}

Dispatch walkIn()
{
    return make<Dispatch>([](auto &a) {
        a.location = u"DS-01"_s;
        a.sku = u"MILK-1L"_s;
        a.qty = 3;
    });
}

Command command(const QString &id, CommandArgs args)
{
    Command result;
    result.id = id;
    result.args = std::move(args);
    return result;
}

// Goes through text, as a command does between two processes: what QJsonObject alone would
// keep (e.g. a qint64 or a double with all its digits) must also survive serialization.
QJsonObject throughText(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject())
        qFatal("encoded command is not a JSON object: %s", text.constData());
    return parsed.object();
}

QByteArray describe(const Command &value)
{
    return QJsonDocument(encodeCommand(value)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCommandCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void encodedShape();
    void rejects_data();
    void rejects();
    void sweepIsNotAWireOp();
    void decodeArgsMatchesDecodeCommand();
};

void TestCommandCodec::roundTrip_data()
{
    QTest::addColumn<Command>("original");

    QTest::newRow("upsert_location store") << command(u"c-1"_s, make<UpsertLocation>([](auto &a) {
                                                          a.location = u"DS-01"_s;
                                                          a.name = u"Dark store 1"_s;
                                                      }));
    QTest::newRow("upsert_location warehouse with timezone")
        << command(u"c-2"_s, make<UpsertLocation>([](auto &a) {
                       a.location = u"WH-01"_s;
                       a.name = u"Main warehouse"_s;
                       a.kind = LocationKind::Warehouse;
                       a.timezone = u"Europe/Berlin"_s;
                   }));

    UpsertSku minimalSku;
    minimalSku.sku = u"MILK-1L"_s;
    minimalSku.name = u"Milk 1 l"_s;
    QTest::newRow("upsert_sku minimal") << command(u"c-3"_s, minimalSku);
    UpsertSku fullSku = minimalSku;
    fullSku.gtin = u"4006381333931"_s;
    fullSku.unit = u"bottle"_s;
    fullSku.category = u"Dairy / chilled"_s;
    fullSku.shelfLifeDays = 12;
    fullSku.unitCost = 0.1; // not exact in binary: the text form must still give it back
    QTest::newRow("upsert_sku full") << command(u"c-4"_s, fullSku);
    UpsertSku zeroSku = minimalSku;
    // Present-but-zero differs from absent (absent keeps the SKU's value): both must survive.
    zeroSku.shelfLifeDays = 0;
    zeroSku.unitCost = 0.0;
    zeroSku.unit = QString();
    QTest::newRow("upsert_sku zeros and empty unit") << command(u"c-5"_s, zeroSku);
    UpsertSku gtin8 = minimalSku;
    gtin8.gtin = u"96385074"_s;
    QTest::newRow("upsert_sku gtin-8") << command(u"c-6"_s, gtin8);

    SetPolicy oneField;
    oneField.sku = u"MILK-1L"_s;
    oneField.patch.bufferPct = 10;
    QTest::newRow("set_policy default, one field") << command(u"c-7"_s, oneField);
    SetPolicy allFields;
    allFields.sku = u"MILK-1L"_s;
    allFields.location = u"DS-01"_s;
    allFields.patch.bufferPct = 0;
    allFields.patch.bufferMin = 3;
    allFields.patch.lockEnabled = false;
    allFields.patch.lockTtlS = 120;
    allFields.patch.lockMaxQty = 5;
    allFields.patch.hideBeforeExpiryH = 48;
    allFields.patch.lowStock = 7;
    allFields.patch.deadstockDays = 45;
    QTest::newRow("set_policy override, every field") << command(u"c-8"_s, allFields);
    SetPolicy lockOnly;
    lockOnly.sku = u"MILK-1L"_s;
    lockOnly.location = u"DS-01"_s;
    lockOnly.patch.lockEnabled = true;
    QTest::newRow("set_policy lock only") << command(u"c-9"_s, lockOnly);

    Receive receive;
    receive.location = u"DS-01"_s;
    receive.sku = u"MILK-1L"_s;
    receive.qty = 40;
    receive.batch = u"L2611"_s;
    QTest::newRow("receive minimal") << command(u"c-10"_s, receive);
    receive.expiry = QDate(2026, 12, 3);
    receive.receivedAt = utc(2026, 11, 25, 10, 15, 0, 123);
    receive.reference = u"PO-778"_s;
    QTest::newRow("receive full") << command(u"c-11"_s, receive);
    receive.qty = kMaxQuantity;
    receive.receivedAt = utc(2026, 11, 25, 8, 15).toOffsetFromUtc(2 * 3600);
    QTest::newRow("receive max qty, offset time") << command(u"c-12"_s, receive);

    Dispatch dispatch;
    dispatch.location = u"DS-01"_s;
    dispatch.sku = u"MILK-1L"_s;
    dispatch.qty = 3;
    QTest::newRow("dispatch FEFO") << command(u"c-13"_s, dispatch);
    dispatch.reservation = u"r-1"_s;
    dispatch.batch = u"L2611"_s;
    QTest::newRow("dispatch reservation and batch") << command(u"c-14"_s, dispatch);

    Adjust adjust;
    adjust.location = u"DS-01"_s;
    adjust.sku = u"MILK-1L"_s;
    adjust.batch = u"L2611"_s;
    adjust.reason = u"cycle count"_s;
    adjust.counted = 12;
    QTest::newRow("adjust counted") << command(u"c-15"_s, adjust);
    adjust.counted = 0;
    QTest::newRow("adjust counted zero") << command(u"c-16"_s, adjust);
    adjust.counted.reset();
    adjust.delta = -4;
    QTest::newRow("adjust negative delta") << command(u"c-17"_s, adjust);
    adjust.delta.reset();
    adjust.counted = 6;
    adjust.batch = u"L9999"_s;
    adjust.expiry = QDate(2027, 1, 31);
    QTest::newRow("adjust count with expiry") << command(u"c-18"_s, adjust);

    Return ret;
    ret.location = u"DS-01"_s;
    ret.sku = u"MILK-1L"_s;
    ret.qty = 2;
    QTest::newRow("return minimal") << command(u"c-19"_s, ret);
    ret.batch = u"L2611"_s;
    ret.reference = u"NDR-5"_s;
    QTest::newRow("return batch and reference") << command(u"c-20"_s, ret);
    ret.expiry = QDate(2026, 12, 3);
    QTest::newRow("return with expiry") << command(u"c-20b"_s, ret);

    WriteOff writeOff;
    writeOff.location = u"DS-01"_s;
    writeOff.sku = u"MILK-1L"_s;
    writeOff.batch = u"L2611"_s;
    writeOff.reason = u"expired"_s;
    QTest::newRow("write_off whole batch") << command(u"c-21"_s, writeOff);
    writeOff.qty = 5;
    QTest::newRow("write_off qty") << command(u"c-22"_s, writeOff);

    Reserve reserve;
    reserve.location = u"DS-01"_s;
    reserve.sku = u"MILK-1L"_s;
    reserve.qty = 2;
    reserve.channel = u"shopify"_s;
    QTest::newRow("reserve minimal") << command(u"c-23"_s, reserve);
    reserve.holdS = 90;
    QTest::newRow("reserve hold_s") << command(u"c-24"_s, reserve);

    QTest::newRow("commit hold") << command(
        u"c-25"_s, make<Commit>([](auto &a) { a.reservation = u"c-23"_s; }));
    QTest::newRow("commit direct") << command(u"c-26"_s, make<Commit>([](auto &a) {
                                                  a.location = u"DS-01"_s;
                                                  a.sku = u"MILK-1L"_s;
                                                  a.qty = 4;
                                                  a.channel = u"pos"_s;
                                              }));

    QTest::newRow("release default reason")
        << command(u"c-27"_s, make<Release>([](auto &a) { a.reservation = u"c-23"_s; }));
    QTest::newRow("release expired") << command(u"c-28"_s, make<Release>([](auto &a) {
                                                    a.reservation = u"c-23"_s;
                                                    a.reason = ReleaseReason::Expired;
                                                }));

    QTest::newRow("id of 128 characters")
        << command(QString(128, u'x'), make<Release>([](auto &a) { a.reservation = u"r-1"_s; }));
    QTest::newRow("unicode ids and text")
        << command(u"ä-€-29"_s, make<Receive>([](auto &a) {
                       a.location = u"Köln-1"_s;
                       a.sku = u"KÄSE-200g"_s;
                       a.qty = 1;
                       a.batch = u"Los 7"_s;
                       a.reference = u"Lieferschein Nr. 5 – „Käse“"_s;
                   }));
}

void TestCommandCodec::roundTrip()
{
    QFETCH(Command, original);
    const auto decoded = decodeCommand(throughText(encodeCommand(original)));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    // QVERIFY2 builds its message before it checks, so only describe what exists.
    const QByteArray mismatch = describe(decoded.value()) + " != " + describe(original);
    QVERIFY2(decoded.value() == original, mismatch.constData());
    // The actor comes from the session, never from the message.
    QVERIFY(decoded.value().actor.isEmpty());
}

void TestCommandCodec::encodedShape()
{
    Command withActor = command(u"c-1"_s, walkIn());
    withActor.actor = u"mallory"_s;
    const QJsonObject encoded = encodeCommand(withActor);
    QCOMPARE(encoded.value("type"_L1).toString(), u"cmd"_s);
    QCOMPARE(encoded.value("id"_L1).toString(), u"c-1"_s);
    QCOMPARE(encoded.value("op"_L1).toString(), u"dispatch"_s);
    QVERIFY(encoded.value("args"_L1).isObject());
    QVERIFY(!encoded.contains("actor"_L1));
    // Absent optionals are left out rather than sent as empty strings.
    const QJsonObject args = encoded.value("args"_L1).toObject();
    QVERIFY(!args.contains("reservation"_L1));
    QVERIFY(!args.contains("batch"_L1));
    QCOMPARE(args.value("qty"_L1).toInteger(), 3);

    // A command claiming an actor in its message must not get it through.
    QJsonObject forged = encoded;
    forged.insert(u"actor"_s, u"admin"_s);
    const auto decoded = decodeCommand(forged);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value().actor.isEmpty());

    // Extra fields are allowed and ignored (PROTOCOL.md, first paragraph).
    QJsonObject extra = encoded;
    QJsonObject extraArgs = args;
    extraArgs.insert(u"x_note"_s, u"ignored"_s);
    extra.insert(u"args"_s, extraArgs);
    extra.insert(u"x_trace"_s, 17);
    const auto tolerant = decodeCommand(extra);
    QVERIFY(tolerant.ok());
    QVERIFY(tolerant.value() == command(u"c-1"_s, walkIn()));
}

void TestCommandCodec::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    // The envelope.
    QTest::newRow("missing id")
        << QByteArray(R"({"type":"cmd","op":"release","args":{"reservation":"r"}})") << u"id"_s;
    QTest::newRow("empty id")
        << QByteArray(R"({"type":"cmd","id":"","op":"release","args":{"reservation":"r"}})")
        << u"id"_s;
    QTest::newRow("numeric id")
        << QByteArray(R"({"type":"cmd","id":7,"op":"release","args":{"reservation":"r"}})")
        << u"id"_s;
    // The command id is a client-made uuid, stored as the idempotency key and echoed in
    // acks and logs: held to the same rule as every other id (no control characters).
    QTest::newRow("id with control characters")
        << QByteArray(
               R"({"type":"cmd","id":"c-1\u0007\n","op":"release","args":{"reservation":"r"}})")
        << u"id"_s;
    QTest::newRow("id of 129 characters")
        << (QByteArray(R"({"type":"cmd","id":")") + QByteArray(129, 'a') +
            QByteArray(R"(","op":"release","args":{"reservation":"r"}})"))
        << u"id"_s;
    QTest::newRow("unknown op") << QByteArray(
                                       R"({"type":"cmd","id":"c-1","op":"teleport","args":{}})")
                                << u"op"_s;
    QTest::newRow("missing op") << QByteArray(R"({"type":"cmd","id":"c-1","args":{}})") << u"op"_s;
    QTest::newRow("op of wrong case")
        << QByteArray(R"({"type":"cmd","id":"c-1","op":"Reserve","args":{}})") << u"op"_s;
    QTest::newRow("sweep from the wire")
        << QByteArray(R"({"type":"cmd","id":"c-1","op":"sweep","args":{}})") << u"op"_s;
    QTest::newRow("args an array")
        << QByteArray(R"({"type":"cmd","id":"c-1","op":"release","args":[{"reservation":"r"}]})")
        << u"args"_s;
    QTest::newRow("args a string")
        << QByteArray(R"({"type":"cmd","id":"c-1","op":"release","args":"reservation=r"})")
        << u"args"_s;
    QTest::newRow("args missing") << QByteArray(R"({"type":"cmd","id":"c-1","op":"release"})")
                                  << u"args"_s;

    auto row = [](const char *name, const char *op, const char *args, const QString &field) {
        QTest::newRow(name) << (QByteArray(R"({"type":"cmd","id":"c-1","op":")") + op +
                                QByteArray(R"(","args":)") + args + '}')
                            << field;
    };

    // upsert_location: location, name, kind, timezone?
    row("upsert_location without location", "upsert_location", R"({"name":"N","kind":"store"})",
        u"location"_s);
    row("upsert_location without name", "upsert_location", R"({"location":"DS-01","kind":"store"})",
        u"name"_s);
    row("upsert_location without kind", "upsert_location", R"({"location":"DS-01","name":"N"})",
        u"kind"_s);
    row("upsert_location name with control characters", "upsert_location",
        R"({"location":"DS-01","name":"Store\u0001","kind":"store"})", u"name"_s);
    row("upsert_location kind shop", "upsert_location",
        R"({"location":"DS-01","name":"N","kind":"shop"})", u"kind"_s);
    row("upsert_location empty location id", "upsert_location",
        R"({"location":"","name":"N","kind":"store"})", u"location"_s);

    // upsert_sku: sku, name, gtin?, unit?, category?, shelf_life_days?, unit_cost?
    row("upsert_sku without sku", "upsert_sku", R"({"name":"Milk"})", u"sku"_s);
    row("upsert_sku without name", "upsert_sku", R"({"sku":"MILK"})", u"name"_s);
    row("upsert_sku blank name", "upsert_sku", R"({"sku":"MILK","name":"   "})", u"name"_s);
    row("upsert_sku gtin wrong check digit", "upsert_sku",
        R"({"sku":"MILK","name":"Milk","gtin":"4006381333932"})", u"gtin"_s);
    row("upsert_sku gtin of 11 digits", "upsert_sku",
        R"({"sku":"MILK","name":"Milk","gtin":"40063813339"})", u"gtin"_s);
    row("upsert_sku gtin as number", "upsert_sku",
        R"({"sku":"MILK","name":"Milk","gtin":4006381333931})", u"gtin"_s);
    row("upsert_sku shelf_life_days -1", "upsert_sku",
        R"({"sku":"MILK","name":"Milk","shelf_life_days":-1})", u"shelf_life_days"_s);
    row("upsert_sku unit_cost as string", "upsert_sku",
        R"({"sku":"MILK","name":"Milk","unit_cost":"0.99"})", u"unit_cost"_s);

    // set_policy: sku, location?, buffer_pct, buffer_min, lock_enabled, lock_ttl_s,
    // lock_max_qty, hide_before_expiry_h, low_stock
    row("set_policy without sku", "set_policy", R"({"buffer_pct":10})", u"sku"_s);
    row("set_policy buffer_pct 101", "set_policy", R"({"sku":"MILK","buffer_pct":101})",
        u"buffer_pct"_s);
    row("set_policy buffer_min 1.5", "set_policy", R"({"sku":"MILK","buffer_min":1.5})",
        u"buffer_min"_s);
    row("set_policy lock_enabled yes", "set_policy", R"({"sku":"MILK","lock_enabled":"yes"})",
        u"lock_enabled"_s);
    row("set_policy lock_enabled 1", "set_policy", R"({"sku":"MILK","lock_enabled":1})",
        u"lock_enabled"_s);
    row("set_policy lock_ttl_s 0", "set_policy", R"({"sku":"MILK","lock_ttl_s":0})",
        u"lock_ttl_s"_s);
    // docs/inventory-rules.md: any subset of the policy fields, but not none of them.
    row("set_policy without any policy field", "set_policy", R"({"sku":"MILK","location":"DS-01"})",
        u"buffer_pct"_s);
    row("set_policy low_stock -1", "set_policy", R"({"sku":"MILK","low_stock":-1})",
        u"low_stock"_s);
    row("set_policy empty location id", "set_policy",
        R"({"sku":"MILK","location":"","buffer_pct":5})", u"location"_s);

    // receive: location, sku, qty>0, batch, expiry?, received_at?, reference?
    const char *receiveOp = "receive";
    row("receive without location", receiveOp, R"({"sku":"MILK","qty":5,"batch":"B1"})",
        u"location"_s);
    row("receive without sku", receiveOp, R"({"location":"DS-01","qty":5,"batch":"B1"})", u"sku"_s);
    row("receive without qty", receiveOp, R"({"location":"DS-01","sku":"MILK","batch":"B1"})",
        u"qty"_s);
    row("receive qty null", receiveOp,
        R"({"location":"DS-01","sku":"MILK","qty":null,"batch":"B1"})", u"qty"_s);
    row("receive without batch", receiveOp, R"({"location":"DS-01","sku":"MILK","qty":5})",
        u"batch"_s);
    row("receive qty as string", receiveOp,
        R"({"location":"DS-01","sku":"MILK","qty":"5","batch":"B1"})", u"qty"_s);
    row("receive qty 1.5", receiveOp, R"({"location":"DS-01","sku":"MILK","qty":1.5,"batch":"B1"})",
        u"qty"_s);
    row("receive qty 0", receiveOp, R"({"location":"DS-01","sku":"MILK","qty":0,"batch":"B1"})",
        u"qty"_s);
    row("receive qty -3", receiveOp, R"({"location":"DS-01","sku":"MILK","qty":-3,"batch":"B1"})",
        u"qty"_s);
    row("receive qty above the limit", receiveOp,
        R"({"location":"DS-01","sku":"MILK","qty":1000000001,"batch":"B1"})", u"qty"_s);
    row("receive expiry 2026-13-01", receiveOp,
        R"({"location":"DS-01","sku":"MILK","qty":5,"batch":"B1","expiry":"2026-13-01"})",
        u"expiry"_s);
    row("receive expiry 25/11/2026", receiveOp,
        R"({"location":"DS-01","sku":"MILK","qty":5,"batch":"B1","expiry":"25/11/2026"})",
        u"expiry"_s);
    row("receive expiry with time", receiveOp,
        R"({"location":"DS-01","sku":"MILK","qty":5,"batch":"B1","expiry":"2026-11-25T00:00:00Z"})",
        u"expiry"_s);
    row("receive received_at without zone", receiveOp,
        R"({"location":"DS-01","sku":"MILK","qty":5,"batch":"B1","received_at":"2026-11-25T10:15:00.000"})",
        u"received_at"_s);
    row("receive empty location id", receiveOp,
        R"({"location":"","sku":"MILK","qty":5,"batch":"B1"})", u"location"_s);
    row("receive sku with control characters", receiveOp,
        R"({"location":"DS-01","sku":"MI\u0000LK","qty":5,"batch":"B1"})", u"sku"_s);
    row("receive batch with outer spaces", receiveOp,
        R"({"location":"DS-01","sku":"MILK","qty":5,"batch":" B1"})", u"batch"_s);
    row("receive location as number", receiveOp,
        R"({"location":1,"sku":"MILK","qty":5,"batch":"B1"})", u"location"_s);

    // dispatch: location, sku, qty>0, reservation?, batch?
    row("dispatch without location", "dispatch", R"({"sku":"MILK","qty":1})", u"location"_s);
    row("dispatch without sku", "dispatch", R"({"location":"DS-01","qty":1})", u"sku"_s);
    row("dispatch without qty", "dispatch", R"({"location":"DS-01","sku":"MILK"})", u"qty"_s);
    row("dispatch empty reservation", "dispatch",
        R"({"location":"DS-01","sku":"MILK","qty":1,"reservation":""})", u"reservation"_s);
    row("dispatch batch as number", "dispatch",
        R"({"location":"DS-01","sku":"MILK","qty":1,"batch":7})", u"batch"_s);

    // adjust: location, sku, batch, counted>=0 or delta, reason
    row("adjust without location", "adjust",
        R"({"sku":"MILK","batch":"B1","counted":3,"reason":"count"})", u"location"_s);
    row("adjust without sku", "adjust",
        R"({"location":"DS-01","batch":"B1","counted":3,"reason":"count"})", u"sku"_s);
    row("adjust without batch", "adjust",
        R"({"location":"DS-01","sku":"MILK","counted":3,"reason":"count"})", u"batch"_s);
    row("adjust with counted and delta", "adjust",
        R"({"location":"DS-01","sku":"MILK","batch":"B1","counted":3,"delta":1,"reason":"count"})",
        u"counted"_s);
    row("adjust with neither counted nor delta", "adjust",
        R"({"location":"DS-01","sku":"MILK","batch":"B1","reason":"count"})", u"counted"_s);
    row("adjust counted -1", "adjust",
        R"({"location":"DS-01","sku":"MILK","batch":"B1","counted":-1,"reason":"count"})",
        u"counted"_s);
    row("adjust delta as string", "adjust",
        R"({"location":"DS-01","sku":"MILK","batch":"B1","delta":"-2","reason":"count"})",
        u"delta"_s);
    row("adjust without reason", "adjust",
        R"({"location":"DS-01","sku":"MILK","batch":"B1","counted":3})", u"reason"_s);

    // return: location, sku, qty>0, batch?, reference?
    row("return without location", "return", R"({"sku":"MILK","qty":1})", u"location"_s);
    row("return without sku", "return", R"({"location":"DS-01","qty":1})", u"sku"_s);
    row("return without qty", "return", R"({"location":"DS-01","sku":"MILK"})", u"qty"_s);
    row("return qty 0", "return", R"({"location":"DS-01","sku":"MILK","qty":0})", u"qty"_s);
    row("return reference as object", "return",
        R"({"location":"DS-01","sku":"MILK","qty":1,"reference":{"ndr":5}})", u"reference"_s);

    // write_off: location, sku, batch, qty?, reason
    row("write_off without location", "write_off",
        R"({"sku":"MILK","batch":"B1","reason":"broken"})", u"location"_s);
    row("write_off without batch", "write_off",
        R"({"location":"DS-01","sku":"MILK","reason":"broken"})", u"batch"_s);
    row("write_off without reason", "write_off",
        R"({"location":"DS-01","sku":"MILK","batch":"B1"})", u"reason"_s);
    row("write_off qty 0", "write_off",
        R"({"location":"DS-01","sku":"MILK","batch":"B1","qty":0,"reason":"broken"})", u"qty"_s);

    // reserve: location, sku, qty>0, channel, hold_s?
    row("reserve without location", "reserve", R"({"sku":"MILK","qty":1,"channel":"web"})",
        u"location"_s);
    row("reserve without sku", "reserve", R"({"location":"DS-01","qty":1,"channel":"web"})",
        u"sku"_s);
    row("reserve without qty", "reserve", R"({"location":"DS-01","sku":"MILK","channel":"web"})",
        u"qty"_s);
    row("reserve without channel", "reserve", R"({"location":"DS-01","sku":"MILK","qty":1})",
        u"channel"_s);
    row("reserve hold_s 0", "reserve",
        R"({"location":"DS-01","sku":"MILK","qty":1,"channel":"web","hold_s":0})", u"hold_s"_s);

    // commit: reservation, or location+sku+qty+channel
    row("commit reservation as number", "commit", R"({"reservation":5})", u"reservation"_s);
    row("commit direct without location", "commit", R"({"sku":"MILK","qty":1,"channel":"pos"})",
        u"location"_s);
    row("commit direct without sku", "commit", R"({"location":"DS-01","qty":1,"channel":"pos"})",
        u"sku"_s);
    row("commit direct without qty", "commit",
        R"({"location":"DS-01","sku":"MILK","channel":"pos"})", u"qty"_s);
    row("commit direct without channel", "commit", R"({"location":"DS-01","sku":"MILK","qty":1})",
        u"channel"_s);
    // Neither form: read as a direct order, whose first argument is the location.
    row("commit with nothing", "commit", R"({})", u"location"_s);

    // release: reservation, reason?
    row("release without reservation", "release", R"({"reason":"cancelled"})", u"reservation"_s);
    row("release reason dispatched", "release", R"({"reservation":"r-1","reason":"dispatched"})",
        u"reason"_s);
    row("release reason lost", "release", R"({"reservation":"r-1","reason":"lost"})", u"reason"_s);

    // Several problems at once: the first in protocol order is named. QJsonObject keeps keys
    // sorted, so these also show the order does not come from the text.
    QTest::newRow("first: id before op")
        << QByteArray(R"({"type":"cmd","op":"teleport","args":[]})") << u"id"_s;
    QTest::newRow("first: op before args")
        << QByteArray(R"({"type":"cmd","id":"c-1","op":"teleport","args":[]})") << u"op"_s;
    row("first: sku before qty", receiveOp, R"({"location":"DS-01","qty":"x","batch":""})",
        u"sku"_s);
    row("first: qty before batch and expiry", receiveOp,
        R"({"batch":"","expiry":"2026-13-01","location":"DS-01","qty":0,"sku":"MILK"})", u"qty"_s);
    row("first: expiry before received_at", receiveOp,
        R"({"received_at":"yesterday","expiry":"25/11/2026","location":"DS-01","qty":1,"sku":"MILK","batch":"B1"})",
        u"expiry"_s);
    row("first: buffer_pct before lock_enabled", "set_policy",
        R"({"lock_enabled":"yes","buffer_pct":101,"sku":"MILK"})", u"buffer_pct"_s);
    row("first: lock_enabled before low_stock", "set_policy",
        R"({"low_stock":-1,"lock_enabled":"yes","sku":"MILK"})", u"lock_enabled"_s);
    row("first: sku before the policy fields", "set_policy",
        R"({"buffer_pct":101,"location":"","sku":""})", u"sku"_s);
    row("first: qty before channel", "reserve",
        R"({"channel":"","location":"DS-01","qty":0,"sku":"MILK"})", u"qty"_s);
    row("first: batch before counted/delta", "adjust",
        R"({"counted":1,"delta":1,"location":"DS-01","sku":"MILK"})", u"batch"_s);
    row("first: counted/delta before reason", "adjust",
        R"({"batch":"B1","counted":1,"delta":1,"location":"DS-01","sku":"MILK"})", u"counted"_s);
    row("first: name before kind", "upsert_location",
        R"({"kind":"shop","location":"DS-01","name":""})", u"name"_s);
    row("first: reservation before reason", "release", R"({"reason":"dispatched"})",
        u"reservation"_s);
    row("first: location before sku", "write_off",
        R"({"batch":"B1","reason":"x","location":"DS\u000101","sku":""})", u"location"_s);
}

void TestCommandCodec::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError && document.isObject(),
             qPrintable(u"test row is not a JSON object: "_s + parseError.errorString()));
    const auto decoded = decodeCommand(document.object());
    if (decoded.ok())
        QFAIL(QByteArray("malformed command accepted: " + describe(decoded.value())).constData());
    QCOMPARE(toString(decoded.error().code), u"bad_request"_s);
    QCOMPARE(decoded.error().field, field);
    QVERIFY(!decoded.error().message.isEmpty());
    // The wire form of the error carries the field too.
    QCOMPARE(decoded.error().toJson().value("field"_L1).toString(), field);
}

void TestCommandCodec::sweepIsNotAWireOp()
{
    QVERIFY(!parseOp(u"sweep"_s));
    QCOMPARE(toString(Op::Sweep), u"sweep"_s);

    // Not through decodeArgs (e.g. an HTTP body) either.
    const auto direct = decodeArgs(Op::Sweep, QJsonObject{});
    QVERIFY(!direct.ok());
    QCOMPARE(toString(direct.error().code), u"bad_request"_s);
    QCOMPARE(direct.error().field, u"op"_s);

    // What the service could encode for its own log must still not come back in as a command.
    const QJsonObject encoded = throughText(encodeCommand(command(u"c-1"_s, Sweep{})));
    QCOMPARE(encoded.value("op"_L1).toString(), u"sweep"_s);
    const auto decoded = decodeCommand(encoded);
    QVERIFY(!decoded.ok());
    QCOMPARE(toString(decoded.error().code), u"bad_request"_s);
    QCOMPARE(decoded.error().field, u"op"_s);

    // Every other op parses back from its own name.
    for (Op op : {Op::UpsertLocation, Op::UpsertSku, Op::SetPolicy, Op::Receive, Op::Dispatch,
                  Op::Adjust, Op::Return, Op::WriteOff, Op::Reserve, Op::Commit, Op::Release}) {
        const auto parsed = parseOp(toString(op));
        QVERIFY2(parsed && *parsed == op, qPrintable(toString(op)));
    }
}

void TestCommandCodec::decodeArgsMatchesDecodeCommand()
{
    // The HTTP API hands a body straight to decodeArgs: it must read it the same way.
    const Reserve reserve = make<Reserve>([](auto &a) {
        a.location = u"DS-01"_s;
        a.sku = u"MILK-1L"_s;
        a.qty = 2;
        a.channel = u"shopify"_s;
        a.holdS = 60;
    });
    const auto decoded = decodeArgs(Op::Reserve, throughText(encodeArgs(reserve)));
    QVERIFY(decoded.ok());
    QVERIFY(std::holds_alternative<Reserve>(decoded.value()));
    QVERIFY(std::get<Reserve>(decoded.value()) == reserve);

    const auto refused = decodeArgs(Op::Reserve, QJsonObject{{u"location"_s, u"DS-01"_s},
                                                             {u"sku"_s, u"MILK-1L"_s},
                                                             {u"qty"_s, 2.5},
                                                             {u"channel"_s, u"web"_s}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"qty"_s);
}

QTEST_GUILESS_MAIN(TestCommandCodec)
#include "tst_commandcodec.moc"
