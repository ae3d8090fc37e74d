#include "PlannerLedger.h"
#include "WorkspaceHarness.h"

#include "items/CsvExport.h"
#include "items/DashboardDetailModel.h"
#include "items/DashboardModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::DashboardDetailModel;
using items::DashboardModel;
using items::Health;
using items::Measure;
using testing::acked;
using testing::kPlannerNow;

// The dashboard on the planners' ledger (tests/support/PlannerLedger.h), every figure
// worked out by hand from that ledger and the rules of StockStatus.h and Analytics.cpp.
class TestDashboardModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void figuresWorkedOutByHand();
    void healthAtTheThresholds_data();
    void healthAtTheThresholds();
    void rowsBehindEachFigure();
    void sellingOutChangesOnlyThatLocationsFigures();
    void ordersAtRiskAfterACount();
    void refreshTimesMovesTheWeekOn();
    void newLocationIsInsertedInOrder();
    void snapshotResets();

private:
    std::unique_ptr<testing::ServiceHarness> m_service;
    std::unique_ptr<testing::WorkspaceHarness> m_app;
};

namespace {

// Unit costs of seedCatalog() and the planner ledger.
constexpr double kMilkCost = 0.89;
constexpr double kYogurtCost = 1.45;
constexpr double kBreadCost = 1.10;
constexpr double kRiceCost = 2.00;

// DS-01 holds MILK-1L M1 100 - 7 x 2 - 4 = 82, YOG-500 Y1 40, RICE-1KG R1 50, BREAD-WH B1 10.
constexpr double kDs01StockValue =
    82 * kMilkCost + 40 * kYogurtCost + 50 * kRiceCost + 10 * kBreadCost;
// Y1 (3 days left) and B1 (2 days left) never sold: no cover, within 7 days of expiry.
// M1 sells 16 in 7 days: 82 units need 35.9 days, 19 left, but that is more than 7 days
// out (an expiry risk, not deadstock); R1 is an expiry risk ten months out.
constexpr double kDs01Deadstock = 40 * kYogurtCost + 10 * kBreadCost;
// DS-02 holds MILK-1L M2 60 - 2 = 58 (4 days left, 2 sold in 7 days: 203 days of cover,
// deadstock) and RICE-1KG R2 80 - 5 = 75 (an expiry risk).
constexpr double kDs02StockValue = 58 * kMilkCost + 75 * kRiceCost;
constexpr double kDs02Deadstock = 58 * kMilkCost;

const QString kDs01 = u"DS-01"_s;
const QString kDs02 = u"DS-02"_s;
const QString kWh01 = u"WH-01"_s;

QVariant figure(const DashboardModel &model, const QString &location, Measure measure,
                int role = Qt::DisplayRole)
{
    return model.figureIndex(location, measure).data(role);
}

Health healthAt(const DashboardModel &model, const QString &location, Measure measure)
{
    return Health(figure(model, location, measure, DashboardModel::HealthRole).toInt());
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// "SKU/batch" of each detail row, in the model's order.
QStringList rowsOf(const DashboardDetailModel &detail)
{
    QStringList rows;
    for (int row = 0; row < detail.rowCount(); ++row) {
        const items::DashboardEntry &entry = detail.entryAt(row);
        rows.append(entry.isBatch() ? QString(entry.key.sku + u'/' + entry.batch.id)
                                    : entry.key.sku);
    }
    return rows;
}

QVariant cell(const DashboardDetailModel &detail, int row, DashboardDetailModel::Field field,
              int role = Qt::EditRole)
{
    return detail.index(row, detail.columnOf(field)).data(role);
}

// The dataChanged signals a spy saw, as "row:first-last".
QStringList changedCells(const QSignalSpy &spy)
{
    QStringList cells;
    for (const QList<QVariant> &signal : spy) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        if (topLeft.row() == bottomRight.row())
            cells.append(
                u"%1:%2-%3"_s.arg(topLeft.row()).arg(topLeft.column()).arg(bottomRight.column()));
        else // never expected: one signal spans a single location
            cells.append(u"rows %1-%2"_s.arg(topLeft.row()).arg(bottomRight.row()));
    }
    return cells;
}

} // namespace

void TestDashboardModel::initTestCase()
{
    // The figures are compared as shown: "50.0 %", "69.00".
    QLocale::setDefault(QLocale::c());
}

void TestDashboardModel::init()
{
    m_service = std::make_unique<testing::ServiceHarness>();
    QVERIFY(m_service->start());
    m_app = std::make_unique<testing::WorkspaceHarness>(*m_service);
    QVERIFY(m_app->connectAndSync());
    QVERIFY(testing::seedPlannerLedger(*m_app, m_service->clock));
}

void TestDashboardModel::cleanup()
{
    m_app.reset();
    m_service.reset();
}

void TestDashboardModel::figuresWorkedOutByHand()
{
    DashboardModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kPlannerNow; });

    // Stores first, then warehouses, each in id order.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.locationAt(0), kDs01);
    QCOMPARE(model.locationAt(1), kDs02);
    QCOMPARE(model.locationAt(2), kWh01);
    QCOMPARE(
        model.index(0, DashboardModel::LocationColumn).data(DashboardModel::CaptionRole).toString(),
        u"Dark store Centre"_s);
    QCOMPARE(model.index(0, DashboardModel::SkusColumn).data(Qt::EditRole).toInt(), 4);
    QCOMPARE(model.index(1, DashboardModel::SkusColumn).data(Qt::EditRole).toInt(), 2);
    QCOMPARE(model.index(2, DashboardModel::SkusColumn).data(Qt::EditRole).toInt(), 1);

    // Nothing is out of stock or at risk: every cell has stock and no orders.
    for (const QString &location : {kDs01, kDs02, kWh01}) {
        for (Measure measure : {Measure::OutOfStock, Measure::AtRisk}) {
            QCOMPARE(figure(model, location, measure, Qt::EditRole).toDouble(), 0.0);
            QCOMPARE(healthAt(model, location, measure), Health::Green);
        }
    }
    QCOMPARE(figure(model, kDs01, Measure::OutOfStock).toString(), u"0.0 %"_s);
    QCOMPARE(figure(model, kDs01, Measure::OutOfStock, Qt::ToolTipRole).toString(),
             u"0 of 4 SKU(s) (0.0 %). Amber from 2 %, red from 5 %."_s);
    QCOMPARE(figure(model, kDs01, Measure::AtRisk, Qt::ToolTipRole).toString(),
             u"0 of 4 SKU(s) (0.0 %). Amber from the first one, red from 1 %."_s);

    // Expiring within 7 days: DS-01 YOG-500 (03-04) and BREAD-WH (03-03) of 4 SKU(s),
    // DS-02 MILK-1L (03-05) of 2; MILK-1L at DS-01 (03-20) is 19 days out.
    QCOMPARE(figure(model, kDs01, Measure::Expiring, Qt::EditRole).toDouble(), 0.5);
    QCOMPARE(figure(model, kDs01, Measure::Expiring).toString(), u"50.0 %"_s);
    QCOMPARE(figure(model, kDs01, Measure::Expiring, DashboardModel::CaptionRole).toString(),
             u"2 of 4 SKU(s)"_s);
    QCOMPARE(figure(model, kDs01, Measure::Expiring, Qt::ToolTipRole).toString(),
             u"2 of 4 SKU(s) (50.0 %) have a batch expiring within 7 days or past its date. "
             "Amber from 35 %, red from 50 %."_s);
    QCOMPARE(healthAt(model, kDs01, Measure::Expiring), Health::Red);
    QCOMPARE(figure(model, kDs02, Measure::Expiring, Qt::EditRole).toDouble(), 0.5);
    QCOMPARE(figure(model, kWh01, Measure::Expiring, Qt::EditRole).toDouble(), 0.0);
    QCOMPARE(healthAt(model, kWh01, Measure::Expiring), Health::Green);

    // Deadstock value, and its share of the stock value.
    QCOMPARE(figure(model, kDs01, Measure::Deadstock, Qt::EditRole).toDouble(), kDs01Deadstock);
    QCOMPARE(figure(model, kDs01, Measure::Deadstock).toString(), u"69.00"_s);
    QCOMPARE(figure(model, kDs01, Measure::Deadstock, DashboardModel::ShareRole).toDouble(),
             kDs01Deadstock / kDs01StockValue);
    QCOMPARE(figure(model, kDs01, Measure::Deadstock, DashboardModel::CaptionRole).toString(),
             u"28.5 % of stock value"_s);
    QCOMPARE(figure(model, kDs01, Measure::Deadstock, Qt::ToolTipRole).toString(),
             u"69.00 at cost in 2 batch(es): 28.5 % of the stock value (241.98). Amber from 2 %, "
             "red from 5 %."_s);
    QCOMPARE(healthAt(model, kDs01, Measure::Deadstock), Health::Red);
    QCOMPARE(figure(model, kDs02, Measure::Deadstock, Qt::EditRole).toDouble(), kDs02Deadstock);
    QCOMPARE(figure(model, kDs02, Measure::Deadstock).toString(), u"51.62"_s);
    QCOMPARE(figure(model, kDs02, Measure::Deadstock, DashboardModel::ShareRole).toDouble(),
             kDs02Deadstock / kDs02StockValue);
    QCOMPARE(figure(model, kWh01, Measure::Deadstock, Qt::EditRole).toDouble(), 0.0);
    QCOMPARE(healthAt(model, kWh01, Measure::Deadstock), Health::Green);

    // Colours: one per health, the same for every figure.
    const auto colour = [&model](const QString &location, Measure measure) {
        return figure(model, location, measure, Qt::BackgroundRole).value<QColor>();
    };
    QCOMPARE(colour(kDs01, Measure::Expiring), colour(kDs02, Measure::Deadstock));
    QCOMPARE(colour(kDs01, Measure::OutOfStock), colour(kWh01, Measure::Deadstock));
    QVERIFY(colour(kDs01, Measure::Expiring) != colour(kDs01, Measure::OutOfStock));
    QVERIFY(
        figure(model, kDs01, Measure::Expiring, Qt::ForegroundRole).value<QColor>().lightness() <
        80);

    // The worst: DS-01's deadstock is 5.7 times its red threshold, the expiring on it.
    QCOMPARE(model.worstFigure(), model.figureIndex(kDs01, Measure::Deadstock));

    // CSV takes the raw figures.
    const QStringList csv = QString::fromUtf8(items::toCsv(model)).split(u"\r\n"_s);
    QCOMPARE(csv.at(0), u"Location,SKUs,Out of stock,At risk,Expiring in 7 days,Deadstock value"_s);
    QCOMPARE(csv.at(3), u"WH-01,1,0,0,0,0"_s);
    QVERIFY2(csv.at(1).startsWith(u"DS-01,4,0,0,0.5,69"_s), qPrintable(csv.at(1)));
}

void TestDashboardModel::healthAtTheThresholds_data()
{
    QTest::addColumn<Measure>("measure");
    QTest::addColumn<double>("share");
    QTest::addColumn<Health>("health");
    QTest::addRow("out of stock none") << Measure::OutOfStock << 0.0 << Health::Green;
    QTest::addRow("out of stock under 2 pct") << Measure::OutOfStock << 0.0199 << Health::Green;
    QTest::addRow("out of stock 2 pct") << Measure::OutOfStock << 2.0 / 100 << Health::Amber;
    QTest::addRow("out of stock under 5 pct") << Measure::OutOfStock << 0.0499 << Health::Amber;
    QTest::addRow("out of stock 5 pct") << Measure::OutOfStock << 5.0 / 100 << Health::Red;
    QTest::addRow("at risk none") << Measure::AtRisk << 0.0 << Health::Green;
    QTest::addRow("at risk one of 2,000") << Measure::AtRisk << 1.0 / 2000 << Health::Amber;
    QTest::addRow("at risk 1 pct") << Measure::AtRisk << 20.0 / 2000 << Health::Red;
    QTest::addRow("expiring under 35 pct") << Measure::Expiring << 0.3499 << Health::Green;
    QTest::addRow("expiring 35 pct") << Measure::Expiring << 7.0 / 20 << Health::Amber;
    QTest::addRow("expiring under 50 pct") << Measure::Expiring << 0.4999 << Health::Amber;
    QTest::addRow("expiring half") << Measure::Expiring << 1.0 / 2 << Health::Red;
    QTest::addRow("deadstock under 2 pct") << Measure::Deadstock << 0.0199 << Health::Green;
    // A sum of money a rounding error short of the threshold is on it.
    QTest::addRow("deadstock 2 pct in cents")
        << Measure::Deadstock << (0.1 + 0.2) / 15.0 << Health::Amber;
    QTest::addRow("deadstock 5 pct") << Measure::Deadstock << 0.05 << Health::Red;
    QTest::addRow("deadstock all") << Measure::Deadstock << 1.0 << Health::Red;
}

void TestDashboardModel::healthAtTheThresholds()
{
    QFETCH(Measure, measure);
    QFETCH(double, share);
    QFETCH(Health, health);
    QCOMPARE(items::healthOf(measure, share), health);
}

void TestDashboardModel::rowsBehindEachFigure()
{
    using Field = DashboardDetailModel::Field;
    DashboardModel model(m_app->workspace());
    model.setClock([] { return kPlannerNow; });
    DashboardDetailModel detail(model);
    QAbstractItemModelTester tester(&detail,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(detail.rowCount(), 0);

    detail.setFigure(kDs01, Measure::Expiring);
    QCOMPARE(rowsOf(detail), (QStringList{u"BREAD-WH/B1"_s, u"YOG-500/Y1"_s}));
    QCOMPARE(detail.headerData(detail.columnOf(Field::DaysLeft), Qt::Horizontal).toString(),
             u"Days left"_s);
    QCOMPARE(cell(detail, 0, Field::DaysLeft).toInt(), 2);
    QCOMPARE(cell(detail, 0, Field::Expiry).toString(), u"2027-03-03"_s);
    QCOMPARE(cell(detail, 0, Field::Quantity).toLongLong(), 10);
    QCOMPARE(cell(detail, 0, Field::Value).toDouble(), 10 * kBreadCost);
    QCOMPARE(cell(detail, 0, Field::Value, Qt::DisplayRole).toString(), u"11.00"_s);
    QCOMPARE(cell(detail, 0, Field::Why).toString(),
             u"Expires in 2 day(s), on %1"_s.arg(shortDate(QDate(2027, 3, 3))));
    QCOMPARE(cell(detail, 1, Field::DaysLeft).toInt(), 3);
    QCOMPARE(cell(detail, 1, Field::Name).toString(), u"Greek yogurt 500 g"_s);
    QCOMPARE(detail.index(1, 0).data(DashboardDetailModel::KeyRole).value<domain::StockKey>(),
             (domain::StockKey{kDs01, u"YOG-500"_s}));
    QCOMPARE(detail.index(1, 0).data(DashboardDetailModel::BatchRole).toString(), u"Y1"_s);

    detail.setFigure(kDs02, Measure::Expiring);
    QCOMPARE(rowsOf(detail), QStringList{u"MILK-1L/M2"_s});
    QCOMPARE(cell(detail, 0, Field::DaysLeft).toInt(), 4);
    QCOMPARE(cell(detail, 0, Field::Quantity).toLongLong(), 58);

    detail.setFigure(kDs01, Measure::Deadstock);
    QCOMPARE(rowsOf(detail), (QStringList{u"BREAD-WH/B1"_s, u"YOG-500/Y1"_s}));
    QCOMPARE(cell(detail, 0, Field::Age).toInt(), 0); // received today
    QCOMPARE(cell(detail, 1, Field::Age).toInt(), 28);
    QCOMPARE(cell(detail, 1, Field::SellThrough).toDouble(), 0.0);
    QCOMPARE(cell(detail, 1, Field::Value).toDouble(), 40 * kYogurtCost);
    QCOMPARE(cell(detail, 1, Field::Why).toString(),
             u"Nothing sold in 7 days, 3 day(s) left to sell it"_s);

    // 58 units at 2 sold in 7 days need 203 days; 4 are left. 2 sold of 60 in 30 days.
    detail.setFigure(kDs02, Measure::Deadstock);
    QCOMPARE(rowsOf(detail), QStringList{u"MILK-1L/M2"_s});
    QCOMPARE(cell(detail, 0, Field::SellThrough).toDouble(), 2.0 / 60);
    QCOMPARE(cell(detail, 0, Field::SellThrough, Qt::DisplayRole).toString(), u"3 %"_s);
    QCOMPARE(cell(detail, 0, Field::Why).toString(),
             u"203 days to sell it at the current rate, 4 day(s) left"_s);
    QCOMPARE(cell(detail, 0, Field::Value).toDouble(), kDs02Deadstock);

    detail.setFigure(kWh01, Measure::Deadstock);
    QCOMPARE(detail.rowCount(), 0);
    detail.setFigure(kDs01, Measure::OutOfStock);
    QCOMPARE(detail.rowCount(), 0);
    QCOMPARE(detail.headerData(detail.columnOf(Field::Atp), Qt::Horizontal).toString(),
             u"Available to promise"_s);
    QCOMPARE(detail.columnOf(Field::Batch), -1);

    // The model's own list is the same.
    const QList<items::DashboardEntry> entries = model.entriesBehind(kDs01, Measure::Deadstock);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).batch.id, u"Y1"_s);
    QVERIFY(entries.at(1).batch.deadstock);
    QVERIFY(entries.at(1).batch.daysToExpiry.has_value());
    QCOMPARE(*entries.at(1).batch.daysToExpiry, 3);
}

void TestDashboardModel::sellingOutChangesOnlyThatLocationsFigures()
{
    DashboardModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kPlannerNow; });
    DashboardDetailModel out(model);
    out.setFigure(kDs01, Measure::OutOfStock);
    DashboardDetailModel deadstock(model);
    deadstock.setFigure(kDs01, Measure::Deadstock);
    DashboardDetailModel other(model);
    other.setFigure(kDs02, Measure::Deadstock);
    QAbstractItemModelTester outTester(&out,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester deadTester(&deadstock,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy entries(&model, &DashboardModel::entriesChanged);
    QSignalSpy outInserted(&out, &QAbstractItemModel::rowsInserted);
    QSignalSpy deadRemoved(&deadstock, &QAbstractItemModel::rowsRemoved);
    QSignalSpy deadChanged(&deadstock, &QAbstractItemModel::dataChanged);
    QSignalSpy otherSignals(&other, &QAbstractItemModel::dataChanged);

    // The whole bread batch goes out: DS-01 has one SKU out of stock, one fewer
    // expiring, and 11.00 less deadstock in 11.00 less stock.
    QVERIFY(acked(m_app->submitAndWait(
        u"dispatch"_s, {{u"location"_s, kDs01}, {u"sku"_s, u"BREAD-WH"_s}, {u"qty"_s, 10}})));
    QTRY_COMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).at(0).toString(), kDs01);
    QCOMPARE(changedCells(changed), (QStringList{u"0:2-2"_s, u"0:4-5"_s}));
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole) && roles.contains(DashboardModel::HealthRole) &&
            roles.contains(Qt::BackgroundRole) && roles.contains(Qt::ToolTipRole));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(reset.size(), 0);

    QCOMPARE(figure(model, kDs01, Measure::OutOfStock, Qt::EditRole).toDouble(), 0.25);
    QCOMPARE(figure(model, kDs01, Measure::OutOfStock, Qt::ToolTipRole).toString(),
             u"1 of 4 SKU(s) (25.0 %). Amber from 2 %, red from 5 %."_s);
    QCOMPARE(healthAt(model, kDs01, Measure::OutOfStock), Health::Red);
    QCOMPARE(figure(model, kDs01, Measure::Expiring, Qt::EditRole).toDouble(), 0.25);
    QCOMPARE(figure(model, kDs01, Measure::Deadstock, Qt::EditRole).toDouble(), 40 * kYogurtCost);
    QCOMPARE(figure(model, kDs01, Measure::Deadstock, DashboardModel::ShareRole).toDouble(),
             40 * kYogurtCost / (kDs01StockValue - 10 * kBreadCost));
    QCOMPARE(model.index(0, DashboardModel::SkusColumn).data(Qt::EditRole).toInt(), 4);

    // The rows behind: BREAD-WH joins the out of stock, its batch leaves the deadstock.
    QCOMPARE(outInserted.size(), 1);
    QCOMPARE(rowsOf(out), QStringList{u"BREAD-WH"_s});
    QCOMPARE(out.index(0, out.columnOf(DashboardDetailModel::Field::Why)).data().toString(),
             u"Nothing sellable on the shelf"_s);
    QCOMPARE(deadRemoved.size(), 1);
    // The batch showed the dispatch pending (italic) while it was on its way; nothing
    // else changed.
    for (const QList<QVariant> &signal : std::as_const(deadChanged)) {
        const auto changedRoles = signal.at(2).value<QList<int>>();
        QVERIFY(changedRoles.contains(DashboardDetailModel::PendingRole));
        QVERIFY(!changedRoles.contains(Qt::DisplayRole));
    }
    QCOMPARE(rowsOf(deadstock), QStringList{u"YOG-500/Y1"_s});
    QCOMPARE(otherSignals.size(), 0);
}

void TestDashboardModel::ordersAtRiskAfterACount()
{
    const domain::StockKey rice{kDs02, u"RICE-1KG"_s};
    DashboardModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kPlannerNow; });
    DashboardDetailModel atRisk(model);
    atRisk.setFigure(kDs02, Measure::AtRisk);
    QAbstractItemModelTester detailTester(&atRisk,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);

    // An order of 70 of the 75 leaves 5 to promise: still fine.
    QVERIFY(acked(m_app->submitAndWait(u"commit"_s, {{u"location"_s, rice.location},
                                                     {u"sku"_s, rice.sku},
                                                     {u"qty"_s, 70},
                                                     {u"channel"_s, u"web"_s}})));
    QCOMPARE(figure(model, kDs02, Measure::AtRisk, Qt::EditRole).toDouble(), 0.0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A count finds 60: the order is no longer covered. The expiring and deadstock
    // figures do not move: R2 is a year out and its value is not in deadstock.
    QVERIFY(acked(m_app->submitAndWait(u"adjust"_s, {{u"location"_s, rice.location},
                                                     {u"sku"_s, rice.sku},
                                                     {u"batch"_s, u"R2"_s},
                                                     {u"counted"_s, 60},
                                                     {u"reason"_s, u"count"_s}})));
    QTRY_COMPARE(figure(model, kDs02, Measure::AtRisk, Qt::EditRole).toDouble(), 0.5);
    // The deadstock share moves with the stock value (15 units of rice fewer).
    QCOMPARE(changedCells(changed), (QStringList{u"1:3-3"_s, u"1:5-5"_s}));
    QCOMPARE(healthAt(model, kDs02, Measure::AtRisk), Health::Red);
    QCOMPARE(figure(model, kDs02, Measure::Deadstock, DashboardModel::ShareRole).toDouble(),
             kDs02Deadstock / (58 * kMilkCost + 60 * kRiceCost));
    QCOMPARE(rowsOf(atRisk), QStringList{rice.sku});
    using Field = DashboardDetailModel::Field;
    QCOMPARE(atRisk.index(0, atRisk.columnOf(Field::OrdersAtRisk)).data(Qt::EditRole).toInt(), 1);
    QCOMPARE(atRisk.index(0, atRisk.columnOf(Field::QtyAtRisk)).data(Qt::EditRole).toLongLong(),
             70);
    QCOMPARE(atRisk.index(0, atRisk.columnOf(Field::Sellable)).data(Qt::EditRole).toLongLong(), 60);
    // At risk outranks out of stock: the cell counts once.
    QCOMPARE(figure(model, kDs02, Measure::OutOfStock, Qt::EditRole).toDouble(), 0.0);
}

void TestDashboardModel::refreshTimesMovesTheWeekOn()
{
    QDateTime now = kPlannerNow;
    DashboardModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([&now] { return now; });
    QCOMPARE(model.computedAt(), kPlannerNow);
    DashboardDetailModel expiring(model);
    expiring.setFigure(kDs01, Measure::Expiring);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&expiring, &QAbstractItemModel::rowsInserted);
    // Two weeks on, nothing sold (the replica's sweeper has not hidden anything): M1 is
    // 6 days from its date, Y1 and B1 are past theirs and still count.
    now = kPlannerNow.addDays(13);
    model.refreshTimes();
    QCOMPARE(model.computedAt(), now);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(figure(model, kDs01, Measure::Expiring, Qt::EditRole).toDouble(), 0.75);
    QCOMPARE(rowsOf(expiring), (QStringList{u"BREAD-WH/B1"_s, u"MILK-1L/M1"_s, u"YOG-500/Y1"_s}));
    QCOMPARE(inserted.size(), 1);
    QVERIFY(expiring.entryAt(0).batch.expired);
    QCOMPARE(expiring.index(0, expiring.columnOf(DashboardDetailModel::Field::DaysLeft))
                 .data()
                 .toString(),
             u"-11"_s);
    QCOMPARE(
        expiring.index(0, expiring.columnOf(DashboardDetailModel::Field::Why)).data().toString(),
        u"Past its date (%1) and not hidden yet"_s.arg(shortDate(QDate(2027, 3, 3))));
    QVERIFY(!changed.isEmpty());
    // Every figure that moved is on its own location's row.
    for (const QList<QVariant> &signal : std::as_const(changed))
        QVERIFY(signal.at(0).value<QModelIndex>().column() >= DashboardModel::SkusColumn);
}

void TestDashboardModel::newLocationIsInsertedInOrder()
{
    DashboardModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(acked(m_app->submitAndWait(u"upsert_location"_s, {{u"location"_s, u"DS-03"_s},
                                                              {u"name"_s, u"Dark store South"_s},
                                                              {u"kind"_s, u"store"_s}})));
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2); // after DS-02, before the warehouse
    QCOMPARE(model.locationAt(2), u"DS-03"_s);
    QCOMPARE(model.index(2, DashboardModel::SkusColumn).data(Qt::EditRole).toInt(), 0);
    QCOMPARE(figure(model, u"DS-03"_s, Measure::OutOfStock).toString(), u"–"_s);
    QCOMPARE(changed.size(), 0);

    QVERIFY(acked(m_app->submitAndWait(
        u"upsert_location"_s,
        {{u"location"_s, kWh01}, {u"name"_s, u"Hub"_s}, {u"kind"_s, u"warehouse"_s}})));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(),
             model.index(3, DashboardModel::LocationColumn));
    QCOMPARE(model.index(3, 0).data(DashboardModel::CaptionRole).toString(), u"Hub"_s);
}

void TestDashboardModel::snapshotResets()
{
    testing::WorkspaceHarness fresh(*m_service);
    DashboardModel model(fresh.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kPlannerNow; });
    DashboardDetailModel detail(model);
    detail.setFigure(kDs01, Measure::Deadstock);
    QAbstractItemModelTester detailTester(&detail,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(detail.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy detailReset(&detail, &QAbstractItemModel::modelReset);
    QVERIFY(fresh.connectAndSync());
    QVERIFY(reset.size() >= 1);
    QCOMPARE(detailReset.size(), reset.size());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(figure(model, kDs01, Measure::Deadstock, Qt::EditRole).toDouble(), kDs01Deadstock);
    QCOMPARE(rowsOf(detail), (QStringList{u"BREAD-WH/B1"_s, u"YOG-500/Y1"_s}));
}

QTEST_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
