#include "WorkspaceHarness.h"

#include "items/OutboxModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::OutboxModel;

class TestOutboxModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pendingRowsLeaveOnAck();
    void rejectionChangesTheRowInPlace();
};

namespace {

QJsonObject receipt(const QString &sku, qint64 qty)
{
    return {{u"location"_s, u"DS-01"_s},
            {u"sku"_s, sku},
            {u"qty"_s, qty},
            {u"batch"_s, u"L1"_s},
            {u"expiry"_s, u"2031-01-31"_s}};
}

} // namespace

void TestOutboxModel::pendingRowsLeaveOnAck()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service);
    QVERIFY(app.connectAndSync());
    QVERIFY(app.seedCatalog());
    app.workspace().disconnectFromService();

    OutboxModel model(app.workspace().outbox());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QString error;
    QVERIFY(app.workspace().submit(u"receive"_s, receipt(u"MILK-1L"_s, 12), &error));
    QVERIFY(app.workspace().submit(u"receive"_s, receipt(u"YOG-500"_s, 5), &error));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), u"Pending"_s);
    QCOMPARE(model.index(0, OutboxModel::SkuColumn).data().toString(), u"MILK-1L"_s);
    QVERIFY(model.index(0, OutboxModel::DetailsColumn).data().toString().contains(u"qty 12"_s));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(app.connectAndSync());
    QTRY_COMPARE(model.rowCount(), 0);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(app.state().cells.value({u"DS-01"_s, u"MILK-1L"_s}).batches.value(0).qty, 12);
}

void TestOutboxModel::rejectionChangesTheRowInPlace()
{
    testing::ServiceHarness service;
    QVERIFY(service.start());
    testing::WorkspaceHarness app(service);
    QVERIFY(app.connectAndSync());
    QVERIFY(app.seedCatalog());
    app.workspace().disconnectFromService();

    OutboxModel model(app.workspace().outbox());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    const std::optional<QString> id =
        app.workspace().submit(u"receive"_s, receipt(u"NO-SUCH-SKU"_s, 3), &error);
    QVERIFY(id);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(app.connectAndSync());
    QTRY_COMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), u"Rejected"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.index(0, OutboxModel::ReasonColumn).data().toString(), u"Unknown SKU"_s);
    QCOMPARE(model.idAt(0), *id);

    // Fixed and resent: the rejected row goes, the new command is acked and leaves too.
    const std::optional<QString> resent =
        app.workspace().resend(*id, receipt(u"MILK-1L"_s, 3), &error);
    QVERIFY2(resent, qPrintable(error));
    QTRY_COMPARE(model.rowCount(), 0);
    QVERIFY(app.waitForServiceHead());
    QCOMPARE(app.state().availability({u"DS-01"_s, u"MILK-1L"_s}).onHand, 3);
}

QTEST_MAIN(TestOutboxModel)
#include "tst_outboxmodel.moc"
