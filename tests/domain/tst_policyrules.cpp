// Rule tables for stock policies: the virtual buffer formula, hidden stock, per-location
// overrides against the SKU's default, partial set_policy and what a policy change does to
// holds already made. Checked against DESIGN.md, PROTOCOL.md ("Details") and
// docs/inventory-rules.md.
#include "RuleTestSupport.h"
#include "TestLedger.h"

#include "domain/JsonFormat.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;
using namespace shelfsync::testing;

Q_DECLARE_METATYPE(shelfsync::domain::PolicyPatch)
Q_DECLARE_METATYPE(shelfsync::domain::Policy)
Q_DECLARE_METATYPE(shelfsync::domain::Availability)

namespace {

// Records built field by field, so a field added to one of the domain's structs later does
// not break these tables (-Wmissing-field-initializers).
Batch batchOf(const QString &id, const QDate &expiry, Quantity qty, bool hidden)
{
    Batch batch;
    batch.id = id;
    batch.expiry = expiry;
    batch.qty = qty;
    batch.hidden = hidden;
    return batch;
}

Result<Decision> reserve(TestLedger &ledger, const QString &location, Quantity qty,
                         const QString &id = QString())
{
    return ledger.run(holdOf({location, kMilk}, qty), id);
}

} // namespace

class TestPolicyRules : public QObject
{
    Q_OBJECT

private slots:
    void bufferFormula_data();
    void bufferFormula();
    void availabilityFigures_data();
    void availabilityFigures();
    void hiddenStock_data();
    void hiddenStock();
    void setPolicyBuffer_data();
    void setPolicyBuffer();
    void scope_data();
    void scope();
    void partialPatch_data();
    void partialPatch();
    void lowersAtpBelowHolds_data();
    void lowersAtpBelowHolds();
    void unknownTargets_data();
    void unknownTargets();
};

void TestPolicyRules::bufferFormula_data()
{
    QTest::addColumn<Quantity>("sellable");
    QTest::addColumn<int>("pct");
    QTest::addColumn<Quantity>("min");
    QTest::addColumn<Quantity>("buffer");
    QTest::addColumn<Quantity>("atp");

    // ceil(sellable x pct / 100): a fraction of a unit rounds up, so the buffer never
    // holds back less than the merchandiser asked for.
    QTest::addRow("10 at 15%% rounds 1.5 up to 2")
        << Quantity(10) << 15 << Quantity(0) << Quantity(2) << Quantity(8);
    QTest::addRow("7 at 10%% rounds 0.7 up to 1")
        << Quantity(7) << 10 << Quantity(0) << Quantity(1) << Quantity(6);
    QTest::addRow("nothing sellable at 15%%")
        << Quantity(0) << 15 << Quantity(0) << Quantity(0) << Quantity(0);
    QTest::addRow("nothing sellable, buffer_min 5")
        << Quantity(0) << 0 << Quantity(5) << Quantity(0) << Quantity(0);
    QTest::addRow("whole percent is not rounded")
        << Quantity(100) << 10 << Quantity(0) << Quantity(10) << Quantity(90);
    QTest::addRow("101 at 10%% rounds 10.1 up")
        << Quantity(101) << 10 << Quantity(0) << Quantity(11) << Quantity(90);
    QTest::addRow("1 at 1%%") << Quantity(1) << 1 << Quantity(0) << Quantity(1) << Quantity(0);
    QTest::addRow("199 at 1%%") << Quantity(199) << 1 << Quantity(0) << Quantity(2)
                                << Quantity(197);
    QTest::addRow("buffer_min above percent")
        << Quantity(10) << 15 << Quantity(5) << Quantity(5) << Quantity(5);
    QTest::addRow("percent above buffer_min")
        << Quantity(10) << 50 << Quantity(3) << Quantity(5) << Quantity(5);
    QTest::addRow("buffer_min alone")
        << Quantity(10) << 0 << Quantity(4) << Quantity(4) << Quantity(6);
    QTest::addRow("buffer_min above sellable is capped")
        << Quantity(3) << 0 << Quantity(5) << Quantity(3) << Quantity(0);
    QTest::addRow("buffer_min equal to sellable")
        << Quantity(5) << 0 << Quantity(5) << Quantity(5) << Quantity(0);
    QTest::addRow("both 0: buffer off")
        << Quantity(10) << 0 << Quantity(0) << Quantity(0) << Quantity(10);
    QTest::addRow("100%% holds everything back")
        << Quantity(10) << 100 << Quantity(0) << Quantity(10) << Quantity(0);
    QTest::addRow("100%% and buffer_min above sellable")
        << Quantity(3) << 100 << Quantity(5) << Quantity(3) << Quantity(0);
    QTest::addRow("99%% of 1 rounds up to all")
        << Quantity(1) << 99 << Quantity(0) << Quantity(1) << Quantity(0);
    QTest::addRow("a billion at 33%%") << Quantity(1'000'000'000) << 33 << Quantity(0)
                                       << Quantity(330'000'000) << Quantity(670'000'000);
    QTest::addRow("999999999 at 33%% rounds up") << Quantity(999'999'999) << 33 << Quantity(0)
                                                 << Quantity(330'000'000) << Quantity(669'999'999);
}

void TestPolicyRules::bufferFormula()
{
    QFETCH(Quantity, sellable);
    QFETCH(int, pct);
    QFETCH(Quantity, min);
    QFETCH(Quantity, buffer);
    QFETCH(Quantity, atp);

    Policy policy;
    policy.bufferPct = pct;
    policy.bufferMin = min;
    QCOMPARE(computeBuffer(sellable, policy), buffer);

    Cell cell;
    if (sellable > 0)
        cell.batches.append(batchOf(u"B1"_s, QDate(), sellable, false));
    QCOMPARE(computeAvailability(cell, policy), figures(sellable, 0, 0, buffer, atp));
}

void TestPolicyRules::availabilityFigures_data()
{
    QTest::addColumn<Quantity>("visible");
    QTest::addColumn<Quantity>("hidden");
    QTest::addColumn<Quantity>("reserved");
    QTest::addColumn<int>("pct");
    QTest::addColumn<Quantity>("min");
    QTest::addColumn<Availability>("expected");

    QTest::addRow("buffer is a share of sellable, not on_hand")
        << Quantity(10) << Quantity(5) << Quantity(0) << 15 << Quantity(0)
        << figures(15, 5, 0, 2, 8);
    QTest::addRow("only hidden stock: no buffer")
        << Quantity(0) << Quantity(5) << Quantity(0) << 0 << Quantity(3) << figures(5, 5, 0, 0, 0);
    QTest::addRow("buffer_min capped at sellable, not on_hand")
        << Quantity(4) << Quantity(10) << Quantity(0) << 0 << Quantity(6)
        << figures(14, 10, 0, 4, 0);
    QTest::addRow("reserved exactly sellable - buffer")
        << Quantity(10) << Quantity(0) << Quantity(8) << 20 << Quantity(0)
        << figures(10, 0, 8, 2, 0);
    QTest::addRow("reserved beyond sellable - buffer: atp clamps to 0")
        << Quantity(10) << Quantity(0) << Quantity(9) << 20 << Quantity(0)
        << figures(10, 0, 9, 2, 0);
    QTest::addRow("reserved beyond sellable")
        << Quantity(4) << Quantity(6) << Quantity(7) << 0 << Quantity(0) << figures(10, 6, 7, 0, 0);
}

void TestPolicyRules::availabilityFigures()
{
    QFETCH(Quantity, visible);
    QFETCH(Quantity, hidden);
    QFETCH(Quantity, reserved);
    QFETCH(int, pct);
    QFETCH(Quantity, min);
    QFETCH(Availability, expected);

    Policy policy;
    policy.bufferPct = pct;
    policy.bufferMin = min;
    Cell cell;
    if (visible > 0)
        cell.batches.append(batchOf(u"SHELF"_s, QDate(), visible, false));
    if (hidden > 0)
        cell.batches.append(batchOf(u"OLD"_s, QDate(2026, 11, 25), hidden, true));
    cell.reserved = reserved;
    QCOMPARE(computeAvailability(cell, policy), expected);
}

void TestPolicyRules::hiddenStock_data()
{
    QTest::addColumn<Quantity>("visible");   // a batch without expiry
    QTest::addColumn<Quantity>("hidden");    // a batch whose last sellable day is today
    QTest::addColumn<PolicyPatch>("policy"); // the SKU's default
    QTest::addColumn<Availability>("expected");

    QTest::addRow("no buffer") << Quantity(10) << Quantity(5) << PolicyPatch{}
                               << figures(15, 5, 0, 0, 10);
    QTest::addRow("15%% of sellable, not of on_hand")
        << Quantity(10) << Quantity(5) << patchOf("pct=15") << figures(15, 5, 0, 2, 8);
    QTest::addRow("10%% of 7 sellable")
        << Quantity(7) << Quantity(5) << patchOf("pct=10") << figures(12, 5, 0, 1, 6);
    QTest::addRow("buffer_min capped at sellable")
        << Quantity(4) << Quantity(10) << patchOf("min=6") << figures(14, 10, 0, 4, 0);
    QTest::addRow("all hidden") << Quantity(0) << Quantity(5) << patchOf("min=3")
                                << figures(5, 5, 0, 0, 0);
}

void TestPolicyRules::hiddenStock()
{
    QFETCH(Quantity, visible);
    QFETCH(Quantity, hidden);
    QFETCH(PolicyPatch, policy);
    QFETCH(Availability, expected);

    TestLedger ledger;
    ledger.standardSetUp();
    if (policy != PolicyPatch{})
        ledger.policy(kMilk, QString(), policy);
    if (visible > 0)
        ledger.receive(kStore, kMilk, visible, u"FRESH"_s);
    // With the default 24 h window a batch leaves the shelf at the start of its expiry day,
    // so goods received on it are hidden by the receive itself.
    const Checked received =
        runChecked(ledger, receiveOf({kStore, kMilk}, hidden, u"OLD"_s, ledger.now.date()));
    QVERIFY2(received.decision, why(received.decision).constData());
    QVERIFY2(received.afterProblem.isEmpty(), qPrintable(received.afterProblem));
    QCOMPARE(received.decision->events.size(), qsizetype(2));
    QCOMPARE(toString(received.decision->events.at(1).kind()), u"batch.hidden"_s);

    QCOMPARE(ledger.availability(kStore, kMilk), expected);
    QCOMPARE(*received.decision->events.last().after, expected);

    // Channels can promise atp and not one unit more.
    const auto refused = reserve(ledger, kStore, expected.atp + 1);
    QVERIFY2(!refused, "a hold beyond atp was accepted");
    QCOMPARE(toString(refused.error().code), u"insufficient_stock"_s);
    QCOMPARE(refused.error().atp.value_or(-1), expected.atp);
}

void TestPolicyRules::setPolicyBuffer_data()
{
    QTest::addColumn<Quantity>("stock");
    QTest::addColumn<PolicyPatch>("first"); // a policy in force before, at the same scope
    QTest::addColumn<bool>("atLocation");   // override at DS-01 rather than the SKU default
    QTest::addColumn<PolicyPatch>("patch");
    QTest::addColumn<Quantity>("buffer");
    QTest::addColumn<Quantity>("atp");

    QTest::addRow("10 at 15%%, SKU default") << Quantity(10) << PolicyPatch{} << false
                                             << patchOf("pct=15") << Quantity(2) << Quantity(8);
    QTest::addRow("10 at 15%%, location override")
        << Quantity(10) << PolicyPatch{} << true << patchOf("pct=15") << Quantity(2) << Quantity(8);
    QTest::addRow("7 at 10%%") << Quantity(7) << PolicyPatch{} << true << patchOf("pct=10")
                               << Quantity(1) << Quantity(6);
    QTest::addRow("nothing sellable at 15%%")
        << Quantity(0) << PolicyPatch{} << true << patchOf("pct=15") << Quantity(0) << Quantity(0);
    QTest::addRow("buffer_min above percent")
        << Quantity(10) << PolicyPatch{} << false << patchOf("pct=10 min=4") << Quantity(4)
        << Quantity(6);
    QTest::addRow("buffer_min above sellable")
        << Quantity(3) << PolicyPatch{} << true << patchOf("min=5") << Quantity(3) << Quantity(0);
    QTest::addRow("both 0 turns the buffer off")
        << Quantity(10) << patchOf("pct=20 min=3") << true << patchOf("pct=0 min=0") << Quantity(0)
        << Quantity(10);
    QTest::addRow("pct 0 alone leaves buffer_min on")
        << Quantity(10) << patchOf("pct=20 min=3") << false << patchOf("pct=0") << Quantity(3)
        << Quantity(7);
    QTest::addRow("buffer_min 0 alone leaves pct on")
        << Quantity(10) << patchOf("pct=20 min=3") << true << patchOf("min=0") << Quantity(2)
        << Quantity(8);
    QTest::addRow("100%%, SKU default") << Quantity(10) << PolicyPatch{} << false
                                        << patchOf("pct=100") << Quantity(10) << Quantity(0);
    QTest::addRow("100%%, location override") << Quantity(10) << PolicyPatch{} << true
                                              << patchOf("pct=100") << Quantity(10) << Quantity(0);
    QTest::addRow("a lock-only patch keeps the buffer")
        << Quantity(10) << patchOf("pct=15") << false << patchOf("lock=0") << Quantity(2)
        << Quantity(8);
}

void TestPolicyRules::setPolicyBuffer()
{
    QFETCH(Quantity, stock);
    QFETCH(PolicyPatch, first);
    QFETCH(bool, atLocation);
    QFETCH(PolicyPatch, patch);
    QFETCH(Quantity, buffer);
    QFETCH(Quantity, atp);

    TestLedger ledger;
    ledger.standardSetUp();
    if (stock > 0)
        ledger.receive(kStore, kMilk, stock, u"B1"_s);
    const QString scope = atLocation ? kStore : QString();
    if (first != PolicyPatch{})
        ledger.policy(kMilk, scope, first);

    const Checked checked = runChecked(ledger, policyFor(kMilk, scope, patch));
    QVERIFY2(checked.decision, why(checked.decision).constData());
    QVERIFY2(checked.afterProblem.isEmpty(), qPrintable(checked.afterProblem));
    QCOMPARE(checked.decision->events.size(), qsizetype(1));
    const Event &event = checked.decision->events.first();
    QCOMPARE(toString(event.kind()), u"policy.changed"_s);

    const Availability expected = figures(stock, 0, 0, buffer, atp);
    QCOMPARE(ledger.availability(kStore, kMilk), expected);
    // Only a location's override concerns one cell, so only it carries `after`.
    QCOMPARE(event.after.has_value(), atLocation);
    QCOMPARE(checked.decision->result.contains("after"_L1), atLocation);
    if (atLocation) {
        QCOMPARE(*event.after, expected);
        QCOMPARE(checked.decision->result.value("after"_L1).toObject(), toJson(expected));
    }
}

void TestPolicyRules::scope_data()
{
    QTest::addColumn<PolicyPatch>("skuDefault");
    QTest::addColumn<PolicyPatch>("locationOverride"); // at DS-01
    QTest::addColumn<bool>("overrideFirst");
    QTest::addColumn<Policy>("atStore");     // effective at DS-01
    QTest::addColumn<Policy>("atWarehouse"); // effective at WH-01
    QTest::addColumn<Quantity>("storeBuffer");
    QTest::addColumn<Quantity>("warehouseBuffer");
    QTest::addColumn<Quantity>("holdQty");
    QTest::addColumn<QString>("storeError"); // empty: the hold is accepted
    QTest::addColumn<QString>("warehouseError");

    const QString ok;
    const QString short1 = u"insufficient_stock"_s;
    QTest::addRow("override wins at its location")
        << patchOf("pct=20") << patchOf("pct=50") << false << policyOf("pct=50")
        << policyOf("pct=20") << Quantity(5) << Quantity(2) << Quantity(6) << short1 << ok;
    QTest::addRow("default alone applies everywhere")
        << patchOf("pct=20") << PolicyPatch{} << false << policyOf("pct=20") << policyOf("pct=20")
        << Quantity(2) << Quantity(2) << Quantity(9) << short1 << short1;
    QTest::addRow("override alone leaves the rest on built-in defaults")
        << PolicyPatch{} << patchOf("pct=50") << false << policyOf("pct=50") << Policy{}
        << Quantity(5) << Quantity(0) << Quantity(6) << short1 << ok;
    QTest::addRow("override starts from the default in force")
        << patchOf("min=4 ttl=120") << patchOf("pct=10") << false
        << policyOf("pct=10 min=4 ttl=120") << policyOf("min=4 ttl=120") << Quantity(4)
        << Quantity(4) << Quantity(6) << ok << ok;
    QTest::addRow("later default does not reach an override")
        << patchOf("pct=20 min=4") << patchOf("pct=50") << true << policyOf("pct=50")
        << policyOf("pct=20 min=4") << Quantity(5) << Quantity(4) << Quantity(6) << short1 << ok;
    QTest::addRow("later default lock change does not reach an override")
        << patchOf("lock=0") << patchOf("pct=10") << true << policyOf("pct=10")
        << policyOf("lock=0") << Quantity(1) << Quantity(0) << Quantity(1) << ok
        << u"lock_disabled"_s;
    QTest::addRow("override disables locks at one store")
        << PolicyPatch{} << patchOf("lock=0") << false << policyOf("lock=0") << Policy{}
        << Quantity(0) << Quantity(0) << Quantity(1) << u"lock_disabled"_s << ok;
    QTest::addRow("override re-enables locks at one store")
        << patchOf("lock=0") << patchOf("lock=1") << false << Policy{} << policyOf("lock=0")
        << Quantity(0) << Quantity(0) << Quantity(1) << ok << u"lock_disabled"_s;
    QTest::addRow("override sets a per-hold limit")
        << PolicyPatch{} << patchOf("max=2") << false << policyOf("max=2") << Policy{}
        << Quantity(0) << Quantity(0) << Quantity(3) << u"lock_limit"_s << ok;
    QTest::addRow("override lifts the default's limit")
        << patchOf("max=2") << patchOf("max=0") << false << Policy{} << policyOf("max=2")
        << Quantity(0) << Quantity(0) << Quantity(3) << ok << u"lock_limit"_s;
}

void TestPolicyRules::scope()
{
    QFETCH(PolicyPatch, skuDefault);
    QFETCH(PolicyPatch, locationOverride);
    QFETCH(bool, overrideFirst);
    QFETCH(Policy, atStore);
    QFETCH(Policy, atWarehouse);
    QFETCH(Quantity, storeBuffer);
    QFETCH(Quantity, warehouseBuffer);
    QFETCH(Quantity, holdQty);
    QFETCH(QString, storeError);
    QFETCH(QString, warehouseError);

    TestLedger ledger;
    ledger.standardSetUp();
    ledger.receive(kStore, kMilk, 10, u"B1"_s);
    ledger.receive(kWarehouse, kMilk, 10, u"B1"_s);
    ledger.receive(kStore, kBread, 10, u"B1"_s);
    auto setDefault = [&] {
        if (skuDefault != PolicyPatch{})
            ledger.policy(kMilk, QString(), skuDefault);
    };
    auto setOverride = [&] {
        if (locationOverride != PolicyPatch{})
            ledger.policy(kMilk, kStore, locationOverride);
    };
    if (overrideFirst) {
        setOverride();
        setDefault();
    } else {
        setDefault();
        setOverride();
    }

    QCOMPARE(ledger.state.effectivePolicy({kStore, kMilk}), atStore);
    QCOMPARE(ledger.state.effectivePolicy({kWarehouse, kMilk}), atWarehouse);
    // A policy of MILK never touches another SKU at the same location.
    QCOMPARE(ledger.state.effectivePolicy({kStore, kBread}), Policy{});
    QCOMPARE(ledger.availability(kStore, kBread), figures(10, 0, 0, 0, 10));

    QCOMPARE(ledger.availability(kStore, kMilk).buffer, storeBuffer);
    QCOMPARE(ledger.availability(kWarehouse, kMilk).buffer, warehouseBuffer);

    const auto atStoreHold = reserve(ledger, kStore, holdQty);
    QCOMPARE(atStoreHold ? QString() : toString(atStoreHold.error().code), storeError);
    const auto atWarehouseHold = reserve(ledger, kWarehouse, holdQty);
    QCOMPARE(atWarehouseHold ? QString() : toString(atWarehouseHold.error().code), warehouseError);
}

void TestPolicyRules::partialPatch_data()
{
    QTest::addColumn<QString>("firstScope"); // empty: the SKU's default
    QTest::addColumn<PolicyPatch>("first");  // empty: not sent
    QTest::addColumn<QString>("secondScope");
    QTest::addColumn<PolicyPatch>("second");
    QTest::addColumn<Policy>("expected"); // the complete policy the second event carries

    QTest::addRow("default then default keeps the other field")
        << QString() << patchOf("pct=10") << QString() << patchOf("min=3")
        << policyOf("pct=10 min=3");
    QTest::addRow("default then default replaces the field sent")
        << QString() << patchOf("pct=10 min=3") << QString() << patchOf("pct=25")
        << policyOf("pct=25 min=3");
    QTest::addRow("override starts from the SKU default")
        << QString() << patchOf("ttl=120 max=5") << kStore << patchOf("pct=5")
        << policyOf("pct=5 ttl=120 max=5");
    QTest::addRow("override then override keeps the override's fields")
        << kStore << patchOf("pct=5") << kStore << patchOf("lock=0") << policyOf("pct=5 lock=0");
    QTest::addRow("default does not start from an override")
        << kStore << patchOf("pct=5") << QString() << patchOf("min=7") << policyOf("min=7");
    QTest::addRow("another location's override does not leak")
        << kWarehouse << patchOf("pct=30") << kStore << patchOf("min=1") << policyOf("min=1");
    QTest::addRow("built-in defaults fill a first default")
        << QString() << PolicyPatch{} << QString() << patchOf("hide=48") << policyOf("hide=48");
    QTest::addRow("built-in defaults fill a first override")
        << QString() << PolicyPatch{} << kStore << patchOf("low=4") << policyOf("low=4");
    QTest::addRow("every field at once")
        << QString() << patchOf("pct=1") << kStore
        << patchOf("pct=12 min=2 lock=0 ttl=30 max=9 hide=12 low=5 deadstock=60")
        << policyOf("pct=12 min=2 lock=0 ttl=30 max=9 hide=12 low=5 deadstock=60");
}

void TestPolicyRules::partialPatch()
{
    QFETCH(QString, firstScope);
    QFETCH(PolicyPatch, first);
    QFETCH(QString, secondScope);
    QFETCH(PolicyPatch, second);
    QFETCH(Policy, expected);

    TestLedger ledger;
    ledger.standardSetUp();
    ledger.receive(kStore, kMilk, 10, u"B1"_s);
    if (first != PolicyPatch{})
        ledger.policy(kMilk, firstScope, first);

    const Checked checked = runChecked(ledger, policyFor(kMilk, secondScope, second));
    QVERIFY2(checked.decision, why(checked.decision).constData());
    QVERIFY2(checked.afterProblem.isEmpty(), qPrintable(checked.afterProblem));
    QCOMPARE(checked.decision->events.size(), qsizetype(1));
    const Event &event = checked.decision->events.first();
    QCOMPARE(toString(event.kind()), u"policy.changed"_s);
    QCOMPARE(event.location, secondScope);
    QCOMPARE(event.sku, kMilk);
    const auto *changed = std::get_if<PolicyChanged>(&event.payload);
    QVERIFY(changed);
    // The event carries the complete policy, so replicas never merge.
    QCOMPARE(changed->policy, expected);
    const QJsonObject answered = checked.decision->result.value("policy"_L1).toObject();
    QCOMPARE(answered, toJson(expected));
    for (const char *field : {"buffer_pct", "buffer_min", "lock_enabled", "lock_ttl_s",
                              "lock_max_qty", "hide_before_expiry_h", "low_stock"}) {
        QVERIFY2(answered.contains(QLatin1StringView(field)), field);
    }
    // A default concerns no single cell: no `after`; an override concerns one: `after`.
    QCOMPARE(event.after.has_value(), !secondScope.isEmpty());
    QCOMPARE(checked.decision->result.contains("after"_L1), !secondScope.isEmpty());

    if (secondScope.isEmpty())
        QCOMPARE(ledger.state.skuPolicies.value(kMilk), expected);
    else
        QCOMPARE(ledger.state.overrides.value({secondScope, kMilk}), expected);
}

void TestPolicyRules::lowersAtpBelowHolds_data()
{
    QTest::addColumn<QList<Quantity>>("holds"); // made on 10 units before the change
    QTest::addColumn<bool>("atLocation");
    QTest::addColumn<PolicyPatch>("patch");
    QTest::addColumn<Availability>("expected");
    QTest::addColumn<Quantity>("holdQty"); // a new hold after the change
    QTest::addColumn<QString>("error");    // empty: accepted
    QTest::addColumn<qint64>("errorAtp");  // -1: absent

    const QString short1 = u"insufficient_stock"_s;
    QTest::addRow("50%% over 8 held")
        << QList<Quantity>{8} << false << patchOf("pct=50") << figures(10, 0, 8, 5, 0)
        << Quantity(1) << short1 << qint64(0);
    QTest::addRow("buffer_min over two holds, override")
        << QList<Quantity>{3, 3} << true << patchOf("min=6") << figures(10, 0, 6, 6, 0)
        << Quantity(1) << short1 << qint64(0);
    QTest::addRow("100%% over a small hold")
        << QList<Quantity>{2} << false << patchOf("pct=100") << figures(10, 0, 2, 10, 0)
        << Quantity(1) << short1 << qint64(0);
    QTest::addRow("buffer leaves some room")
        << QList<Quantity>{4} << false << patchOf("pct=20") << figures(10, 0, 4, 2, 4)
        << Quantity(5) << short1 << qint64(4);
    QTest::addRow("the room left takes a hold")
        << QList<Quantity>{4} << true << patchOf("pct=20") << figures(10, 0, 4, 2, 4) << Quantity(4)
        << QString() << qint64(-1);
    QTest::addRow("locks disabled over holds")
        << QList<Quantity>{2} << false << patchOf("lock=0") << figures(10, 0, 2, 0, 8)
        << Quantity(1) << u"lock_disabled"_s << qint64(-1);
    QTest::addRow("per-hold limit below an existing hold")
        << QList<Quantity>{5} << true << patchOf("max=2") << figures(10, 0, 5, 0, 5) << Quantity(3)
        << u"lock_limit"_s << qint64(-1);
}

void TestPolicyRules::lowersAtpBelowHolds()
{
    QFETCH(QList<Quantity>, holds);
    QFETCH(bool, atLocation);
    QFETCH(PolicyPatch, patch);
    QFETCH(Availability, expected);
    QFETCH(Quantity, holdQty);
    QFETCH(QString, error);
    QFETCH(qint64, errorAtp);

    TestLedger ledger;
    ledger.standardSetUp();
    ledger.receive(kStore, kMilk, 10, u"B1"_s);
    QStringList ids;
    for (Quantity qty : std::as_const(holds)) {
        ids.append(u"h%1"_s.arg(ids.size() + 1));
        const auto made = reserve(ledger, kStore, qty, ids.last());
        QVERIFY2(made, why(made).constData());
    }
    const QHash<QString, Reservation> holdsBefore = ledger.state.reservations;

    const Checked checked =
        runChecked(ledger, policyFor(kMilk, atLocation ? kStore : QString(), patch));
    QVERIFY2(checked.decision, why(checked.decision).constData());
    QVERIFY2(checked.afterProblem.isEmpty(), qPrintable(checked.afterProblem));
    QCOMPARE(ledger.availability(kStore, kMilk), expected);
    if (atLocation)
        QCOMPARE(*checked.decision->events.first().after, expected);

    // The holds were promised: the change leaves every one of them exactly as it was.
    QCOMPARE(ledger.state.reservations, holdsBefore);
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(toString(ledger.state.reservations.value(id).state), u"held"_s);
        QVERIFY(!ledger.state.reservations.value(id).atRisk);
    }

    const auto fresh = reserve(ledger, kStore, holdQty, u"fresh"_s);
    if (error.isEmpty()) {
        QVERIFY2(fresh, why(fresh).constData());
    } else {
        QVERIFY2(!fresh, "a new hold was accepted");
        QCOMPARE(toString(fresh.error().code), error);
        QCOMPARE(fresh.error().atp.value_or(-1), errorAtp);
    }

    // A hold made before the change can still become an order.
    const auto committed = ledger.run(commitOf(ids.first()));
    QVERIFY2(committed, why(committed).constData());
    QCOMPARE(toString(ledger.state.reservations.value(ids.first()).state), u"committed"_s);
}

void TestPolicyRules::unknownTargets_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("location"); // empty: the SKU's default
    QTest::addColumn<QString>("error");

    QTest::addRow("unknown sku, default") << u"CHEESE"_s << QString() << u"unknown_sku"_s;
    QTest::addRow("unknown sku at a known location") << u"CHEESE"_s << kStore << u"unknown_sku"_s;
    QTest::addRow("unknown location") << kMilk << u"XX-99"_s << u"unknown_location"_s;
    // PROTOCOL.md lists unknown location before unknown SKU.
    QTest::addRow("both unknown: location first")
        << u"CHEESE"_s << u"XX-99"_s << u"unknown_location"_s;
    QTest::addRow("sku ids are case-sensitive") << u"milk"_s << QString() << u"unknown_sku"_s;
    QTest::addRow("location ids are case-sensitive")
        << kMilk << u"ds-01"_s << u"unknown_location"_s;
}

void TestPolicyRules::unknownTargets()
{
    QFETCH(QString, sku);
    QFETCH(QString, location);
    QFETCH(QString, error);

    TestLedger ledger;
    ledger.standardSetUp();
    const State before = ledger.state;
    const qsizetype eventsBefore = ledger.events.size();
    const auto decision = ledger.run(policyFor(sku, location, patchOf("pct=10")));
    QVERIFY2(!decision, "set_policy was accepted");
    QCOMPARE(toString(decision.error().code), error);
    QCOMPARE(ledger.events.size(), eventsBefore);
    QVERIFY(ledger.state == before);
}

QTEST_GUILESS_MAIN(TestPolicyRules)
#include "tst_policyrules.moc"
