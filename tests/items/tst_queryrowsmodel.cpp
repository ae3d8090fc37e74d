#include "PlannerLedger.h"
#include "WorkspaceHarness.h"

#include "items/CsvExport.h"
#include "items/LiveQuery.h"
#include "items/QueryRowsModel.h"
#include "sync/Workspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using namespace shelfsync::testing;
using items::QueryRowsModel;

class TestQueryRowsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void smoke();

private:
    ServiceHarness m_service;
    std::unique_ptr<WorkspaceHarness> m_harness;
};

void TestQueryRowsModel::initTestCase()
{
    QVERIFY(m_service.start());
    m_harness = std::make_unique<WorkspaceHarness>(m_service);
    QVERIFY(m_harness->connectAndSync());
    QVERIFY(seedPlannerLedger(*m_harness, m_service.clock));
}

void TestQueryRowsModel::smoke()
{
    items::LiveQuery query(m_harness->workspace(), u"deadstock"_s);
    QSignalSpy answered(&query, &items::LiveQuery::answered);
    query.setArgs({{u"all"_s, true}});
    QVERIFY(answered.wait());
    qDebug().noquote() << QJsonDocument(answered.first().first().toJsonArray()).toJson();
}

QTEST_MAIN(TestQueryRowsModel)
#include "tst_queryrowsmodel.moc"
