#include "WorkspaceHarness.h"

#include "BatchActionDialog.h"
#include "BatchesView.h"

#include "domain/JsonFormat.h"
#include "items/BatchModel.h"

#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::BatchModel;
using views::BatchAction;
using views::BatchActionRequest;
using views::BatchActionValues;
using views::BatchesView;

class TestBatchesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void showCellListsBatchesFirstToExpireFirst();
    void skuFieldAndLocationComboPickTheBatches();
    void writeOffTakesFromTheSelectedBatch();
    void countSetsTheBatch();
    void returnComesBackInward();
    void rejectionIsShown();
    void offlineActionShowsPending();
    void viewerMayOnlyLook();
    void writeOffDialogNeedsAReason();
    void returnDialogChecksTheExpiry();

private:
    void start(service::Role role = service::Role::Manager);
    void receive(const QString &location, const QString &batch, int qty, int expiresInDays);
    QStringList shownBatches() const;
    void select(const QString &batch);
    QAction *action(int index) const { return m_view->actions().at(index); }

    std::unique_ptr<testing::ServiceHarness> m_service;
    std::unique_ptr<testing::WorkspaceHarness> m_desk;  // the view's client
    std::unique_ptr<testing::WorkspaceHarness> m_other; // the dock, another client
    std::unique_ptr<BatchesView> m_view;
    QList<BatchActionRequest> m_requests;
    std::optional<BatchActionValues> m_answer;
    QDate m_today;
};

namespace {

const domain::StockKey kMilk{u"DS-01"_s, u"MILK-1L"_s};

} // namespace

void TestBatchesView::cleanup()
{
    m_view.reset();
    m_other.reset();
    m_desk.reset();
    m_service.reset();
    m_requests.clear();
    m_answer.reset();
}

void TestBatchesView::start(service::Role role)
{
    m_service = std::make_unique<testing::ServiceHarness>();
    QVERIFY(m_service->start());
    m_other = std::make_unique<testing::WorkspaceHarness>(*m_service, service::Role::Admin);
    QVERIFY(m_other->connectAndSync());
    QVERIFY(m_other->seedCatalog());
    m_desk = std::make_unique<testing::WorkspaceHarness>(*m_service, role);
    QVERIFY(m_desk->connectAndSync());
    m_today = m_service->clock.now().date();

    m_view = std::make_unique<BatchesView>(m_desk->workspace());
    m_view->setPrompt([this](const BatchActionRequest &request) {
        m_requests << request;
        return m_answer;
    });
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestBatchesView::receive(const QString &location, const QString &batch, int qty,
                              int expiresInDays)
{
    const QJsonObject answer = m_other->submitAndWait(
        u"receive"_s, {{u"location"_s, location},
                       {u"sku"_s, u"MILK-1L"_s},
                       {u"qty"_s, qty},
                       {u"batch"_s, batch},
                       {u"expiry"_s, domain::formatDate(m_today.addDays(expiresInDays))}});
    QVERIFY(!answer.contains("error"_L1));
    QVERIFY(m_desk->waitForServiceHead());
}

QStringList TestBatchesView::shownBatches() const
{
    QStringList batches;
    const QAbstractItemModel *model = m_view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        batches << model->index(row, BatchModel::BatchColumn).data().toString();
    return batches;
}

void TestBatchesView::select(const QString &batch)
{
    const int row = int(shownBatches().indexOf(batch));
    QVERIFY(row >= 0);
    m_view->table()->setCurrentIndex(m_view->table()->model()->index(row, 0));
}

void TestBatchesView::showCellListsBatchesFirstToExpireFirst()
{
    start();
    receive(u"DS-01"_s, u"L-LATE"_s, 10, 20);
    receive(u"DS-01"_s, u"L-SOON"_s, 6, 2);
    m_view->showCell(kMilk);
    QCOMPARE(shownBatches(), QStringList({u"L-SOON"_s, u"L-LATE"_s}));
    const QAbstractItemModel *model = m_view->table()->model();
    QVERIFY(model->index(0, BatchModel::BatchColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model->index(1, BatchModel::BatchColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(0, BatchModel::DaysLeftColumn).data().toLongLong(), 2);
    QCOMPARE(m_view->findChild<QComboBox *>(u"locationCombo"_s)->currentData().toString(),
             u"DS-01"_s);
    QVERIFY(m_view->findChild<QLineEdit *>(u"skuField"_s)->text().startsWith(u"MILK-1L"_s));
    QVERIFY(m_view->findChild<QLabel *>(u"cellSummary"_s)->text().contains(u"on hand 16"_s));
    QCOMPARE(m_view->table()->currentIndex().row(), 0);
    QVERIFY(action(0)->isEnabled());

    // Live: the dock receives another batch and it shows in its FEFO place.
    receive(u"DS-01"_s, u"L-MID"_s, 4, 9);
    QCOMPARE(shownBatches(), QStringList({u"L-SOON"_s, u"L-MID"_s, u"L-LATE"_s}));
    QVERIFY(m_view->findChild<QLabel *>(u"cellSummary"_s)->text().contains(u"on hand 20"_s));
}

void TestBatchesView::skuFieldAndLocationComboPickTheBatches()
{
    start();
    receive(u"DS-01"_s, u"L-DS"_s, 5, 12);
    receive(u"WH-01"_s, u"L-WH"_s, 50, 8);
    auto *sku = m_view->findChild<QLineEdit *>(u"skuField"_s);
    QTest::keyClicks(sku, u"whole milk 1 l"_s); // a name only one SKU has
    QTest::keyClick(sku, Qt::Key_Return);
    QCOMPARE(m_view->model()->sku(), u"MILK-1L"_s);
    QCOMPARE(shownBatches(), QStringList({u"L-WH"_s, u"L-DS"_s}));
    QCOMPARE(m_view->table()->model()->index(0, BatchModel::LocationColumn).data().toString(),
             u"WH-01"_s);

    auto *location = m_view->findChild<QComboBox *>(u"locationCombo"_s);
    location->setCurrentIndex(location->findData(u"DS-01"_s));
    QCOMPARE(shownBatches(), QStringList({u"L-DS"_s}));
}

void TestBatchesView::writeOffTakesFromTheSelectedBatch()
{
    start();
    receive(u"DS-01"_s, u"L-SOON"_s, 6, 2);
    receive(u"DS-01"_s, u"L-LATE"_s, 10, 20);
    m_view->showCell(kMilk);
    select(u"L-LATE"_s);
    BatchActionValues values;
    values.qty = 3;
    values.reason = u"damaged"_s;
    m_answer = values;
    action(0)->trigger();

    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(int(m_requests.first().action), int(BatchAction::WriteOff));
    QCOMPARE(m_requests.first().key, kMilk);
    QCOMPARE(m_requests.first().batch, u"L-LATE"_s);
    QCOMPARE(m_requests.first().held, 10);
    const sync::OutboxEntry sent = m_desk->workspace().outbox().entries().value(0);
    QCOMPARE(sent.op, u"write_off"_s);
    QCOMPARE(sent.args.value("batch"_L1).toString(), u"L-LATE"_s);
    QCOMPARE(sent.args.value("qty"_L1).toInteger(), 3);
    QCOMPARE(sent.args.value("reason"_L1).toString(), u"damaged"_s);

    QTRY_COMPARE(m_other->state().availability(kMilk).onHand, 13);
    QTRY_COMPARE(m_view->table()->model()->index(1, BatchModel::QtyColumn).data().toLongLong(), 7);
    QTRY_VERIFY(m_view->statusText().startsWith(u"Done: write-off of 3 from batch L-LATE"_s));
}

void TestBatchesView::countSetsTheBatch()
{
    start();
    receive(u"DS-01"_s, u"L-1"_s, 6, 12);
    m_view->showCell(kMilk);
    BatchActionValues values;
    values.qty = 4;
    m_answer = values;
    action(1)->trigger();
    QCOMPARE(int(m_requests.value(0).action), int(BatchAction::Count));
    const sync::OutboxEntry sent = m_desk->workspace().outbox().entries().value(0);
    QCOMPARE(sent.op, u"adjust"_s);
    QCOMPARE(sent.args.value("counted"_L1).toInteger(), 4);
    QCOMPARE(sent.args.value("reason"_L1).toString(), u"count"_s);
    QTRY_COMPARE(m_other->state().availability(kMilk).onHand, 4);

    // Counted to zero, the batch leaves the list.
    values.qty = 0;
    m_answer = values;
    action(1)->trigger();
    QTRY_COMPARE(m_view->table()->model()->rowCount(), 0);
    QVERIFY(!action(1)->isEnabled());
}

void TestBatchesView::returnComesBackInward()
{
    start();
    receive(u"DS-01"_s, u"L-1"_s, 6, 12);
    m_view->showCell(kMilk);
    BatchActionValues values;
    values.qty = 2;
    values.batch = u"L-1"_s;
    values.reference = u"NDR-77"_s;
    values.expiry = m_today.addDays(30); // ignored: L-1 is on record
    m_answer = values;
    action(2)->trigger();
    QCOMPARE(int(m_requests.value(0).action), int(BatchAction::Return));
    QCOMPARE(m_requests.value(0).batch, u"L-1"_s);
    sync::OutboxEntry sent = m_desk->workspace().outbox().entries().value(0);
    QCOMPARE(sent.op, u"return"_s);
    QCOMPARE(sent.args.value("reference"_L1).toString(), u"NDR-77"_s);
    QVERIFY(!sent.args.contains("expiry"_L1));
    QTRY_COMPARE(m_other->state().availability(kMilk).onHand, 8);

    // A return into a batch that sold out brings it back with the expiry typed.
    m_view->table()->setCurrentIndex({});
    values.batch = u"L-OLD"_s;
    m_answer = values;
    action(2)->trigger();
    QCOMPARE(m_requests.value(1).batch, QString());
    sent = m_desk->workspace().outbox().entries().value(0);
    QCOMPARE(sent.args.value("expiry"_L1).toString(), domain::formatDate(m_today.addDays(30)));
    QTRY_COMPARE(m_view->table()->model()->rowCount(), 2);
}

void TestBatchesView::rejectionIsShown()
{
    start();
    receive(u"DS-01"_s, u"L-1"_s, 6, 12);
    m_view->showCell(kMilk);
    BatchActionValues values;
    values.qty = 60; // more than the batch holds
    values.reason = u"damaged"_s;
    m_answer = values;
    action(0)->trigger();
    QTRY_VERIFY(m_view->statusText().startsWith(u"Not done: write-off of 60"_s));
    QVERIFY(m_view->statusText().contains(u"Invalid qty"_s));

    // Cancelled in the dialog: nothing is sent.
    m_answer.reset();
    const qsizetype before = m_desk->workspace().outbox().entries().size();
    action(0)->trigger();
    QCOMPARE(m_desk->workspace().outbox().entries().size(), before);
}

void TestBatchesView::offlineActionShowsPending()
{
    start();
    receive(u"DS-01"_s, u"L-1"_s, 6, 12);
    m_view->showCell(kMilk);
    m_desk->workspace().disconnectFromService();
    BatchActionValues values;
    values.qty = 5;
    m_answer = values;
    action(1)->trigger();
    QVERIFY(m_view->statusText().contains(u"when the connection is back"_s));
    const QModelIndex row = m_view->table()->model()->index(0, 0);
    QVERIFY(row.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(row.data(Qt::ToolTipRole).toString(), u"1 change(s) waiting to be sent"_s);
    QVERIFY(m_desk->connectAndSync());
    QTRY_VERIFY(!m_view->table()->model()->index(0, 0).data(Qt::FontRole).value<QFont>().italic());
    QTRY_COMPARE(m_other->state().availability(kMilk).onHand, 5);
}

void TestBatchesView::viewerMayOnlyLook()
{
    start(service::Role::Viewer);
    receive(u"DS-01"_s, u"L-1"_s, 6, 12);
    m_view->showCell(kMilk);
    QCOMPARE(shownBatches(), QStringList({u"L-1"_s}));
    for (QAction *each : m_view->actions())
        QVERIFY2(!each->isEnabled(), qPrintable(each->text()));
}

void TestBatchesView::writeOffDialogNeedsAReason()
{
    BatchActionRequest request;
    request.action = BatchAction::WriteOff;
    request.key = kMilk;
    request.batch = u"L-1"_s;
    request.held = 7;
    views::BatchActionDialog dialog(request);
    auto *qty = dialog.findChild<QSpinBox *>(u"actionQty"_s);
    QCOMPARE(qty->maximum(), 7);
    QCOMPARE(qty->value(), 7);
    QVERIFY(!dialog.isComplete());
    auto *reason = dialog.findChild<QComboBox *>(u"actionReason"_s);
    QTest::keyClicks(reason, u"broken seal"_s);
    QVERIFY(dialog.isComplete());
    qty->setValue(2);
    QCOMPARE(dialog.values().qty, 2);
    QCOMPARE(dialog.values().reason, u"broken seal"_s);
    QCOMPARE(dialog.values().batch, u"L-1"_s);
}

void TestBatchesView::returnDialogChecksTheExpiry()
{
    BatchActionRequest request;
    request.action = BatchAction::Return;
    request.key = kMilk;
    views::BatchActionDialog dialog(request);
    QVERIFY(dialog.isComplete());
    auto *expiry = dialog.findChild<QLineEdit *>(u"actionExpiry"_s);
    QTest::keyClicks(expiry, u"2026-02-30"_s);
    QVERIFY(!dialog.isComplete());
    expiry->clear();
    QTest::keyClicks(expiry, u"2026-02-28"_s);
    QVERIFY(dialog.isComplete());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"actionReference"_s), u"ORD-1"_s);
    QCOMPARE(dialog.values().expiry, QDate(2026, 2, 28));
    QCOMPARE(dialog.values().reference, u"ORD-1"_s);
    QCOMPARE(dialog.values().batch, QString());
}

QTEST_MAIN(TestBatchesView)
#include "tst_batchesview.moc"
