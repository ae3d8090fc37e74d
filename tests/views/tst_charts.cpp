#include "PlannerLedger.h"
#include "WorkspaceHarness.h"

#include "AgeingChart.h"
#include "CoverChart.h"
#include "domain/Analytics.h"
#include "ExportActions.h"
#include "items/LiveQuery.h"
#include "items/QueryRowsModel.h"
#include "sync/Workspace.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QJsonArray>
#include <QLabel>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using namespace shelfsync::testing;

// The ageing and cover charts on the planner ledger (tests/support/PlannerLedger.h), each
// drawn offscreen and its series checked against the service's answer and against
// figures worked out by hand; their export to PNG and CSV.
class TestCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coverPointsFollowTheQuery();
    void coverClickNamesTheBatch();
    void deadstockValueByAge();
    void allStockByAge();
    void exportPngAndCsv();

private:
    QJsonArray ask(const QString &name, const QJsonObject &args);

    ServiceHarness m_service;
    std::unique_ptr<WorkspaceHarness> m_harness;
};

QJsonArray TestCharts::ask(const QString &name, const QJsonObject &args)
{
    QJsonArray answer;
    bool done = false;
    QObject context; // a late answer after a timeout finds it gone, and is dropped
    m_harness->workspace().query(name, args, &context,
                                 [&](const QJsonArray &rows, const QJsonObject &) {
                                     answer = rows;
                                     done = true;
                                 });
    if (!QTest::qWaitFor([&] { return done; }, 10'000))
        qWarning("no answer to %s", qPrintable(name));
    return answer;
}

void TestCharts::initTestCase()
{
    QVERIFY(m_service.start());
    m_harness = std::make_unique<WorkspaceHarness>(m_service);
    QVERIFY(m_harness->connectAndSync());
    QVERIFY(seedPlannerLedger(*m_harness, m_service.clock));
}

namespace {

QList<QPointF> sorted(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) {
        return std::pair(a.x(), a.y()) < std::pair(b.x(), b.y());
    });
    return points;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out.append(set->at(i));
    return out;
}

} // namespace

void TestCharts::coverPointsFollowTheQuery()
{
    views::CoverChart chart;
    QAbstractItemModelTester tester(chart.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QJsonArray rows = ask(u"deadstock"_s, {{u"all"_s, true}});
    QCOMPARE(rows.size(), 7); // every batch of the ledger
    chart.setRows(rows);

    // Against the service: each batch with an expiry is one point of its class's series
    // (or of the unsold), where pointFor puts it.
    QHash<QString, QList<QPointF>> expected;
    for (const QJsonValue &row : rows) {
        const QString series =
            row[u"cover_days"_s].isNull() ? u"unsold"_s : row[u"class"_s].toString();
        expected[series].append(views::CoverChart::pointFor(row.toObject()));
    }
    for (const QString &name :
         {u"healthy"_s, u"slow_mover"_s, u"expiry_risk"_s, u"deadstock"_s, u"unsold"_s}) {
        QVERIFY(chart.series(name));
        QCOMPARE(sorted(chart.series(name)->points()), sorted(expected.value(name)));
    }

    // By hand: DS-01's milk M1 (82 left, 16 sold in 7 days: 82 / (16 / 7) = 35.9 days of
    // cover, 19 days left) is the one expiry risk; DS-02's M2 (58 left, 2 sold: 203 days,
    // 4 left) is deadstock drawn on the top edge; yogurt, the bread received today and the
    // three rice batches sold nothing in 7 days.
    QCOMPARE(chart.series(u"expiry_risk"_s)->points(), (QList<QPointF>{{19.0, 82.0 / (16.0 / 7)}}));
    QCOMPARE(chart.series(u"deadstock"_s)->points(),
             (QList<QPointF>{{4.0, views::CoverChart::kAxisDays}}));
    QCOMPARE(sorted(chart.series(u"unsold"_s)->points()),
             (QList<QPointF>{{2.0, 60.0}, {3.0, 60.0}, {60.0, 60.0}, {60.0, 60.0}, {60.0, 60.0}}));
    QVERIFY(chart.series(u"healthy"_s)->points().isEmpty());
    QCOMPARE(chart.findChild<QLabel *>(u"coverNote"_s)->text(),
             u"7 batch(es) plotted: 4 in the danger zone, 5 with no sales in 7 days."_s);
    QVERIFY(chart.dangerZone()->isVisible());
    const QJsonObject milk = chart.model()->rows().at(0);
    QVERIFY(chart.tooltipFor(milk).contains(milk.value("batch"_L1).toString()));
}

void TestCharts::coverClickNamesTheBatch()
{
    views::CoverChart chart;
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setRows(ask(u"deadstock"_s, {{u"all"_s, true}}));
    QSignalSpy clicked(&chart, &views::CoverChart::batchClicked);
    QScatterSeries *risk = chart.series(u"expiry_risk"_s);
    const QPointF at = chart.chartView()->chart()->mapToPosition(risk->points().first(), risk);
    QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {},
                      chart.chartView()->mapFromScene(at));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).value<domain::StockKey>(),
             (domain::StockKey{u"DS-01"_s, u"MILK-1L"_s}));
    QCOMPARE(clicked.first().at(1).toString(), u"M1"_s);
}

void TestCharts::deadstockValueByAge()
{
    views::AgeingChart chart(m_harness->workspace());
    QAbstractItemModelTester tester(chart.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setDeadstockRows(ask(u"deadstock"_s, {{u"all"_s, true}}));

    // By hand: deadstock is yogurt Y1 (40 x 1.45 = 58) and milk M2 (58 x 0.89 = 51.62),
    // both 28 days old, and the bread B1 received today (10 x 1.10 = 11).
    auto *axis =
        qobject_cast<QBarCategoryAxis *>(chart.chartView()->chart()->axes(Qt::Vertical).first());
    QVERIFY(axis);
    QCOMPARE(axis->categories(), (QStringList{u"bakery"_s, u"dairy"_s})); // most on top
    const QList<QBarSet *> sets = chart.series()->barSets();
    QCOMPARE(sets.size(), 5);
    QCOMPARE(values(sets.at(0)), (QList<qreal>{11.0, 0.0}));         // 0-7 days
    QCOMPARE(values(sets.at(1)), (QList<qreal>{0.0, 58.0 + 51.62})); // 8-30 days
    for (int bucket = 2; bucket < 5; ++bucket)
        QCOMPARE(values(sets.at(bucket)), (QList<qreal>{0.0, 0.0}));
    QCOMPARE(chart.model()->rowCount(), 2);
    QCOMPARE(chart.model()->rows().at(0).value("qty"_L1).toInt(), 98);
    QVERIFY(chart.tooltipAt(1, 1).startsWith(u"dairy · 8-30 days: "_s));

    // Another location or window asked: the old rows leave until the new ones come.
    chart.awaitDeadstockRows();
    QCOMPARE(chart.model()->rowCount(), 0);
    QCOMPARE(values(sets.at(1)), QList<qreal>());
}

void TestCharts::allStockByAge()
{
    views::AgeingChart chart(m_harness->workspace());
    chart.resize(900, 600);
    chart.show();
    QSignalSpy refreshed(&chart, &views::AgeingChart::refreshed);
    chart.setBasis(views::AgeingChart::Basis::AllStock);
    QTRY_VERIFY(chart.liveQuery()->answeredAt().isValid());

    // Against the service: its rows summed over locations.
    QHash<QString, double> expected;
    for (const QJsonValue &row : ask(u"ageing"_s, {}))
        expected[row[u"category"_s].toString() + row[u"bucket"_s].toString()] +=
            row[u"value"_s].toDouble();
    auto *axis =
        qobject_cast<QBarCategoryAxis *>(chart.chartView()->chart()->axes(Qt::Vertical).first());
    QVERIFY(axis);
    const QList<QBarSet *> sets = chart.series()->barSets();
    for (int category = 0; category < axis->count(); ++category) {
        for (int bucket = 0; bucket < sets.size(); ++bucket) {
            QCOMPARE(sets.at(bucket)->at(category),
                     expected.value(axis->at(category) + domain::ageBucketName(bucket)));
        }
    }
    // By hand: rice 425 x 2.00 at three places, milk 180 and yogurt 40, bread 10.
    QCOMPARE(axis->categories(), (QStringList{u"bakery"_s, u"dairy"_s, u"pantry"_s}));
    QCOMPARE(sets.at(1)->at(2), 850.0);
    QCOMPARE(sets.at(1)->at(1), 122 * 0.89 - 40 * 0.89 + 40 * 1.45 + 58 * 0.89);

    // One store: every location's bars go at once, not shown under the store's name while
    // its answer is on the way.
    chart.setLocation(u"DS-01"_s);
    QCOMPARE(chart.model()->rowCount(), 0);
    QCOMPARE(axis->count(), 0);
    QVERIFY(chart.chartView()->chart()->title().endsWith(u"DS-01"_s));
    QTRY_COMPARE(axis->categories(), (QStringList{u"bakery"_s, u"pantry"_s, u"dairy"_s}));
    QCOMPARE(sets.at(1)->at(1), 100.0);
}

void TestCharts::exportPngAndCsv()
{
    views::CoverChart chart;
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setRows(ask(u"deadstock"_s, {{u"all"_s, true}}));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(chart.exporter()->savePng(dir.filePath(u"cover.png"_s), &error), qPrintable(error));
    const QImage image(dir.filePath(u"cover.png"_s));
    QCOMPARE(image.size(), chart.chartView()->size());
    QVERIFY2(chart.exporter()->saveCsv(dir.filePath(u"cover.csv"_s), &error), qPrintable(error));
    QFile csv(dir.filePath(u"cover.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("Location,SKU,Name,Batch,Qty,Days to expiry,Days of cover,Class"));
    QCOMPARE(lines.size(), 1 + 7 + 1); // the header, seven batches, the final line end
    QVERIFY(!chart.exporter()->savePng(dir.filePath(u"missing/cover.png"_s), &error));
    QVERIFY(error.contains(u"cover.png"_s));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
