#include "WorkspaceHarness.h"

#include "domain/JsonFormat.h"
#include "items/AlertModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::AlertKind;
using items::AlertModel;
using items::AlertSeverity;

// The alerts against a real service: another client's commands arrive live, and only the
// touched cell's alerts change, each with its own insert, removal or change signal.
class TestAlertModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void expiringBatchBecomesOutOfStock();
    void changedTextIsOneDataChanged();
    void ordersAtRisk();
    void deadstockCandidate();
    void snapshotResets();

private:
    int rowOf(const AlertModel &model, const domain::StockKey &key, AlertKind kind) const;

    std::unique_ptr<testing::ServiceHarness> m_service;
    std::unique_ptr<testing::WorkspaceHarness> m_app;
    std::unique_ptr<testing::WorkspaceHarness> m_other;
};

namespace {

const domain::StockKey kMilkStore{u"DS-01"_s, u"MILK-1L"_s};
const domain::StockKey kBreadWarehouse{u"WH-01"_s, u"BREAD-WH"_s};
const domain::StockKey kYogurtStore{u"DS-01"_s, u"YOG-500"_s};

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

QJsonObject receipt(const domain::StockKey &key, qint64 qty, const QString &batch,
                    int expiresInDays)
{
    return {{u"location"_s, key.location},
            {u"sku"_s, key.sku},
            {u"qty"_s, qty},
            {u"batch"_s, batch},
            {u"expiry"_s, today().addDays(expiresInDays).toString(Qt::ISODate)}};
}

QJsonObject cellArgs(const domain::StockKey &key, QJsonObject more)
{
    more.insert(u"location"_s, key.location);
    more.insert(u"sku"_s, key.sku);
    return more;
}

using shelfsync::testing::acked;

} // namespace

void TestAlertModel::init()
{
    m_service = std::make_unique<testing::ServiceHarness>();
    QVERIFY(m_service->start());
    m_app = std::make_unique<testing::WorkspaceHarness>(*m_service);
    QVERIFY(m_app->connectAndSync());
    QVERIFY(m_app->seedCatalog());
    m_other = std::make_unique<testing::WorkspaceHarness>(*m_service);
    QVERIFY(m_other->connectAndSync());
}

void TestAlertModel::cleanup()
{
    m_other.reset();
    m_app.reset();
    m_service.reset();
}

int TestAlertModel::rowOf(const AlertModel &model, const domain::StockKey &key,
                          AlertKind kind) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.alertAt(row).key == key && model.alertAt(row).kind == kind)
            return row;
    }
    return -1;
}

void TestAlertModel::expiringBatchBecomesOutOfStock()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 5, u"L1"_s, 2))));
    QVERIFY(m_app->waitForServiceHead());
    AlertModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_service->clock.now(); });

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.alertAt(0).kind, AlertKind::Expiring);
    QCOMPARE(model.alertAt(0).severity, AlertSeverity::Warning);
    QCOMPARE(model.index(0, 0).data(AlertModel::KeyRole).value<domain::StockKey>(), kMilkStore);
    QCOMPARE(model.index(0, 0).data(AlertModel::BatchRole).toString(), u"L1"_s);
    QCOMPARE(model.index(0, AlertModel::NameColumn).data().toString(), u"Whole milk 1 l"_s);
    QVERIFY(model.index(0, AlertModel::DetailsColumn).data().toString().contains(u"L1"_s));
    QCOMPARE(model.count(AlertKind::Expiring), 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy counts(&model, &AlertModel::countsChanged);
    QVERIFY(acked(m_other->submitAndWait(u"dispatch"_s, cellArgs(kMilkStore, {{u"qty"_s, 5}}))));
    QTRY_COMPARE(model.count(AlertKind::OutOfStock), 1);
    QCOMPARE(model.count(AlertKind::Expiring), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.alertAt(0).severity, AlertSeverity::Critical);
    QCOMPARE(model.index(0, AlertModel::KindColumn).data().toString(), u"Out of stock"_s);
}

void TestAlertModel::changedTextIsOneDataChanged()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 3, u"L1"_s, 60))));
    // Sold today, so the batches are not "will not sell before expiry" candidates.
    QVERIFY(acked(m_other->submitAndWait(u"dispatch"_s, cellArgs(kMilkStore, {{u"qty"_s, 1}}))));
    QVERIFY(acked(m_other->submitAndWait(u"set_policy"_s,
                                         {{u"sku"_s, kMilkStore.sku}, {u"low_stock"_s, 10}})));
    QVERIFY(m_app->waitForServiceHead());
    AlertModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_service->clock.now(); });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.alertAt(0).kind, AlertKind::LowStock);
    const QString before = model.alertAt(0).text;
    QVERIFY2(before.startsWith(u"2 available"_s), qPrintable(before));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(&model, &AlertModel::countsChanged);
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 2, u"L1"_s, 60))));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
    QVERIFY(model.alertAt(0).text.startsWith(u"4 available"_s));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(counts.size(), 0); // same alerts, new words
}

void TestAlertModel::ordersAtRisk()
{
    AlertModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_service->clock.now(); });
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kBreadWarehouse, 10, u"B1"_s, 60))));
    QVERIFY(
        acked(m_other->submitAndWait(u"dispatch"_s, cellArgs(kBreadWarehouse, {{u"qty"_s, 2}}))));
    QVERIFY(acked(m_other->submitAndWait(
        u"commit"_s, cellArgs(kBreadWarehouse, {{u"qty"_s, 6}, {u"channel"_s, u"web"_s}}))));
    QVERIFY(m_app->waitForServiceHead());
    QCOMPARE(model.count(AlertKind::AtRisk), 0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // A count finds 4: the order of 6 is no longer covered.
    QVERIFY(acked(m_other->submitAndWait(
        u"adjust"_s,
        cellArgs(kBreadWarehouse,
                 {{u"batch"_s, u"B1"_s}, {u"counted"_s, 4}, {u"reason"_s, u"count"_s}}))));
    QTRY_COMPARE(model.count(AlertKind::AtRisk), 1);
    QCOMPARE(reset.size(), 0);
    const int row = rowOf(model, kBreadWarehouse, AlertKind::AtRisk);
    QVERIFY(row >= 0);
    QCOMPARE(model.alertAt(row).severity, AlertSeverity::Critical);
    QVERIFY(model.alertAt(row).text.contains(u"1 order"_s));
    // At risk says more than "out of stock", so the cell does not get both.
    QCOMPARE(model.count(AlertKind::OutOfStock), 0);
}

void TestAlertModel::deadstockCandidate()
{
    QJsonObject old = receipt(kYogurtStore, 20, u"Y-OLD"_s, 90);
    old.insert(u"received_at"_s, domain::formatTime(m_service->clock.now().addDays(-40)));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, old)));
    QVERIFY(m_app->waitForServiceHead());
    AlertModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_service->clock.now(); });
    const int row = rowOf(model, kYogurtStore, AlertKind::Deadstock);
    QVERIFY(row >= 0);
    QCOMPARE(model.alertAt(row).batch, u"Y-OLD"_s);
    QCOMPARE(model.alertAt(row).severity, AlertSeverity::Warning);
    QVERIFY2(model.alertAt(row).text.contains(u"40 days old"_s),
             qPrintable(model.alertAt(row).text));

    // Written off: the alert goes, and only it.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(acked(m_other->submitAndWait(
        u"write_off"_s,
        cellArgs(kYogurtStore, {{u"batch"_s, u"Y-OLD"_s}, {u"reason"_s, u"donated"_s}}))));
    QTRY_COMPARE(model.count(AlertKind::Deadstock), 0);
    QCOMPARE(removed.size(), 1);
    // ... and the empty shelf is now out of stock.
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.count(AlertKind::OutOfStock), 1);
}

void TestAlertModel::snapshotResets()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 5, u"L1"_s, 2))));
    testing::WorkspaceHarness fresh(*m_service);
    AlertModel model(fresh.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(fresh.connectAndSync());
    QVERIFY(reset.size() >= 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.count(AlertKind::Expiring), 1);
}

QTEST_MAIN(TestAlertModel)
#include "tst_alertmodel.moc"
