#include "WorkspaceHarness.h"

#include "Service.h"
#include "Sweeper.h"

#include "domain/Expiry.h"
#include "domain/JsonFormat.h"
#include "items/BatchModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::BatchModel;

class TestBatchModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rowsFollowFefoOrder();
    void receiptInsertsOneRow();
    void writeOffChangesOneRow();
    void sellOutRemovesTheRow();
    void hiddenBatchMovesAfterTheSellableOnes();
    void nearExpiryFollowsPolicyAndClock();
    void pendingCommandsMakeTheCellItalic();
    void everyLocationOfOneSku();
    void replicaResetAndNewKeyReset();

private:
    // The model reads client A; client B (another desk) makes the changes, so A's outbox
    // stays out of the signals under test unless a test means it.
    void receive(const QString &location, const QString &batch, int qty, int expiresInDays);
    QStringList batches() const;

    std::unique_ptr<testing::ServiceHarness> m_service;
    std::unique_ptr<testing::WorkspaceHarness> m_reader;
    std::unique_ptr<testing::WorkspaceHarness> m_writer;
    std::unique_ptr<BatchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDate m_today;
};

void TestBatchModel::init()
{
    m_service = std::make_unique<testing::ServiceHarness>();
    QVERIFY(m_service->start());
    m_reader = std::make_unique<testing::WorkspaceHarness>(*m_service, service::Role::Manager);
    m_writer = std::make_unique<testing::WorkspaceHarness>(*m_service, service::Role::Admin);
    QVERIFY(m_writer->connectAndSync());
    QVERIFY(m_writer->seedCatalog());
    QVERIFY(m_reader->connectAndSync());
    m_model = std::make_unique<BatchModel>(m_reader->workspace());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    testing::ServiceHarness *service = m_service.get();
    m_model->setClock([service] { return service->clock.now(); });
    m_today = m_service->clock.now().date();
}

void TestBatchModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_writer.reset();
    m_reader.reset();
    m_service.reset();
}

void TestBatchModel::receive(const QString &location, const QString &batch, int qty,
                             int expiresInDays)
{
    QJsonObject args{
        {u"location"_s, location}, {u"sku"_s, u"MILK-1L"_s}, {u"qty"_s, qty}, {u"batch"_s, batch}};
    if (expiresInDays >= 0)
        args.insert(u"expiry"_s, domain::formatDate(m_today.addDays(expiresInDays)));
    const QJsonObject answer = m_writer->submitAndWait(u"receive"_s, args);
    QVERIFY2(!answer.contains("error"_L1), QJsonDocument(answer).toJson().constData());
    QVERIFY(m_reader->waitForServiceHead());
}

QStringList TestBatchModel::batches() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row, BatchModel::BatchColumn).data().toString();
    return ids;
}

void TestBatchModel::rowsFollowFefoOrder()
{
    receive(u"DS-01"_s, u"L-LATE"_s, 10, 20);
    receive(u"DS-01"_s, u"L-NONE"_s, 4, -1);
    receive(u"DS-01"_s, u"L-SOON"_s, 6, 6);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setKey(u"DS-01"_s, u"MILK-1L"_s);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(batches(), QStringList({u"L-SOON"_s, u"L-LATE"_s, u"L-NONE"_s}));

    // The same order as the one dispatches draw in.
    const domain::Cell cell = m_reader->state().cells.value({u"DS-01"_s, u"MILK-1L"_s});
    QStringList fefo;
    for (qsizetype i : domain::fefoOrder(cell))
        fefo << cell.batches[i].id;
    QCOMPARE(batches(), fefo);

    QCOMPARE(m_model->index(0, BatchModel::DaysLeftColumn).data().toLongLong(), 6);
    QCOMPARE(m_model->index(0, BatchModel::AgeColumn).data().toLongLong(), 0);
    QCOMPARE(m_model->index(0, BatchModel::QtyColumn).data().toLongLong(), 6);
    QCOMPARE(m_model->index(0, BatchModel::StateColumn).data().toString(), u"Sellable"_s);
    QCOMPARE(m_model->index(2, BatchModel::ExpiryColumn).data().toString(), u"none"_s);
    QVERIFY(!m_model->index(2, BatchModel::DaysLeftColumn).data().isValid());
    QCOMPARE(m_model->keyAt(1), (domain::StockKey{u"DS-01"_s, u"MILK-1L"_s}));
    QCOMPARE(m_model->batchAt(1).qty, 10);
    QCOMPARE(m_model->rowOf(u"DS-01"_s, u"L-NONE"_s), 2);
}

void TestBatchModel::receiptInsertsOneRow()
{
    receive(u"DS-01"_s, u"L-LATE"_s, 10, 20);
    receive(u"DS-01"_s, u"L-SOON"_s, 6, 6);
    m_model->setKey(u"DS-01"_s, u"MILK-1L"_s);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    receive(u"DS-01"_s, u"L-MID"_s, 8, 10);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(batches(), QStringList({u"L-SOON"_s, u"L-MID"_s, u"L-LATE"_s}));

    // Another SKU or another location of the same SKU is not this model's business.
    receive(u"WH-01"_s, u"L-WH"_s, 50, 12);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 0);
}

void TestBatchModel::writeOffChangesOneRow()
{
    receive(u"DS-01"_s, u"L-LATE"_s, 10, 20);
    receive(u"DS-01"_s, u"L-SOON"_s, 6, 6);
    m_model->setKey(u"DS-01"_s, u"MILK-1L"_s);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const QJsonObject answer =
        m_writer->submitAndWait(u"write_off"_s, {{u"location"_s, u"DS-01"_s},
                                                 {u"sku"_s, u"MILK-1L"_s},
                                                 {u"batch"_s, u"L-LATE"_s},
                                                 {u"qty"_s, 3},
                                                 {u"reason"_s, u"damaged"_s}});
    QVERIFY(!answer.contains("error"_L1));
    QVERIFY(m_reader->waitForServiceHead());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(1, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), m_model->index(1, BatchModel::ColumnCount - 1));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(BatchModel::QtyRole));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(m_model->index(1, BatchModel::QtyColumn).data().toLongLong(), 7);
}

void TestBatchModel::sellOutRemovesTheRow()
{
    receive(u"DS-01"_s, u"L-LATE"_s, 10, 20);
    receive(u"DS-01"_s, u"L-SOON"_s, 6, 6);
    m_model->setKey(u"DS-01"_s, u"MILK-1L"_s);

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // FEFO: a dispatch of 6 empties the batch that expires first, which leaves the cell.
    const QJsonObject answer = m_writer->submitAndWait(
        u"dispatch"_s, {{u"location"_s, u"DS-01"_s}, {u"sku"_s, u"MILK-1L"_s}, {u"qty"_s, 6}});
    QVERIFY(!answer.contains("error"_L1));
    QVERIFY(m_reader->waitForServiceHead());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(batches(), QStringList({u"L-LATE"_s}));
}

void TestBatchModel::hiddenBatchMovesAfterTheSellableOnes()
{
    receive(u"DS-01"_s, u"L-SOON"_s, 6, 3);
    receive(u"DS-01"_s, u"L-LATE"_s, 10, 9);
    m_model->setKey(u"DS-01"_s, u"MILK-1L"_s);
    QCOMPARE(batches(), QStringList({u"L-SOON"_s, u"L-LATE"_s}));

    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // Three days on, L-SOON is inside its 24 h hide window: the sweeper hides it.
    m_service->clock.advance(3LL * 24 * 3600 * 1000);
    m_service->service().sweeper().sweepNow();
    QVERIFY(m_reader->waitForServiceHead());
    QTRY_VERIFY(m_model->index(1, 0).data(BatchModel::HiddenRole).toBool());
    QCOMPARE(batches(), QStringList({u"L-LATE"_s, u"L-SOON"_s}));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, BatchModel::StateColumn).data().toString(), u"Hidden"_s);
    QCOMPARE(m_model->index(1, BatchModel::AgeColumn).data().toLongLong(), 3);
}

void TestBatchModel::nearExpiryFollowsPolicyAndClock()
{
    receive(u"DS-01"_s, u"L-2"_s, 5, 2);
    receive(u"DS-01"_s, u"L-5"_s, 5, 5);
    receive(u"DS-01"_s, u"L-30"_s, 5, 30);
    m_model->setKey(u"DS-01"_s, u"MILK-1L"_s);
    const auto near = [this](int row) {
        return m_model->index(row, 0).data(BatchModel::NearExpiryRole).toBool();
    };
    QVERIFY(near(0)); // within three days
    QVERIFY(m_model->index(0, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_model->index(0, BatchModel::StateColumn).data().toString(), u"Expiring soon"_s);
    QVERIFY(!near(1));
    QVERIFY(!m_model->index(1, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!near(2));

    // Hidden four days before expiry: L-5 leaves the shelf in under two days from now.
    // (The sweeper would hide L-2 at once under that window; this test is about the flag.)
    m_service->service().sweeper().stop();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QJsonObject answer = m_writer->submitAndWait(
        u"set_policy"_s, {{u"sku"_s, u"MILK-1L"_s}, {u"hide_before_expiry_h"_s, 96}});
    QVERIFY2(!answer.contains("error"_L1), QJsonDocument(answer).toJson().constData());
    QVERIFY(m_reader->waitForServiceHead());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(BatchModel::NearExpiryRole));
    QVERIFY(near(1));
    QVERIFY(!near(2));

    // 26 days later every batch is near (or past) its expiry.
    changed.clear();
    const QDateTime later = m_service->clock.now().addDays(26);
    m_model->setClock([later] { return later; });
    QVERIFY(near(2));
    QCOMPARE(m_model->index(2, BatchModel::DaysLeftColumn).data().toLongLong(), 4);
    QCOMPARE(m_model->index(0, BatchModel::StateColumn).data().toString(), u"Expired"_s);
    QVERIFY(!changed.isEmpty());
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().column() == BatchModel::DaysLeftColumn;
    }));
}

void TestBatchModel::pendingCommandsMakeTheCellItalic()
{
    receive(u"DS-01"_s, u"L-1"_s, 5, 9);
    receive(u"DS-01"_s, u"L-2"_s, 5, 12);
    m_model->setKey(u"DS-01"_s, u"MILK-1L"_s);
    m_reader->workspace().disconnectFromService();

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QString error;
    QVERIFY(m_reader->workspace().submit(u"adjust"_s,
                                         {{u"location"_s, u"DS-01"_s},
                                          {u"sku"_s, u"MILK-1L"_s},
                                          {u"batch"_s, u"L-2"_s},
                                          {u"counted"_s, 4},
                                          {u"reason"_s, u"count"_s}},
                                         &error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QVERIFY(m_model->index(0, 0).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(m_model->index(1, 0).data(Qt::ToolTipRole).toString(),
             u"1 change(s) waiting to be sent"_s);

    QVERIFY(m_reader->connectAndSync());
    QTRY_VERIFY(!m_model->index(0, 0).data(Qt::FontRole).value<QFont>().italic());
    QTRY_COMPARE(m_model->index(1, BatchModel::QtyColumn).data().toLongLong(), 4);
}

void TestBatchModel::everyLocationOfOneSku()
{
    receive(u"DS-01"_s, u"L-DS-LATE"_s, 5, 20);
    receive(u"WH-01"_s, u"L-WH"_s, 50, 10);
    receive(u"DS-01"_s, u"L-DS-SOON"_s, 5, 4);
    m_model->setKey(QString(), u"MILK-1L"_s);
    QCOMPARE(batches(), QStringList({u"L-DS-SOON"_s, u"L-WH"_s, u"L-DS-LATE"_s}));
    QCOMPARE(m_model->index(1, BatchModel::LocationColumn).data().toString(), u"WH-01"_s);
    QCOMPARE(m_model->keyAt(1), (domain::StockKey{u"WH-01"_s, u"MILK-1L"_s}));

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    receive(u"WH-01"_s, u"L-WH-2"_s, 50, 15);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
}

void TestBatchModel::replicaResetAndNewKeyReset()
{
    receive(u"DS-01"_s, u"L-1"_s, 5, 9);
    m_model->setKey(u"DS-01"_s, u"MILK-1L"_s);
    QCOMPARE(m_model->rowCount(), 1);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setKey(u"DS-01"_s, u"MILK-1L"_s); // the same key: nothing to do
    QCOMPARE(reset.size(), 0);
    m_model->setKey(u"DS-01"_s, u"YOG-500"_s);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setKey(u"DS-01"_s, u"MILK-1L"_s);
    QCOMPARE(reset.size(), 2);

    m_reader->workspace().replica().discard();
    QCOMPARE(reset.size(), 3);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestBatchModel)
#include "tst_batchmodel.moc"
