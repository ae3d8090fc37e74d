#include "PlannerLedger.h"
#include "WorkspaceHarness.h"

#include "AgeingChart.h"
#include "CoverChart.h"
#include "ExportActions.h"
#include "items/LiveQuery.h"
#include "items/QueryRowsModel.h"
#include "sync/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSet>
#include <QChartView>
#include <QJsonArray>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using namespace shelfsync::testing;

class TestCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dump();

private:
    QJsonArray ask(const QString &name, const QJsonObject &args);

    ServiceHarness m_service;
    std::unique_ptr<WorkspaceHarness> m_harness;
};

QJsonArray TestCharts::ask(const QString &name, const QJsonObject &args)
{
    QJsonArray answer;
    bool done = false;
    m_harness->workspace().query(name, args, this,
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

void TestCharts::dump()
{
    for (const QJsonValue &row : ask(u"deadstock"_s, {{u"all"_s, true}}))
        qDebug().noquote() << QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact);
    for (const QJsonValue &row : ask(u"ageing"_s, {}))
        qDebug().noquote() << QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
