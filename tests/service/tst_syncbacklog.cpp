#include "SyncTestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync::testing;
using namespace shelfsync::testing::synctest;
using shelfsync::service::Caller;
using shelfsync::service::Role;

namespace {

constexpr quint64 kOneMiB = 1024 * 1024;
constexpr int kSkus = 50;

bool seed(WsClient &admin)
{
    if (!run(admin, u"l1"_s, u"upsert_location"_s, locationArgs(u"DS-01"_s)))
        return false;
    for (int s = 0; s < kSkus; ++s) {
        if (!run(admin, u"s%1"_s.arg(s), u"upsert_sku"_s, skuArgs(u"SKU-%1"_s.arg(s))))
            return false;
    }
    return true;
}

// Commands submitted to the engine in one event-loop turn share one commit (up to 2,000).
// Each receipt carries a 1,000-character reference, so its event is about 1.3 KB.
bool receiveInOneTurn(shelfsync::service::CommandEngine &engine, int round, int count)
{
    const Caller admin{u"user-admin"_s, Role::Admin};
    const QString reference(1000, u'r');
    int acked = 0;
    int ok = 0;
    for (int i = 0; i < count; ++i) {
        QJsonObject args =
            receiveArgs(u"DS-01"_s, u"SKU-%1"_s.arg(i % kSkus), 1, u"L%1-%2"_s.arg(round).arg(i));
        args.insert(u"reference"_s, reference);
        engine.submit(admin,
                      {{u"type"_s, u"cmd"_s},
                       {u"id"_s, u"bulk-%1-%2"_s.arg(round).arg(i)},
                       {u"op"_s, u"receive"_s},
                       {u"args"_s, args}},
                      nullptr, [&acked, &ok](const QJsonObject &ack) {
                          ++acked;
                          ok += ack.value("ok"_L1).toBool() ? 1 : 0;
                      });
    }
    QElapsedTimer timer;
    timer.start();
    while (acked < count && timer.elapsed() < 60000)
        QTest::qWait(5);
    return ok == count;
}

qsizetype largestMessage(const WsClient &client)
{
    qsizetype largest = 0;
    for (const QJsonObject &message : client.messages)
        largest = std::max(largest, QJsonDocument(message).toJson(QJsonDocument::Compact).size());
    return largest;
}

} // namespace

// Volume on the sync socket: no service message exceeds the protocol's 1 MiB, however big a
// commit or a catch-up, and a client far behind that reads slowly is fed at its own pace
// instead of being dropped as a slow consumer.
class TestSyncBacklog : public QObject
{
    Q_OBJECT

    ServiceHarness m_farBehind;
    qint64 m_farBehindHead = 0;

private slots:
    // One commit of 2,000 events (~2.6 MB) reaches a subscriber that, like the service,
    // refuses messages over 1 MiB: it comes in several `events` messages whose from/to chain.
    void bigCommitComesInMessagesUnderOneMiB()
    {
        ServiceHarness harness;
        QVERIFY(harness.start());
        auto &engine = harness.service().engine();
        WsClient admin;
        QVERIFY(admin.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Admin)));
        QVERIFY(seed(admin));

        WsClient follower;
        follower.socket().setMaxAllowedIncomingMessageSize(kOneMiB);
        QVERIFY(follower.connectAndSync(harness.syncUrl(), ServiceHarness::token(Role::Viewer)));
        const qint64 start = engine.head();
        QVERIFY(receiveInOneTurn(engine, 0, 2000));
        QCOMPARE(engine.head(), start + 2000);

        const qint64 head = engine.head();
        QTRY_VERIFY_WITH_TIMEOUT(follower.cursor >= head || follower.closed, 30000);
        QVERIFY2(!follower.closed, qPrintable(u"closed with %1 (%2)"_s.arg(follower.closeCode)
                                                  .arg(follower.socket().closeReason())));
        QVERIFY(largestMessage(follower) <= qsizetype(kOneMiB));
        QVERIFY(countType(follower, u"events"_s) >= 3);
        QCOMPARE(follower.events.size(), qsizetype(2000));
        QVERIFY(!follower.gap);
        const QString chain = cursorChainError(follower);
        QVERIFY2(chain.isEmpty(), qPrintable(chain));
        QVERIFY2(follower.replicaError.isEmpty(), qPrintable(follower.replicaError));
        SHELFSYNC_VERIFY_SAME_STATE(follower.replica, engine.state());
    }

    // A client 26 MB behind (more than the 16 MiB a slow consumer may leave unsent) that
    // stops reading for a while still catches up in full, without a message over 1 MiB.
    // The service runs as its own process here, so the test can stall only the client.
    void farBehindSlowReaderCatchesUp_data()
    {
        QTest::addColumn<quint64>("limit");
        QTest::newRow("client refuses messages over 1 MiB") << kOneMiB;
        QTest::newRow("client takes any message") << quint64(256) * kOneMiB;
    }

    void farBehindSlowReaderCatchesUp()
    {
        QFETCH(quint64, limit);
        // The ledger is written once, in process, and served by both rows' shelfsyncd.
        if (m_farBehindHead == 0) {
            QVERIFY(m_farBehind.start());
            auto &engine = m_farBehind.service().engine();
            {
                WsClient admin;
                QVERIFY(admin.connectAndSync(m_farBehind.syncUrl(),
                                             ServiceHarness::token(Role::Admin)));
                QVERIFY(seed(admin));
            }
            for (int round = 0; round < 10; ++round)
                QVERIFY(receiveInOneTurn(engine, round, 2000));
            QCOMPARE(engine.head(), qint64(1 + kSkus + 20000));
            m_farBehindHead = engine.head();
            m_farBehind.stop();
        }
        const qint64 head = m_farBehindHead;
        const ServiceHarness &harness = m_farBehind;

        QProcess service;
        service.setProcessChannelMode(QProcess::SeparateChannels);
        service.start(QStringLiteral(SHELFSYNCD_PATH),
                      {u"--db"_s, harness.dbPath(), u"--listen"_s, u"127.0.0.1:0"_s, u"--tokens"_s,
                       harness.tokensPath()});
        QVERIFY(service.waitForStarted());
        const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(service.readAllStandardOutput()),
                                  listening.match(out).hasMatch()),
                                 30000);
        const int port = listening.match(out).captured(1).toInt();
        auto stopService = qScopeGuard([&service] {
            service.terminate();
            if (!service.waitForFinished(10000))
                service.kill();
        });

        WsClient client;
        client.socket().setMaxAllowedIncomingMessageSize(limit);
        QVERIFY(client.open(QUrl(u"ws://127.0.0.1:%1/v1/sync"_s.arg(port))));
        client.send(hello(ServiceHarness::token(Role::Viewer), 1));
        // The stimulus, not a wait: the client reads nothing for 3 s while the service,
        // in its own process, could push the whole backlog.
        QThread::sleep(3);
        QTRY_VERIFY_WITH_TIMEOUT(countType(client, u"synced"_s) == 1 || client.closed, 60000);
        QVERIFY2(
            !client.closed,
            qPrintable(
                u"closed with %1 (%2)"_s.arg(client.closeCode).arg(client.socket().closeReason())));
        QCOMPARE(client.cursor, head);
        QCOMPARE(client.events.size(), qsizetype(head - 1));
        QVERIFY(largestMessage(client) <= qsizetype(kOneMiB));
        const QString chain = cursorChainError(client, 1);
        QVERIFY2(chain.isEmpty(), qPrintable(chain));
        QCOMPARE(client.messages.first().value("type"_L1).toString(), u"welcome"_s);
        QCOMPARE(countType(client, u"snapshot"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncBacklog)
#include "tst_syncbacklog.moc"
