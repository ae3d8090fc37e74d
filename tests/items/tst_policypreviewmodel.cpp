#include "WorkspaceHarness.h"

#include "items/PolicyPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::PolicyPreviewModel;

class TestPolicyPreviewModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidateChangesOnlyTheCandidateColumns();
    void liveEventsRefreshTheirCells();
    void overrideScopeAppliesToOneLocation();
    void defaultScopeLeavesOverridesAlone();
    void selectionAndLocationsChangeRows();
    void resetWithTheReplica();
};

namespace {

using shelfsync::testing::acked;

QJsonObject receipt(const QString &location, const QString &sku, qint64 qty,
                    const QString &batch = u"L1"_s)
{
    return {{u"location"_s, location},
            {u"sku"_s, sku},
            {u"qty"_s, qty},
            {u"batch"_s, batch},
            {u"expiry"_s, u"2031-01-31"_s}};
}

qint64 figure(const PolicyPreviewModel &model, const QString &location, const QString &sku,
              int column)
{
    return model.index(model.rowOf({location, sku}), column).data(Qt::EditRole).toLongLong();
}

domain::PolicyPatch bufferPct(int pct)
{
    domain::PolicyPatch patch;
    patch.bufferPct = pct;
    return patch;
}

// A service with DS-01 and WH-01, three SKUs, and 100 MILK-1L received at DS-01; the
// model's client watches (viewer), an admin client makes the changes.
struct Fixture
{
    testing::ServiceHarness service;
    std::unique_ptr<testing::WorkspaceHarness> admin;
    std::unique_ptr<testing::WorkspaceHarness> app;

    bool start()
    {
        if (!service.start())
            return false;
        admin = std::make_unique<testing::WorkspaceHarness>(service);
        app = std::make_unique<testing::WorkspaceHarness>(service, service::Role::Viewer);
        return admin->connectAndSync() && admin->seedCatalog() &&
               acked(admin->submitAndWait(u"receive"_s, receipt(u"DS-01"_s, u"MILK-1L"_s, 100))) &&
               app->connectAndSync();
    }
    bool run(const QString &op, const QJsonObject &args)
    {
        return acked(admin->submitAndWait(op, args)) && app->waitForServiceHead();
    }
};

} // namespace

void TestPolicyPreviewModel::candidateChangesOnlyTheCandidateColumns()
{
    Fixture f;
    QVERIFY(f.start());
    PolicyPreviewModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSkus({u"MILK-1L"_s});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.keyAt(0), (domain::StockKey{u"DS-01"_s, u"MILK-1L"_s}));
    QCOMPARE(model.keyAt(1), (domain::StockKey{u"WH-01"_s, u"MILK-1L"_s}));
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::AtpColumn), 100);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 100);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCandidate(bufferPct(10));
    // Only DS-01 has stock, so only its row moves, and only from the candidate columns on.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(),
             model.index(0, PolicyPreviewModel::NewBufferColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(0, PolicyPreviewModel::AtpChangeColumn));
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::AtpColumn), 100);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::BufferColumn), 0);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewBufferColumn), 10);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 90);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::AtpChangeColumn), -10);
    QCOMPARE(model.index(0, PolicyPreviewModel::AtpChangeColumn).data().toString(), u"-10"_s);
    QCOMPARE(model.index(0, PolicyPreviewModel::NewAtpColumn).data().toString(), u"90"_s);
    QCOMPARE(figure(model, u"WH-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 0);

    // The same candidate again changes nothing; buffer_min above the percentage wins.
    changed.clear();
    model.setCandidate(bufferPct(10));
    QCOMPARE(changed.size(), 0);
    domain::PolicyPatch both = bufferPct(10);
    both.bufferMin = 25;
    model.setCandidate(both);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 75);
    QCOMPARE(model.candidatePolicy({u"DS-01"_s, u"MILK-1L"_s}).bufferMin, 25);
    // The replica itself is untouched: nothing is saved.
    QCOMPARE(f.app->state().availability({u"DS-01"_s, u"MILK-1L"_s}).atp, 100);
}

void TestPolicyPreviewModel::liveEventsRefreshTheirCells()
{
    Fixture f;
    QVERIFY(f.start());
    PolicyPreviewModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSkus({u"MILK-1L"_s, u"YOG-500"_s});
    model.setCandidate(bufferPct(10));
    QCOMPARE(model.rowCount(), 4);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(f.run(u"receive"_s, receipt(u"DS-01"_s, u"MILK-1L"_s, 50, u"L2"_s)));
    QCOMPARE(changed.size(), 1);
    const int row = model.rowOf({u"DS-01"_s, u"MILK-1L"_s});
    QCOMPARE(changed.first().at(0).toModelIndex(),
             model.index(row, PolicyPreviewModel::SellableColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(row, PolicyPreviewModel::AtpChangeColumn));
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::AtpColumn), 150);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 135);

    // Another SKU's stock is none of this preview's business.
    changed.clear();
    QVERIFY(f.run(u"receive"_s, receipt(u"DS-01"_s, u"BREAD-WH"_s, 5)));
    QCOMPARE(changed.size(), 0);

    // A saved default policy moves the current figures of every cell following it.
    QVERIFY(f.run(u"set_policy"_s, {{u"sku"_s, u"MILK-1L"_s}, {u"buffer_pct"_s, 20}}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::AtpColumn), 120);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 135);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::AtpChangeColumn), 15);
    QCOMPARE(model.index(row, PolicyPreviewModel::AtpChangeColumn).data().toString(), u"+15"_s);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
}

void TestPolicyPreviewModel::overrideScopeAppliesToOneLocation()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.run(u"receive"_s, receipt(u"WH-01"_s, u"MILK-1L"_s, 40)));
    PolicyPreviewModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSkus({u"MILK-1L"_s});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    domain::PolicyPatch patch;
    patch.bufferMin = 5;
    model.setCandidate(patch, u"WH-01"_s);
    // A new scope restyles every row (which ones the candidate applies to) in one signal.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(1, PolicyPreviewModel::ColumnCount - 1));
    const int store = model.rowOf({u"DS-01"_s, u"MILK-1L"_s});
    const int warehouse = model.rowOf({u"WH-01"_s, u"MILK-1L"_s});
    QVERIFY(!model.index(store, 0).data(PolicyPreviewModel::AffectedRole).toBool());
    QVERIFY(model.index(warehouse, 0).data(PolicyPreviewModel::AffectedRole).toBool());
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 100);
    QCOMPARE(figure(model, u"WH-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 35);

    // Typing into the same scope touches only the rows whose figures move.
    changed.clear();
    patch.bufferMin = 8;
    model.setCandidate(patch, u"WH-01"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(),
             model.index(warehouse, PolicyPreviewModel::NewBufferColumn));
    QCOMPARE(figure(model, u"WH-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 32);
}

void TestPolicyPreviewModel::defaultScopeLeavesOverridesAlone()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.run(u"receive"_s, receipt(u"WH-01"_s, u"MILK-1L"_s, 40)));
    PolicyPreviewModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSkus({u"MILK-1L"_s});
    model.setCandidate(bufferPct(10));
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 90);
    QCOMPARE(figure(model, u"WH-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 36);

    // DS-01 gets an override (saved elsewhere): the default no longer reaches it.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(f.run(u"set_policy"_s,
                  {{u"sku"_s, u"MILK-1L"_s}, {u"location"_s, u"DS-01"_s}, {u"buffer_pct"_s, 50}}));
    QCOMPARE(changed.size(), 1);
    const int store = model.rowOf({u"DS-01"_s, u"MILK-1L"_s});
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(store, 0));
    QVERIFY(!model.index(store, 0).data(PolicyPreviewModel::AffectedRole).toBool());
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::AtpColumn), 50);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 50);
    QCOMPARE(figure(model, u"WH-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 36);

    // An override candidate starts from the override in force, like the service does.
    domain::PolicyPatch patch;
    patch.bufferMin = 60;
    model.setCandidate(patch, u"DS-01"_s);
    QCOMPARE(model.candidatePolicy({u"DS-01"_s, u"MILK-1L"_s}).bufferPct, 50);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 40);
}

void TestPolicyPreviewModel::selectionAndLocationsChangeRows()
{
    Fixture f;
    QVERIFY(f.start());
    PolicyPreviewModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSkus({u"MILK-1L"_s});
    model.setSkus({u"MILK-1L"_s, u"YOG-500"_s});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.keyAt(2), (domain::StockKey{u"DS-01"_s, u"YOG-500"_s}));

    // A new location adds one row per SKU, in place.
    inserted.clear();
    QVERIFY(f.run(u"upsert_location"_s, {{u"location"_s, u"DS-02"_s},
                                         {u"name"_s, u"Dark store North"_s},
                                         {u"kind"_s, u"store"_s}}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.keyAt(1), (domain::StockKey{u"DS-02"_s, u"MILK-1L"_s}));
    QCOMPARE(model.keyAt(4), (domain::StockKey{u"DS-02"_s, u"YOG-500"_s}));
    QCOMPARE(model.keyAt(5), (domain::StockKey{u"WH-01"_s, u"YOG-500"_s}));

    model.setSkus({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestPolicyPreviewModel::resetWithTheReplica()
{
    Fixture f;
    QVERIFY(f.start());
    PolicyPreviewModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSkus({u"MILK-1L"_s});
    model.setCandidate(bufferPct(10));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    f.app->workspace().disconnectFromService();
    f.app->workspace().replica().discard();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0); // no locations known any more
    QVERIFY(f.app->connectAndSync());
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(figure(model, u"DS-01"_s, u"MILK-1L"_s, PolicyPreviewModel::NewAtpColumn), 90);
}

QTEST_MAIN(TestPolicyPreviewModel)
#include "tst_policypreviewmodel.moc"
