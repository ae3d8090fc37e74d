#include "PlannerLedger.h"
#include "WorkspaceHarness.h"

#include "BatchActionDialog.h"
#include "DeadstockView.h"
#include "ExportActions.h"

#include "items/CsvExport.h"
#include "items/DeadstockTable.h"
#include "items/LiveQuery.h"
#include "items/QueryRowsModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::QueryRowsModel;
using views::BatchAction;
using views::BatchActionRequest;
using views::BatchActionValues;
using views::DeadstockView;

// The deadstock table against a real service on the planner ledger (PlannerLedger.h):
// the rows are the query's, the most money first; a planner filters them, acts on a batch
// and sees the table follow; the CSV matches the golden file checked by hand.
class TestDeadstockView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void rowsAreTheQuerysMostMoneyFirst();
    void actionFilterAndSummary();
    void writeOffRemovesTheRow();
    void countChangesTheRow();
    void openPolicyAndBatches();
    void selectBatchShowsTheRow();
    void csvMatchesTheGoldenFile();
    void offlineKeepsLastKnownRowsAndShowsPending();
    void failedRefreshIsSaid();
    void viewerMayOnlyLook();
    void actionLabels();

private:
    void start(service::Role role = service::Role::Manager);
    QJsonArray askQuery(const QJsonObject &args);
    QList<QJsonObject> shownRows() const;
    int rowOf(const QString &location, const QString &sku, const QString &batch) const;
    void select(const QString &location, const QString &sku, const QString &batch);
    QAction *action(int index) const { return m_view->actions().at(index); }

    std::unique_ptr<testing::ServiceHarness> m_service;
    std::unique_ptr<testing::WorkspaceHarness> m_admin; // seeds the ledger
    std::unique_ptr<testing::WorkspaceHarness> m_desk;  // the view's client
    std::unique_ptr<DeadstockView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QList<BatchActionRequest> m_requests;
    std::optional<BatchActionValues> m_answer;
};

namespace {

constexpr int kWriteOff = 0;
constexpr int kCount = 1;
constexpr int kPolicy = 2;
constexpr int kBatches = 3;
constexpr int kExport = 4;

// A failed set-up ends the test there, not in a null view further on.
#define START(...)                                                                                 \
    do {                                                                                           \
        start(__VA_ARGS__);                                                                        \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

QString goldenPath()
{
    return QDir(QString::fromUtf8(QT_TESTCASE_SOURCEDIR)).filePath(u"../data/deadstock.csv"_s);
}

QString money(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace

void TestDeadstockView::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_view.reset();
    m_desk.reset();
    m_admin.reset();
    m_service.reset();
    m_requests.clear();
    m_answer.reset();
}

void TestDeadstockView::start(service::Role role)
{
    m_service = std::make_unique<testing::ServiceHarness>();
    QVERIFY(m_service->start());
    m_admin = std::make_unique<testing::WorkspaceHarness>(*m_service, service::Role::Admin);
    QVERIFY(m_admin->connectAndSync());
    QVERIFY(testing::seedPlannerLedger(*m_admin, m_service->clock));
    m_desk = std::make_unique<testing::WorkspaceHarness>(*m_service, role);
    QVERIFY(m_desk->connectAndSync());

    m_view = std::make_unique<DeadstockView>(m_desk->workspace());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->liveQuery()->setMinimumInterval(50); // live refreshes without waiting seconds
    m_view->setPrompt([this](const BatchActionRequest &request) {
        m_requests << request;
        return m_answer;
    });
    // Nothing is asked until the table is shown.
    QSignalSpy answered(m_view->liveQuery(), &items::LiveQuery::answered);
    QVERIFY(!answered.wait(200));
    QVERIFY(m_view->summaryText().isEmpty());
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(answered.size() > 0 || answered.wait());
}

QJsonArray TestDeadstockView::askQuery(const QJsonObject &args)
{
    QJsonArray rows;
    QJsonObject error;
    bool done = false;
    m_desk->workspace().query(u"deadstock"_s, args, m_view.get(),
                              [&](const QJsonArray &answer, const QJsonObject &failure) {
                                  rows = answer;
                                  error = failure;
                                  done = true;
                              });
    [&] { QTRY_VERIFY(done); }();
    [&] { QVERIFY2(error.isEmpty(), qPrintable(error.value("message"_L1).toString())); }();
    return rows;
}

QList<QJsonObject> TestDeadstockView::shownRows() const
{
    QList<QJsonObject> rows;
    const QAbstractItemModel *model = m_view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row, 0).data(QueryRowsModel::RowRole).toJsonObject();
    return rows;
}

int TestDeadstockView::rowOf(const QString &location, const QString &sku,
                             const QString &batch) const
{
    const QList<QJsonObject> rows = shownRows();
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).value("location"_L1).toString() == location &&
            rows.at(row).value("sku"_L1).toString() == sku &&
            rows.at(row).value("batch"_L1).toString() == batch)
            return row;
    }
    return -1;
}

void TestDeadstockView::select(const QString &location, const QString &sku, const QString &batch)
{
    const int row = rowOf(location, sku, batch);
    QVERIFY2(row >= 0, qPrintable(batch));
    m_view->table()->setCurrentIndex(m_view->table()->model()->index(row, 0));
}

void TestDeadstockView::rowsAreTheQuerysMostMoneyFirst()
{
    START();
    const QJsonArray expected = askQuery({{u"window_days"_s, 30}});
    QCOMPARE(expected.size(), 4);
    QList<QJsonObject> asked;
    for (const QJsonValue &row : expected)
        asked << row.toObject();
    // The service orders by value too, ties by location, SKU and batch: the same order.
    QCOMPARE(shownRows(), asked);
    const int valueColumn = m_view->model()->columnOf(u"value"_s);
    QCOMPARE(m_view->table()->horizontalHeader()->sortIndicatorSection(), valueColumn);
    QCOMPARE(m_view->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    const QAbstractItemModel *shown = m_view->table()->model();
    for (int row = 1; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row - 1, valueColumn).data(Qt::EditRole).toDouble() >=
                shown->index(row, valueColumn).data(Qt::EditRole).toDouble());

    // Read as a planner: words, money, and the reason both as a column and a tooltip.
    const QString why = u"at 2.3 a day it needs 36 days; it expires in 19 days"_s;
    const int top = rowOf(u"DS-01"_s, u"MILK-1L"_s, u"M1"_s);
    QCOMPARE(top, 0);
    QCOMPARE(shown->index(top, 0).data().toString(), u"Discount"_s);
    QCOMPARE(shown->index(top, 0).data(Qt::EditRole).toString(), u"discount"_s);
    QCOMPARE(shown->index(top, 0).data(Qt::ToolTipRole).toString(), why);
    QCOMPARE(shown->index(top, valueColumn).data().toString(), money(72.98));
    QCOMPARE(shown->index(top, m_view->model()->columnOf(u"class"_s)).data().toString(),
             u"Expiry risk"_s);
    QCOMPARE(shown->index(top, m_view->model()->columnOf(u"reason"_s)).data().toString(), why);
    QCOMPARE(shown->headerData(0, Qt::Horizontal).toString(), u"Action"_s);
    // Donate (hidden or about to expire) is tinted more urgently than a discount.
    const QVariant donate =
        shown->index(rowOf(u"DS-01"_s, u"BREAD-WH"_s, u"B1"_s), 0).data(Qt::BackgroundRole);
    const QVariant discount = shown->index(top, 0).data(Qt::BackgroundRole);
    QVERIFY(donate.isValid() && discount.isValid() && donate != discount);
    QVERIFY(!shown->index(top, 1).data(Qt::BackgroundRole).isValid());

    // The reason column is wide enough to read.
    const int reasonColumn = m_view->model()->columnOf(u"reason"_s);
    QVERIFY(m_view->table()->columnWidth(reasonColumn) >=
            m_view->table()->fontMetrics().horizontalAdvance(why));
    QVERIFY(m_view->freshnessText().startsWith(u"Updated "_s));
}

void TestDeadstockView::actionFilterAndSummary()
{
    START();
    // By hand from the ledger: discount 82 x 0.89, donate 40 x 1.45 + 58 x 0.89 + 10 x 1.10.
    QCOMPARE(m_view->summaryText(),
             u"4 batch(es) · %1 at cost · Discount 1 (%2) · Donate 3 (%3)"_s.arg(
                 money(193.60), money(72.98), money(120.62)));
    QCOMPARE(m_view->summaryText(), items::deadstockSummary(m_view->model()->rows()));

    auto *filter = m_view->findChild<QComboBox *>(u"actionFilter"_s);
    QVERIFY(filter);
    QCOMPARE(filter->count(), 6);
    filter->setCurrentIndex(filter->findData(u"donate"_s));
    QCOMPARE(m_view->table()->model()->rowCount(), 3);
    for (const QJsonObject &row : shownRows())
        QCOMPARE(row.value("action"_L1).toString(), u"donate"_s);
    // Still the most money first within the filter.
    QCOMPARE(shownRows().first().value("sku"_L1).toString(), u"YOG-500"_s);
    filter->setCurrentIndex(filter->findData(u"write_off"_s));
    QCOMPARE(m_view->table()->model()->rowCount(), 0);
    QVERIFY(!action(kWriteOff)->isEnabled());
    m_view->setActionFilter(QString());
    QCOMPARE(filter->currentIndex(), 0);
    QCOMPARE(m_view->table()->model()->rowCount(), 4);
    // The summary speaks for every batch, whatever the filter shows.
    QVERIFY(m_view->summaryText().startsWith(u"4 batch(es)"_s));
}

void TestDeadstockView::writeOffRemovesTheRow()
{
    START();
    select(u"DS-01"_s, u"BREAD-WH"_s, u"B1"_s);
    QVERIFY(action(kWriteOff)->isEnabled());
    BatchActionValues values;
    values.qty = 10;
    values.reason = u"expired"_s;
    m_answer = values;
    action(kWriteOff)->trigger();

    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(int(m_requests.first().action), int(BatchAction::WriteOff));
    QCOMPARE(m_requests.first().key, (domain::StockKey{u"DS-01"_s, u"BREAD-WH"_s}));
    QCOMPARE(m_requests.first().batch, u"B1"_s);
    QCOMPARE(m_requests.first().held, 10);
    QCOMPARE(m_requests.first().unit, u"pcs"_s);
    const sync::OutboxEntry sent = m_desk->workspace().outbox().entries().value(0);
    QCOMPARE(sent.op, u"write_off"_s);
    QCOMPARE(sent.args.value("batch"_L1).toString(), u"B1"_s);
    QCOMPARE(sent.args.value("qty"_L1).toInteger(), 10);
    QCOMPARE(sent.args.value("reason"_L1).toString(), u"expired"_s);

    QTRY_VERIFY(m_view->statusText().startsWith(u"Done: Write off of BREAD-WH at DS-01"_s));
    // The replica's event makes the live query ask again; the batch is gone.
    QTRY_COMPARE(rowOf(u"DS-01"_s, u"BREAD-WH"_s, u"B1"_s), -1);
    QCOMPARE(m_view->table()->model()->rowCount(), 3);
    QVERIFY(m_view->summaryText().startsWith(u"3 batch(es) · %1 at cost"_s.arg(money(182.60))));
    // The table highlights a neighbour, as single-selection views do: the actions follow it.
    const QModelIndexList selected = m_view->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(QueryRowsModel::RowRole).toJsonObject().value("batch"_L1),
             u"M2"_s);

    // A rejected write-off (more than the batch holds) says why.
    select(u"DS-02"_s, u"MILK-1L"_s, u"M2"_s);
    values.qty = 500;
    m_answer = values;
    action(kWriteOff)->trigger();
    QTRY_VERIFY(m_view->statusText().startsWith(u"Not done: Write off of MILK-1L at DS-02"_s));
}

void TestDeadstockView::countChangesTheRow()
{
    START();
    select(u"DS-01"_s, u"MILK-1L"_s, u"M1"_s);
    QSignalSpy changed(m_view->model(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_view->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_view->model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_view->model(), &QAbstractItemModel::modelReset);
    const int sourceRow = int(
        m_view->model()->rows().indexOf(shownRows().at(rowOf(u"DS-01"_s, u"MILK-1L"_s, u"M1"_s))));
    BatchActionValues values;
    values.qty = 50;
    m_answer = values;
    action(kCount)->trigger();
    QCOMPARE(int(m_requests.value(0).action), int(BatchAction::Count));
    QCOMPARE(m_requests.value(0).held, 82);
    const sync::OutboxEntry sent = m_desk->workspace().outbox().entries().value(0);
    QCOMPARE(sent.op, u"adjust"_s);
    QCOMPARE(sent.args.value("counted"_L1).toInteger(), 50);
    QCOMPARE(sent.args.value("reason"_L1).toString(), u"count"_s);

    // The row changes in place (still an expiry risk: 50 at 16/7 a day is 21.9 days of
    // cover against 19 left) and stays selected.
    const int qtyColumn = m_view->model()->columnOf(u"qty"_s);
    QTRY_COMPARE(m_view->table()
                     ->model()
                     ->index(rowOf(u"DS-01"_s, u"MILK-1L"_s, u"M1"_s), qtyColumn)
                     .data(Qt::EditRole)
                     .toInt(),
                 50);
    // Exactly that row changed in the source: no reset, nothing removed or added.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), sourceRow);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), sourceRow);
    QCOMPARE(inserted.size() + removed.size() + reset.size(), 0);
    const int row = rowOf(u"DS-01"_s, u"MILK-1L"_s, u"M1"_s);
    QCOMPARE(m_view->table()->currentIndex().row(), row);
    const QJsonObject fields = shownRows().at(row);
    QCOMPARE(fields.value("value"_L1).toDouble(), 50 * 0.89);
    QCOMPARE(fields.value("cover_days"_L1).toDouble(), 50 / (16.0 / 7.0));
    QCOMPARE(fields.value("action"_L1).toString(), u"discount"_s);
}

void TestDeadstockView::openPolicyAndBatches()
{
    START();
    QSignalSpy policy(m_view.get(), &DeadstockView::openPolicyRequested);
    QSignalSpy batches(m_view.get(), &DeadstockView::openBatchesRequested);
    QVERIFY(!action(kPolicy)->isEnabled());
    select(u"DS-02"_s, u"MILK-1L"_s, u"M2"_s);
    QVERIFY(action(kPolicy)->isEnabled());
    action(kPolicy)->trigger();
    QCOMPARE(policy.size(), 1);
    QCOMPARE(policy.first().at(0).toString(), u"MILK-1L"_s);

    action(kBatches)->trigger();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().at(0).value<domain::StockKey>(),
             (domain::StockKey{u"DS-02"_s, u"MILK-1L"_s}));

    // A double-click opens the batches of the row clicked.
    const int row = rowOf(u"DS-01"_s, u"YOG-500"_s, u"Y1"_s);
    QTableView *table = m_view->table();
    const QPoint centre = table->visualRect(table->model()->index(row, 2)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.last().at(0).value<domain::StockKey>(),
             (domain::StockKey{u"DS-01"_s, u"YOG-500"_s}));

    // The keyboard reaches them: the shortcut while the table has focus.
    table->setFocus();
    QTest::keySequence(table, action(kPolicy)->shortcut());
    QCOMPARE(policy.size(), 2);
    QCOMPARE(policy.last().at(0).toString(), u"YOG-500"_s);
    for (QAction *each : m_view->actions().mid(0, kExport))
        QCOMPARE(each->shortcutContext(), Qt::WidgetWithChildrenShortcut);
}

void TestDeadstockView::selectBatchShowsTheRow()
{
    START();
    QVERIFY(m_view->selectBatch({u"DS-02"_s, u"MILK-1L"_s}, u"M2"_s));
    const QModelIndex current = m_view->table()->currentIndex();
    QCOMPARE(current.row(), rowOf(u"DS-02"_s, u"MILK-1L"_s, u"M2"_s));
    QVERIFY(m_view->table()->selectionModel()->isRowSelected(current.row()));
    QVERIFY(action(kWriteOff)->isEnabled());

    // A filter hiding the batch gives way; a batch not in the table is refused.
    m_view->setActionFilter(u"discount"_s);
    QVERIFY(m_view->selectBatch({u"DS-01"_s, u"BREAD-WH"_s}, u"B1"_s));
    QCOMPARE(m_view->findChild<QComboBox *>(u"actionFilter"_s)->currentIndex(), 0);
    QCOMPARE(m_view->table()->currentIndex().row(), rowOf(u"DS-01"_s, u"BREAD-WH"_s, u"B1"_s));
    QVERIFY(!m_view->selectBatch({u"DS-01"_s, u"MILK-1L"_s}, u"NOPE"_s));
}

void TestDeadstockView::csvMatchesTheGoldenFile()
{
    START();
    QCOMPARE(m_view->location(), QString());
    QCOMPARE(m_view->windowDays(), 30);
    const QByteArray csv = items::toCsv(*m_view->model());
    if (qEnvironmentVariableIsSet("SHELFSYNC_UPDATE_GOLDEN")) {
        QFile out(goldenPath());
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
        QSKIP("golden file written");
    }
    QFile golden(goldenPath());
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath()));
    const QByteArray expected = golden.readAll();
    QCOMPARE(csv, expected);

    // The export action writes what the table shows: all actions, the most money first.
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(u"deadstock.csv"_s);
    QVERIFY2(m_view->exportActions()->saveCsv(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), expected);
    QCOMPARE(action(kExport), m_view->exportActions()->csvAction());
}

void TestDeadstockView::offlineKeepsLastKnownRowsAndShowsPending()
{
    START();
    m_desk->workspace().disconnectFromService();
    QTRY_VERIFY(
        m_view->freshnessText().startsWith(u"Offline: showing the batches as last known"_s));
    QCOMPARE(m_view->table()->model()->rowCount(), 4);

    select(u"DS-02"_s, u"MILK-1L"_s, u"M2"_s);
    BatchActionValues values;
    values.qty = 58;
    values.reason = u"quality"_s;
    m_answer = values;
    QSignalSpy decorated(m_view->proxy(), &QAbstractItemModel::dataChanged);
    action(kWriteOff)->trigger();
    QVERIFY(m_view->statusText().contains(u"when the connection is back"_s));
    const QAbstractItemModel *shown = m_view->table()->model();
    const int row = rowOf(u"DS-02"_s, u"MILK-1L"_s, u"M2"_s);
    // One signal for the cell's one row, naming only the roles that changed (once the
    // burst of outbox changes is over).
    QTRY_COMPARE(decorated.size(), 1);
    QCOMPARE(decorated.first().at(0).toModelIndex(), shown->index(row, 0));
    QCOMPARE(decorated.first().at(1).toModelIndex(), shown->index(row, shown->columnCount() - 1));
    QCOMPARE(decorated.first().at(2).value<QList<int>>(),
             (QList<int>{Qt::FontRole, Qt::ToolTipRole}));
    QVERIFY(shown->index(row, 3).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(shown->index(row, 3).data(Qt::ToolTipRole).toString(),
             u"1 change(s) waiting to be sent"_s);
    // The action cell keeps its reason, with the waiting note under it.
    QCOMPARE(shown->index(row, 0).data(Qt::ToolTipRole).toString(),
             u"expires in 4 days and will not sell before then\n1 change(s) waiting to be sent"_s);
    const int other = rowOf(u"DS-01"_s, u"MILK-1L"_s, u"M1"_s);
    QVERIFY(!shown->index(other, 3).data(Qt::FontRole).value<QFont>().italic());

    // Back online: the command goes, the row leaves, the table is current again.
    QVERIFY(m_desk->connectAndSync());
    QTRY_COMPARE(rowOf(u"DS-02"_s, u"MILK-1L"_s, u"M2"_s), -1);
    QTRY_VERIFY(m_view->freshnessText().startsWith(u"Updated "_s));
    QCOMPARE(m_desk->workspace().outbox().pendingCount(), 0);
}

void TestDeadstockView::failedRefreshIsSaid()
{
    START();
    QSignalSpy failed(m_view->liveQuery(), &items::LiveQuery::failed);
    m_view->setLocation(u"NOWHERE"_s);
    QVERIFY(failed.wait());
    QVERIFY(m_view->freshnessText().startsWith(u"Refresh failed"_s));
    QCOMPARE(m_view->table()->model()->rowCount(), 0); // another location's rows are gone

    QSignalSpy answered(m_view->liveQuery(), &items::LiveQuery::answered);
    m_view->setLocation(u"DS-02"_s);
    QVERIFY(answered.wait());
    QVERIFY(m_view->freshnessText().startsWith(u"Updated "_s));
    QCOMPARE(m_view->table()->model()->rowCount(), 1);
    m_view->setWindowDays(7);
    QCOMPARE(m_view->liveQuery()->args().value("window_days"_L1).toInt(), 7);
    QCOMPARE(m_view->liveQuery()->args().value("location"_L1).toString(), u"DS-02"_s);
}

void TestDeadstockView::viewerMayOnlyLook()
{
    START(service::Role::Viewer);
    QCOMPARE(m_view->table()->model()->rowCount(), 4);
    select(u"DS-02"_s, u"MILK-1L"_s, u"M2"_s);
    QVERIFY(!action(kWriteOff)->isEnabled());
    QVERIFY(!action(kCount)->isEnabled());
    QVERIFY(action(kPolicy)->isEnabled());
    QVERIFY(action(kBatches)->isEnabled());
    QVERIFY(action(kExport)->isEnabled());
}

void TestDeadstockView::actionLabels()
{
    QCOMPARE(items::actionLabel(u"write_off"_s), u"Write off"_s);
    QCOMPARE(items::actionLabel(u"transfer"_s), u"Transfer"_s);
    QCOMPARE(items::actionLabel(u"something_new"_s), u"something_new"_s);
    QCOMPARE(items::classLabel(u"slow_mover"_s), u"Slow mover"_s);
    QCOMPARE(items::deadstockActionCodes(),
             (QStringList{u"discount"_s, u"bundle"_s, u"transfer"_s, u"donate"_s, u"write_off"_s}));
    QCOMPARE(items::deadstockSummary({}), u"No batch needs a decision."_s);
}

QTEST_MAIN(TestDeadstockView)
#include "tst_deadstockview.moc"
