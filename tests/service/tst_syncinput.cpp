#include "SyncTestSupport.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync::testing;
using namespace shelfsync::testing::synctest;
using shelfsync::service::Role;

// Bad input over the sync socket (PROTOCOL.md, "Session", "Commands", "Details"): each
// gets the specified error, the connection stays open, and nothing reaches the ledger.
// Oversized frames, a missing hello, bad tokens, other protocols and other paths end the
// connection with the specified close code.
class TestSyncInput : public QObject
{
    Q_OBJECT

private:
    ServiceHarness m_harness;
    qint64 m_head = 0;

    shelfsync::service::CommandEngine &engine() { return m_harness.service().engine(); }

    static QJsonObject validReceive() { return receiveArgs(u"DS-01"_s, u"MILK"_s, 5, u"B9"_s); }

    static QJsonObject cmd(const QString &id, const QString &op, const QJsonObject &args)
    {
        return {{u"type"_s, u"cmd"_s}, {u"id"_s, id}, {u"op"_s, op}, {u"args"_s, args}};
    }

    // The next error message, which must carry `code` (and `id` when given).
    static QString checkError(WsClient &client, const QString &code, const QString &id = {})
    {
        const QJsonObject error = client.take(u"error"_s);
        if (error.isEmpty())
            return u"no error message"_s;
        if (error.value("code"_L1).toString() != code)
            return u"code %1, expected %2"_s.arg(error.value("code"_L1).toString(), code);
        if (error.value("message"_L1).toString().isEmpty())
            return u"error without a message"_s;
        if (!id.isEmpty() && error.value("id"_L1).toString() != id)
            return u"error id %1, expected %2"_s.arg(error.value("id"_L1).toString(), id);
        return {};
    }

    // The ack of `id`: ok false with `code` (and `field` when given).
    static QString checkAck(WsClient &client, const QString &id, const QString &code,
                            const QString &field = {})
    {
        const QJsonObject ack = client.waitForAck(id);
        if (ack.isEmpty())
            return u"no ack for %1"_s.arg(id);
        const QJsonObject error = ack.value("error"_L1).toObject();
        if (ack.value("ok"_L1).toBool(true) || error.value("code"_L1).toString() != code ||
            (!field.isEmpty() && error.value("field"_L1).toString() != field))
            return u"ack %1, expected %2 on field %3"_s.arg(compact(ack), code, field);
        if (ack.contains("seq"_L1) || ack.contains("result"_L1))
            return u"a rejected ack carries seq or result: %1"_s.arg(compact(ack));
        return {};
    }

    QString checkNothingWritten(WsClient &client)
    {
        if (engine().head() != m_head)
            return u"ledger head moved from %1 to %2"_s.arg(m_head).arg(engine().head());
        if (client.socket().state() != QAbstractSocket::ConnectedState || client.closed)
            return u"the connection was closed (%1)"_s.arg(client.closeCode);
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_harness.start());
        WsClient admin;
        QVERIFY(admin.connectAndSync(m_harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(run(admin, u"l1"_s, u"upsert_location"_s, locationArgs(u"DS-01"_s)));
        QVERIFY(run(admin, u"s1"_s, u"upsert_sku"_s, skuArgs(u"MILK"_s)));
        QVERIFY(run(admin, u"r1"_s, u"receive"_s, validReceive()));
        m_head = engine().head();
    }

    // Frames that are not one JSON object with a known type get `error bad_request`.
    void malformedMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("malformed JSON") << uR"({"type":"cmd","id":"m1","op":)"_s << QString();
        QTest::newRow("truncated") << uR"({"type":"query")"_s << QString();
        QTest::newRow("not JSON") << u"receive 5 MILK"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("array") << uR"([{"type":"cmd","id":"m2"}])"_s << QString();
        QTest::newRow("string") << uR"("hello")"_s << QString();
        QTest::newRow("number") << u"42"_s << QString();
        QTest::newRow("missing type") << uR"({"id":"m3","op":"receive"})"_s << u"m3"_s;
        QTest::newRow("type not a string") << uR"({"type":7,"id":"m4"})"_s << u"m4"_s;
        QTest::newRow("unknown type") << uR"({"type":"frobnicate","id":"m5"})"_s << u"m5"_s;
        QTest::newRow("second hello")
            << uR"({"type":"hello","protocol":1,"token":"secret-admin","since":0})"_s << QString();
        const QString valid = compact(validReceive());
        QTest::newRow("cmd without id")
            << uR"({"type":"cmd","op":"receive","args":%1})"_s.arg(valid) << QString();
        QTest::newRow("cmd with empty id")
            << uR"({"type":"cmd","id":"","op":"receive","args":%1})"_s.arg(valid) << QString();
        QTest::newRow("cmd with numeric id")
            << uR"({"type":"cmd","id":17,"op":"receive","args":%1})"_s.arg(valid) << QString();
        QTest::newRow("query without id")
            << uR"({"type":"query","name":"availability","args":{}})"_s << QString();
        QTest::newRow("query args not an object")
            << uR"({"type":"query","id":"m6","name":"availability","args":[1]})"_s << u"m6"_s;
    }

    void malformedMessages()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        WsClient client;
        QVERIFY(client.connectAndSync(m_harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        client.sendText(text);
        const QString error = checkError(client, u"bad_request"_s, id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString written = checkNothingWritten(client);
        QVERIFY2(written.isEmpty(), qPrintable(written));
        // Still served: a query on the same connection is answered.
        client.send({{u"type"_s, u"query"_s},
                     {u"id"_s, u"after"_s},
                     {u"name"_s, u"availability"_s},
                     {u"args"_s, QJsonObject{}}});
        QCOMPARE(client.take(u"result"_s).value("id"_L1).toString(), u"after"_s);
        QCOMPARE(countType(client, u"error"_s), 1);
        QCOMPARE(countType(client, u"ack"_s), 0);
    }

    // Commands with a string id always get an ack; bad ones say which field is wrong.
    void rejectedCommands_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QString admin = u"admin"_s;
        auto receive = [](const QString &drop, const QString &key = {},
                          const QJsonValue &value = {}) {
            QJsonObject args = validReceive();
            if (!drop.isEmpty())
                args.remove(drop);
            if (!key.isEmpty())
                args.insert(key, value);
            return args;
        };
        const QJsonObject reserve{{u"location"_s, u"DS-01"_s},
                                  {u"sku"_s, u"MILK"_s},
                                  {u"qty"_s, 1},
                                  {u"channel"_s, u"web"_s}};

        QTest::newRow("unknown op")
            << admin << cmd(u"c1"_s, u"teleport"_s, validReceive()) << u"bad_request"_s << u"op"_s;
        QTest::newRow("sweep is not a client op")
            << admin << cmd(u"c2"_s, u"sweep"_s, {}) << u"bad_request"_s << u"op"_s;
        QJsonObject noOp = cmd(u"c3"_s, {}, validReceive());
        noOp.remove(u"op"_s);
        QTest::newRow("missing op") << admin << noOp << u"bad_request"_s << u"op"_s;
        QJsonObject numericOp = cmd(u"c4"_s, {}, validReceive());
        numericOp.insert(u"op"_s, 3);
        QTest::newRow("op not a string") << admin << numericOp << u"bad_request"_s << u"op"_s;
        QJsonObject noArgs = cmd(u"c5"_s, u"receive"_s, {});
        noArgs.remove(u"args"_s);
        QTest::newRow("missing args") << admin << noArgs << u"bad_request"_s << u"args"_s;
        QJsonObject arrayArgs = cmd(u"c6"_s, u"receive"_s, {});
        arrayArgs.insert(u"args"_s, QJsonArray{1, 2});
        QTest::newRow("args an array") << admin << arrayArgs << u"bad_request"_s << u"args"_s;

        for (const QString &field : {u"location"_s, u"sku"_s, u"qty"_s, u"batch"_s}) {
            QTest::addRow("receive without %s", qPrintable(field))
                << admin << cmd(u"c-missing-"_s + field, u"receive"_s, receive(field))
                << u"bad_request"_s << field;
        }
        QJsonObject noChannel = reserve;
        noChannel.remove(u"channel"_s);
        QTest::newRow("reserve without channel")
            << admin << cmd(u"c7"_s, u"reserve"_s, noChannel) << u"bad_request"_s << u"channel"_s;
        QTest::newRow("upsert_location without kind")
            << admin
            << cmd(u"c8"_s, u"upsert_location"_s,
                   {{u"location"_s, u"DS-02"_s}, {u"name"_s, u"Two"_s}})
            << u"bad_request"_s << u"kind"_s;
        QTest::newRow("set_policy without a policy field")
            << admin << cmd(u"c9"_s, u"set_policy"_s, {{u"sku"_s, u"MILK"_s}}) << u"bad_request"_s
            << u"buffer_pct"_s;
        QTest::newRow("adjust without counted or delta") << admin
                                                         << cmd(u"c10"_s, u"adjust"_s,
                                                                {{u"location"_s, u"DS-01"_s},
                                                                 {u"sku"_s, u"MILK"_s},
                                                                 {u"batch"_s, u"B9"_s},
                                                                 {u"reason"_s, u"count"_s}})
                                                         << u"bad_request"_s << u"counted"_s;

        QTest::newRow("qty a string")
            << admin << cmd(u"t1"_s, u"receive"_s, receive({}, u"qty"_s, u"5"_s))
            << u"bad_request"_s << u"qty"_s;
        QTest::newRow("qty a fraction")
            << admin << cmd(u"t2"_s, u"receive"_s, receive({}, u"qty"_s, 1.5)) << u"bad_request"_s
            << u"qty"_s;
        QTest::newRow("qty a bool")
            << admin << cmd(u"t3"_s, u"receive"_s, receive({}, u"qty"_s, true)) << u"bad_request"_s
            << u"qty"_s;
        QTest::newRow("location a number")
            << admin << cmd(u"t4"_s, u"receive"_s, receive({}, u"location"_s, 7))
            << u"bad_request"_s << u"location"_s;
        QTest::newRow("sku an object")
            << admin << cmd(u"t5"_s, u"receive"_s, receive({}, u"sku"_s, QJsonObject{}))
            << u"bad_request"_s << u"sku"_s;
        QTest::newRow("batch empty")
            << admin << cmd(u"t6"_s, u"receive"_s, receive({}, u"batch"_s, u""_s))
            << u"bad_request"_s << u"batch"_s;
        QTest::newRow("expiry not a date")
            << admin << cmd(u"t7"_s, u"receive"_s, receive({}, u"expiry"_s, u"tomorrow"_s))
            << u"bad_request"_s << u"expiry"_s;
        QTest::newRow("lock_enabled a string")
            << admin
            << cmd(u"t8"_s, u"set_policy"_s, {{u"sku"_s, u"MILK"_s}, {u"lock_enabled"_s, u"yes"_s}})
            << u"bad_request"_s << u"lock_enabled"_s;
        QJsonObject holdText = reserve;
        holdText.insert(u"hold_s"_s, u"60"_s);
        QTest::newRow("hold_s a string")
            << admin << cmd(u"t9"_s, u"reserve"_s, holdText) << u"bad_request"_s << u"hold_s"_s;

        QTest::newRow("receive qty 0")
            << admin << cmd(u"q1"_s, u"receive"_s, receive({}, u"qty"_s, 0)) << u"bad_request"_s
            << u"qty"_s;
        QTest::newRow("receive qty negative")
            << admin << cmd(u"q2"_s, u"receive"_s, receive({}, u"qty"_s, -3)) << u"bad_request"_s
            << u"qty"_s;
        QJsonObject reserveZero = reserve;
        reserveZero.insert(u"qty"_s, 0);
        QTest::newRow("reserve qty 0") << u"channel"_s << cmd(u"q3"_s, u"reserve"_s, reserveZero)
                                       << u"bad_request"_s << u"qty"_s;
        QTest::newRow("dispatch qty negative")
            << u"channel"_s
            << cmd(u"q4"_s, u"dispatch"_s,
                   {{u"location"_s, u"DS-01"_s}, {u"sku"_s, u"MILK"_s}, {u"qty"_s, -1}})
            << u"bad_request"_s << u"qty"_s;

        QTest::newRow("unknown SKU")
            << admin << cmd(u"u1"_s, u"receive"_s, receive({}, u"sku"_s, u"NOPE"_s))
            << u"unknown_sku"_s << QString();
        QTest::newRow("unknown location")
            << admin << cmd(u"u2"_s, u"receive"_s, receive({}, u"location"_s, u"DS-99"_s))
            << u"unknown_location"_s << QString();
        QJsonObject reserveUnknown = reserve;
        reserveUnknown.insert(u"sku"_s, u"NOPE"_s);
        QTest::newRow("reserve unknown SKU")
            << u"channel"_s << cmd(u"u3"_s, u"reserve"_s, reserveUnknown) << u"unknown_sku"_s
            << QString();
        QTest::newRow("release unknown reservation")
            << u"channel"_s << cmd(u"u4"_s, u"release"_s, {{u"reservation"_s, u"nope"_s}})
            << u"unknown_reservation"_s << QString();
        QTest::newRow("viewer may not receive, checked before the arguments")
            << u"viewer"_s << cmd(u"f1"_s, u"receive"_s, receive({}, u"qty"_s, 0)) << u"forbidden"_s
            << QString();
        QTest::newRow("channel may not upsert a SKU")
            << u"channel"_s << cmd(u"f2"_s, u"upsert_sku"_s, skuArgs(u"X"_s)) << u"forbidden"_s
            << QString();
    }

    void rejectedCommands()
    {
        QFETCH(QString, role);
        QFETCH(QJsonObject, message);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto parsed = shelfsync::service::parseRole(role);
        QVERIFY(parsed);
        WsClient client;
        QVERIFY(client.connectAndSync(m_harness.syncUrl(), ServiceHarness::token(*parsed)));
        const QString id = message.value("id"_L1).toString();
        client.send(message);
        QString problem = checkAck(client, id, code, field);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The same id again gets the same answer and still writes nothing.
        client.send(message);
        problem = checkAck(client, id, code, field);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = checkNothingWritten(client);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(countType(client, u"error"_s), 0);
        QCOMPARE(countType(client, u"events"_s), 0);
    }

    void unknownQueryAndBinaryFrame()
    {
        WsClient client;
        QVERIFY(client.connectAndSync(m_harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        client.send({{u"type"_s, u"query"_s},
                     {u"id"_s, u"q-unknown"_s},
                     {u"name"_s, u"crystal_ball"_s},
                     {u"args"_s, QJsonObject{}}});
        QString problem = checkError(client, u"bad_request"_s, u"q-unknown"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        client.socket().sendBinaryMessage(QByteArrayLiteral("\x00\x01{\"type\":\"cmd\"}"));
        problem = checkError(client, u"bad_request"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = checkNothingWritten(client);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The connection still takes commands; this one is the only write of the test.
        const QJsonObject ack = client.command(u"still-open"_s, u"receive"_s,
                                               receiveArgs(u"DS-01"_s, u"MILK"_s, 1, u"B10"_s));
        QVERIFY2(ack.value("ok"_L1).toBool(), qPrintable(compact(ack)));
        QCOMPARE(engine().head(), m_head + 1);
        m_head = engine().head();
    }

    // Before hello, nothing but hello is served; the session still starts afterwards.
    void commandBeforeHello()
    {
        WsClient client;
        QVERIFY(client.open(m_harness.syncUrl()));
        client.send(cmd(u"early"_s, u"receive"_s, validReceive()));
        const QString problem = checkError(client, u"bad_request"_s, u"early"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(engine().head(), m_head);
        QVERIFY(client.hello(ServiceHarness::token(Role::Admin)));
        QCOMPARE(countType(client, u"ack"_s), 0);
        QCOMPARE(engine().head(), m_head);
    }

    // A message over 1 MiB closes the connection with 1009, in one frame or in several; one
    // just under the limit is served.
    void oversizedMessageCloses1009()
    {
        WsClient watcher;
        QVERIFY(watcher.connectAndSync(m_harness.syncUrl(), ServiceHarness::token(Role::Viewer)));

        WsClient near;
        QVERIFY(near.connectAndSync(m_harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        const QString nearText = uR"({"type":"query","id":"near","name":"nope","pad":"%1"})"_s.arg(
            QString(1000 * 1000, u'x'));
        near.sendText(nearText);
        QString problem = checkError(near, u"bad_request"_s, u"near"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!near.closed);

        const QString big =
            uR"({"type":"cmd","id":"big","op":"receive","args":%1,"pad":"%2"})"_s.arg(
                compact(validReceive()), QString(2 * 1024 * 1024, u'x'));
        WsClient fragmented;
        QVERIFY(fragmented.connectAndSync(m_harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(fragmented.socket().outgoingFrameSize() < quint64(1024 * 1024));
        fragmented.sendText(big);
        QVERIFY(fragmented.waitClosed());
        QCOMPARE(fragmented.closeCode, 1009);

        WsClient single;
        QVERIFY(single.open(m_harness.syncUrl()));
        single.socket().setOutgoingFrameSize(4 * 1024 * 1024);
        single.sendText(big);
        QVERIFY(single.waitClosed());
        QCOMPARE(single.closeCode, 1009);

        QCOMPARE(engine().head(), m_head);
        QCOMPARE(countType(fragmented, u"ack"_s), 0);
        QVERIFY(!watcher.closed);
        QVERIFY(!near.closed);
    }

    void badTokenUnauthorized()
    {
        for (const QJsonValue &token :
             {QJsonValue(u"secret-nobody"_s), QJsonValue(), QJsonValue(42)}) {
            WsClient client;
            QVERIFY(client.open(m_harness.syncUrl()));
            QJsonObject message = hello(u"x"_s);
            if (token.isUndefined())
                message.remove(u"token"_s);
            else
                message.insert(u"token"_s, token);
            client.send(message);
            const QString problem = checkError(client, u"unauthorized"_s);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(client.waitClosed());
            QCOMPARE(client.closeCode, 1008);
            QCOMPARE(countType(client, u"welcome"_s), 0);
        }
    }

    void otherProtocolUnsupported()
    {
        for (const QJsonValue &protocol : {QJsonValue(2), QJsonValue(0), QJsonValue(u"1"_s)}) {
            WsClient client;
            QVERIFY(client.open(m_harness.syncUrl()));
            QJsonObject message = hello(ServiceHarness::token(Role::Admin));
            message.insert(u"protocol"_s, protocol);
            client.send(message);
            const QString problem = checkError(client, u"unsupported_protocol"_s);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(client.waitClosed());
            QCOMPARE(client.closeCode, 1002);
            QCOMPARE(countType(client, u"welcome"_s), 0);
        }
    }

    // Refused either before the upgrade or, once upgraded, with 1008 before any welcome.
    void wrongPathRefused()
    {
        for (const QString &path : {u"/v1/other"_s, u"/v1/sync/extra"_s, u"/"_s}) {
            WsClient client;
            const QUrl url(u"ws://127.0.0.1:%1%2"_s.arg(m_harness.service().port()).arg(path));
            const bool opened = client.open(url, 2000);
            if (opened) {
                client.send(hello(ServiceHarness::token(Role::Admin)));
                QVERIFY2(client.waitClosed(), qPrintable(path));
                QVERIFY2(client.closeCode == 1008, qPrintable(QString::number(client.closeCode)));
            }
            QCOMPARE(countType(client, u"welcome"_s), 0);
            QVERIFY(client.socket().state() != QAbstractSocket::ConnectedState);
        }
    }

    // No hello within 10 s: closed with 1008 (this test takes 10 s).
    void noHelloCloses1008()
    {
        WsClient client;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.open(m_harness.syncUrl()));
        QVERIFY(client.waitClosed(20000));
        QCOMPARE(client.closeCode, 1008);
        QVERIFY2(timer.elapsed() >= 9500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(client.messages.size(), 0);
    }

    void cleanupTestCase()
    {
        QCOMPARE(engine().head(), m_head);
        m_harness.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncInput)
#include "tst_syncinput.moc"
