#include "WorkspaceHarness.h"

#include "items/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::HistoryModel;

// A row's history: the service's answer, then live events on top, each event once.
class TestHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answerThenLiveEventsOnTop();
    void eventsDuringTheQueryShowOnce();
    void otherCellsStayOut();
    void offlineSaysWhy();

private:
    std::unique_ptr<testing::ServiceHarness> m_service;
    std::unique_ptr<testing::WorkspaceHarness> m_app;
    std::unique_ptr<testing::WorkspaceHarness> m_other;
};

namespace {

const domain::StockKey kMilkStore{u"DS-01"_s, u"MILK-1L"_s};
const domain::StockKey kMilkWarehouse{u"WH-01"_s, u"MILK-1L"_s};

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

QString cell(const HistoryModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

void TestHistoryModel::init()
{
    m_service = std::make_unique<testing::ServiceHarness>();
    QVERIFY(m_service->start());
    m_app = std::make_unique<testing::WorkspaceHarness>(*m_service);
    QVERIFY(m_app->connectAndSync());
    QVERIFY(m_app->seedCatalog());
    m_other = std::make_unique<testing::WorkspaceHarness>(*m_service, service::Role::Manager);
    QVERIFY(m_other->connectAndSync());
}

void TestHistoryModel::cleanup()
{
    m_other.reset();
    m_app.reset();
    m_service.reset();
}

void TestHistoryModel::answerThenLiveEventsOnTop()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 10, u"L1"_s))));
    QVERIFY(acked(m_other->submitAndWait(
        u"dispatch"_s,
        {{u"location"_s, kMilkStore.location}, {u"sku"_s, kMilkStore.sku}, {u"qty"_s, 3}})));
    QVERIFY(m_app->waitForServiceHead());

    HistoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &HistoryModel::loaded);
    model.setKey(kMilkStore);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait());
    QVERIFY(!model.isLoading());
    QVERIFY(model.errorText().isEmpty());
    QCOMPARE(model.rowCount(), 2);

    // Newest first: the dispatch, then the receipt.
    QCOMPARE(model.index(0, 0).data(HistoryModel::KindRole).toString(), u"stock.dispatched"_s);
    QCOMPARE(cell(model, 0, HistoryModel::EventColumn), u"Dispatched"_s);
    QCOMPARE(cell(model, 0, HistoryModel::ChangeColumn), u"-3"_s);
    QCOMPARE(cell(model, 0, HistoryModel::BatchColumn), u"L1"_s);
    QCOMPARE(cell(model, 0, HistoryModel::AtpColumn), u"7"_s);
    QCOMPARE(cell(model, 1, HistoryModel::ChangeColumn), u"+10"_s);
    QVERIFY(cell(model, 1, HistoryModel::EventColumn).startsWith(u"Received"_s));
    QCOMPARE(cell(model, 1, HistoryModel::AtpColumn), u"10"_s);
    QVERIFY(!cell(model, 1, HistoryModel::ActorColumn).isEmpty());
    QVERIFY(!cell(model, 1, HistoryModel::TimeColumn).isEmpty());
    QVERIFY(model.index(0, 0).data(HistoryModel::SeqRole).toLongLong() >
            model.index(1, 0).data(HistoryModel::SeqRole).toLongLong());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 5, u"L2"_s))));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(cell(model, 0, HistoryModel::BatchColumn), u"L2"_s);
    QCOMPARE(cell(model, 0, HistoryModel::AtpColumn), u"12"_s);
}

void TestHistoryModel::eventsDuringTheQueryShowOnce()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 10, u"L1"_s))));
    QVERIFY(m_app->waitForServiceHead());
    HistoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &HistoryModel::loaded);
    model.setKey(kMilkStore);
    // Sent while the query is on its way: it may arrive live before the answer, after it,
    // or in it. Whichever, it shows once.
    QString error;
    QVERIFY(m_other->workspace().submit(u"receive"_s, receipt(kMilkStore, 4, u"L2"_s), &error));
    QVERIFY(m_other->workspace().submit(u"receive"_s, receipt(kMilkStore, 6, u"L3"_s), &error));
    QTRY_VERIFY(!loaded.isEmpty());
    QTRY_COMPARE(model.rowCount(), 3);
    QVERIFY(m_app->waitForServiceHead()); // every live event is in: still three rows
    QCOMPARE(model.rowCount(), 3);
    QSet<qint64> seqs;
    for (int row = 0; row < model.rowCount(); ++row) {
        seqs.insert(model.index(row, 0).data(HistoryModel::SeqRole).toLongLong());
        if (row > 0)
            QVERIFY(model.eventAt(row - 1).seq > model.eventAt(row).seq);
    }
    QCOMPARE(seqs.size(), 3);
}

void TestHistoryModel::otherCellsStayOut()
{
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkStore, 10, u"L1"_s))));
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkWarehouse, 50, u"W1"_s))));
    QVERIFY(m_app->waitForServiceHead());
    HistoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &HistoryModel::loaded);
    model.setKey(kMilkStore);
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(acked(m_other->submitAndWait(u"receive"_s, receipt(kMilkWarehouse, 5, u"W2"_s))));
    QVERIFY(m_app->waitForServiceHead());
    QCOMPARE(inserted.size(), 0);

    // Another key: the rows go and the new key's history comes.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setKey(kMilkWarehouse);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, HistoryModel::BatchColumn), u"W2"_s);
}

void TestHistoryModel::offlineSaysWhy()
{
    m_app->workspace().disconnectFromService();
    HistoryModel model(m_app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &HistoryModel::loadFailed);
    model.setKey(kMilkStore);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.errorText().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
