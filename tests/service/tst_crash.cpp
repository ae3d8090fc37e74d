#include "StateDiff.h"
#include "WsClient.h"

#include "Roles.h"
#include "store/SqliteStore.h"
#include "TokenCommand.h"

#include "domain/EventCodec.h"
#include "domain/Rules.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace shelfsync::testing;
using shelfsync::service::Role;

namespace {

const QString kLocation = u"DS-01"_s;
constexpr int kClients = 20;
constexpr int kSkus = 4;
constexpr int kWindow = 8; // commands each client keeps in flight

QString tokenFor(Role role)
{
    return u"crash-secret-"_s + shelfsync::domain::toString(role);
}

bool isOk(const QJsonObject &ack)
{
    return ack.value("type"_L1) == "ack"_L1 && ack.value("ok"_L1).toBool();
}

// The real shelfsyncd binary as a child process.
class Daemon
{
public:
    ~Daemon()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QString &db, const QString &tokens)
    {
        m_process.setProgram(QStringLiteral(SHELFSYNCD_PATH));
        m_process.setArguments({u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s, u"--tokens"_s,
                                tokens, u"--log-level"_s, u"warning"_s});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression line(u"^listening on (\\S+):(\\d+)$"_s);
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (timer.elapsed() < 20000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
            for (const QByteArray &text : out.split('\n')) {
                const auto match = line.match(QString::fromUtf8(text).trimmed());
                if (match.hasMatch()) {
                    host = match.captured(1);
                    port = quint16(match.captured(2).toUInt());
                    return port != 0;
                }
            }
        }
        qWarning("shelfsyncd did not say where it listens; stdout: %s", out.constData());
        return false;
    }

    QUrl syncUrl() const { return QUrl(u"ws://%1:%2/v1/sync"_s.arg(host).arg(port)); }

    QProcess &process() { return m_process; }
    QString host;
    quint16 port = 0;

private:
    QProcess m_process;
};

// One client pipelining receive / reserve / dispatch on its own batch, as fast as the acks
// come back, keeping every command it sent and every ack it got.
class Loader
{
public:
    explicit Loader(int index)
        : m_index(index)
    {
        QObject::connect(&client.socket(), &QWebSocket::textMessageReceived, &client,
                         [this](const QString &text) { onText(text); });
    }

    void start()
    {
        for (int i = 0; i < kWindow; ++i)
            sendNext();
    }

    void stop() { m_stopped = true; }

    QJsonObject commandFor(int n) const
    {
        const QString id = u"c%1-%2"_s.arg(m_index).arg(n);
        const QString sku = u"SKU-%1"_s.arg(m_index % kSkus);
        const QString batch = u"B-%1"_s.arg(m_index);
        QJsonObject args{{u"location"_s, kLocation}, {u"sku"_s, sku}};
        QString op;
        switch (n % 3) {
        case 0:
            op = u"receive"_s;
            args.insert(u"qty"_s, 3);
            args.insert(u"batch"_s, batch);
            break;
        case 1:
            op = u"reserve"_s;
            args.insert(u"qty"_s, 1);
            args.insert(u"channel"_s, u"web"_s);
            break;
        default:
            op = u"dispatch"_s;
            args.insert(u"qty"_s, 1);
            args.insert(u"batch"_s, batch);
            break;
        }
        return {{u"type"_s, u"cmd"_s}, {u"id"_s, id}, {u"op"_s, op}, {u"args"_s, args}};
    }

    WsClient client;
    QHash<QString, QJsonObject> sent;  // id -> cmd
    QHash<QString, QJsonObject> acked; // id -> ack
    QStringList order;                 // ids in the order sent

private:
    void sendNext()
    {
        if (m_stopped || client.closed)
            return;
        const QJsonObject command = commandFor(m_next++);
        const QString id = command.value("id"_L1).toString();
        sent.insert(id, command);
        order.append(id);
        client.send(command);
    }

    void onText(const QString &text)
    {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value("type"_L1) != "ack"_L1)
            return;
        acked.insert(message.value("id"_L1).toString(), message);
        sendNext();
    }

    int m_index;
    int m_next = 0;
    bool m_stopped = false;
};

struct LedgerCheck
{
    QHash<QString, int> eventsByCommand;
    QString error;
};

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QString writeTokens(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(u"tokens"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("# shelfsyncd tokens for the crash test\n");
        for (Role role : {Role::Viewer, Role::Planner, Role::Merchandiser, Role::Manager,
                          Role::Admin, Role::Channel}) {
            file.write(u"crash-%1 %1 %2\n"_s
                           .arg(shelfsync::domain::toString(role),
                                shelfsync::service::hashToken(tokenFor(role)))
                           .toUtf8());
        }
        return path;
    }

    // A store, four SKUs (one with a store-level policy), and an empty cell with a policy.
    bool setUp(const Daemon &daemon)
    {
        WsClient admin;
        if (!admin.connectAndSync(daemon.syncUrl(), tokenFor(Role::Admin)))
            return false;
        bool ok = isOk(admin.command(
            u"setup-location"_s, u"upsert_location"_s,
            {{u"location"_s, kLocation}, {u"name"_s, u"North"_s}, {u"kind"_s, u"store"_s}}));
        for (int i = 0; ok && i < kSkus; ++i) {
            ok = isOk(admin.command(u"setup-sku-%1"_s.arg(i), u"upsert_sku"_s,
                                    {{u"sku"_s, u"SKU-%1"_s.arg(i)}, {u"name"_s, u"Item"_s}}));
        }
        ok = ok && isOk(admin.command(
                       u"setup-policy"_s, u"set_policy"_s,
                       {{u"sku"_s, u"SKU-1"_s}, {u"location"_s, kLocation}, {u"buffer_min"_s, 2}}));
        ok = ok && isOk(admin.command(u"setup-sku-x"_s, u"upsert_sku"_s,
                                      {{u"sku"_s, u"SKU-X"_s}, {u"name"_s, u"Never stocked"_s}}));
        ok = ok &&
             isOk(admin.command(
                 u"setup-policy-x"_s, u"set_policy"_s,
                 {{u"sku"_s, u"SKU-X"_s}, {u"location"_s, kLocation}, {u"lock_enabled"_s, false}}));
        return ok;
    }

    // Starts kClients loaders and runs them until at least `minMs` passed and `minAcks`
    // commands were answered.
    bool runLoad(const Daemon &daemon, std::vector<std::unique_ptr<Loader>> &loaders, int minMs,
                 int minAcks)
    {
        for (int i = 0; i < kClients; ++i) {
            auto loader = std::make_unique<Loader>(i);
            if (!loader->client.connectAndSync(daemon.syncUrl(), tokenFor(Role::Admin)))
                return false;
            loaders.push_back(std::move(loader));
        }
        QElapsedTimer timer;
        timer.start();
        for (auto &loader : loaders)
            loader->start();
        auto acks = [&] {
            qsizetype total = 0;
            for (const auto &loader : loaders)
                total += loader->acked.size();
            return total;
        };
        while (timer.elapsed() < 60000 && (timer.elapsed() < minMs || acks() < minAcks))
            QTest::qWait(10);
        return acks() >= minAcks;
    }

    // Every command acked ok:true is in the ledger exactly once, every rejected one not at
    // all, nothing else is there, seqs are gap-free, and the state tables equal the ledger
    // folded from scratch.
    void verifyDatabase(const QString &db, const std::vector<std::unique_ptr<Loader>> &loaders,
                        const QSet<QString> &extraIds)
    {
        shelfsync::service::SqliteStore store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const qint64 head = store.head();
        const auto events = store.readEvents(0, head, std::numeric_limits<int>::max());
        QCOMPARE(qint64(events.size()), head);
        QCOMPARE(store.eventCount(), head);

        QHash<QString, int> perCommand;
        shelfsync::domain::State folded;
        qint64 expectedSeq = 0;
        for (const auto &stored : events) {
            QCOMPARE(stored.seq, ++expectedSeq);
            const QJsonObject json = QJsonDocument::fromJson(stored.json).object();
            const auto event = shelfsync::domain::decodeEvent(json);
            QVERIFY2(event, qPrintable(QString::fromUtf8(stored.json)));
            QCOMPARE(event->seq, stored.seq);
            ++perCommand[json.value("op"_L1).toString()];
            shelfsync::domain::applyInPlace(folded, *event);
        }

        int okCount = 0;
        int rejected = 0;
        QSet<QString> known = extraIds;
        for (const auto &loader : loaders) {
            for (auto it = loader->acked.cbegin(); it != loader->acked.cend(); ++it) {
                if (isOk(*it)) {
                    ++okCount;
                    QVERIFY2(perCommand.value(it.key()) == 1,
                             qPrintable(u"%1 acked ok, %2 events in the ledger"_s.arg(it.key()).arg(
                                 perCommand.value(it.key()))));
                    // Its stored answer is the ack the client got.
                    const auto answer = store.findAnswer(it.key());
                    QVERIFY2(answer, qPrintable(it.key()));
                    QCOMPARE(answer->ack, *it);
                } else {
                    ++rejected;
                    QVERIFY2(perCommand.value(it.key()) == 0, qPrintable(compact(*it)));
                }
            }
            for (const QString &id : loader->order)
                known.insert(id);
        }
        for (auto it = perCommand.cbegin(); it != perCommand.cend(); ++it) {
            QVERIFY2(known.contains(it.key()) || it.key().startsWith("setup-"_L1),
                     qPrintable(u"events of a command nobody sent: %1"_s.arg(it.key())));
            QVERIFY2(it.value() == 1,
                     qPrintable(u"%1 has %2 events"_s.arg(it.key()).arg(it.value())));
        }
        qInfo("%d commands acked ok, %d rejected, ledger head %lld", okCount, rejected, head);
        QVERIFY(okCount > 0);

        const shelfsync::domain::State loaded = store.loadState();
        SHELFSYNC_VERIFY_SAME_STATE(loaded, folded);
    }

private slots:
    void killMidLoadLosesNothingAcked()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"ledger.db"_s);
        const QString tokens = writeTokens(dir);
        QVERIFY(!tokens.isEmpty());

        std::vector<std::unique_ptr<Loader>> loaders;
        {
            Daemon daemon;
            QVERIFY(daemon.start(db, tokens));
            QVERIFY(setUp(daemon));
            QVERIFY(runLoad(daemon, loaders, 1500, 500));
            daemon.process().kill(); // SIGKILL, mid-commit or not
            QVERIFY(daemon.process().waitForFinished(10000));
            QCOMPARE(daemon.process().exitStatus(), QProcess::CrashExit);
            for (auto &loader : loaders)
                loader->stop();
            for (auto &loader : loaders)
                QVERIFY(loader->client.waitClosed(10000));
        }

        // Back up on the same ledger: every acked command replays with its stored ack, and
        // the commands that were in flight, sent again like an outbox would, apply at most
        // once.
        Daemon daemon;
        QVERIFY(daemon.start(db, tokens));
        WsClient replay;
        QVERIFY(replay.connectAndSync(daemon.syncUrl(), tokenFor(Role::Admin)));
        QVERIFY2(replay.replicaError.isEmpty(), qPrintable(replay.replicaError));
        QStringList resent;
        QHash<QString, QJsonObject> expectedAcks;
        for (const auto &loader : loaders) {
            for (const QString &id : loader->order) {
                if (!loader->acked.contains(id)) {
                    replay.send(loader->sent.value(id));
                    resent.append(id);
                } else if (resent.size() + expectedAcks.size() < 2000 &&
                           expectedAcks.size() < 20 * kClients) {
                    replay.send(loader->sent.value(id));
                    expectedAcks.insert(id, loader->acked.value(id));
                }
            }
        }
        qInfo("%lld commands were in flight at the kill", qlonglong(resent.size()));
        for (auto it = expectedAcks.cbegin(); it != expectedAcks.cend(); ++it) {
            const QJsonObject ack = replay.waitForAck(it.key());
            QCOMPARE(ack, it.value());
        }
        QHash<QString, QJsonObject> resentAcks;
        for (const QString &id : std::as_const(resent)) {
            const QJsonObject ack = replay.waitForAck(id);
            QVERIFY2(!ack.isEmpty(), qPrintable(id));
            resentAcks.insert(id, ack);
        }

        daemon.process().terminate();
        QVERIFY(daemon.process().waitForFinished(10000));
        QCOMPARE(daemon.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.process().exitCode(), 0);

        // The resent commands now count as acked, by the replay client's answer.
        for (auto &loader : loaders) {
            for (auto it = resentAcks.cbegin(); it != resentAcks.cend(); ++it) {
                if (loader->sent.contains(it.key()))
                    loader->acked.insert(it.key(), it.value());
            }
        }
        verifyDatabase(db, loaders, {});
    }

    void sigtermFinishesPromptly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"ledger.db"_s);
        const QString tokens = writeTokens(dir);
        QVERIFY(!tokens.isEmpty());

        std::vector<std::unique_ptr<Loader>> loaders;
        Daemon daemon;
        QVERIFY(daemon.start(db, tokens));
        QVERIFY(setUp(daemon));
        QVERIFY(runLoad(daemon, loaders, 1000, 300));

        QElapsedTimer timer;
        timer.start();
        daemon.process().terminate(); // SIGTERM while the clients keep sending
        QVERIFY(daemon.process().waitForFinished(10000));
        const qint64 took = timer.elapsed();
        QCOMPARE(daemon.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.process().exitCode(), 0);
        QVERIFY2(took < 5000, qPrintable(u"shutdown took %1 ms"_s.arg(took)));
        qInfo("SIGTERM to exit: %lld ms", took);
        for (auto &loader : loaders) {
            loader->stop();
            QVERIFY(loader->client.waitClosed(10000));
        }
        verifyDatabase(db, loaders, {});
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
