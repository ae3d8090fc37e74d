#include "WorkspaceHarness.h"

#include "items/PolicyModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::PolicyModel;

class TestPolicyModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheCatalogue();
    void policyChangeUpdatesOnlyItsRow();
    void catchUpCoalescesNeighbouringRows();
    void newSkuIsInsertedInOrder();
    void pendingRowsAreItalic();
    void resetOnlyWhenTheReplicaIsSwapped();
    void proxyFiltersBySearchAndCategory();
};

namespace {

using shelfsync::testing::acked;

QVariant cell(const PolicyModel &model, const QString &sku, int column, int role = Qt::EditRole)
{
    return model.index(model.rowOf(sku), column).data(role);
}

} // namespace

void TestPolicyModel::rowsFollowTheCatalogue()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service);
    QVERIFY(app.connectAndSync());
    QVERIFY(app.seedCatalog());

    PolicyModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.skuAt(0), u"BREAD-WH"_s);
    QCOMPARE(model.skuAt(1), u"MILK-1L"_s);
    QCOMPARE(model.skuAt(2), u"YOG-500"_s);
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::NameColumn).toString(), u"Whole milk 1 l"_s);
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::CategoryColumn).toString(), u"dairy"_s);
    // DESIGN.md's defaults: buffer off, locks on with a 600 s TTL, no per-hold limit, 24 h.
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::BufferPctColumn).toInt(), 0);
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::LockEnabledColumn, Qt::DisplayRole),
             QVariant(u"On"_s));
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::LockTtlColumn).toInt(), 600);
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::LockMaxQtyColumn, Qt::DisplayRole),
             QVariant(u"no limit"_s));
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::HideBeforeExpiryColumn).toInt(), 24);
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::OverridesColumn).toInt(), 0);
    QCOMPARE(model.categories(), (QStringList{u"bakery"_s, u"dairy"_s}));
}

void TestPolicyModel::policyChangeUpdatesOnlyItsRow()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness admin(service);
    QVERIFY(admin.connectAndSync());
    QVERIFY(admin.seedCatalog());
    // The model's client only watches: its own outbox stays empty, so every signal below
    // comes from the live events.
    testing::WorkspaceHarness app(service, service::Role::Viewer);
    QVERIFY(app.connectAndSync());

    PolicyModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(acked(admin.submitAndWait(
        u"set_policy"_s,
        {{u"sku"_s, u"MILK-1L"_s}, {u"buffer_pct"_s, 10}, {u"lock_max_qty"_s, 4}})));
    QVERIFY(app.waitForServiceHead());
    QCOMPARE(changed.size(), 1);
    const int milk = model.rowOf(u"MILK-1L"_s);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(milk, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(milk, PolicyModel::ColumnCount - 1));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::DisplayRole));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::BufferPctColumn).toInt(), 10);
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::BufferPctColumn, Qt::DisplayRole),
             QVariant(u"10 %"_s));
    QCOMPARE(cell(model, u"MILK-1L"_s, PolicyModel::LockMaxQtyColumn).toLongLong(), 4);

    // An override changes its SKU's row (the count), never the default shown.
    changed.clear();
    QVERIFY(acked(admin.submitAndWait(
        u"set_policy"_s,
        {{u"sku"_s, u"YOG-500"_s}, {u"location"_s, u"DS-01"_s}, {u"lock_enabled"_s, false}})));
    QVERIFY(app.waitForServiceHead());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(u"YOG-500"_s));
    QCOMPARE(cell(model, u"YOG-500"_s, PolicyModel::OverridesColumn).toInt(), 1);
    QCOMPARE(cell(model, u"YOG-500"_s, PolicyModel::LockEnabledColumn).toBool(), true);
    QCOMPARE(reset.size(), 0);
}

void TestPolicyModel::catchUpCoalescesNeighbouringRows()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness admin(service);
    QVERIFY(admin.connectAndSync());
    QVERIFY(admin.seedCatalog());
    testing::WorkspaceHarness merchandiser(service, service::Role::Merchandiser);
    QVERIFY(merchandiser.connectAndSync());
    merchandiser.workspace().disconnectFromService();

    PolicyModel model(merchandiser.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Two neighbouring rows change while this client is away; the catch-up brings both
    // in one message, and the model announces them as one range.
    for (const QString &sku : {u"BREAD-WH"_s, u"MILK-1L"_s})
        QVERIFY(
            acked(admin.submitAndWait(u"set_policy"_s, {{u"sku"_s, sku}, {u"low_stock"_s, 7}})));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(merchandiser.connectAndSync());
    QTRY_COMPARE(cell(model, u"MILK-1L"_s, PolicyModel::LowStockColumn).toInt(), 7);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, PolicyModel::ColumnCount - 1));
    QCOMPARE(reset.size(), 0);
}

void TestPolicyModel::newSkuIsInsertedInOrder()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness admin(service);
    QVERIFY(admin.connectAndSync());
    QVERIFY(admin.seedCatalog());
    testing::WorkspaceHarness app(service, service::Role::Viewer);
    QVERIFY(app.connectAndSync());

    PolicyModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy categories(&model, &PolicyModel::categoriesChanged);
    QVERIFY(acked(admin.submitAndWait(u"upsert_sku"_s, {{u"sku"_s, u"CHEESE-200"_s},
                                                        {u"name"_s, u"Cheddar 200 g"_s},
                                                        {u"category"_s, u"cheese"_s}})));
    QVERIFY(app.waitForServiceHead());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1); // after BREAD-WH, before MILK-1L
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.skuAt(1), u"CHEESE-200"_s);
    QCOMPARE(model.rowOf(u"MILK-1L"_s), 2);
    QCOMPARE(categories.size(), 1);
    QVERIFY(model.categories().contains(u"cheese"_s));

    // Renaming it changes its row in place.
    QVERIFY(acked(admin.submitAndWait(u"upsert_sku"_s, {{u"sku"_s, u"CHEESE-200"_s},
                                                        {u"name"_s, u"Mature cheddar 200 g"_s},
                                                        {u"category"_s, u"cheese"_s}})));
    QVERIFY(app.waitForServiceHead());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(cell(model, u"CHEESE-200"_s, PolicyModel::NameColumn).toString(),
             u"Mature cheddar 200 g"_s);
}

void TestPolicyModel::pendingRowsAreItalic()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service, service::Role::Merchandiser);
    testing::WorkspaceHarness admin(service);
    QVERIFY(admin.connectAndSync());
    QVERIFY(admin.seedCatalog());
    QVERIFY(app.connectAndSync());
    app.workspace().disconnectFromService();

    PolicyModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QString error;
    QVERIFY(app.workspace().submit(u"set_policy"_s,
                                   {{u"sku"_s, u"YOG-500"_s}, {u"buffer_min"_s, 3}}, &error));
    QCOMPARE(changed.size(), 1);
    const int yogurt = model.rowOf(u"YOG-500"_s);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), yogurt);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::FontRole));
    QVERIFY(model.index(yogurt, 0).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(yogurt, 0).data(Qt::ToolTipRole).toString(),
             u"1 change(s) waiting to be sent"_s);
    QCOMPARE(model.index(yogurt, 0).data(PolicyModel::PendingRole).toInt(), 1);
    QVERIFY(!model.index(model.rowOf(u"MILK-1L"_s), 0).data(Qt::FontRole).isValid());

    QVERIFY(app.connectAndSync());
    QTRY_COMPARE(model.index(yogurt, 0).data(PolicyModel::PendingRole).toInt(), 0);
    QVERIFY(!model.index(yogurt, 0).data(Qt::FontRole).isValid());
    QTRY_COMPARE(cell(model, u"YOG-500"_s, PolicyModel::BufferMinColumn).toInt(), 3);
}

void TestPolicyModel::resetOnlyWhenTheReplicaIsSwapped()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service);
    QVERIFY(app.connectAndSync());
    QVERIFY(app.seedCatalog());

    PolicyModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    app.workspace().disconnectFromService();
    app.workspace().replica().discard(); // drift: the state is dropped for a new snapshot
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(app.connectAndSync());
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.skuAt(2), u"YOG-500"_s);
}

void TestPolicyModel::proxyFiltersBySearchAndCategory()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service);
    QVERIFY(app.connectAndSync());
    QVERIFY(app.seedCatalog());

    PolicyModel model(app.workspace());
    items::PolicyFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(u"  milk "_s); // matches the name too: "Whole milk 1 l"
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(PolicyModel::SkuRole).toString(), u"MILK-1L"_s);
    proxy.setSearchText(u"greek"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(PolicyModel::SkuRole).toString(), u"YOG-500"_s);
    proxy.setSearchText({});
    proxy.setCategory(u"dairy"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(u"bread"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setCategory({});
    QCOMPARE(proxy.rowCount(), 1);

    // Sorting uses raw numbers, not their text.
    proxy.setSearchText({});
    QVERIFY(acked(
        app.submitAndWait(u"set_policy"_s, {{u"sku"_s, u"BREAD-WH"_s}, {u"buffer_pct"_s, 9}})));
    QVERIFY(acked(
        app.submitAndWait(u"set_policy"_s, {{u"sku"_s, u"YOG-500"_s}, {u"buffer_pct"_s, 10}})));
    proxy.sort(PolicyModel::BufferPctColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(PolicyModel::SkuRole).toString(), u"YOG-500"_s);
    QCOMPARE(proxy.index(1, 0).data(PolicyModel::SkuRole).toString(), u"BREAD-WH"_s);
}

QTEST_MAIN(TestPolicyModel)
#include "tst_policymodel.moc"
