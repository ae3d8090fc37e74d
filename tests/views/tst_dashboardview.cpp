#include "PlannerLedger.h"
#include "WorkspaceHarness.h"

#include "DashboardView.h"
#include "ExportActions.h"

#include "items/DashboardDetailModel.h"
#include "items/DashboardModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::DashboardDetailModel;
using items::DashboardModel;
using items::Measure;
using testing::acked;
using testing::kPlannerNow;
using views::DashboardView;

// The dashboard on the planners' ledger (tests/support/PlannerLedger.h), driven with
// the mouse and the keyboard.
class TestDashboardView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheWorstFigure();
    void clickingAFigureShowsItsRows();
    void enterOpensTheRowBehindAFigure();
    void offlineSaysTheFiguresAreTheLastKnown();
    void emptyUntilTheSnapshotThenTheWorstFigure();

private:
    // The view on the ledger at kPlannerNow, shown and active.
    bool showView();

    std::unique_ptr<testing::ServiceHarness> m_service;
    std::unique_ptr<testing::WorkspaceHarness> m_app;
    std::unique_ptr<DashboardView> m_view;
};

namespace {

QStringList skusShown(const QTableView &table)
{
    QStringList skus;
    for (int row = 0; row < table.model()->rowCount(); ++row)
        skus.append(table.model()
                        ->index(row, 0)
                        .data(DashboardDetailModel::KeyRole)
                        .value<domain::StockKey>()
                        .sku);
    return skus;
}

void clickFigure(DashboardView &view, const QString &location, Measure measure)
{
    const QModelIndex index = view.model()->figureIndex(location, measure);
    QTest::mouseClick(view.healthTable()->viewport(), Qt::LeftButton, {},
                      view.healthTable()->visualRect(index).center());
}

} // namespace

void TestDashboardView::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDashboardView::init()
{
    m_service = std::make_unique<testing::ServiceHarness>();
    QVERIFY(m_service->start());
    m_app = std::make_unique<testing::WorkspaceHarness>(*m_service);
    QVERIFY(m_app->connectAndSync());
    QVERIFY(testing::seedPlannerLedger(*m_app, m_service->clock));
}

void TestDashboardView::cleanup()
{
    m_view.reset();
    m_app.reset();
    m_service.reset();
}

bool TestDashboardView::showView()
{
    m_view = std::make_unique<DashboardView>(m_app->workspace());
    m_view->model()->setClock([] { return kPlannerNow; });
    m_view->showWorstFigure();
    m_view->resize(1440, 900);
    m_view->show();
    QApplication::setActiveWindow(m_view.get());
    return QTest::qWaitForWindowActive(m_view.get());
}

void TestDashboardView::opensOnTheWorstFigure()
{
    QVERIFY(showView());
    QAbstractItemModelTester tester(m_view->detailModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // DS-01's deadstock (28.5 % of its stock value) is furthest past its red threshold.
    QCOMPARE(m_view->healthTable()->currentIndex(),
             m_view->model()->figureIndex(u"DS-01"_s, Measure::Deadstock));
    QCOMPARE(m_view->title(), u"DS-01 · Deadstock value · 2 batch(es), 69.00 at cost"_s);
    QCOMPARE(m_view->findChild<QLabel *>(u"detailTitle"_s)->text(), m_view->title());
    // Largest value first.
    QCOMPARE(skusShown(*m_view->detailTable()), (QStringList{u"YOG-500"_s, u"BREAD-WH"_s}));

    // Every location and figure fits: nothing is cut off at the bottom of the table.
    const QTableView *health = m_view->healthTable();
    const QRect last =
        health->visualRect(health->model()->index(2, DashboardModel::ColumnCount - 1));
    QVERIFY(health->viewport()->rect().contains(last));

    QTemporaryDir dir;
    QString error;
    QVERIFY2(m_view->exportActions()->savePng(dir.filePath(u"dashboard.png"_s), &error),
             qPrintable(error));
    QCOMPARE(QImage(dir.filePath(u"dashboard.png"_s)).width(), m_view->width());
}

void TestDashboardView::clickingAFigureShowsItsRows()
{
    QVERIFY(showView());
    clickFigure(*m_view, u"DS-02"_s, Measure::Expiring);
    QCOMPARE(m_view->title(), u"DS-02 · Expiring in 7 days · 1 SKU(s), 1 batch(es)"_s);
    QCOMPARE(skusShown(*m_view->detailTable()), QStringList{u"MILK-1L"_s});
    QCOMPARE(m_view->detailModel()->location(), u"DS-02"_s);
    QCOMPARE(m_view->detailModel()->measure(), Measure::Expiring);

    // The arrow keys walk the figures, and the rows follow.
    m_view->healthTable()->setFocus();
    QTest::keyClick(m_view->healthTable(), Qt::Key_Up);
    QCOMPARE(m_view->title(), u"DS-01 · Expiring in 7 days · 2 SKU(s), 2 batch(es)"_s);
    // Soonest first.
    QCOMPARE(skusShown(*m_view->detailTable()), (QStringList{u"BREAD-WH"_s, u"YOG-500"_s}));
    QTest::keyClick(m_view->healthTable(), Qt::Key_Left);
    QCOMPARE(m_view->title(), u"DS-01 · At risk · 0 SKU(s)"_s);
    QCOMPARE(m_view->detailTable()->model()->rowCount(), 0);

    // Programmatically, for the main window and screenshots.
    m_view->showFigure(u"WH-01"_s, Measure::Deadstock);
    QCOMPARE(m_view->title(), u"WH-01 · Deadstock value · 0 batch(es), 0.00 at cost"_s);
    QCOMPARE(m_view->healthTable()->currentIndex(),
             m_view->model()->figureIndex(u"WH-01"_s, Measure::Deadstock));
}

void TestDashboardView::enterOpensTheRowBehindAFigure()
{
    QVERIFY(showView());
    QSignalSpy cells(m_view.get(), &DashboardView::openCellRequested);
    QSignalSpy batches(m_view.get(), &DashboardView::openBatchesRequested);

    // Enter on a figure moves to its rows; Enter on a batch row asks for the batches.
    m_view->healthTable()->setFocus();
    m_view->showFigure(u"DS-02"_s, Measure::Deadstock);
    QTest::keyClick(m_view->healthTable(), Qt::Key_Return);
    QTRY_VERIFY(m_view->detailTable()->hasFocus());
    QCOMPARE(m_view->detailTable()->currentIndex().row(), 0);
    QTest::keyClick(m_view->detailTable(), Qt::Key_Return);
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.at(0).at(0).value<domain::StockKey>(),
             (domain::StockKey{u"DS-02"_s, u"MILK-1L"_s}));
    QCOMPARE(cells.size(), 0);

    // Sold out live: the bread joins DS-01's out of stock, and opening it asks for the
    // cell. The action (Ctrl+Return) does what Enter does.
    QVERIFY(acked(m_app->submitAndWait(
        u"dispatch"_s, {{u"location"_s, u"DS-01"_s}, {u"sku"_s, u"BREAD-WH"_s}, {u"qty"_s, 10}})));
    m_view->showFigure(u"DS-01"_s, Measure::OutOfStock);
    QTRY_COMPARE(m_view->title(), u"DS-01 · Out of stock · 1 SKU(s)"_s);
    m_view->healthTable()->setFocus();
    QTest::keyClick(m_view->healthTable(), Qt::Key_Enter);
    QTRY_VERIFY(m_view->detailTable()->hasFocus());
    QVERIFY(m_view->actions().at(0)->isEnabled());
    QTest::keyClick(m_view->detailTable(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.at(0).at(0).value<domain::StockKey>(),
             (domain::StockKey{u"DS-01"_s, u"BREAD-WH"_s}));
    QCOMPARE(batches.size(), 1);

    // F6 goes back to the figures.
    QTest::keyClick(m_view->detailTable(), Qt::Key_F6);
    QTRY_VERIFY(m_view->healthTable()->hasFocus());
}

void TestDashboardView::offlineSaysTheFiguresAreTheLastKnown()
{
    QVERIFY(showView());
    const QString asOf = QLocale().toString(kPlannerNow.toLocalTime().time(), u"HH:mm"_s);
    m_view->refreshTimes();
    QCOMPARE(m_view->freshness(), u"Live · as of %1"_s.arg(asOf));
    m_service->stop();
    QTRY_VERIFY2(m_view->freshness().contains(u"last known figures"_s),
                 qPrintable(m_view->freshness()));
    // The figures stay.
    QCOMPARE(m_view->title(), u"DS-01 · Deadstock value · 2 batch(es), 69.00 at cost"_s);
}

void TestDashboardView::emptyUntilTheSnapshotThenTheWorstFigure()
{
    // A first start: the view is made before the replica has anything.
    testing::WorkspaceHarness fresh(*m_service);
    DashboardView view(fresh.workspace());
    view.model()->setClock([] { return kPlannerNow; });
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.title(), u"No locations yet"_s);
    QVERIFY(fresh.connectAndSync());
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(view.title(), u"DS-01 · Deadstock value · 2 batch(es), 69.00 at cost"_s);
    QCOMPARE(view.detailTable()->model()->rowCount(), 2);
    // The location is in the title, not in a column of its own.
    QVERIFY(view.detailTable()->isColumnHidden(
        view.detailModel()->columnOf(DashboardDetailModel::Field::Location)));
    QVERIFY(!view.detailTable()->isColumnHidden(
        view.detailModel()->columnOf(DashboardDetailModel::Field::Why)));
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
