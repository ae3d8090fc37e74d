#include "WorkspaceHarness.h"

#include "CommandEngine.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using testing::ServiceHarness;
using testing::WorkspaceHarness;

// The app's Workspace against a real service: the replica opens on its last-known data,
// the outbox keeps what the user did while offline and replays it once, rejections stay
// as conflicts, drift and a replaced ledger lead to a fresh snapshot.
class TestWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replicaMatchesTheService();
    void opensOnLastKnownDataWithoutTheService();
    void offlineReceiptAppliesOnceAfterRestart();
    void offlineRejectionBecomesAConflict();
    void driftLeadsToAResync();
    void anotherLedgerReplacesTheReplicaButKeepsTheOutbox();
};

namespace {

const domain::StockKey kMilk{u"DS-01"_s, u"MILK-1L"_s};

QJsonObject receipt(qint64 qty, const QString &batch = u"L1"_s)
{
    return {{u"location"_s, kMilk.location},
            {u"sku"_s, kMilk.sku},
            {u"qty"_s, qty},
            {u"batch"_s, batch},
            {u"expiry"_s, u"2031-01-31"_s}};
}

// What a replica must agree on with the service: every cell's figures and batches.
QString sameStock(const domain::State &replica, const domain::State &service)
{
    if (replica.skus != service.skus || replica.locations != service.locations)
        return u"catalogue differs"_s;
    for (auto it = service.cells.cbegin(); it != service.cells.cend(); ++it) {
        if (!(replica.availability(it.key()) == service.availability(it.key())))
            return u"availability of %1/%2 differs"_s.arg(it.key().location, it.key().sku);
        const domain::Cell *mine = replica.cell(it.key());
        if (!mine || mine->batches != it->batches)
            return u"batches of %1/%2 differ"_s.arg(it.key().location, it.key().sku);
    }
    return {};
}

} // namespace

void TestWorkspace::replicaMatchesTheService()
{
    ServiceHarness service;
    QVERIFY(service.start());
    WorkspaceHarness admin(service);
    QVERIFY(admin.connectAndSync());
    QVERIFY(admin.seedCatalog());
    QVERIFY(!admin.submitAndWait(u"receive"_s, receipt(40)).contains("error"_L1));

    // A second client starts later: it gets a snapshot, then live events.
    WorkspaceHarness viewer(service, service::Role::Viewer);
    QSignalSpy resets(&viewer.workspace().replica(), &sync::Replica::reset);
    QVERIFY(viewer.connectAndSync());
    QCOMPARE(resets.size(), 1);
    QSignalSpy changes(&viewer.workspace().replica(), &sync::Replica::changed);
    QVERIFY(!admin
                 .submitAndWait(u"reserve"_s, {{u"location"_s, kMilk.location},
                                               {u"sku"_s, kMilk.sku},
                                               {u"qty"_s, 3},
                                               {u"channel"_s, u"web"_s}})
                 .contains("error"_L1));
    QVERIFY(viewer.waitForServiceHead());
    QVERIFY(!changes.isEmpty());
    QCOMPARE(viewer.state().availability(kMilk).atp, 37);
    QCOMPARE(sameStock(viewer.state(), service.service().engine().state()), QString());
    QVERIFY(viewer.workspace().role() == service::Role::Viewer);
    QVERIFY(!viewer.workspace().mayRun(domain::Op::Receive));
    QVERIFY(admin.workspace().mayRun(domain::Op::Receive));
}

void TestWorkspace::opensOnLastKnownDataWithoutTheService()
{
    ServiceHarness service;
    QVERIFY(service.start());
    WorkspaceHarness app(service, service::Role::Manager);
    QVERIFY(app.connectAndSync());
    WorkspaceHarness admin(service);
    QVERIFY(admin.connectAndSync());
    QVERIFY(admin.seedCatalog());
    QVERIFY(!admin.submitAndWait(u"receive"_s, receipt(25)).contains("error"_L1));
    QVERIFY(app.waitForServiceHead());
    const qint64 cursor = app.workspace().replica().cursor();
    service.stop();

    QVERIFY(app.reopen());
    QCOMPARE(app.state().availability(kMilk).onHand, 25);
    QCOMPARE(app.workspace().replica().cursor(), cursor);
    QCOMPARE(app.workspace().user(), u"user-manager"_s);
    QVERIFY(app.workspace().mayRun(domain::Op::Receive));
}

void TestWorkspace::offlineReceiptAppliesOnceAfterRestart()
{
    ServiceHarness service;
    QVERIFY(service.start());
    WorkspaceHarness app(service);
    QVERIFY(app.connectAndSync());
    QVERIFY(app.seedCatalog());
    service.stop();
    QTRY_VERIFY(!app.workspace().client().isLive());

    QString error;
    QVERIFY(app.workspace().submit(u"receive"_s, receipt(12), &error));
    QCOMPARE(app.workspace().outbox().pendingFor(kMilk), 1);
    // The app crashes and starts again: what was typed is still there.
    QVERIFY(app.reopen());
    QCOMPARE(app.workspace().outbox().pendingCount(), 1);
    QCOMPARE(app.workspace().outbox().pendingFor(kMilk), 1);

    QVERIFY(service.start());
    QVERIFY(app.connectAndSync());
    QTRY_COMPARE(app.workspace().outbox().pendingCount(), 0);
    QCOMPARE(app.workspace().outbox().pendingFor(kMilk), 0);
    QVERIFY(app.waitForServiceHead());
    QCOMPARE(service.service().engine().state().availability(kMilk).onHand, 12);
    QCOMPARE(app.state().availability(kMilk).onHand, 12);

    // Reconnecting again sends nothing twice.
    app.workspace().disconnectFromService();
    QVERIFY(app.connectAndSync());
    QCOMPARE(service.service().engine().state().availability(kMilk).onHand, 12);
}

void TestWorkspace::offlineRejectionBecomesAConflict()
{
    ServiceHarness service;
    QVERIFY(service.start());
    WorkspaceHarness app(service);
    QVERIFY(app.connectAndSync());
    QVERIFY(app.seedCatalog());
    QVERIFY(!app.submitAndWait(u"receive"_s, receipt(5)).contains("error"_L1));
    app.workspace().disconnectFromService();

    // Offline, the user writes off more than the batch holds.
    QString error;
    const std::optional<QString> id = app.workspace().submit(u"write_off"_s,
                                                             {{u"location"_s, kMilk.location},
                                                              {u"sku"_s, kMilk.sku},
                                                              {u"batch"_s, u"L1"_s},
                                                              {u"qty"_s, 9},
                                                              {u"reason"_s, u"damaged"_s}},
                                                             &error);
    QVERIFY(id);
    QSignalSpy rejected(&app.workspace(), &sync::Workspace::commandRejected);
    QVERIFY(app.connectAndSync());
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(0).toString(), *id);
    QCOMPARE(app.workspace().outbox().rejected().size(), 1);
    QCOMPARE(app.workspace().outbox().pendingCount(), 0);
    QCOMPARE(app.workspace().outbox().pendingFor(kMilk), 0); // a conflict waits for no one
    QCOMPARE(app.state().availability(kMilk).onHand, 5);

    // The conflict survives a restart, then is discarded by the user.
    QVERIFY(app.reopen());
    QCOMPARE(app.workspace().outbox().rejected().size(), 1);
    QCOMPARE(app.workspace().outbox().pendingFor(kMilk), 0);
    QVERIFY(app.workspace().discard(*id));
    QCOMPARE(app.workspace().outbox().entries().size(), 0);
}

void TestWorkspace::driftLeadsToAResync()
{
    ServiceHarness service;
    QVERIFY(service.start());
    WorkspaceHarness app(service);
    QVERIFY(app.connectAndSync());
    QVERIFY(app.seedCatalog());
    QVERIFY(!app.submitAndWait(u"receive"_s, receipt(10)).contains("error"_L1));
    app.workspace().disconnectFromService();

    // Something outside the rules changed the local file.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(app.replicaPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE batches SET qty = qty + 5"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    QVERIFY(app.reopen());
    QCOMPARE(app.state().availability(kMilk).onHand, 15);

    QSignalSpy errors(&app.workspace(), &sync::Workspace::syncError);
    QSignalSpy resets(&app.workspace().replica(), &sync::Replica::reset);
    QVERIFY(app.connectAndSync());
    WorkspaceHarness admin(service);
    QVERIFY(admin.connectAndSync());
    QVERIFY(!admin.submitAndWait(u"receive"_s, receipt(1, u"L2"_s)).contains("error"_L1));
    QTRY_VERIFY(!errors.isEmpty());
    QVERIFY(errors.first().at(0).toString().contains(u"drift"_s));
    QTRY_COMPARE(app.state().availability(kMilk).onHand, 11);
    QVERIFY(app.waitForServiceHead());
    QVERIFY(resets.size() >= 2); // discarded, then the snapshot
    QCOMPARE(sameStock(app.state(), service.service().engine().state()), QString());
}

void TestWorkspace::anotherLedgerReplacesTheReplicaButKeepsTheOutbox()
{
    auto first = std::make_unique<ServiceHarness>();
    QVERIFY(first->start());
    WorkspaceHarness app(*first);
    QVERIFY(app.connectAndSync());
    QVERIFY(app.seedCatalog());
    QVERIFY(!app.submitAndWait(u"receive"_s, receipt(30)).contains("error"_L1));
    const QString oldEpoch = app.workspace().replica().epoch();
    first->stop();
    QTRY_VERIFY(!app.workspace().client().isLive());
    QString error;
    QVERIFY(app.workspace().submit(u"receive"_s, receipt(4, u"L9"_s), &error));

    // The service comes back from another ledger (restored elsewhere, replaced).
    ServiceHarness second;
    QVERIFY(second.start());
    WorkspaceHarness admin(second);
    QVERIFY(admin.connectAndSync());
    QVERIFY(admin.seedCatalog());
    app.workspace().connectTo(second.syncUrl(), ServiceHarness::token(service::Role::Admin),
                              u"test-client-admin"_s);
    QTRY_COMPARE(app.workspace().outbox().pendingCount(), 0);
    QTRY_VERIFY(app.workspace().replica().cursor() >= second.service().engine().head());
    QVERIFY(app.workspace().replica().epoch() != oldEpoch);
    QCOMPARE(app.state().availability(kMilk).onHand, 4);
    QCOMPARE(sameStock(app.state(), second.service().engine().state()), QString());
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
