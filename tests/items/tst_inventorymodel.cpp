#include "WorkspaceHarness.h"

#include "items/InventoryFilterProxy.h"
#include "items/InventoryModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::InventoryModel;

// The inventory model against a real service: a second client's commands arrive as live
// events, and each must reach the view as the smallest signal that says what changed.
class TestInventoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void liveReceiveChangesOneRow();
    void newCellIsInserted();
    void policyChangeCoalescesAdjacentRows();
    void highlightClearsWithOneSignal();
    void snapshotResets();
    void pendingRowsAreItalic();
    void statusAndCover();
    void nextDayRefreshesWithoutHighlight();
    void proxyFiltersAndSortsNumbers();

private:
    std::unique_ptr<testing::ServiceHarness> m_service;
    std::unique_ptr<testing::WorkspaceHarness> m_app;   // the client under test
    std::unique_ptr<testing::WorkspaceHarness> m_other; // another user's app
};

namespace {

const domain::StockKey kMilkStore{u"DS-01"_s, u"MILK-1L"_s};
const domain::StockKey kMilkWarehouse{u"WH-01"_s, u"MILK-1L"_s};
const domain::StockKey kBreadStore{u"DS-01"_s, u"BREAD-WH"_s};

QJsonObject receipt(const domain::StockKey &key, qint64 qty, const QString &batch,
                    int expiresInDays = 60)
{
    return {{u"location"_s, key.location},
            {u"sku"_s, key.sku},
            {u"qty"_s, qty},
            {u"batch"_s, batch},
            {u"expiry"_s,
             QDateTime::currentDateTimeUtc().date().addDays(expiresInDays).toString(Qt::ISODate)}};
}

using shelfsync::testing::acked;

qint64 figure(const InventoryModel &model, const domain::StockKey &key, int column)
{
    return model.index(model.rowOf(key), column).data(InventoryModel::SortRole).toLongLong();
}

} // namespace

void TestInventoryModel::init()
{
    m_service = std::make_unique<testing::ServiceHarness>();
    QVERIFY(m_service->start());
    m_app = std::make_unique<testing::WorkspaceHarness>(*m_service);
    QVERIFY(m_app->connectAndSync());
    QVERIFY(m_app->seedCatalog());
    m_other = std::make_unique<testing::WorkspaceHarness>(*m_service);
    QVERIFY(m_other->connectAndSync());
}

void TestInventoryModel::cleanup()
{
    m_other.reset();
    m_app.reset();
    m_service.reset();
}

void TestInventoryModel::liveReceiveChangesOneRow()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kBreadStore, 4, u"B1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 10, u"L1"_s))));
    QVERIFY(m_app->waitForServiceHead());

    InventoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(kMilkStore);
    QVERIFY(row >= 0);
    QCOMPARE(model.keyAt(row), kMilkStore);
    QCOMPARE(model.index(row, 0).data(InventoryModel::KeyRole).value<domain::StockKey>(),
             kMilkStore);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 12, u"L2"_s))));
    QTRY_COMPARE(figure(model, kMilkStore, InventoryModel::AtpColumn), 22);

    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    // From on hand to ATP: the columns that changed, not the whole row.
    QCOMPARE(topLeft.column(), int(InventoryModel::OnHandColumn));
    QCOMPARE(bottomRight.column(), int(InventoryModel::AtpColumn));
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(Qt::BackgroundRole));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(reset.size(), 0);

    QCOMPARE(model.index(row, InventoryModel::OnHandColumn).data().toString(), u"22"_s);
    QVERIFY(
        model.index(row, InventoryModel::AtpColumn).data(InventoryModel::HighlightRole).toBool());
    QVERIFY(model.index(row, InventoryModel::AtpColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(
        !model.index(row, InventoryModel::SkuColumn).data(InventoryModel::HighlightRole).toBool());
    QVERIFY(!model.index(row, InventoryModel::ReservedColumn).data(Qt::BackgroundRole).isValid());
    // The other row did not change at all.
    QVERIFY(!model.index(model.rowOf(kBreadStore), InventoryModel::OnHandColumn)
                 .data(InventoryModel::HighlightRole)
                 .toBool());
}

void TestInventoryModel::newCellIsInserted()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 10, u"L1"_s))));
    QVERIFY(m_app->waitForServiceHead());
    InventoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkWarehouse, 30, u"W1"_s))));
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.keyAt(1), kMilkWarehouse);
    QCOMPARE(model.index(1, InventoryModel::NameColumn).data().toString(), u"Whole milk 1 l"_s);
    QCOMPARE(model.index(1, InventoryModel::CategoryColumn).data().toString(), u"dairy"_s);
    QCOMPARE(figure(model, kMilkWarehouse, InventoryModel::AtpColumn), 30);
    // A new row is new in every column.
    QVERIFY(model.index(1, InventoryModel::SkuColumn).data(InventoryModel::HighlightRole).toBool());
}

void TestInventoryModel::policyChangeCoalescesAdjacentRows()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 10, u"L1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkWarehouse, 30, u"W1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kBreadStore, 4, u"B1"_s))));
    QVERIFY(m_app->waitForServiceHead());
    InventoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Rows start in (location, SKU) order: BREAD and MILK at DS-01, then MILK at WH-01.
    QCOMPARE(model.rowOf(kBreadStore), 0);
    QCOMPARE(model.rowOf(kMilkStore), 1);
    QCOMPARE(model.rowOf(kMilkWarehouse), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // The SKU's default policy: both MILK cells, adjacent rows, one signal for both.
    QVERIFY(acked(
        m_other->submitAndWait(u"set_policy"_s, {{u"sku"_s, u"MILK-1L"_s}, {u"buffer_min"_s, 2}})));
    QTRY_COMPARE(figure(model, kMilkWarehouse, InventoryModel::BufferColumn), 2);
    QCOMPARE(figure(model, kMilkStore, InventoryModel::AtpColumn), 8);
    QCOMPARE(figure(model, kMilkWarehouse, InventoryModel::AtpColumn), 28);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(InventoryModel::BufferColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(InventoryModel::AtpColumn));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(figure(model, kBreadStore, InventoryModel::BufferColumn), 0);
}

void TestInventoryModel::highlightClearsWithOneSignal()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 10, u"L1"_s))));
    QVERIFY(m_app->waitForServiceHead());
    InventoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHighlightDuration(150);
    const QModelIndex atp = model.index(0, InventoryModel::AtpColumn);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 5, u"L2"_s))));
    QTRY_VERIFY(atp.data(InventoryModel::HighlightRole).toBool());
    QTRY_VERIFY(!atp.data(InventoryModel::HighlightRole).toBool());
    QVERIFY(!atp.data(Qt::BackgroundRole).isValid());
    QCOMPARE(changed.size(), 2);
    const auto roles = changed.last().at(2).value<QList<int>>();
    QCOMPARE(roles, (QList<int>{Qt::BackgroundRole, InventoryModel::HighlightRole}));
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.last().at(1).toModelIndex().row(), 0);
}

void TestInventoryModel::snapshotResets()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 10, u"L1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kBreadStore, 4, u"B1"_s))));

    // A third app on an empty replica: its first connection brings a snapshot.
    testing::WorkspaceHarness fresh(*m_service);
    InventoryModel model(fresh.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(fresh.connectAndSync());
    QVERIFY(reset.size() >= 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(figure(model, kMilkStore, InventoryModel::OnHandColumn), 10);
    // A snapshot is not a change to point at.
    QVERIFY(!model.index(model.rowOf(kMilkStore), InventoryModel::OnHandColumn)
                 .data(InventoryModel::HighlightRole)
                 .toBool());
}

void TestInventoryModel::pendingRowsAreItalic()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 10, u"L1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kBreadStore, 4, u"B1"_s))));
    QVERIFY(m_app->waitForServiceHead());
    InventoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOf(kMilkStore);
    const QModelIndex sku = model.index(row, InventoryModel::SkuColumn);
    QVERIFY(!sku.data(Qt::FontRole).value<QFont>().italic());

    m_app->workspace().disconnectFromService();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QString error;
    QVERIFY(m_app->workspace().submit(u"receive"_s, receipt(kMilkStore, 3, u"L3"_s), &error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(row, InventoryModel::ColumnCount - 1));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::FontRole));
    QVERIFY(sku.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(sku.data(InventoryModel::PendingRole).toInt(), 1);
    QVERIFY(sku.data(Qt::ToolTipRole).toString().contains(u"waiting to be sent"_s));
    // Only the pending row: the other one is untouched.
    QVERIFY(!model.index(model.rowOf(kBreadStore), InventoryModel::SkuColumn)
                 .data(Qt::FontRole)
                 .value<QFont>()
                 .italic());

    QVERIFY(m_app->connectAndSync());
    QTRY_COMPARE(sku.data(InventoryModel::PendingRole).toInt(), 0);
    QVERIFY(!sku.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(figure(model, kMilkStore, InventoryModel::OnHandColumn), 13);
}

void TestInventoryModel::statusAndCover()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 40, u"L1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kBreadStore, 6, u"B1"_s, 2))));
    QVERIFY(m_app->waitForServiceHead());
    InventoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_service->clock.now(); });
    const QModelIndex milkStatus =
        model.index(model.rowOf(kMilkStore), InventoryModel::StatusColumn);
    const QModelIndex milkCover = model.index(model.rowOf(kMilkStore), InventoryModel::CoverColumn);
    QCOMPARE(milkStatus.data().toString(), u"OK"_s);
    QCOMPARE(milkCover.data().toString(), u"\u2014"_s);
    QCOMPARE(model.index(model.rowOf(kBreadStore), InventoryModel::StatusColumn).data().toString(),
             u"Expiring"_s);

    // 35 sold today: 5 a day over 7 days, 5 left, one day of cover: low.
    QVERIFY(acked(m_other->submitAndWait(
        u"dispatch"_s,
        {{u"location"_s, kMilkStore.location}, {u"sku"_s, kMilkStore.sku}, {u"qty"_s, 35}})));
    QTRY_COMPARE(milkStatus.data(InventoryModel::StatusRole).toInt(), int(items::StockStatus::Low));
    QCOMPARE(milkCover.data(InventoryModel::SortRole).toDouble(), 1.0);
    QCOMPARE(milkCover.data().toString(), QLocale().toString(1.0, 'f', 1));
    QVERIFY(milkStatus.data(Qt::ToolTipRole).toString().contains(u"cover"_s));

    QVERIFY(acked(m_other->submitAndWait(
        u"dispatch"_s,
        {{u"location"_s, kMilkStore.location}, {u"sku"_s, kMilkStore.sku}, {u"qty"_s, 5}})));
    QTRY_COMPARE(milkStatus.data().toString(), u"Out"_s);
}

void TestInventoryModel::nextDayRefreshesWithoutHighlight()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 40, u"L1"_s, 5))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kBreadStore, 6, u"B1"_s, 60))));
    QVERIFY(m_app->waitForServiceHead());
    QDateTime now = m_service->clock.now();
    InventoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([&now] { return now; });
    const QModelIndex status = model.index(model.rowOf(kMilkStore), InventoryModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"OK"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now = now.addSecs(60);
    model.refreshIfNewDay(); // same day (or just past midnight: then a real change)
    const qsizetype sameDay = changed.size();
    now = now.addDays(2);
    model.refreshIfNewDay();
    QCOMPARE(status.data().toString(), u"Expiring"_s);
    QCOMPARE(changed.size(), sameDay + 1);
    QCOMPARE(changed.last().at(0).toModelIndex(), status);
    QCOMPARE(changed.last().at(1).toModelIndex(), status);
    QVERIFY(!status.data(InventoryModel::HighlightRole).toBool());
}

void TestInventoryModel::proxyFiltersAndSortsNumbers()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 100, u"L1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkWarehouse, 9, u"W1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kBreadStore, 20, u"B1"_s))));
    QVERIFY(m_app->waitForServiceHead());
    InventoryModel model(m_app->workspace());
    items::InventoryFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Numbers sort as numbers: 9 < 20 < 100 (as text, "100" < "20" < "9").
    proxy.sort(InventoryModel::OnHandColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, InventoryModel::OnHandColumn).data(InventoryModel::SortRole).toInt(),
             9);
    QCOMPARE(proxy.index(2, InventoryModel::OnHandColumn).data(InventoryModel::SortRole).toInt(),
             100);

    proxy.setSearchText(u"milk"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(u"  BAKERY  "_s); // category, any case
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QLatin1StringView(testing::WorkspaceHarness::kYogurtGtin));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QLatin1StringView(testing::WorkspaceHarness::kMilkGtin).right(6));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(u"whole DS-0"_s); // every word must match somewhere: not the location
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());

    proxy.setLocationFilter(u"WH-01"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setLocationFilter(QString());
    QVERIFY(!proxy.hasFilter());

    // A live change re-filters: MILK at WH-01 sells out and joins the problems.
    proxy.setStatusFilter(items::InventoryFilterProxy::StatusFilter::Problems);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(acked(m_other->submitAndWait(u"dispatch"_s, {{u"location"_s, kMilkWarehouse.location},
                                                         {u"sku"_s, kMilkWarehouse.sku},
                                                         {u"qty"_s, 9}})));
    QTRY_COMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(InventoryModel::KeyRole).value<domain::StockKey>(),
             kMilkWarehouse);
    proxy.setStatusFilter(items::InventoryFilterProxy::StatusFilter::Out);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStatusFilter(items::InventoryFilterProxy::StatusFilter::Ok);
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
