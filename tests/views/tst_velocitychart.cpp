#include "PlannerLedger.h"
#include "WorkspaceHarness.h"

#include "ExportActions.h"
#include "items/LiveQuery.h"
#include "items/QueryRowsModel.h"
#include "VelocityChart.h"
#include "VelocityPlot.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using namespace shelfsync::testing;
using views::VelocityChart;
using views::VelocityPlot;

// The velocity chart drawn from the service's velocity query on the planners' ledger
// (PlannerLedger.h): every point of every line against the same query asked directly,
// figures worked out by hand from the ledger, the subject / location / range controls,
// tooltips, exports, offline and failed answers, and a live sale redrawing the lines.
class TestVelocityChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultCategoryMatchesQuery();
    void handCheckedFigures();
    void tooltipAndCover();
    void legendNamesTheAverages();
    void skusReplaceTheCategory();
    void typedSkusBecomeRemovableChips();
    void categoryBoxChoosesTheCategory();
    void locationShowsOneLocation();
    void rangeSetsAxisAndArgs_data();
    void rangeSetsAxisAndArgs();
    void exportsPngAndCsv();
    void failedQueryKeepsTheChart();
    void offlineKeepsTheChart();
    void screenshot();
    void liveSaleRedrawsTheLines(); // last: it adds a sale to the ledger

private:
    std::unique_ptr<VelocityChart> showChart();
    QJsonArray ask(const QJsonObject &args);
    void compareWithQuery(const VelocityChart &chart);
    static bool waitForRefresh(VelocityChart &chart, const std::function<void()> &change);

    ServiceHarness m_service;
    std::unique_ptr<WorkspaceHarness> m_harness;
};

namespace {

const QDate kToday(2027, 3, 1);

qreal xOf(QDate day)
{
    // Local noon: what the chart promises (VelocityPlot::xOf), computed here on its own.
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QDate day(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

QStringList locationsOf(const QJsonArray &rows)
{
    QStringList groups;
    for (const QJsonValue &row : rows) {
        if (!groups.contains(row[u"group"_s].toString()))
            groups.append(row[u"group"_s].toString());
    }
    return groups;
}

} // namespace

void TestVelocityChart::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_service.start());
    m_harness = std::make_unique<WorkspaceHarness>(m_service);
    QVERIFY(m_harness->connectAndSync());
    QVERIFY(seedPlannerLedger(*m_harness, m_service.clock));
}

bool TestVelocityChart::waitForRefresh(VelocityChart &chart, const std::function<void()> &change)
{
    QSignalSpy refreshed(&chart, &VelocityChart::refreshed);
    change();
    return refreshed.wait(10'000);
}

std::unique_ptr<VelocityChart> TestVelocityChart::showChart()
{
    auto chart = std::make_unique<VelocityChart>(m_harness->workspace());
    chart->setClock([] { return kPlannerNow; });
    chart->liveQuery()->setMinimumInterval(100);
    chart->resize(1200, 700);
    if (!waitForRefresh(*chart, [&] { chart->show(); }))
        qWarning("the chart did not draw");
    return chart;
}

QJsonArray TestVelocityChart::ask(const QJsonObject &args)
{
    QJsonArray answer;
    bool done = false;
    QObject context; // a late answer after a timeout finds it gone, and is dropped
    m_harness->workspace().query(u"velocity"_s, args, &context,
                                 [&](const QJsonArray &rows, const QJsonObject &error) {
                                     if (!error.isEmpty())
                                         qWarning("velocity query failed");
                                     answer = rows;
                                     done = true;
                                 });
    if (!QTest::qWaitFor([&] { return done; }, 10'000))
        qWarning("no answer to the velocity query");
    return answer;
}

// Every point of every line is the query's figure for that location and day.
void TestVelocityChart::compareWithQuery(const VelocityChart &chart)
{
    const QJsonArray rows = ask(chart.liveQuery()->args());
    QVERIFY(!rows.isEmpty());
    const QStringList locations = locationsOf(rows);
    QCOMPARE(chart.plot()->locations(), locations);
    QCOMPARE(chart.chartView()->chart()->series().size(), 2 * locations.size());
    QCOMPARE(chart.model()->rowCount(), rows.size());
    for (const QString &location : locations) {
        QList<QPointF> units;
        QList<QPointF> averages;
        for (const QJsonValue &row : rows) {
            if (row[u"group"_s].toString() != location)
                continue;
            const qreal x = xOf(day(row[u"day"_s].toString()));
            units.append({x, row[u"units"_s].toDouble()});
            averages.append({x, row[u"avg_7"_s].toDouble()});
        }
        QLineSeries *daily = chart.plot()->dailySeries(location);
        QLineSeries *average = chart.plot()->averageSeries(location);
        QVERIFY(daily && average);
        QCOMPARE(daily->points(), units);
        QCOMPARE(average->points(), averages);
        QCOMPARE(daily->attachedAxes().size(), 2);
        QCOMPARE(average->attachedAxes().size(), 2);
    }
}

void TestVelocityChart::defaultCategoryMatchesQuery()
{
    auto chart = showChart();
    QAbstractItemModelTester tester(chart->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Dairy sold 20 units in 30 days, pantry 5: dairy opens the chart.
    QCOMPARE(chart->category(), u"dairy"_s);
    QCOMPARE(chart->liveQuery()->args(), (QJsonObject{{u"from"_s, u"2027-01-31"_s},
                                                      {u"to"_s, u"2027-03-01"_s},
                                                      {u"group_by"_s, u"location"_s},
                                                      {u"category"_s, u"dairy"_s}}));
    QCOMPARE(chart->chartView()->chart()->title(), u"dairy · last 30 days · by location"_s);
    compareWithQuery(*chart);
    QCOMPARE(chart->plot()->locations(), (QStringList{u"DS-01"_s, u"DS-02"_s}));
    QCOMPARE(chart->model()->rowCount(), 2 * 30);
    QStringList titles;
    for (int column = 0; column < chart->model()->columnCount(); ++column)
        titles << chart->model()->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(titles, (QStringList{u"Location"_s, u"Day"_s, u"Units"_s, u"7-day average"_s,
                                  u"28-day average"_s, u"Sellable now"_s, u"Days of cover"_s}));
    QCOMPARE(chart->findChild<QComboBox *>(u"velocityCategory"_s)->currentText(), u"dairy"_s);
}

void TestVelocityChart::handCheckedFigures()
{
    auto chart = showChart();
    const VelocityPlot &plot = *chart->plot();
    // DS-01 sold 2 MILK-1L a day from 22 to 28 February and 4 on 1 March.
    QLineSeries *ds01 = plot.dailySeries(u"DS-01"_s);
    QLineSeries *ds01Average = plot.averageSeries(u"DS-01"_s);
    QCOMPARE(ds01->count(), 30);
    QCOMPARE(ds01->at(28), QPointF(xOf(day(u"2027-02-28"_s)), 2.0));
    QCOMPARE(ds01Average->at(28), QPointF(xOf(day(u"2027-02-28"_s)), 2.0));
    QCOMPARE(ds01->at(29), QPointF(xOf(kToday), 4.0));
    QCOMPARE(ds01Average->at(29).y(), (2.0 * 6 + 4) / 7);
    QCOMPARE(ds01->at(20).y(), 0.0); // 20 February: nothing yet
    QCOMPARE(ds01Average->at(22), QPointF(xOf(day(u"2027-02-22"_s)), 2.0 / 7));
    // DS-02 sold 1 on 26 and 28 February.
    QLineSeries *ds02 = plot.dailySeries(u"DS-02"_s);
    QCOMPARE(ds02->at(26).y(), 1.0);
    QCOMPARE(ds02->at(27).y(), 0.0);
    QCOMPARE(ds02->at(28).y(), 1.0);
    QCOMPARE(ds02->at(29).y(), 0.0);
    QCOMPARE(plot.averageSeries(u"DS-02"_s)->at(29).y(), 2.0 / 7);
    // The units axis starts at 0 and clears the highest point (4) on whole-unit ticks.
    QCOMPARE(plot.unitsAxis()->min(), 0.0);
    QVERIFY(plot.unitsAxis()->max() >= 4.0);
    QVERIFY(plot.unitsAxis()->max() <= 10.0);
    const qreal step = plot.unitsAxis()->max() / (plot.unitsAxis()->tickCount() - 1);
    QCOMPARE(step, std::round(step));
    QCOMPARE(plot.unitsAxis()->titleText(), u"Units a day"_s);
    QCOMPARE(plot.dayAxis()->titleText(), u"Day"_s);
}

void TestVelocityChart::tooltipAndCover()
{
    auto chart = showChart();
    QCOMPARE(chart->tooltipAt(u"DS-01"_s, day(u"2027-02-28"_s)),
             u"DS-01 · Sun 28 Feb: 2 sold (7-day average 2.0)"_s);
    QCOMPARE(chart->tooltipAt(u"DS-01"_s, kToday),
             u"DS-01 · Mon 1 Mar (so far): 4 sold (7-day average 2.3)"_s);
    QCOMPARE(chart->tooltipAt(u"DS-02"_s, kToday),
             u"DS-02 · Mon 1 Mar (so far): 0 sold (7-day average 0.3)"_s);
    QCOMPARE(chart->tooltipAt(u"WH-01"_s, kToday), QString());
    QCOMPARE(chart->tooltipAt(u"DS-01"_s, kToday.addDays(1)), QString());
    // Hovering the line shows it (once the chart has laid out the lines it was given).
    QCoreApplication::processEvents();
    QLineSeries *average = chart->plot()->averageSeries(u"DS-01"_s);
    QChart *qchart = chart->chartView()->chart();
    const QPointF at = qchart->mapToPosition(average->at(26), average); // 26 Feb
    const QPoint pixel = chart->chartView()->mapFromScene(qchart->mapToScene(at));
    QTest::mouseMove(chart->chartView()->viewport(), pixel - QPoint(0, 30));
    QTest::mouseMove(chart->chartView()->viewport(), pixel);
    QTRY_COMPARE(QToolTip::text(), u"DS-01 · Fri 26 Feb: 2 sold (7-day average 1.4)"_s);
    // A hover anywhere along a day names that day.
    QCOMPARE(VelocityPlot::dayAt(xOf(kToday) - 11 * 3600'000.0), kToday);
    QCOMPARE(VelocityPlot::dayAt(xOf(kToday) + 11 * 3600'000.0), kToday);

    // Cover: DS-01 holds 82 MILK-1L + 40 YOG-500 sellable at 16/7 a day; DS-02 58 at 2/7.
    const QString cover = u"Cover now: DS-01 %1 days · DS-02 203.0 days"_s.arg(
        QLocale().toString(122.0 * 7 / 16, 'f', 1));
    QCOMPARE(chart->coverText(), cover);
    QCOMPARE(chart->findChild<QLabel *>(u"velocityCover"_s)->text(), cover);
    QVERIFY(chart->statusText().startsWith(u"Updated "_s));
}

void TestVelocityChart::legendNamesTheAverages()
{
    auto chart = showChart();
    QStringList shown;
    for (QLegendMarker *marker : chart->chartView()->chart()->legend()->markers()) {
        if (marker->isVisible())
            shown << marker->label();
    }
    QCOMPARE(shown, (QStringList{u"DS-01 · 7-day average"_s, u"DS-02 · 7-day average"_s}));
    // One colour per location, the same for both of its lines.
    QCOMPARE(chart->plot()->dailySeries(u"DS-01"_s)->color().rgb(),
             chart->plot()->averageSeries(u"DS-01"_s)->color().rgb());
    const QColor ds02 = chart->plot()->averageSeries(u"DS-02"_s)->color();
    QVERIFY(chart->plot()->averageSeries(u"DS-01"_s)->color() != ds02);
    // A location keeps its colour when it is shown alone.
    QVERIFY(waitForRefresh(*chart, [&] { chart->setLocation(u"DS-02"_s); }));
    QCOMPARE(chart->plot()->averageSeries(u"DS-02"_s)->color(), ds02);
}

void TestVelocityChart::skusReplaceTheCategory()
{
    auto chart = showChart();
    QAbstractItemModelTester tester(chart->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitForRefresh(*chart, [&] { chart->setSkus({u"RICE-1KG"_s}); }));
    QCOMPARE(chart->liveQuery()->args().value("skus"_L1).toArray(), (QJsonArray{u"RICE-1KG"_s}));
    QVERIFY(!chart->liveQuery()->args().contains("category"_L1));
    QCOMPARE(chart->chartView()->chart()->title(), u"RICE-1KG · last 30 days · by location"_s);
    QCOMPARE(chart->findChild<QComboBox *>(u"velocityCategory"_s)->currentIndex(), -1);
    compareWithQuery(*chart);
    // Only DS-02 sold rice: 5 on 10 February.
    QCOMPARE(chart->plot()->locations(), QStringList{u"DS-02"_s});
    QCOMPARE(chart->plot()->dailySeries(u"DS-02"_s)->at(10).y(), 5.0);
    QCOMPARE(chart->coverText(), u"Cover now: DS-02 no sales in 7 days"_s);

    // Two SKUs: milk's stores come in.
    QVERIFY(waitForRefresh(*chart, [&] { chart->setSkus({u"RICE-1KG"_s, u"MILK-1L"_s}); }));
    compareWithQuery(*chart);
    QCOMPARE(chart->plot()->locations(), (QStringList{u"DS-01"_s, u"DS-02"_s}));
    QCOMPARE(chart->chartView()->chart()->title(),
             u"RICE-1KG, MILK-1L · last 30 days · by location"_s);

    // A SKU that never sold draws nothing and says so.
    QVERIFY(waitForRefresh(*chart, [&] { chart->setSkus({u"YOG-500"_s}); }));
    QCOMPARE(chart->plot()->locations(), QStringList());
    QCOMPARE(chart->chartView()->chart()->series().size(), 0);
    QCOMPARE(chart->coverText(), u"Nothing sold in these days or the four weeks before."_s);

    // No SKUs: back to the category.
    QVERIFY(waitForRefresh(*chart, [&] { chart->setSkus({}); }));
    QCOMPARE(chart->liveQuery()->args().value("category"_L1).toString(), u"dairy"_s);
    compareWithQuery(*chart);
}

void TestVelocityChart::typedSkusBecomeRemovableChips()
{
    auto chart = showChart();
    auto *field = chart->findChild<QLineEdit *>(u"velocitySku"_s);
    QVERIFY(field);
    for (const QString &sku : {u"MILK-1L"_s, u"RICE-1KG"_s}) {
        QVERIFY(waitForRefresh(*chart, [&] {
            field->setFocus();
            QTest::keyClicks(field, sku);
            QTest::keyClick(field, Qt::Key_Return);
        }));
        QCOMPARE(field->text(), QString()); // ready for the next
    }
    QCOMPARE(chart->skus(), (QStringList{u"MILK-1L"_s, u"RICE-1KG"_s}));
    QList<QToolButton *> chips = chart->findChildren<QToolButton *>(u"velocitySkuChip"_s);
    QCOMPARE(chips.size(), 2);
    compareWithQuery(*chart);
    // The chips come between the field and the range in the tab order.
    QApplication::setActiveWindow(chart.get());
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), chips.first());
    QTest::keyClick(chips.first(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), chips.last());
    QTest::keyClick(chips.last(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), chart->findChild<QComboBox *>(u"velocityRange"_s));

    // A chip's click takes its SKU off the chart.
    QToolButton *milk = nullptr;
    for (QToolButton *chip : std::as_const(chips)) {
        if (chip->text().startsWith(u"MILK-1L"_s))
            milk = chip;
    }
    QVERIFY(milk);
    QVERIFY(waitForRefresh(*chart, [&] { QTest::mouseClick(milk, Qt::LeftButton); }));
    QCOMPARE(chart->skus(), QStringList{u"RICE-1KG"_s});
    QTRY_COMPARE(chart->findChildren<QToolButton *>(u"velocitySkuChip"_s).size(), 1);
    compareWithQuery(*chart);

    // Six at most: the field stops taking more.
    chart->setSkus({u"MILK-1L"_s, u"RICE-1KG"_s, u"YOG-500"_s, u"BREAD-WH"_s});
    QVERIFY(field->isEnabled());
    chart->setSkus({u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"G"_s});
    QCOMPARE(chart->skus().size(), VelocityChart::kMaxSkus);
    QVERIFY(!field->isEnabled());
}

void TestVelocityChart::categoryBoxChoosesTheCategory()
{
    auto chart = showChart();
    auto *box = chart->findChild<QComboBox *>(u"velocityCategory"_s);
    QCOMPARE(box->count(), 3); // bakery, dairy, pantry
    QVERIFY(waitForRefresh(*chart, [&] {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down); // dairy -> pantry
    }));
    QCOMPARE(chart->category(), u"pantry"_s);
    QCOMPARE(chart->liveQuery()->args().value("category"_L1).toString(), u"pantry"_s);
    QCOMPARE(chart->chartView()->chart()->title(), u"pantry · last 30 days · by location"_s);
    compareWithQuery(*chart);
    QCOMPARE(chart->plot()->locations(), QStringList{u"DS-02"_s});

    // A category chosen after SKUs replaces them.
    chart->setSkus({u"MILK-1L"_s});
    QVERIFY(waitForRefresh(*chart, [&] { chart->setCategory(u"bakery"_s); }));
    QCOMPARE(chart->skus(), QStringList());
    QCOMPARE(box->currentText(), u"bakery"_s);
    QCOMPARE(chart->plot()->locations(), QStringList()); // bread never sold
}

void TestVelocityChart::locationShowsOneLocation()
{
    auto chart = showChart();
    QVERIFY(waitForRefresh(*chart, [&] { chart->setLocation(u"DS-02"_s); }));
    QCOMPARE(chart->liveQuery()->args().value("location"_L1).toString(), u"DS-02"_s);
    QCOMPARE(chart->chartView()->chart()->title(), u"dairy · last 30 days · DS-02"_s);
    compareWithQuery(*chart);
    QCOMPARE(chart->plot()->locations(), QStringList{u"DS-02"_s});
    QCOMPARE(chart->coverText(), u"Cover now: DS-02 203.0 days"_s);

    // With SKUs too.
    QVERIFY(waitForRefresh(*chart, [&] { chart->setSkus({u"MILK-1L"_s}); }));
    QCOMPARE(chart->liveQuery()->args().value("location"_L1).toString(), u"DS-02"_s);
    compareWithQuery(*chart);

    QVERIFY(waitForRefresh(*chart, [&] { chart->setLocation({}); }));
    QVERIFY(!chart->liveQuery()->args().contains("location"_L1));
    QCOMPARE(chart->plot()->locations(), (QStringList{u"DS-01"_s, u"DS-02"_s}));
}

void TestVelocityChart::rangeSetsAxisAndArgs_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("axisFrom"); // ticks on whole days, the last one today
    QTest::addColumn<int>("ticks");
    QTest::addRow("7 days") << 7 << QDate(2027, 2, 23) << QDate(2027, 2, 23) << 7;
    QTest::addRow("30 days") << 30 << QDate(2027, 1, 31) << QDate(2027, 1, 30) << 11;
    // Across the new year.
    QTest::addRow("90 days") << 90 << QDate(2026, 12, 2) << QDate(2026, 12, 1) << 10;
}

void TestVelocityChart::rangeSetsAxisAndArgs()
{
    QFETCH(int, days);
    QFETCH(QDate, from);
    QFETCH(QDate, axisFrom);
    QFETCH(int, ticks);
    auto chart = showChart();
    if (days != 30)
        QVERIFY(waitForRefresh(*chart, [&] { chart->setRangeDays(days); }));
    QCOMPARE(chart->liveQuery()->args().value("from"_L1).toString(), from.toString(Qt::ISODate));
    QCOMPARE(chart->liveQuery()->args().value("to"_L1).toString(), u"2027-03-01"_s);
    const QDateTimeAxis *axis = chart->plot()->dayAxis();
    QCOMPARE(axis->min().toMSecsSinceEpoch(), qint64(xOf(axisFrom)));
    QCOMPARE(axis->max().toMSecsSinceEpoch(), qint64(xOf(kToday)));
    QCOMPARE(axis->tickCount(), ticks);
    QCOMPARE(chart->plot()->dailySeries(u"DS-01"_s)->count(), days);
    QCOMPARE(chart->plot()->dailySeries(u"DS-01"_s)->at(0).x(), xOf(from));
    QCOMPARE(chart->chartView()->chart()->title(),
             u"dairy · last %1 days · by location"_s.arg(days));
    QCOMPARE(chart->findChild<QComboBox *>(u"velocityRange"_s)->currentData().toInt(), days);
    compareWithQuery(*chart);
}

void TestVelocityChart::exportsPngAndCsv()
{
    auto chart = showChart();
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(u"velocity.png"_s);
    QVERIFY2(chart->exporter()->savePng(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), chart->chartView()->size() * chart->devicePixelRatio());

    const QString csv = dir.filePath(u"velocity.csv"_s);
    QVERIFY2(chart->exporter()->saveCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(),
             "Location,Day,Units,7-day average,28-day average,Sellable now,Days of cover");
    QCOMPARE(lines.size() - 2, 60); // header, 2 locations x 30 days, and the last line end
    QCOMPARE(lines.at(1).trimmed(), "DS-01,2027-01-31,0,0,0,,");
    QVERIFY(lines.at(30).startsWith("DS-01,2027-03-01,4,"));

    const QList<QAction *> actions = chart->actions();
    QVERIFY(actions.contains(chart->exporter()->pngAction()));
    QVERIFY(actions.contains(chart->exporter()->csvAction()));
}

void TestVelocityChart::failedQueryKeepsTheChart()
{
    auto chart = showChart();
    const QList<QPointF> before = chart->plot()->averageSeries(u"DS-01"_s)->points();
    QSignalSpy failed(chart->liveQuery(), &items::LiveQuery::failed);
    chart->setSkus({u"NO-SUCH-SKU"_s});
    QVERIFY(failed.wait(10'000));
    QVERIFY2(chart->statusText().startsWith(u"Could not update the chart"_s),
             qPrintable(chart->statusText()));
    QCOMPARE(chart->plot()->averageSeries(u"DS-01"_s)->points(), before);
    QCOMPARE(chart->chartView()->chart()->title(), u"dairy · last 30 days · by location"_s);
    QVERIFY(waitForRefresh(*chart, [&] { chart->setSkus({}); }));
    QVERIFY(chart->statusText().startsWith(u"Updated "_s));
}

void TestVelocityChart::offlineKeepsTheChart()
{
    auto chart = showChart();
    const QList<QPointF> before = chart->plot()->averageSeries(u"DS-01"_s)->points();
    m_harness->workspace().disconnectFromService();
    QTRY_VERIFY2(chart->statusText().startsWith(u"Offline: showing the chart as of "_s),
                 qPrintable(chart->statusText()));
    QCOMPARE(chart->plot()->averageSeries(u"DS-01"_s)->points(), before);
    // Back online, the chart asks again.
    QVERIFY(waitForRefresh(*chart, [&] { QVERIFY(m_harness->connectAndSync()); }));
    QVERIFY(chart->statusText().startsWith(u"Updated "_s));
    compareWithQuery(*chart);
}

void TestVelocityChart::screenshot()
{
    // The Charts tab of a 1440x900 main window, less its menus, tabs and status bar.
    auto chart = showChart();
    chart->resize(1440, 760);
    // The chart lays out its title and legend on the next turn of the event loop.
    QTemporaryDir dir;
    const auto save = [&chart, &dir](const QString &name) {
        QCoreApplication::processEvents();
        return chart->grab().save(dir.filePath(name));
    };
    QVERIFY(waitForRefresh(*chart, [&] { chart->liveQuery()->refresh(); }));
    QVERIFY(save(u"velocitychart.png"_s));
    QVERIFY(waitForRefresh(*chart, [&] { chart->setRangeDays(90); }));
    QVERIFY(save(u"velocitychart-90.png"_s));
    QVERIFY(waitForRefresh(*chart, [&] { chart->setRangeDays(7); }));
    QVERIFY(save(u"velocitychart-7.png"_s));
}

void TestVelocityChart::liveSaleRedrawsTheLines()
{
    auto chart = showChart();
    chart->liveQuery()->setMinimumInterval(300);
    // Three sales: the chart catches up (the throttle itself: tst_queryrowsmodel).
    for (int i = 0; i < 3; ++i) {
        QVERIFY(acked(m_harness->submitAndWait(
            u"dispatch"_s,
            {{u"location"_s, u"DS-01"_s}, {u"sku"_s, u"MILK-1L"_s}, {u"qty"_s, 1}})));
    }
    QTRY_COMPARE(chart->plot()->dailySeries(u"DS-01"_s)->at(29).y(), 7.0);
    QCOMPARE(chart->plot()->averageSeries(u"DS-01"_s)->at(29).y(), (2.0 * 6 + 7) / 7);
    QCOMPARE(chart->tooltipAt(u"DS-01"_s, kToday),
             u"DS-01 · Mon 1 Mar (so far): 7 sold (7-day average 2.7)"_s);
    compareWithQuery(*chart);
    // A refresh moves points; the lines themselves stay.
    QCOMPARE(chart->chartView()->chart()->series().size(), 4);
}

QTEST_MAIN(TestVelocityChart)
#include "tst_velocitychart.moc"
