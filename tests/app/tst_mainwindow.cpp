#include "ScannerInput.h"
#include "WorkspaceHarness.h"

#include "BatchesView.h"
#include "ChartsView.h"
#include "DashboardView.h"
#include "InventoryView.h"
#include "MainWindow.h"
#include "OutboxView.h"
#include "PoliciesView.h"
#include "ReceivingView.h"

#include "CommandEngine.h"
#include "items/InventoryModel.h"
#include "items/OutboxModel.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::InventoryModel;
using testing::ServiceHarness;
using testing::WorkspaceHarness;

// The whole app, as its users drive it: two main windows on one real service, the
// scanner at the dock, the merchandiser's buffer, a dock with the service down, and an
// offline command the service refuses.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scannedReceiptShowsInAnotherClientsInventory();
    void bufferSetInTheEditorLowersAtpInBothClients();
    void offlineReceiptIsPendingThenAppliedOnce();
    void offlineRejectionAppearsInConflicts();
    void noTwoActionsShareAShortcutOnAnyScreen();
    void plannerScreensOpenTheRowsBehind();

private:
    // The value a user reads in a window's Inventory row.
    static QVariant inventoryValue(app::MainWindow &window, const domain::StockKey &key, int column,
                                   int role = InventoryModel::SortRole);
    void scan(app::MainWindow &window, const QString &text);

    std::unique_ptr<ServiceHarness> m_service;
    std::unique_ptr<WorkspaceHarness> m_manager;
    std::unique_ptr<WorkspaceHarness> m_merchandiser;
    std::unique_ptr<app::MainWindow> m_dock;   // the receiving dock's app (manager)
    std::unique_ptr<app::MainWindow> m_office; // the merchandiser's app
};

namespace {

const domain::StockKey kMilk{u"DS-01"_s, u"MILK-1L"_s};
constexpr QChar kGroupSeparator(0x1D);

// A GS1 DataMatrix as a scanner types it: symbology prefix, GTIN, batch (variable length,
// so FNC1 follows as GS), expiry YYMMDD, count.
QString dataMatrix(const QString &batch, const QDate &expiry, int count)
{
    return u"]d201"_s + QLatin1StringView(WorkspaceHarness::kMilkGtin) + u"10"_s + batch +
           kGroupSeparator + u"17"_s + expiry.toString(u"yyMMdd"_s) + u"30"_s +
           QString::number(count);
}

} // namespace

void TestMainWindow::init()
{
    m_service = std::make_unique<ServiceHarness>();
    QVERIFY(m_service->start());
    m_manager = std::make_unique<WorkspaceHarness>(*m_service, service::Role::Manager);
    m_merchandiser = std::make_unique<WorkspaceHarness>(*m_service, service::Role::Merchandiser);
    WorkspaceHarness admin(*m_service);
    QVERIFY(admin.connectAndSync());
    QVERIFY(admin.seedCatalog());
    QVERIFY(m_manager->connectAndSync());
    QVERIFY(m_merchandiser->connectAndSync());
    m_dock = std::make_unique<app::MainWindow>(m_manager->workspace());
    m_office = std::make_unique<app::MainWindow>(m_merchandiser->workspace());
    m_dock->show();
    m_office->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
}

void TestMainWindow::cleanup()
{
    m_dock.reset();
    m_office.reset();
    m_manager.reset();
    m_merchandiser.reset();
    m_service.reset();
}

QVariant TestMainWindow::inventoryValue(app::MainWindow &window, const domain::StockKey &key,
                                        int column, int role)
{
    InventoryModel *model = window.inventory()->model();
    const int row = model->rowOf(key);
    return row < 0 ? QVariant() : model->index(row, column).data(role);
}

void TestMainWindow::scan(app::MainWindow &window, const QString &text)
{
    window.receiving()->setLocation(kMilk.location);
    auto *field = window.receiving()->findChild<QLineEdit *>(u"scanField"_s);
    QVERIFY(field);
    field->setFocus();
    testing::typeScan(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestMainWindow::scannedReceiptShowsInAnotherClientsInventory()
{
    const QDate expiry = QDate::currentDate().addDays(30);
    scan(*m_dock, dataMatrix(u"L2611"_s, expiry, 24));
    QTRY_COMPARE(inventoryValue(*m_office, kMilk, InventoryModel::AtpColumn).toLongLong(), 24);
    QCOMPARE(inventoryValue(*m_office, kMilk, InventoryModel::OnHandColumn).toLongLong(), 24);
    const domain::Cell *cell = m_service->service().engine().state().cell(kMilk);
    QVERIFY(cell);
    QCOMPARE(cell->batches.size(), 1);
    QCOMPARE(cell->batches.first().id, u"L2611"_s);
    QCOMPARE(cell->batches.first().expiry, expiry);
}

void TestMainWindow::bufferSetInTheEditorLowersAtpInBothClients()
{
    scan(*m_dock, dataMatrix(u"L1"_s, QDate::currentDate().addDays(60), 100));
    QTRY_COMPARE(inventoryValue(*m_office, kMilk, InventoryModel::AtpColumn).toLongLong(), 100);

    views::PoliciesView *policies = m_office->policies();
    policies->showSku(kMilk.sku);
    auto *buffer = policies->findChild<QSpinBox *>(u"bufferPct"_s);
    QVERIFY(buffer);
    QVERIFY(buffer->isEnabled());
    buffer->setFocus();
    buffer->selectAll();
    QTest::keyClicks(buffer, u"10"_s);
    QTRY_COMPARE(buffer->value(), 10);
    QVERIFY(policies->save());
    QTRY_COMPARE(inventoryValue(*m_office, kMilk, InventoryModel::AtpColumn).toLongLong(), 90);
    QTRY_COMPARE(inventoryValue(*m_dock, kMilk, InventoryModel::AtpColumn).toLongLong(), 90);
    QCOMPARE(inventoryValue(*m_dock, kMilk, InventoryModel::BufferColumn).toLongLong(), 10);
}

void TestMainWindow::offlineReceiptIsPendingThenAppliedOnce()
{
    scan(*m_dock, dataMatrix(u"L1"_s, QDate::currentDate().addDays(20), 5));
    QTRY_COMPARE(inventoryValue(*m_dock, kMilk, InventoryModel::OnHandColumn).toLongLong(), 5);

    m_service->stop();
    QTRY_VERIFY(!m_manager->workspace().client().isLive());
    scan(*m_dock, dataMatrix(u"L2"_s, QDate::currentDate().addDays(25), 7));
    QTRY_COMPARE(m_manager->workspace().outbox().pendingCount(), 1);
    QVERIFY(
        inventoryValue(*m_dock, kMilk, InventoryModel::OnHandColumn, InventoryModel::PendingRole)
            .toInt() > 0);
    QVERIFY(inventoryValue(*m_dock, kMilk, InventoryModel::OnHandColumn, Qt::FontRole)
                .value<QFont>()
                .italic());
    // The service's figures stay until the service has decided.
    QCOMPARE(inventoryValue(*m_dock, kMilk, InventoryModel::OnHandColumn).toLongLong(), 5);

    QVERIFY(m_service->start());
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->workspace().client().isLive(), 20'000);
    QTRY_COMPARE(m_manager->workspace().outbox().pendingCount(), 0);
    QTRY_COMPARE(inventoryValue(*m_dock, kMilk, InventoryModel::OnHandColumn).toLongLong(), 12);
    QCOMPARE(
        inventoryValue(*m_dock, kMilk, InventoryModel::OnHandColumn, InventoryModel::PendingRole)
            .toInt(),
        0);
    QCOMPARE(m_service->service().engine().state().availability(kMilk).onHand, 12);
}

void TestMainWindow::offlineRejectionAppearsInConflicts()
{
    scan(*m_dock, dataMatrix(u"L1"_s, QDate::currentDate().addDays(20), 3));
    QTRY_COMPARE(inventoryValue(*m_dock, kMilk, InventoryModel::OnHandColumn).toLongLong(), 3);
    m_manager->workspace().disconnectFromService();

    // Offline, the manager writes off more than the batch still holds (others sold it).
    QString error;
    QVERIFY(m_manager->workspace().submit(u"write_off"_s,
                                          {{u"location"_s, kMilk.location},
                                           {u"sku"_s, kMilk.sku},
                                           {u"batch"_s, u"L1"_s},
                                           {u"qty"_s, 8},
                                           {u"reason"_s, u"damaged"_s}},
                                          &error));
    QVERIFY(!m_dock->outboxDock()->isVisible());
    QVERIFY(m_manager->connectAndSync());
    QTRY_VERIFY(m_dock->outboxDock()->isVisible());
    QAbstractItemModel *conflicts = m_dock->outbox()->table()->model();
    QTRY_COMPARE(conflicts->rowCount(), 1);
    QCOMPARE(conflicts->index(0, items::OutboxModel::StateColumn).data().toString(), u"Rejected"_s);
    QVERIFY(!conflicts->index(0, items::OutboxModel::ReasonColumn).data().toString().isEmpty());
    QCOMPARE(m_service->service().engine().state().availability(kMilk).onHand, 3);
}

void TestMainWindow::noTwoActionsShareAShortcutOnAnyScreen()
{
    // Qt fires neither of two live actions with one shortcut ("ambiguous"). Live on a
    // screen: every menu's actions (a menu makes them window-wide) and the actions of
    // every visible widget of the screen and of the docks beside it.
    QTabWidget *tabs = m_dock->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QSet<QAction *> live;
        std::function<void(const QList<QAction *> &)> addMenu =
            [&](const QList<QAction *> &actions) {
                for (QAction *action : actions) {
                    live.insert(action);
                    if (action->menu())
                        addMenu(action->menu()->actions());
                }
            };
        addMenu(m_dock->menuBar()->actions());
        QList<QWidget *> shown = tabs->currentWidget()->findChildren<QWidget *>();
        for (QDockWidget *dock : m_dock->findChildren<QDockWidget *>())
            shown += dock->findChildren<QWidget *>();
        for (QWidget *widget : std::as_const(shown)) {
            if (widget->isVisible()) {
                for (QAction *action : widget->actions())
                    live.insert(action);
            }
        }
        QHash<QKeySequence, QString> seen;
        for (QAction *action : std::as_const(live)) {
            if (!action->isVisible())
                continue;
            for (const QKeySequence &key : action->shortcuts()) {
                const QString name = action->text().remove(u'&');
                QVERIFY2(!seen.contains(key), qPrintable(u"%1: \"%2\" and \"%3\" share %4"_s.arg(
                                                  tabs->tabText(tab).remove(u'&'), seen.value(key),
                                                  name, key.toString())));
                seen.insert(key, name);
            }
        }
    }
}

void TestMainWindow::plannerScreensOpenTheRowsBehind()
{
    // The dashboard's rows open the cell in Inventory or its batches; the deadstock
    // table opens a SKU's policy.
    QVERIFY(
        testing::acked(m_manager->submitAndWait(u"receive"_s, {{u"location"_s, kMilk.location},
                                                               {u"sku"_s, kMilk.sku},
                                                               {u"qty"_s, 5},
                                                               {u"batch"_s, u"L1"_s},
                                                               {u"expiry"_s, u"2040-01-01"_s}})));
    Q_EMIT m_dock->dashboard()->openCellRequested(kMilk);
    QCOMPARE(m_dock->findChild<QTabWidget *>()->currentWidget(), m_dock->inventory());
    QCOMPARE(m_dock->inventory()->currentCell(), kMilk);
    Q_EMIT m_dock->dashboard()->openBatchesRequested(kMilk);
    QCOMPARE(m_dock->findChild<QTabWidget *>()->currentWidget(), m_dock->batches());
    Q_EMIT m_dock->charts()->openPolicyRequested(kMilk.sku);
    QCOMPARE(m_dock->findChild<QTabWidget *>()->currentWidget(), m_dock->policies());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
