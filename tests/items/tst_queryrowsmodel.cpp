#include "PlannerLedger.h"
#include "WorkspaceHarness.h"

#include "items/CsvExport.h"
#include "items/LiveQuery.h"
#include "items/QueryRowsModel.h"
#include "sync/Workspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using namespace shelfsync::testing;
using items::QueryRowsModel;
using items::ValueFormat;

// The groundwork of the planners' screens: query rows as a table that a refresh changes
// only where the answer changed, CSV export, and the throttled live query against a
// real service.
class TestQueryRowsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refreshChangesOnlyWhatChanged();
    void displayAndRawValues();
    void sortsNumbersAsNumbers();
    void csv();
    void liveQueryThrottlesBursts();
    void liveQueryWaitsWhileInactive();
    void liveQueryShowsTheAnswerAfterATimeout();

private:
    static std::unique_ptr<QueryRowsModel> makeModel();

    ServiceHarness m_service;
    std::unique_ptr<WorkspaceHarness> m_harness;
};

std::unique_ptr<QueryRowsModel> TestQueryRowsModel::makeModel()
{
    QList<items::QueryColumn> columns{
        {.key = u"sku"_s, .title = u"SKU"_s},
        {.key = u"batch"_s, .title = u"Batch"_s},
        {.key = u"qty"_s, .title = u"Qty"_s, .format = ValueFormat::Count},
        {.key = u"sell_through"_s, .title = u"Sell-through"_s, .format = ValueFormat::Percent},
        {.key = u"expiry"_s, .title = u"Expiry"_s, .format = ValueFormat::Date},
        {.key = u"action"_s,
         .title = u"Action"_s,
         .label = [](const QString &code) { return QString(u"<" + code + u">"); },
         .tooltipKey = u"reason"_s},
    };
    return std::make_unique<QueryRowsModel>(columns, QStringList{u"sku"_s, u"batch"_s});
}

namespace {

QJsonObject row(const QString &sku, const QString &batch, int qty)
{
    return {{u"sku"_s, sku}, {u"batch"_s, batch}, {u"qty"_s, qty}};
}

} // namespace

void TestQueryRowsModel::initTestCase()
{
    QVERIFY(m_service.start());
    m_harness = std::make_unique<WorkspaceHarness>(m_service);
    QVERIFY(m_harness->connectAndSync());
    QVERIFY(seedPlannerLedger(*m_harness, m_service.clock));
}

void TestQueryRowsModel::refreshChangesOnlyWhatChanged()
{
    const auto model = makeModel();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setRows({row(u"A"_s, u"1"_s, 5), row(u"B"_s, u"1"_s, 6), row(u"C"_s, u"1"_s, 7),
                    row(u"D"_s, u"1"_s, 8)});
    QCOMPARE(model->rowCount(), 4);

    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    // B and C go, D changes, E is new, A stays as it was; the answer's order differs.
    model->setRows({row(u"E"_s, u"1"_s, 1), row(u"D"_s, u"1"_s, 9), row(u"A"_s, u"1"_s, 5)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1); // D, now second
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QStringList skus;
    for (int r = 0; r < model->rowCount(); ++r)
        skus << model->index(r, 0).data().toString();
    QCOMPARE(skus, (QStringList{u"A"_s, u"D"_s, u"E"_s}));
    QCOMPARE(model->index(1, 2).data(Qt::EditRole).toInt(), 9);

    // The same answer again changes nothing.
    changed.clear();
    model->setRows({row(u"E"_s, u"1"_s, 1), row(u"D"_s, u"1"_s, 9), row(u"A"_s, u"1"_s, 5)});
    QCOMPARE(changed.size(), 0);

    // Two rows with one key stay two rows.
    model->setRows({row(u"A"_s, u"1"_s, 1), row(u"A"_s, u"1"_s, 2)});
    QCOMPARE(model->rowCount(), 2);
    model->setRows({});
    QCOMPARE(model->rowCount(), 0);
}

void TestQueryRowsModel::displayAndRawValues()
{
    const auto model = makeModel();
    model->setRows({QJsonObject{{u"sku"_s, u"A"_s},
                                {u"batch"_s, u"L1"_s},
                                {u"qty"_s, 1200},
                                {u"sell_through"_s, 0.125},
                                {u"expiry"_s, QJsonValue()},
                                {u"action"_s, u"discount"_s},
                                {u"reason"_s, u"slow"_s}}});
    const QLocale locale;
    QCOMPARE(model->index(0, 2).data().toString(), locale.toString(1200));
    QCOMPARE(model->index(0, 2).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model->index(0, 3).data().toString(), u"%1 %"_s.arg(locale.toString(13)));
    QCOMPARE(model->index(0, 3).data(QueryRowsModel::SortRole).toDouble(), 0.125);
    QCOMPARE(model->index(0, 4).data().toString(), u"–"_s); // a missing value
    QVERIFY(!model->index(0, 4).data(Qt::EditRole).isValid());
    QCOMPARE(model->index(0, 5).data().toString(), u"<discount>"_s);
    QCOMPARE(model->index(0, 5).data(Qt::EditRole).toString(), u"discount"_s);
    QCOMPARE(model->index(0, 5).data(Qt::ToolTipRole).toString(), u"slow"_s);
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), u"Sell-through"_s);
    QCOMPARE(model->columnOf(u"expiry"_s), 4);
    QCOMPARE(model->columnOf(u"nothing"_s), -1);
}

void TestQueryRowsModel::sortsNumbersAsNumbers()
{
    // The sort role is the number, not its text ("9 %" would sort after "10 %" and "100 %"),
    // whether JSON gave it back as an integer (0, 1) or a double: Qt 6.4 compares an
    // integer 0 with 0.09 as equal.
    const auto model = makeModel();
    QJsonArray rows;
    const QList<double> shares{0.0, 0.3, 0.09, 1.0, 0.0, 0.1, 0.45};
    for (qsizetype i = 0; i < shares.size(); ++i) {
        QJsonObject one = row(u"S%1"_s.arg(i), u"1"_s, 1);
        one.insert(u"sell_through"_s, shares.at(i));
        rows.append(QJsonDocument::fromJson(QJsonDocument(one).toJson()).object());
    }
    model->setRows(rows);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    proxy.setSortRole(QueryRowsModel::SortRole);
    proxy.sort(3, Qt::AscendingOrder);
    QList<double> sorted;
    for (int r = 0; r < proxy.rowCount(); ++r)
        sorted << proxy.index(r, 3).data(QueryRowsModel::SortRole).toDouble();
    QCOMPARE(sorted, (QList<double>{0.0, 0.0, 0.09, 0.1, 0.3, 0.45, 1.0}));
}

void TestQueryRowsModel::csv()
{
    const auto model = makeModel();
    model->setRows({QJsonObject{{u"sku"_s, u"A,1"_s},
                                {u"batch"_s, u"say \"hi\""_s},
                                {u"qty"_s, 3},
                                {u"sell_through"_s, 1.0 / 3.0},
                                {u"expiry"_s, u"2027-03-01"_s}},
                    row(u"B"_s, u"2"_s, 4)});
    QCOMPARE(items::toCsv(*model),
             QByteArray("SKU,Batch,Qty,Sell-through,Expiry,Action\r\n"
                        "\"A,1\",\"say \"\"hi\"\"\",3,0.3333333333333333,2027-03-01,\r\n"
                        "B,2,4,,,\r\n"));
    QTemporaryDir dir;
    QString error;
    QVERIFY(items::saveCsv(*model, dir.filePath(u"rows.csv"_s), &error));
    QFile written(dir.filePath(u"rows.csv"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), items::toCsv(*model));
    QVERIFY(!items::saveCsv(*model, dir.filePath(u"no/such/folder/rows.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestQueryRowsModel::liveQueryThrottlesBursts()
{
    items::LiveQuery query(m_harness->workspace(), u"deadstock"_s);
    query.setMinimumInterval(3'000);
    QSignalSpy answered(&query, &items::LiveQuery::answered);
    query.setArgs({{u"location"_s, u"DS-01"_s}});
    QVERIFY(answered.wait());
    QVERIFY(query.answeredAt().isValid());
    QVERIFY(!query.isOutOfDate());

    // A burst of five sales, sent at once: one more answer after the interval, not five.
    for (int sale = 0; sale < 5; ++sale) {
        QString error;
        QVERIFY2(m_harness->workspace().submit(
                     u"dispatch"_s,
                     {{u"location"_s, u"DS-01"_s}, {u"sku"_s, u"RICE-1KG"_s}, {u"qty"_s, 1}},
                     &error),
                 qPrintable(error));
    }
    QTRY_COMPARE(m_harness->workspace().outbox().pendingCount(), 0); // all acked
    QVERIFY(m_harness->waitForServiceHead());
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 10'000);
    QVERIFY(!answered.wait(3'500)); // nothing changed since: no third answer

    // Bad arguments come back as a failure naming the field.
    QSignalSpy failed(&query, &items::LiveQuery::failed);
    query.setArgs({{u"window_days"_s, 0}});
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().toJsonObject().value("field"_L1).toString(), u"window_days"_s);
}

void TestQueryRowsModel::liveQueryWaitsWhileInactive()
{
    items::LiveQuery query(m_harness->workspace(), u"ageing"_s);
    query.setMinimumInterval(100);
    query.setActive(false);
    QSignalSpy answered(&query, &items::LiveQuery::answered);
    query.setArgs({});
    QVERIFY(!answered.wait(500)); // hidden screens ask nothing
    QVERIFY(query.isOutOfDate());
    query.setActive(true);
    QVERIFY(answered.wait());
    QVERIFY(!answered.first().first().toJsonArray().isEmpty());
}

void TestQueryRowsModel::liveQueryShowsTheAnswerAfterATimeout()
{
    // The first question times out at once and is asked again; its late answer, arriving
    // while the second is in flight, must not make the second one's answer be ignored.
    items::LiveQuery query(m_harness->workspace(), u"ageing"_s);
    query.setMinimumInterval(0);
    query.setAnswerTimeout(0);
    QSignalSpy answered(&query, &items::LiveQuery::answered);
    QSignalSpy failed(&query, &items::LiveQuery::failed);
    connect(&query, &items::LiveQuery::failed, this,
            [&query] { query.setAnswerTimeout(items::LiveQuery::kAnswerTimeoutMs); });
    query.setArgs({});
    QVERIFY(answered.wait());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toJsonObject().value("code"_L1).toString(), u"timeout"_s);
    QCOMPARE(answered.size(), 1);
}

QTEST_MAIN(TestQueryRowsModel)
#include "tst_queryrowsmodel.moc"
