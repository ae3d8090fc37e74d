#include "WorkspaceHarness.h"

#include "AlertsView.h"
#include "HistoryDialog.h"
#include "InventoryView.h"

#include "items/AlertModel.h"
#include "items/HistoryModel.h"
#include "items/InventoryFilterProxy.h"
#include "items/InventoryModel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::InventoryModel;

// The Inventory and Alerts screens driven like a user would, against a real service, with
// a second client making changes the first one must show.
class TestInventoryView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typingFilters();
    void otherClientsReceiptUpdatesAtp();
    void showCellClearsWhatHidesTheRow();
    void historyOfTheCurrentRow();
    void alertOpensTheRow();

private:
    QString atpShown(views::InventoryView &view, const domain::StockKey &key) const;

    std::unique_ptr<testing::ServiceHarness> m_service;
    std::unique_ptr<testing::WorkspaceHarness> m_app;
    std::unique_ptr<testing::WorkspaceHarness> m_other;
};

namespace {

const domain::StockKey kMilkStore{u"DS-01"_s, u"MILK-1L"_s};
const domain::StockKey kYogurtStore{u"DS-01"_s, u"YOG-500"_s};
const domain::StockKey kBreadWarehouse{u"WH-01"_s, u"BREAD-WH"_s};

QJsonObject receipt(const domain::StockKey &key, qint64 qty, const QString &batch)
{
    return {
        {u"location"_s, key.location},
        {u"sku"_s, key.sku},
        {u"qty"_s, qty},
        {u"batch"_s, batch},
        {u"expiry"_s, QDateTime::currentDateTimeUtc().date().addDays(30).toString(Qt::ISODate)}};
}

using shelfsync::testing::acked;

} // namespace

void TestInventoryView::init()
{
    m_service = std::make_unique<testing::ServiceHarness>();
    QVERIFY(m_service->start());
    m_app = std::make_unique<testing::WorkspaceHarness>(*m_service, service::Role::Viewer);
    QVERIFY(m_app->connectAndSync());
    m_other = std::make_unique<testing::WorkspaceHarness>(*m_service);
    QVERIFY(m_other->connectAndSync());
    QVERIFY(m_other->seedCatalog());
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 12, u"L1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kYogurtStore, 8, u"Y1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kBreadWarehouse, 30, u"B1"_s))));
    QVERIFY(m_app->waitForServiceHead());
}

void TestInventoryView::cleanup()
{
    m_other.reset();
    m_app.reset();
    m_service.reset();
}

QString TestInventoryView::atpShown(views::InventoryView &view, const domain::StockKey &key) const
{
    QAbstractItemModel *model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, InventoryModel::AtpColumn);
        if (index.data(InventoryModel::KeyRole).value<domain::StockKey>() == key)
            return index.data().toString();
    }
    return {};
}

void TestInventoryView::typingFilters()
{
    views::InventoryView view(m_app->workspace());
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAbstractItemModel *shown = view.table()->model();
    QCOMPARE(shown->rowCount(), 3);

    // Ctrl+F goes to the search field from anywhere in the screen.
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(view.searchField()->hasFocus());
    QTest::keyClicks(view.searchField(), u"yog"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, InventoryModel::SkuColumn).data().toString(), u"YOG-500"_s);

    // Enter in the search field goes to the first result.
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    QVERIFY(view.table()->hasFocus());
    QCOMPARE(view.currentCell(), kYogurtStore);

    view.searchField()->clear();
    QCOMPARE(shown->rowCount(), 3);
    view.locationBox()->setCurrentIndex(view.locationBox()->findData(u"WH-01"_s));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(atpShown(view, kBreadWarehouse), u"30"_s);
    view.actions().at(3)->trigger(); // Clear Filters
    QCOMPARE(shown->rowCount(), 3);

    // Only problems: nothing yet; a sell-out shows up at once.
    view.actions().at(2)->trigger();
    QCOMPARE(view.statusBox()->currentData().toInt(),
             int(items::InventoryFilterProxy::StatusFilter::Problems));
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(acked(m_other->submitAndWait(
        u"dispatch"_s,
        {{u"location"_s, kYogurtStore.location}, {u"sku"_s, kYogurtStore.sku}, {u"qty"_s, 8}})));
    QTRY_COMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, InventoryModel::StatusColumn).data().toString(), u"Out"_s);
}

void TestInventoryView::otherClientsReceiptUpdatesAtp()
{
    views::InventoryView view(m_app->workspace());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(atpShown(view, kMilkStore), u"12"_s);

    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 7, u"L2"_s))));
    QTRY_COMPARE(atpShown(view, kMilkStore), u"19"_s);
    // The row is the same row, updated in place, and the change is lit.
    QCOMPARE(view.table()->model()->rowCount(), 3);
    const int row = view.model()->rowOf(kMilkStore);
    QVERIFY(view.model()->index(row, InventoryModel::AtpColumn).data(Qt::BackgroundRole).isValid());

    // A cell that did not exist before appears.
    const domain::StockKey milkWarehouse{u"WH-01"_s, u"MILK-1L"_s};
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(milkWarehouse, 40, u"W1"_s))));
    QTRY_COMPARE(atpShown(view, milkWarehouse), u"40"_s);
}

void TestInventoryView::showCellClearsWhatHidesTheRow()
{
    views::InventoryView view(m_app->workspace());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy current(&view, &views::InventoryView::currentCellChanged);

    view.locationBox()->setCurrentIndex(view.locationBox()->findData(u"DS-01"_s));
    QTest::keyClicks(view.searchField(), u"milk"_s);
    QCOMPARE(view.table()->model()->rowCount(), 1);

    // MILK at DS-01 is visible: the filters stay as they are.
    QVERIFY(view.showCell(kMilkStore));
    QCOMPARE(view.currentCell(), kMilkStore);
    QCOMPARE(view.searchField()->text(), u"milk"_s);
    QCOMPARE(view.proxy()->locationFilter(), u"DS-01"_s);

    // BREAD at WH-01 is hidden by both: both go.
    QVERIFY(view.showCell(kBreadWarehouse));
    QCOMPARE(view.currentCell(), kBreadWarehouse);
    QVERIFY(view.searchField()->text().isEmpty());
    QCOMPARE(view.locationBox()->currentIndex(), 0);
    QVERIFY(view.table()->selectionModel()->isRowSelected(view.table()->currentIndex().row()));
    QCOMPARE(current.last().at(0).value<domain::StockKey>(), kBreadWarehouse);

    QVERIFY(!view.showCell({u"DS-01"_s, u"NO-SUCH"_s}));
}

void TestInventoryView::historyOfTheCurrentRow()
{
    views::InventoryView view(m_app->workspace());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.showCell(kMilkStore));

    // Enter on the row opens its history; it does not block (not modal).
    QTest::keyClick(view.table(), Qt::Key_Return);
    views::HistoryDialog *dialog = view.historyDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->cell(), kMilkStore);
    QTRY_COMPARE(dialog->model()->rowCount(), 1);
    QCOMPARE(dialog->table()->model()->index(0, items::HistoryModel::BatchColumn).data().toString(),
             u"L1"_s);

    // New events for the row arrive on top while it is open.
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 3, u"L2"_s))));
    QTRY_COMPARE(dialog->model()->rowCount(), 2);
    QCOMPARE(dialog->model()->index(0, items::HistoryModel::BatchColumn).data().toString(),
             u"L2"_s);

    // Ctrl+H on another row shows that row's history in the same dialog.
    QVERIFY(view.showCell(kBreadWarehouse));
    view.actions().at(1)->trigger();
    QCOMPARE(view.historyDialog(), dialog);
    QCOMPARE(dialog->cell(), kBreadWarehouse);
    QTRY_COMPARE(dialog->model()->rowCount(), 1);
    QCOMPARE(dialog->model()->index(0, items::HistoryModel::BatchColumn).data().toString(),
             u"B1"_s);
}

void TestInventoryView::alertOpensTheRow()
{
    views::InventoryView inventory(m_app->workspace());
    views::AlertsView alerts(m_app->workspace());
    connect(&alerts, &views::AlertsView::openCellRequested, &inventory,
            &views::InventoryView::showCell);
    inventory.show();
    alerts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&alerts));
    QSignalSpy open(&alerts, &views::AlertsView::openCellRequested);
    QSignalSpy count(&alerts, &views::AlertsView::alertCountChanged);

    // YOG-500 sells out at DS-01: an out-of-stock alert, live.
    QVERIFY(acked(m_other->submitAndWait(
        u"dispatch"_s,
        {{u"location"_s, kYogurtStore.location}, {u"sku"_s, kYogurtStore.sku}, {u"qty"_s, 8}})));
    QTRY_COMPARE(alerts.model()->count(items::AlertKind::OutOfStock), 1);
    QVERIFY(!count.isEmpty());
    QVERIFY(alerts.kindBox()->itemText(1).contains(u"(1)"_s));

    inventory.searchField()->setText(u"bread"_s);
    QTableView *table = alerts.table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(items::AlertModel::KindRole).toInt() ==
            int(items::AlertKind::OutOfStock))
            row = r;
    }
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, items::AlertModel::SkuColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).value<domain::StockKey>(), kYogurtStore);
    QCOMPARE(inventory.currentCell(), kYogurtStore);
    QVERIFY(inventory.searchField()->text().isEmpty());

    // The kind filter narrows the list.
    alerts.kindBox()->setCurrentIndex(1 + int(items::AlertKind::Deadstock));
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(table->model()->index(r, 0).data(items::AlertModel::KindRole).toInt(),
                 int(items::AlertKind::Deadstock));
}

QTEST_MAIN(TestInventoryView)
#include "tst_inventoryview.moc"
