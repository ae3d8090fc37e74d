#include "WorkspaceHarness.h"

#include "domain/JsonFormat.h"
#include "items/ReservationModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::ReservationFilterProxy;
using items::ReservationModel;

class TestReservationModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countdownFormat_data();
    void countdownFormat();
    void shortIds();
    void rowsFollowHoldsCommitsAndReleases();
    void countdownTicksWithOneSignal();
    void sweeperReleasesAnExpiredHold();
    void countBelowReservedFlagsAtRisk();
    void pendingReleaseIsItalic();
    void proxyFiltersAndSummary();
    void resetWithTheReplica();
};

namespace {

using shelfsync::testing::acked;

QJsonObject hold(const QString &sku, qint64 qty, int holdS = 300, const QString &channel = u"web"_s)
{
    return {{u"location"_s, u"DS-01"_s},
            {u"sku"_s, sku},
            {u"qty"_s, qty},
            {u"channel"_s, channel},
            {u"hold_s"_s, holdS}};
}

// A service with the seed catalogue and stock at DS-01 (100 MILK-1L in batch L1, 20
// YOG-500); an admin client makes changes, the model's client (a viewer) watches.
struct Fixture
{
    testing::ServiceHarness service;
    std::unique_ptr<testing::WorkspaceHarness> admin;
    std::unique_ptr<testing::WorkspaceHarness> app;

    bool start(service::Role role = service::Role::Viewer)
    {
        if (!service.start())
            return false;
        admin = std::make_unique<testing::WorkspaceHarness>(service);
        app = std::make_unique<testing::WorkspaceHarness>(service, role);
        const auto receive = [this](const QString &sku, qint64 qty) {
            return acked(admin->submitAndWait(u"receive"_s, {{u"location"_s, u"DS-01"_s},
                                                             {u"sku"_s, sku},
                                                             {u"qty"_s, qty},
                                                             {u"batch"_s, u"L1"_s},
                                                             {u"expiry"_s, u"2031-01-31"_s}}));
        };
        return admin->connectAndSync() && admin->seedCatalog() && receive(u"MILK-1L"_s, 100) &&
               receive(u"YOG-500"_s, 20) && app->connectAndSync();
    }
    // The reservation id, or empty.
    QString reserve(const QString &sku, qint64 qty, int holdS = 300)
    {
        const QJsonObject answer = admin->submitAndWait(u"reserve"_s, hold(sku, qty, holdS));
        if (!acked(answer) || !app->waitForServiceHead())
            return {};
        return answer.value("reservation"_L1).toString();
    }
    bool run(const QString &op, const QJsonObject &args)
    {
        return acked(admin->submitAndWait(op, args)) && app->waitForServiceHead();
    }
};

// The dataChanged signals other than the countdown's tick (which may fall in any wait).
QList<QList<QVariant>> rowChanges(const QSignalSpy &spy)
{
    QList<QList<QVariant>> changes;
    for (const QList<QVariant> &signal : spy) {
        const QModelIndex topLeft = signal.at(0).toModelIndex();
        const QModelIndex bottomRight = signal.at(1).toModelIndex();
        if (topLeft.column() != ReservationModel::ExpiresInColumn ||
            bottomRight.column() != ReservationModel::ExpiresInColumn)
            changes.append(signal);
    }
    return changes;
}

QString text(const ReservationModel &model, const QString &id, int column)
{
    return model.index(model.rowOf(id), column).data().toString();
}

} // namespace

void TestReservationModel::countdownFormat_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::addRow("ten minutes") << qint64(600) << u"10:00"_s;
    QTest::addRow("four thirty-two") << qint64(272) << u"4:32"_s;
    QTest::addRow("seconds") << qint64(9) << u"0:09"_s;
    QTest::addRow("due") << qint64(0) << u"0:00"_s;
    QTest::addRow("overdue") << qint64(-5) << u"0:00"_s;
    QTest::addRow("hours") << qint64(3723) << u"1:02:03"_s;
}

void TestReservationModel::shortIds()
{
    QCOMPARE(ReservationModel::shortId(u"demo-435123"_s), u"demo-435123"_s);
    QCOMPARE(ReservationModel::shortId(u"0f8e2a9c-1b2d-4e5f-8a9b-0c1d2e3f4a5b"_s), u"0f8e2a9c"_s);
}

void TestReservationModel::countdownFormat()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ReservationModel::formatCountdown(seconds), text);
}

void TestReservationModel::rowsFollowHoldsCommitsAndReleases()
{
    Fixture f;
    QVERIFY(f.start());
    ReservationModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QString first = f.reserve(u"MILK-1L"_s, 5);
    QVERIFY(!first.isEmpty());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    const domain::Reservation held = f.app->state().reservations.value(first);
    model.setClock([&] { return held.expiresAt.addSecs(-272); });
    QCOMPARE(text(model, first, ReservationModel::IdColumn), ReservationModel::shortId(first));
    QCOMPARE(text(model, first, ReservationModel::NameColumn), u"Whole milk 1 l"_s);
    QCOMPARE(model.index(0, ReservationModel::IdColumn).data(ReservationModel::IdRole).toString(),
             first);
    QCOMPARE(text(model, first, ReservationModel::LocationColumn), u"DS-01"_s);
    QCOMPARE(text(model, first, ReservationModel::SkuColumn), u"MILK-1L"_s);
    QCOMPARE(text(model, first, ReservationModel::QtyColumn), u"5"_s);
    QCOMPARE(text(model, first, ReservationModel::ChannelColumn), u"web"_s);
    QCOMPARE(text(model, first, ReservationModel::StateColumn), u"Held"_s);
    QCOMPARE(text(model, first, ReservationModel::ExpiresInColumn), u"4:32"_s);
    QCOMPARE(text(model, first, ReservationModel::AtRiskColumn), QString());
    QVERIFY(!text(model, first, ReservationModel::CreatedColumn).isEmpty());

    const QString second = f.reserve(u"YOG-500"_s, 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowOf(second), 1); // newest last

    // Committing turns the row's state in place; the countdown goes with the hold.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(f.run(u"commit"_s, {{u"reservation"_s, first}}));
    const QList<QList<QVariant>> commits = rowChanges(changed);
    QCOMPARE(commits.size(), 1);
    QCOMPARE(commits.first().at(0).toModelIndex(), model.index(model.rowOf(first), 0));
    QCOMPARE(commits.first().at(1).toModelIndex(),
             model.index(model.rowOf(first), ReservationModel::ColumnCount - 1));
    QVERIFY(commits.first().at(2).value<QList<int>>().contains(ReservationModel::StateRole));
    QCOMPARE(text(model, first, ReservationModel::StateColumn), u"Committed"_s);
    QCOMPARE(text(model, first, ReservationModel::ExpiresInColumn), QString());

    // Releasing removes the row.
    changed.clear();
    QVERIFY(f.run(u"release"_s, {{u"reservation"_s, second}, {u"reason"_s, u"cancelled"_s}}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(second), -1);
    QCOMPARE(rowChanges(changed).size(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestReservationModel::countdownTicksWithOneSignal()
{
    Fixture f;
    QVERIFY(f.start());
    ReservationModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString a = f.reserve(u"MILK-1L"_s, 1, 300);
    const QString b = f.reserve(u"YOG-500"_s, 1, 120);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QDateTime now = f.app->state().reservations.value(a).expiresAt.addSecs(-272);
    const qint64 bLeft = now.secsTo(f.app->state().reservations.value(b).expiresAt);
    model.setClock([&now] { return now; });
    QCOMPARE(text(model, a, ReservationModel::ExpiresInColumn), u"4:32"_s);
    QCOMPARE(model.index(model.rowOf(a), ReservationModel::ExpiresInColumn)
                 .data(Qt::EditRole)
                 .toLongLong(),
             272);

    // The clock moves 30 s; the model's one timer announces the whole column at once.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now = now.addSecs(30);
    QVERIFY(changed.wait(3000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(),
             model.index(0, ReservationModel::ExpiresInColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(1, ReservationModel::ExpiresInColumn));
    QCOMPARE(text(model, a, ReservationModel::ExpiresInColumn), u"4:02"_s);
    QCOMPARE(text(model, b, ReservationModel::ExpiresInColumn),
             ReservationModel::formatCountdown(bLeft - 30));

    // Past its expiry a hold shows 0:00 until the service's sweeper releases it.
    now = now.addSecs(600);
    model.updateCountdown();
    QCOMPARE(text(model, a, ReservationModel::ExpiresInColumn), u"0:00"_s);
}

void TestReservationModel::sweeperReleasesAnExpiredHold()
{
    Fixture f;
    QVERIFY(f.start());
    ReservationModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([&f] { return f.service.clock.now(); });
    const QString shortHold = f.reserve(u"MILK-1L"_s, 3, 30);
    const QString longHold = f.reserve(u"MILK-1L"_s, 4, 600);
    QVERIFY(!shortHold.isEmpty() && !longHold.isEmpty());
    QCOMPARE(model.rowCount(), 2);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    f.service.clock.advance(31'000);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.idAt(0), longHold);
    QVERIFY(f.app->state().reservations.value(shortHold).releaseReason ==
            domain::ReleaseReason::Expired);
    // 600 s from the start, 31 s of them gone.
    const qint64 left =
        model.index(0, ReservationModel::ExpiresInColumn).data(Qt::EditRole).toLongLong();
    QVERIFY2(left > 560 && left <= 570, qPrintable(QString::number(left)));
}

void TestReservationModel::countBelowReservedFlagsAtRisk()
{
    Fixture f;
    QVERIFY(f.start());
    ReservationModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString older = f.reserve(u"MILK-1L"_s, 60);
    const QString newer = f.reserve(u"MILK-1L"_s, 30);
    QVERIFY(!older.isEmpty() && !newer.isEmpty());
    QVERIFY(f.run(u"commit"_s, {{u"reservation"_s, newer}}));

    // A count of 70 covers the older order only: the newer one is at risk.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(f.run(u"adjust"_s, {{u"location"_s, u"DS-01"_s},
                                {u"sku"_s, u"MILK-1L"_s},
                                {u"batch"_s, u"L1"_s},
                                {u"counted"_s, 70},
                                {u"reason"_s, u"count"_s}}));
    const QList<QList<QVariant>> flagged = rowChanges(changed);
    QCOMPARE(flagged.size(), 1);
    QCOMPARE(flagged.first().at(0).toModelIndex().row(), model.rowOf(newer));
    QVERIFY(flagged.first().at(2).value<QList<int>>().contains(ReservationModel::AtRiskRole));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(text(model, newer, ReservationModel::AtRiskColumn), u"at risk"_s);
    QVERIFY(model.index(model.rowOf(newer), 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(text(model, older, ReservationModel::AtRiskColumn), QString());

    // Stock back on the shelf clears the flag.
    changed.clear();
    QVERIFY(f.run(u"receive"_s, {{u"location"_s, u"DS-01"_s},
                                 {u"sku"_s, u"MILK-1L"_s},
                                 {u"qty"_s, 50},
                                 {u"batch"_s, u"L2"_s},
                                 {u"expiry"_s, u"2031-02-28"_s}}));
    QCOMPARE(rowChanges(changed).size(), 1);
    QCOMPARE(text(model, newer, ReservationModel::AtRiskColumn), QString());
}

void TestReservationModel::pendingReleaseIsItalic()
{
    Fixture f;
    QVERIFY(f.start(service::Role::Manager));
    const QString id = f.reserve(u"MILK-1L"_s, 5);
    QVERIFY(!id.isEmpty());
    ReservationModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.app->workspace().disconnectFromService();

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QString error;
    QVERIFY(f.app->workspace().submit(
        u"release"_s, {{u"reservation"_s, id}, {u"reason"_s, u"cancelled"_s}}, &error));
    QCOMPARE(rowChanges(changed).size(), 1);
    QVERIFY(rowChanges(changed).first().at(2).value<QList<int>>().contains(Qt::FontRole));
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
             u"1 change(s) waiting to be sent"_s);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(f.app->connectAndSync());
    QTRY_COMPARE(model.rowCount(), 0);
    QCOMPARE(removed.size(), 1);
}

void TestReservationModel::proxyFiltersAndSummary()
{
    Fixture f;
    QVERIFY(f.start());
    const QString milkHold = f.reserve(u"MILK-1L"_s, 60);
    const QString milkOrder = f.reserve(u"MILK-1L"_s, 30);
    const QString yogurtHold = f.reserve(u"YOG-500"_s, 4);
    QVERIFY(f.run(u"commit"_s, {{u"reservation"_s, milkOrder}}));
    QVERIFY(f.run(u"adjust"_s, {{u"location"_s, u"DS-01"_s},
                                {u"sku"_s, u"MILK-1L"_s},
                                {u"batch"_s, u"L1"_s},
                                {u"counted"_s, 70},
                                {u"reason"_s, u"count"_s}}));

    ReservationModel model(f.app->workspace());
    ReservationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto ids = [&proxy] {
        QStringList list;
        for (int row = 0; row < proxy.rowCount(); ++row)
            list << proxy.index(row, 0).data(ReservationModel::IdRole).toString();
        std::sort(list.begin(), list.end());
        return list;
    };
    const auto sorted = [](QStringList list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilter(ReservationFilterProxy::Holds);
    QCOMPARE(ids(), sorted({milkHold, yogurtHold}));
    proxy.setFilter(ReservationFilterProxy::Committed);
    QCOMPARE(ids(), QStringList{milkOrder});
    proxy.setFilter(ReservationFilterProxy::AtRisk);
    QCOMPARE(ids(), QStringList{milkOrder});

    ReservationFilterProxy::Summary summary = proxy.summary();
    QCOMPARE(summary.holds, 2);
    QCOMPARE(summary.committed, 1);
    QCOMPARE(summary.atRisk, 1);
    QCOMPARE(summary.unitsHeld, 64);
    QCOMPARE(summary.unitsCommitted, 30);

    proxy.setFilter(ReservationFilterProxy::All);
    proxy.setCell({u"DS-01"_s, u"YOG-500"_s});
    QCOMPARE(ids(), QStringList{yogurtHold});
    summary = proxy.summary();
    QCOMPARE(summary.holds, 1);
    QCOMPARE(summary.committed, 0);
    QCOMPARE(summary.unitsHeld, 4);

    // A new hold on the filtered cell shows up; one elsewhere does not.
    QVERIFY(f.run(u"receive"_s, {{u"location"_s, u"DS-01"_s},
                                 {u"sku"_s, u"BREAD-WH"_s},
                                 {u"qty"_s, 5},
                                 {u"batch"_s, u"B1"_s},
                                 {u"expiry"_s, u"2031-01-31"_s}}));
    QVERIFY(!f.reserve(u"BREAD-WH"_s, 1).isEmpty());
    const QString another = f.reserve(u"YOG-500"_s, 1);
    QCOMPARE(ids(), sorted({yogurtHold, another}));
    proxy.setCell({});
    QCOMPARE(proxy.rowCount(), 5);
}

void TestReservationModel::resetWithTheReplica()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(!f.reserve(u"MILK-1L"_s, 5).isEmpty());
    ReservationModel model(f.app->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    f.app->workspace().disconnectFromService();
    f.app->workspace().replica().discard();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(f.app->connectAndSync());
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(reset.size(), 2);
}

QTEST_MAIN(TestReservationModel)
#include "tst_reservationmodel.moc"
