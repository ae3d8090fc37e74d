#include "ServiceHarness.h"
#include "StateDiff.h"
#include "WsClient.h"

#include "CommandEngine.h"
#include "Metrics.h"
#include "Sweeper.h"

#include "domain/EventCodec.h"
#include "domain/JsonFormat.h"
#include "domain/Rules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace shelfsync::testing;
using shelfsync::service::Role;

namespace {

const QString kLocation = u"DS-01"_s;
const QString kSku = u"MILK"_s;

// Every text frame a client receives, exactly as it came off the wire.
class RawFrames
{
public:
    explicit RawFrames(WsClient &client)
    {
        QObject::connect(&client.socket(), &QWebSocket::textMessageReceived, &client,
                         [this](const QString &text) { frames.append(text); });
    }

    // The raw ack frames for `id`, in arrival order.
    QStringList acks(const QString &id) const
    {
        QStringList found;
        for (const QString &text : frames) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.value("type"_L1) == "ack"_L1 && message.value("id"_L1) == id)
                found.append(text);
        }
        return found;
    }

    QStringList frames;
};

QJsonObject receiveArgs(qint64 qty, const QString &batch = u"B1"_s)
{
    return {{u"location"_s, kLocation}, {u"sku"_s, kSku}, {u"qty"_s, qty}, {u"batch"_s, batch}};
}

QJsonObject reserveArgs(qint64 qty)
{
    return {
        {u"location"_s, kLocation}, {u"sku"_s, kSku}, {u"qty"_s, qty}, {u"channel"_s, u"web"_s}};
}

bool isOk(const QJsonObject &ack)
{
    return ack.value("type"_L1) == "ack"_L1 && ack.value("ok"_L1).toBool();
}

QString errorCode(const QJsonObject &ack)
{
    return ack.value("error"_L1).toObject().value("code"_L1).toString();
}

// A store and a SKU, as every scenario needs.
bool setUpCatalog(WsClient &admin)
{
    return isOk(admin.command(
               u"setup-location"_s, u"upsert_location"_s,
               {{u"location"_s, kLocation}, {u"name"_s, u"North"_s}, {u"kind"_s, u"store"_s}})) &&
           isOk(admin.command(u"setup-sku"_s, u"upsert_sku"_s,
                              {{u"sku"_s, kSku}, {u"name"_s, u"Milk 1 l"_s}}));
}

// The ledger as the service's store holds it, decoded.
QList<QJsonObject> ledger(ServiceHarness &harness)
{
    auto &engine = harness.service().engine();
    QList<QJsonObject> events;
    for (const auto &event : engine.store().readEvents(0, engine.head(), 10'000'000))
        events.append(QJsonDocument::fromJson(event.json).object());
    return events;
}

int ledgerEventsOf(ServiceHarness &harness, const QString &commandId)
{
    int count = 0;
    for (const QJsonObject &event : ledger(harness))
        count += event.value("op"_L1).toString() == commandId ? 1 : 0;
    return count;
}

QList<QJsonObject> eventsOfKind(const WsClient &client, const QString &kind)
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : client.events) {
        if (event.value("kind"_L1) == kind)
            found.append(event);
    }
    return found;
}

QJsonObject figures(qint64 onHand, qint64 hidden, qint64 reserved, qint64 buffer, qint64 atp)
{
    return {{u"on_hand"_s, onHand},
            {u"hidden"_s, hidden},
            {u"reserved"_s, reserved},
            {u"buffer"_s, buffer},
            {u"atp"_s, atp}};
}

QString reservationState(ServiceHarness &harness, const QString &id)
{
    const auto &reservations = harness.service().engine().state().reservations;
    return reservations.contains(id) ? shelfsync::domain::toString(reservations.value(id).state)
                                     : u"missing"_s;
}

// Runs one sweep now and commits it, for "not yet" checks that must not wait on a timer.
void sweepNow(ServiceHarness &harness)
{
    harness.service().sweeper().sweepNow();
    harness.service().engine().flush();
    QCoreApplication::processEvents();
}

const QStringList kAllOps{u"upsert_location"_s, u"upsert_sku"_s, u"set_policy"_s, u"receive"_s,
                          u"dispatch"_s,        u"adjust"_s,     u"return"_s,     u"write_off"_s,
                          u"reserve"_s,         u"commit"_s,     u"release"_s};

// PROTOCOL.md, "Roles" and "Roles in detail", written out rather than derived.
bool protocolAllows(Role role, const QString &op)
{
    switch (role) {
    case Role::Viewer:
    case Role::Planner:
        return false;
    case Role::Merchandiser:
        return op == "upsert_sku"_L1 || op == "set_policy"_L1;
    case Role::Manager:
        return QStringList{u"upsert_sku"_s, u"set_policy"_s, u"receive"_s,   u"dispatch"_s,
                           u"adjust"_s,     u"return"_s,     u"write_off"_s, u"release"_s}
            .contains(op);
    case Role::Admin:
        return true;
    case Role::Channel:
        return QStringList{u"reserve"_s, u"commit"_s, u"release"_s, u"dispatch"_s}.contains(op);
    }
    return false;
}

bool protocolAllowsQuery(Role role, const QString &query)
{
    return role != Role::Channel || query == "availability"_L1;
}

const QList<Role> kRoles{Role::Viewer,  Role::Planner, Role::Merchandiser,
                         Role::Manager, Role::Admin,   Role::Channel};

} // namespace

class TestCommandEngine : public QObject
{
    Q_OBJECT

private:
    // The role matrix shares one service and one connection per role across its rows.
    std::unique_ptr<ServiceHarness> m_matrix;
    std::map<Role, std::unique_ptr<WsClient>> m_clients;
    int m_matrixRow = 0;

    bool startMatrix()
    {
        m_matrix = std::make_unique<ServiceHarness>();
        if (!m_matrix->start())
            return false;
        for (Role role : kRoles) {
            auto client = std::make_unique<WsClient>();
            if (!client->connectAndSync(m_matrix->syncUrl(), ServiceHarness::token(role)))
                return false;
            // Every role, channel included, may connect and gets a snapshot (since 0).
            if (client->take(u"snapshot"_s, 0).isEmpty())
                return false;
            m_clients[role] = std::move(client);
        }
        WsClient &admin = *m_clients[Role::Admin];
        return setUpCatalog(admin) &&
               isOk(admin.command(u"setup-stock"_s, u"receive"_s, receiveArgs(100000)));
    }

private slots:
    void cleanupTestCase()
    {
        m_clients.clear();
        m_matrix.reset();
    }

    // ---- Idempotency -------------------------------------------------------------------

    void sameIdAfterRestartAppliesOnce()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        QStringList firstAcks;
        {
            WsClient admin;
            RawFrames raw(admin);
            QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
            QVERIFY(setUpCatalog(admin));
            QVERIFY(isOk(admin.command(u"rx-1"_s, u"receive"_s, receiveArgs(10))));
            QVERIFY(isOk(admin.command(u"rs-1"_s, u"reserve"_s, reserveArgs(4))));
            firstAcks = raw.acks(u"rx-1"_s) + raw.acks(u"rs-1"_s);
            QCOMPARE(firstAcks.size(), 2);
        }
        const qint64 head = harness.service().engine().head();

        QVERIFY(harness.restart());
        WsClient again;
        RawFrames raw(again);
        QVERIFY(again.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(isOk(again.command(u"rx-1"_s, u"receive"_s, receiveArgs(10))));
        QVERIFY(isOk(again.command(u"rs-1"_s, u"reserve"_s, reserveArgs(4))));
        const QStringList secondAcks = raw.acks(u"rx-1"_s) + raw.acks(u"rs-1"_s);
        QCOMPARE(secondAcks, firstAcks); // byte for byte

        QCOMPARE(harness.service().engine().head(), head);
        QCOMPARE(ledgerEventsOf(harness, u"rx-1"_s), 1);
        QCOMPARE(ledgerEventsOf(harness, u"rs-1"_s), 1);
        const auto after = harness.service().engine().state().availability({kLocation, kSku});
        QCOMPARE(after.onHand, 10);
        QCOMPARE(after.reserved, 4);
        QCOMPARE(after.atp, 6);
    }

    void sameIdOtherArgsIsConflict()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        RawFrames raw(admin);
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(setUpCatalog(admin));
        QVERIFY(isOk(admin.command(u"rx-1"_s, u"receive"_s, receiveArgs(10))));
        const qint64 head = harness.service().engine().head();
        const auto events = ledger(harness).size();

        const QJsonObject conflict = admin.command(u"rx-1"_s, u"receive"_s, receiveArgs(11));
        QCOMPARE(conflict.value("ok"_L1).toBool(true), false);
        QCOMPARE(errorCode(conflict), u"conflict"_s);
        // Another op under the same id is "other arguments" too.
        QCOMPARE(errorCode(admin.command(u"rx-1"_s, u"reserve"_s, reserveArgs(1))), u"conflict"_s);
        QCOMPARE(harness.service().engine().head(), head);
        QCOMPARE(ledger(harness).size(), events);
        QCOMPARE(harness.service().engine().state().availability({kLocation, kSku}).onHand, 10);

        // The stored answer is untouched: the original arguments still get the original ack,
        // also after a restart.
        QVERIFY(isOk(admin.command(u"rx-1"_s, u"receive"_s, receiveArgs(10))));
        const QStringList acks = raw.acks(u"rx-1"_s);
        QCOMPARE(acks.size(), 4);
        QCOMPARE(acks.last(), acks.first());
        QVERIFY(harness.restart());
        WsClient again;
        QVERIFY(again.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QCOMPARE(errorCode(again.command(u"rx-1"_s, u"receive"_s, receiveArgs(12))), u"conflict"_s);
        QCOMPARE(harness.service().engine().head(), head);
    }

    void ruleRejectionStaysRejected()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient channel;
        WsClient admin;
        RawFrames raw(channel);
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(channel.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Channel)));
        QVERIFY(setUpCatalog(admin));

        const QJsonObject rejected = channel.command(u"rs-1"_s, u"reserve"_s, reserveArgs(5));
        QCOMPARE(rejected.value("ok"_L1).toBool(true), false);
        QCOMPARE(errorCode(rejected), u"insufficient_stock"_s);
        QCOMPARE(rejected.value("error"_L1).toObject().value("atp"_L1).toInteger(-1), 0);

        QVERIFY(isOk(admin.command(u"rx-1"_s, u"receive"_s, receiveArgs(10))));
        const qint64 head = harness.service().engine().head();
        const QJsonObject replayed = channel.command(u"rs-1"_s, u"reserve"_s, reserveArgs(5));
        QCOMPARE(errorCode(replayed), u"insufficient_stock"_s);
        const QStringList acks = raw.acks(u"rs-1"_s);
        QCOMPARE(acks.size(), 2);
        QCOMPARE(acks.at(1), acks.at(0));
        QCOMPARE(harness.service().engine().head(), head);
        QCOMPARE(ledgerEventsOf(harness, u"rs-1"_s), 0);
        QVERIFY(!harness.service().engine().state().reservations.contains(u"rs-1"_s));

        // Still rejected after a restart; a new id is served from the new stock.
        QVERIFY(harness.restart());
        WsClient again;
        QVERIFY(again.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Channel)));
        QCOMPARE(errorCode(again.command(u"rs-1"_s, u"reserve"_s, reserveArgs(5))),
                 u"insufficient_stock"_s);
        QVERIFY(isOk(again.command(u"rs-2"_s, u"reserve"_s, reserveArgs(5))));
        QCOMPARE(ledgerEventsOf(harness, u"rs-1"_s), 0);
        QCOMPARE(ledgerEventsOf(harness, u"rs-2"_s), 1);
    }

    void duplicatesInOneBurstApplyOnce()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        WsClient other;
        RawFrames raw(admin);
        RawFrames otherRaw(other);
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(other.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(setUpCatalog(admin));
        const qint64 head = harness.service().engine().head();

        const QStringList ids{u"d1"_s, u"d1"_s, u"d2"_s, u"d1"_s, u"d3"_s, u"d2"_s, u"d3"_s};
        auto commandFor = [](const QString &id) {
            return QJsonObject{{u"type"_s, u"cmd"_s},
                               {u"id"_s, id},
                               {u"op"_s, u"receive"_s},
                               {u"args"_s, receiveArgs(id == "d1"_L1   ? 1
                                                       : id == "d2"_L1 ? 2
                                                                       : 4,
                                                       id)}};
        };
        for (const QString &id : ids) {
            admin.send(commandFor(id));
            other.send(commandFor(id)); // the same ids from a second connection, same moment
        }
        for (const QString &id : ids) {
            QVERIFY(isOk(admin.waitForAck(id)));
            QVERIFY(isOk(other.waitForAck(id)));
        }
        // Acks in the order the commands were sent.
        QStringList ackOrder;
        for (const QJsonObject &message : std::as_const(admin.messages)) {
            if (message.value("type"_L1) == "ack"_L1 &&
                !message.value("id"_L1).toString().startsWith("setup-"_L1))
                ackOrder.append(message.value("id"_L1).toString());
        }
        QCOMPARE(ackOrder, ids);

        for (const QString &id : {u"d1"_s, u"d2"_s, u"d3"_s}) {
            QCOMPARE(ledgerEventsOf(harness, id), 1);
            const QStringList acks = raw.acks(id) + otherRaw.acks(id);
            QCOMPARE(acks.size(), 2 * int(ids.count(id)));
            for (const QString &ack : acks)
                QCOMPARE(ack, acks.first());
        }
        QCOMPARE(harness.service().engine().head(), head + 3);
        QCOMPARE(harness.service().engine().state().availability({kLocation, kSku}).onHand, 7);
    }

    // PROTOCOL.md's order of checks puts `forbidden` first: a role that may not run an op
    // learns nothing from an id someone else used (no stored ack, no `conflict`).
    void forbiddenComesBeforeStoredAnswer()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        WsClient viewer;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(viewer.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer)));
        QVERIFY(setUpCatalog(admin));
        QVERIFY(isOk(admin.command(u"rx-1"_s, u"receive"_s, receiveArgs(10))));

        QCOMPARE(errorCode(viewer.command(u"rx-1"_s, u"receive"_s, receiveArgs(10))),
                 u"forbidden"_s);
        QCOMPARE(errorCode(viewer.command(u"rx-1"_s, u"receive"_s, receiveArgs(99))),
                 u"forbidden"_s);
        // The owner's replay is unaffected.
        QVERIFY(isOk(admin.command(u"rx-1"_s, u"receive"_s, receiveArgs(10))));
        QCOMPARE(ledgerEventsOf(harness, u"rx-1"_s), 1);
    }

    // The state tables written commit by commit equal the ledger folded from scratch, and
    // a restart (which loads those tables) sees the state the engine had in memory.
    void stateTablesMatchLedgerAcrossRestart()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(setUpCatalog(admin));
        const QString bread = u"BREAD"_s;
        auto run = [&](const QString &id, const QString &op, const QJsonObject &args) {
            const QJsonObject ack = admin.command(id, op, args);
            if (!isOk(ack))
                qWarning("%s: %s", qPrintable(id), qPrintable(compact(ack)));
            return isOk(ack);
        };
        const QString tomorrow =
            shelfsync::domain::formatDate(harness.clock.now().date().addDays(10));
        QVERIFY(run(u"s1"_s, u"upsert_sku"_s,
                    {{u"sku"_s, bread}, {u"name"_s, u"Bread"_s}, {u"gtin"_s, u"4006381333931"_s}}));
        QVERIFY(run(u"s2"_s, u"upsert_location"_s,
                    {{u"location"_s, u"WH-01"_s},
                     {u"name"_s, u"Depot"_s},
                     {u"kind"_s, u"warehouse"_s},
                     {u"timezone"_s, u"Europe/Berlin"_s}}));
        // A per-location policy on a cell that has no stock yet, and a SKU default.
        QVERIFY(run(u"s3"_s, u"set_policy"_s,
                    {{u"sku"_s, bread}, {u"location"_s, u"WH-01"_s}, {u"buffer_min"_s, 2}}));
        QVERIFY(run(u"s4"_s, u"set_policy"_s, {{u"sku"_s, kSku}, {u"buffer_pct"_s, 10}}));
        QJsonObject withExpiry = receiveArgs(20, u"B1"_s);
        withExpiry.insert(u"expiry"_s, tomorrow);
        QVERIFY(run(u"s5"_s, u"receive"_s, withExpiry));
        QVERIFY(run(u"s6"_s, u"receive"_s, receiveArgs(5, u"B2"_s)));
        QVERIFY(run(u"s7"_s, u"reserve"_s, reserveArgs(4)));
        QVERIFY(run(u"s8"_s, u"reserve"_s, reserveArgs(3)));
        QVERIFY(run(u"s9"_s, u"commit"_s, {{u"reservation"_s, u"s7"_s}}));
        QVERIFY(run(u"s10"_s, u"dispatch"_s,
                    {{u"location"_s, kLocation},
                     {u"sku"_s, kSku},
                     {u"qty"_s, 2},
                     {u"reservation"_s, u"s7"_s}}));
        QVERIFY(run(u"s11"_s, u"release"_s, {{u"reservation"_s, u"s8"_s}}));
        QVERIFY(run(u"s12"_s, u"commit"_s,
                    {{u"location"_s, kLocation},
                     {u"sku"_s, kSku},
                     {u"qty"_s, 2},
                     {u"channel"_s, u"pos"_s}}));
        QVERIFY(run(
            u"s13"_s, u"dispatch"_s,
            {{u"location"_s, kLocation}, {u"sku"_s, kSku}, {u"qty"_s, 5}, {u"batch"_s, u"B2"_s}}));
        QVERIFY(run(u"s14"_s, u"adjust"_s,
                    {{u"location"_s, kLocation},
                     {u"sku"_s, kSku},
                     {u"batch"_s, u"B1"_s},
                     {u"counted"_s, 3},
                     {u"reason"_s, u"count"_s}}));
        QVERIFY(run(u"s15"_s, u"return"_s,
                    {{u"location"_s, kLocation}, {u"sku"_s, kSku}, {u"qty"_s, 1}}));
        QVERIFY(run(u"s16"_s, u"write_off"_s,
                    {{u"location"_s, kLocation},
                     {u"sku"_s, kSku},
                     {u"batch"_s, u"B1"_s},
                     {u"qty"_s, 1},
                     {u"reason"_s, u"damaged"_s}}));
        QVERIFY(run(
            u"s17"_s, u"receive"_s,
            {{u"location"_s, u"WH-01"_s}, {u"sku"_s, kSku}, {u"qty"_s, 7}, {u"batch"_s, u"W1"_s}}));

        const shelfsync::domain::State before = harness.service().engine().state();
        QString replayError;
        const shelfsync::domain::State folded =
            replay(ledger(harness.service().engine()), &replayError);
        QVERIFY2(replayError.isEmpty(), qPrintable(replayError));
        SHELFSYNC_VERIFY_SAME_STATE(folded, before);
        const shelfsync::domain::State loaded = harness.service().engine().store().loadState();
        SHELFSYNC_VERIFY_SAME_STATE(loaded, before);

        QVERIFY(harness.restart());
        SHELFSYNC_VERIFY_SAME_STATE(harness.service().engine().state(), before);
    }

    // An op that wrote nothing is acked with the head; replays keep the seq they had.
    void ackSeqOfCommandWritingNothing()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(setUpCatalog(admin));
        QVERIFY(isOk(admin.command(u"rx-1"_s, u"receive"_s, receiveArgs(10))));
        QVERIFY(isOk(admin.command(u"rs-1"_s, u"reserve"_s, reserveArgs(2))));
        const QJsonObject committed =
            admin.command(u"cm-1"_s, u"commit"_s, {{u"reservation"_s, u"rs-1"_s}});
        QVERIFY(isOk(committed));
        QCOMPARE(committed.value("seq"_L1).toInteger(), harness.service().engine().head());
        QVERIFY(isOk(admin.command(u"rx-2"_s, u"receive"_s, receiveArgs(1))));
        const qint64 head = harness.service().engine().head();
        const QJsonObject again =
            admin.command(u"cm-2"_s, u"commit"_s, {{u"reservation"_s, u"rs-1"_s}});
        QVERIFY(isOk(again));
        QCOMPARE(again.value("result"_L1).toObject().value("state"_L1).toString(), u"committed"_s);
        QCOMPARE(again.value("seq"_L1).toInteger(), head);
        QCOMPARE(harness.service().engine().head(), head);
        QCOMPARE(ledgerEventsOf(harness, u"cm-2"_s), 0);
    }

    // Past kMaxQueued the engine answers `busy` (in turn), and a busy answer is not stored:
    // the same id sent again later is applied.
    void overloadAnswersBusyAndDoesNotStoreIt()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(setUpCatalog(admin));
        auto &engine = harness.service().engine();
        const shelfsync::service::Caller viewer{u"flood"_s, Role::Viewer};
        const shelfsync::service::Caller manager{u"boss"_s, Role::Manager};
        auto cmd = [](const QString &id) {
            return QJsonObject{{u"type"_s, u"cmd"_s},
                               {u"id"_s, id},
                               {u"op"_s, u"receive"_s},
                               {u"args"_s, receiveArgs(1)}};
        };
        QStringList answered;
        QHash<QString, QJsonObject> acks;
        auto collect = [&](const QJsonObject &ack) {
            answered.append(ack.value("id"_L1).toString());
            acks.insert(ack.value("id"_L1).toString(), ack);
        };
        // All of these arrive before the engine's next turn: forbidden ones are cheap.
        const int flood = shelfsync::service::CommandEngine::kMaxQueued - engine.queued();
        for (int i = 0; i < flood; ++i)
            engine.submit(viewer, cmd(u"f-%1"_s.arg(i)), nullptr, collect);
        for (int i = 0; i < 3; ++i)
            engine.submit(manager, cmd(u"late-%1"_s.arg(i)), nullptr, collect);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), flood + 3, 60000);
        QCOMPARE(answered.first(), u"f-0"_s);
        QCOMPARE(answered.last(), u"late-2"_s);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject ack = acks.value(u"late-%1"_s.arg(i));
            QCOMPARE(errorCode(ack), u"busy"_s);
            QVERIFY(ack.value("error"_L1).toObject().value("retry_after_ms"_L1).toInteger() > 0);
        }
        QCOMPARE(errorCode(acks.value(u"f-0"_s)), u"forbidden"_s);

        const QJsonObject retried = admin.command(u"late-0"_s, u"receive"_s, receiveArgs(1));
        QVERIFY2(isOk(retried), qPrintable(compact(retried)));
        QCOMPARE(ledgerEventsOf(harness, u"late-0"_s), 1);
    }

    // ---- Sweeper -----------------------------------------------------------------------

    void expiredHoldIsReleased()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(setUpCatalog(admin));
        QVERIFY(isOk(admin.command(u"rx-1"_s, u"receive"_s, receiveArgs(10))));
        QVERIFY(isOk(
            admin.command(u"pol-1"_s, u"set_policy"_s, {{u"sku"_s, kSku}, {u"lock_ttl_s"_s, 60}})));

        const QDateTime before = harness.clock.now();
        const QJsonObject ack = admin.command(u"hold-1"_s, u"reserve"_s, reserveArgs(4));
        QVERIFY2(isOk(ack), qPrintable(compact(ack)));
        const QJsonObject result = ack.value("result"_L1).toObject();
        QCOMPARE(result.value("reservation"_L1).toString(), u"hold-1"_s);
        QCOMPARE(result.value("atp"_L1).toInteger(), 6);
        const QDateTime expiresAt =
            shelfsync::domain::parseTime(result.value("expires_at"_L1).toString());
        QVERIFY(expiresAt >= before.addSecs(60));
        QVERIFY(expiresAt <= harness.clock.now().addSecs(60));

        // Not before its time.
        harness.clock.advance(59000);
        sweepNow(harness);
        QVERIFY(eventsOfKind(admin, u"reservation.released"_s).isEmpty());
        QCOMPARE(reservationState(harness, u"hold-1"_s), u"held"_s);

        // 61 s after the hold: the sweeper's own timer releases it within about a second.
        harness.clock.advance(2000);
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOfKind(admin, u"reservation.released"_s).isEmpty(), 1500);
        const QList<QJsonObject> released = eventsOfKind(admin, u"reservation.released"_s);
        QCOMPARE(released.size(), 1);
        const QJsonObject event = released.first();
        QCOMPARE(event.value("reservation"_L1).toString(), u"hold-1"_s);
        QCOMPARE(event.value("reason"_L1).toString(), u"expired"_s);
        QCOMPARE(event.value("qty"_L1).toInteger(), 4);
        QCOMPARE(event.value("location"_L1).toString(), kLocation);
        QCOMPARE(event.value("sku"_L1).toString(), kSku);
        QCOMPARE(event.value("after"_L1).toObject(), figures(10, 0, 0, 0, 10));
        QVERIFY(shelfsync::domain::parseTime(event.value("at"_L1).toString()) >= expiresAt);
        QVERIFY2(admin.replicaError.isEmpty(), qPrintable(admin.replicaError));

        const auto &state = harness.service().engine().state();
        QCOMPARE(state.availability({kLocation, kSku}).atp, 10);
        QCOMPARE(reservationState(harness, u"hold-1"_s), u"released"_s);
        QCOMPARE(shelfsync::domain::toString(state.reservations.value(u"hold-1"_s).releaseReason),
                 u"expired"_s);
        const QString metrics = QString::fromUtf8(harness.service().metrics().render());
        QVERIFY2(metrics.contains(u"\nshelfsync_holds_expired_total 1\n"_s), qPrintable(metrics));
        // Released once, and a late commit finds it released.
        sweepNow(harness);
        QCOMPARE(eventsOfKind(admin, u"reservation.released"_s).size(), 1);
        QCOMPARE(errorCode(admin.command(u"late-commit"_s, u"commit"_s,
                                         {{u"reservation"_s, u"hold-1"_s}})),
                 u"conflict"_s);
    }

    void batchHiddenBeforeExpiry()
    {
        ServiceHarness harness;
        // Start at noon UTC, so "tomorrow" and its hide window never straddle a midnight the
        // test did not plan for.
        const QDateTime start = harness.clock.now();
        QDateTime noon(start.date(), QTime(12, 0), Qt::UTC);
        if (noon <= start)
            noon = noon.addDays(1);
        harness.clock.advance(start.msecsTo(noon));
        QVERIFY(harness.start());
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(setUpCatalog(admin));

        const QDate tomorrow = harness.clock.now().date().addDays(1);
        QJsonObject args = receiveArgs(8, u"B-EXP"_s);
        args.insert(u"expiry"_s, shelfsync::domain::formatDate(tomorrow));
        QVERIFY(isOk(admin.command(u"rx-exp"_s, u"receive"_s, args)));
        QVERIFY(isOk(admin.command(u"rx-late"_s, u"receive"_s, receiveArgs(5, u"B-LATE"_s))));

        // The default window: 24 h before the end of the expiry day, i.e. tomorrow 00:00 UTC.
        const QDateTime hideAt(tomorrow, QTime(0, 0), Qt::UTC);
        harness.clock.advance(harness.clock.now().msecsTo(hideAt) - 60'000);
        sweepNow(harness);
        QVERIFY(eventsOfKind(admin, u"batch.hidden"_s).isEmpty());
        QCOMPARE(harness.service().engine().state().availability({kLocation, kSku}).atp, 13);
        // A hold taken a minute before the window opens (TTL 600 s) outlives the hiding.
        QVERIFY(isOk(admin.command(u"hold-1"_s, u"reserve"_s, reserveArgs(3))));

        harness.clock.advance(61'000);
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOfKind(admin, u"batch.hidden"_s).isEmpty(), 1500);
        sweepNow(harness);
        const QList<QJsonObject> hidden = eventsOfKind(admin, u"batch.hidden"_s);
        QCOMPARE(hidden.size(), 1);
        const QJsonObject event = hidden.first();
        QCOMPARE(event.value("batch"_L1).toString(), u"B-EXP"_s);
        QCOMPARE(event.value("qty"_L1).toInteger(), 8);
        QCOMPARE(event.value("expiry"_L1).toString(), shelfsync::domain::formatDate(tomorrow));
        QCOMPARE(event.value("op"_L1).toString(), u"sweeper"_s);
        // 13 on hand, 8 hidden, 3 held (the hold's TTL has not run out yet): 2 to promise.
        QCOMPARE(event.value("after"_L1).toObject(), figures(13, 8, 3, 0, 2));
        QVERIFY2(admin.replicaError.isEmpty(), qPrintable(admin.replicaError));
        QCOMPARE(admin.replica, harness.service().engine().state());

        // A hidden batch is no longer drawn: FEFO skips it.
        const QJsonObject dispatch =
            admin.command(u"dx-1"_s, u"dispatch"_s,
                          {{u"location"_s, kLocation}, {u"sku"_s, kSku}, {u"qty"_s, 2}});
        QVERIFY2(isOk(dispatch), qPrintable(compact(dispatch)));
        const QJsonArray drawn =
            dispatch.value("result"_L1).toObject().value("batches"_L1).toArray();
        QCOMPARE(drawn.size(), 1);
        QCOMPARE(drawn.at(0).toObject().value("batch"_L1).toString(), u"B-LATE"_s);
    }

    // ---- Roles -------------------------------------------------------------------------

    void roleMatrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("op");
        QTest::addColumn<bool>("query");
        QTest::addColumn<bool>("allowed");
        for (Role role : kRoles) {
            const QString name = shelfsync::domain::toString(role);
            for (const QString &op : kAllOps) {
                QTest::addRow("%s %s", qPrintable(name), qPrintable(op))
                    << int(role) << op << false << protocolAllows(role, op);
            }
            for (const QString &query : {u"availability"_s, u"history"_s}) {
                QTest::addRow("%s query %s", qPrintable(name), qPrintable(query))
                    << int(role) << query << true << protocolAllowsQuery(role, query);
            }
        }
    }

    void roleMatrix()
    {
        QFETCH(int, role);
        QFETCH(QString, op);
        QFETCH(bool, query);
        QFETCH(bool, allowed);
        if (!m_matrix)
            QVERIFY(startMatrix());
        WsClient &client = *m_clients[Role(role)];
        WsClient &admin = *m_clients[Role::Admin];
        const QString id = u"row-%1"_s.arg(++m_matrixRow);

        if (query) {
            const QJsonObject args =
                op == "history"_L1 ? QJsonObject{{u"sku"_s, kSku}}
                                   : QJsonObject{{u"location"_s, kLocation}, {u"sku"_s, kSku}};
            client.send(
                {{u"type"_s, u"query"_s}, {u"id"_s, id}, {u"name"_s, op}, {u"args"_s, args}});
            QJsonObject answer;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (const QJsonObject &message : std::as_const(client.messages)) {
                        if (message.value("id"_L1) == id) {
                            answer = message;
                            return true;
                        }
                    }
                    return false;
                }(),
                5000);
            if (allowed) {
                QCOMPARE(answer.value("type"_L1).toString(), u"result"_s);
                QVERIFY(!answer.value("rows"_L1).toArray().isEmpty());
            } else {
                QCOMPARE(answer.value("type"_L1).toString(), u"error"_s);
                QCOMPARE(answer.value("code"_L1).toString(), u"forbidden"_s);
            }
            return;
        }

        // Arguments that succeed whenever the role may run the op.
        QJsonObject args;
        QString reservation;
        if (op == "commit"_L1 || op == "release"_L1) {
            reservation = u"res-"_s + id;
            QVERIFY(isOk(admin.command(reservation, u"reserve"_s, reserveArgs(1))));
            args = QJsonObject{{u"reservation"_s, reservation}};
        } else if (op == "upsert_location"_L1) {
            args = QJsonObject{{u"location"_s, QString(u"L-"_s + id)},
                               {u"name"_s, id},
                               {u"kind"_s, u"warehouse"_s}};
        } else if (op == "upsert_sku"_L1) {
            args = QJsonObject{{u"sku"_s, QString(u"S-"_s + id)}, {u"name"_s, id}};
        } else if (op == "set_policy"_L1) {
            args = {{u"sku"_s, kSku}, {u"location"_s, kLocation}, {u"low_stock"_s, 3}};
        } else if (op == "receive"_L1) {
            args = receiveArgs(5);
        } else if (op == "dispatch"_L1) {
            args = {{u"location"_s, kLocation}, {u"sku"_s, kSku}, {u"qty"_s, 1}};
        } else if (op == "adjust"_L1) {
            args = {{u"location"_s, kLocation},
                    {u"sku"_s, kSku},
                    {u"batch"_s, u"B1"_s},
                    {u"delta"_s, 1},
                    {u"reason"_s, u"recount"_s}};
        } else if (op == "return"_L1) {
            args = {
                {u"location"_s, kLocation}, {u"sku"_s, kSku}, {u"qty"_s, 1}, {u"batch"_s, u"B1"_s}};
        } else if (op == "write_off"_L1) {
            args = {{u"location"_s, kLocation},
                    {u"sku"_s, kSku},
                    {u"batch"_s, u"B1"_s},
                    {u"qty"_s, 1},
                    {u"reason"_s, u"damaged"_s}};
        } else if (op == "reserve"_L1) {
            args = reserveArgs(1);
        }
        QVERIFY2(!args.isEmpty(), qPrintable(op));

        const qint64 head = m_matrix->service().engine().head();
        const QJsonObject ack = client.command(id, op, args);
        QCOMPARE(ack.value("type"_L1).toString(), u"ack"_s);
        QCOMPARE(ack.value("id"_L1).toString(), id);
        if (allowed) {
            QVERIFY2(isOk(ack), qPrintable(compact(ack)));
            QVERIFY(m_matrix->service().engine().head() > head);
        } else {
            QCOMPARE(ack.value("ok"_L1).toBool(true), false);
            QCOMPARE(errorCode(ack), u"forbidden"_s);
            QCOMPARE(m_matrix->service().engine().head(), head);
            if (!reservation.isEmpty()) {
                QCOMPARE(reservationState(*m_matrix, reservation), u"held"_s);
            }
        }
    }

    // ---- Group commit ------------------------------------------------------------------

    void thousandPipelinedCommands()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(setUpCatalog(admin));
        const qint64 base = harness.service().engine().head();
        const int acksBefore =
            int(std::count_if(admin.messages.cbegin(), admin.messages.cend(),
                              [](const QJsonObject &m) { return m.value("type"_L1) == "ack"_L1; }));

        // Receipts of 1, holds of 3, and now and then a hold too large to grant (a rejection
        // writes nothing and must not move the seqs of the others).
        constexpr int kCount = 1000;
        QStringList ids;
        for (int i = 0; i < kCount; ++i) {
            const QString id = u"p-%1"_s.arg(i, 4, 10, QChar(u'0'));
            ids.append(id);
            const bool hold = i % 3 == 2;
            const bool tooLarge = i % 30 == 5; // a hold (5 % 3 == 2) of a million
            admin.send(
                {{u"type"_s, u"cmd"_s},
                 {u"id"_s, id},
                 {u"op"_s, hold ? u"reserve"_s : u"receive"_s},
                 {u"args"_s, hold ? reserveArgs(tooLarge ? 1'000'000 : 1) : receiveArgs(1)}});
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            int(std::count_if(admin.messages.cbegin(), admin.messages.cend(),
                              [](const QJsonObject &m) { return m.value("type"_L1) == "ack"_L1; })),
            acksBefore + kCount, 60000);

        QList<QJsonObject> acks;
        for (const QJsonObject &message : std::as_const(admin.messages)) {
            if (message.value("type"_L1) == "ack"_L1)
                acks.append(message);
        }
        acks = acks.mid(acksBefore);
        qint64 expected = base;
        QHash<qint64, QString> opBySeq;
        for (int i = 0; i < kCount; ++i) {
            const QJsonObject &ack = acks.at(i);
            QCOMPARE(ack.value("id"_L1).toString(), ids.at(i)); // in order
            QVERIFY2(errorCode(ack) != "busy"_L1, qPrintable(compact(ack)));
            if (i % 30 == 5) {
                QCOMPARE(errorCode(ack), u"insufficient_stock"_s);
                QVERIFY(!ack.contains("seq"_L1));
                continue;
            }
            QVERIFY2(isOk(ack), qPrintable(compact(ack)));
            ++expected; // each accepted command writes exactly one event
            QCOMPARE(ack.value("seq"_L1).toInteger(), expected);
            opBySeq.insert(expected, ids.at(i));
        }
        QCOMPARE(harness.service().engine().head(), expected);

        // The event at each ack's seq is that command's.
        QVERIFY(admin.waitForCursor(expected));
        QVERIFY(!admin.gap);
        QVERIFY2(admin.replicaError.isEmpty(), qPrintable(admin.replicaError));
        int checked = 0;
        for (const QJsonObject &event : std::as_const(admin.events)) {
            const qint64 seq = event.value("seq"_L1).toInteger();
            if (seq > base) {
                QCOMPARE(event.value("op"_L1).toString(), opBySeq.value(seq));
                ++checked;
            }
        }
        QCOMPARE(checked, int(expected - base));
        QCOMPARE(admin.replica, harness.service().engine().state());
    }
};

QTEST_GUILESS_MAIN(TestCommandEngine)
#include "tst_commandengine.moc"
