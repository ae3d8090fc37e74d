#include "WorkspaceHarness.h"

#include "domain/JsonFormat.h"
#include "items/ReceiptModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::ReceiptModel;
using ReceiptState = ReceiptModel::ReceiptState;

class TestReceiptModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receiptGoesFromPendingToReceived();
    void rejectedReceiptShowsTheReason();
    void reversalTakesTheReceiptBack();
    void rejectedReversalLeavesTheReceiptReceived();
    void newSkuGetsItsNameWhenTheServiceHasIt();
    void waitingReceiptsOfTheLastRunShow();
    void otherCommandsAreNotReceipts();
};

namespace {

QJsonObject receipt(const QString &sku, qint64 qty, const QString &batch = u"L1"_s)
{
    return {{u"location"_s, u"DS-01"_s},
            {u"sku"_s, sku},
            {u"qty"_s, qty},
            {u"batch"_s, batch},
            {u"expiry"_s, domain::formatDate(QDate::currentDate().addYears(1))}};
}

// Locations are an admin's to make; the receipts are a manager's.
bool seed(testing::ServiceHarness &service)
{
    testing::WorkspaceHarness admin(service);
    return admin.connectAndSync() && admin.seedCatalog();
}

ReceiptState stateAt(const ReceiptModel &model, int row)
{
    return ReceiptState(model.index(row, 0).data(ReceiptModel::StateRole).toInt());
}

} // namespace

void TestReceiptModel::receiptGoesFromPendingToReceived()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service, service::Role::Manager);
    QVERIFY(seed(service));
    QVERIFY(app.connectAndSync());

    ReceiptModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QString error;
    const std::optional<QString> id =
        app.workspace().submit(u"receive"_s, receipt(u"MILK-1L"_s, 24, u"L2611"_s), &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ReceiptModel::IdRole).toString(), *id);
    QCOMPARE(stateAt(model, 0), ReceiptState::Pending);
    QCOMPARE(model.index(0, ReceiptModel::StateColumn).data().toString(), u"Pending"_s);
    QVERIFY(model.index(0, ReceiptModel::SkuColumn).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(0, ReceiptModel::NameColumn).data().toString(), u"Whole milk 1 l"_s);
    QCOMPARE(model.index(0, ReceiptModel::BatchColumn).data().toString(), u"L2611"_s);
    QCOMPARE(model.index(0, ReceiptModel::QtyColumn).data().toLongLong(), 24);
    QVERIFY(!model.canReverse(0));

    QTRY_COMPARE(stateAt(model, 0), ReceiptState::Received);
    // One change for the ack; the events that follow touch no row of this model.
    QVERIFY(app.waitForServiceHead());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), ReceiptModel::ColumnCount - 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(ReceiptModel::StateRole));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QVERIFY(!model.index(0, ReceiptModel::SkuColumn).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.canReverse(0));
}

void TestReceiptModel::rejectedReceiptShowsTheReason()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service, service::Role::Manager);
    QVERIFY(seed(service));
    QVERIFY(app.connectAndSync());

    ReceiptModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QJsonObject answer = app.submitAndWait(u"receive"_s, receipt(u"NO-SUCH"_s, 3));
    QVERIFY(answer.contains("error"_L1));
    QCOMPARE(stateAt(model, 0), ReceiptState::Rejected);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, ReceiptModel::StateColumn).data().toString(),
             u"Rejected: Unknown SKU"_s);
    QCOMPARE(model.index(0, ReceiptModel::SkuColumn).data(Qt::ToolTipRole).toString(),
             u"Unknown SKU"_s);
    QVERIFY(!model.canReverse(0));
}

void TestReceiptModel::reversalTakesTheReceiptBack()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service, service::Role::Manager);
    QVERIFY(seed(service));
    QVERIFY(app.connectAndSync());

    ReceiptModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!app.submitAndWait(u"receive"_s, receipt(u"YOG-500"_s, 12)).contains("error"_L1));
    QCOMPARE(stateAt(model, 0), ReceiptState::Received);

    const QJsonObject args = model.reversalArgs(0);
    QCOMPARE(args.value("delta"_L1).toInteger(), -12);
    QCOMPARE(args.value("batch"_L1).toString(), u"L1"_s);
    QCOMPARE(args.value("reason"_L1).toString(), u"receipt reversed"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QString error;
    const std::optional<QString> id = app.workspace().submit(u"adjust"_s, args, &error);
    QVERIFY2(id, qPrintable(error));
    model.setReversal(0, *id);
    QCOMPARE(stateAt(model, 0), ReceiptState::Reversing);
    QCOMPARE(model.index(0, ReceiptModel::StateColumn).data().toString(), u"Reversal pending"_s);
    QVERIFY(!model.canReverse(0));
    QTRY_COMPARE(stateAt(model, 0), ReceiptState::Reversed);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(inserted.size(), 0); // an adjust is no receipt
    QVERIFY(model.index(0, ReceiptModel::QtyColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(app.waitForServiceHead());
    QCOMPARE(app.state().availability({u"DS-01"_s, u"YOG-500"_s}).onHand, 0);
}

void TestReceiptModel::rejectedReversalLeavesTheReceiptReceived()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service, service::Role::Manager);
    QVERIFY(seed(service));
    QVERIFY(app.connectAndSync());

    ReceiptModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!app.submitAndWait(u"receive"_s, receipt(u"MILK-1L"_s, 10)).contains("error"_L1));
    // Most of the batch sold before the user noticed the wrong receipt.
    const QJsonObject sold{{u"location"_s, u"DS-01"_s}, {u"sku"_s, u"MILK-1L"_s}, {u"qty"_s, 8}};
    QVERIFY(!app.submitAndWait(u"dispatch"_s, sold).contains("error"_L1));

    QString error;
    const std::optional<QString> id =
        app.workspace().submit(u"adjust"_s, model.reversalArgs(0), &error);
    QVERIFY(id);
    model.setReversal(0, *id);
    QTRY_COMPARE(stateAt(model, 0), ReceiptState::Received);
    QVERIFY(model.index(0, ReceiptModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Reversal rejected: "_s));
    QVERIFY(model.canReverse(0));
}

void TestReceiptModel::newSkuGetsItsNameWhenTheServiceHasIt()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service, service::Role::Manager);
    QVERIFY(seed(service));
    QVERIFY(app.connectAndSync());
    app.workspace().disconnectFromService();

    ReceiptModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(app.workspace().submit(u"upsert_sku"_s,
                                   {{u"sku"_s, u"OAT-1L"_s},
                                    {u"name"_s, u"Oat drink 1 l"_s},
                                    {u"gtin"_s, u"04012345678901"_s}},
                                   &error));
    QVERIFY(app.workspace().submit(u"receive"_s, receipt(u"OAT-1L"_s, 6), &error));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ReceiptModel::NameColumn).data().toString(), QString());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(app.connectAndSync());
    QTRY_COMPARE(stateAt(model, 0), ReceiptState::Received);
    QTRY_COMPARE(model.index(0, ReceiptModel::NameColumn).data().toString(), u"Oat drink 1 l"_s);
    const auto nameChange = std::find_if(changed.cbegin(), changed.cend(), [](const auto &args) {
        return args.at(0).toModelIndex().column() == ReceiptModel::NameColumn;
    });
    QVERIFY(nameChange != changed.cend());
    QCOMPARE(nameChange->at(1).toModelIndex().column(), ReceiptModel::NameColumn);
}

void TestReceiptModel::waitingReceiptsOfTheLastRunShow()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service, service::Role::Manager);
    QVERIFY(seed(service));
    QVERIFY(app.connectAndSync());
    app.workspace().disconnectFromService();
    QString error;
    QVERIFY(app.workspace().submit(u"receive"_s, receipt(u"BREAD-WH"_s, 30), &error));
    QVERIFY(app.reopen());

    ReceiptModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(stateAt(model, 0), ReceiptState::Pending);
    QVERIFY(app.connectAndSync());
    QTRY_COMPARE(stateAt(model, 0), ReceiptState::Received);
}

void TestReceiptModel::otherCommandsAreNotReceipts()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service, service::Role::Manager);
    QVERIFY(seed(service));
    QVERIFY(app.connectAndSync());

    ReceiptModel model(app.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!app.submitAndWait(u"receive"_s, receipt(u"MILK-1L"_s, 5)).contains("error"_L1));
    QVERIFY(
        !app.submitAndWait(u"return"_s,
                           {{u"location"_s, u"DS-01"_s}, {u"sku"_s, u"MILK-1L"_s}, {u"qty"_s, 1}})
             .contains("error"_L1));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(changed.size(), 1);
}

QTEST_MAIN(TestReceiptModel)
#include "tst_receiptmodel.moc"
