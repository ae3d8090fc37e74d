#include "WorkspaceHarness.h"

#include "ReservationsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::ReservationFilterProxy;
using items::ReservationModel;
using views::ReservationsView;

class TestReservationsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void managerReleasesAndTheSweeperExpires();
    void adminCommitsAHold();
    void filtersAndShowCell();
    void rolesThatMayNotReleaseOnlyRead();
    void rejectedCommitShowsTheReason();
};

namespace {

using shelfsync::testing::acked;

// A service with the seed catalogue, 100 MILK-1L and 20 YOG-500 at DS-01; an admin, a
// storefront channel that places holds, and the user the view runs on.
struct Fixture
{
    testing::ServiceHarness service;
    std::unique_ptr<testing::WorkspaceHarness> admin;
    std::unique_ptr<testing::WorkspaceHarness> channel;
    std::unique_ptr<testing::WorkspaceHarness> user;

    bool start(service::Role role)
    {
        if (!service.start())
            return false;
        admin = std::make_unique<testing::WorkspaceHarness>(service);
        channel = std::make_unique<testing::WorkspaceHarness>(service, service::Role::Channel);
        user = std::make_unique<testing::WorkspaceHarness>(service, role);
        const auto receive = [this](const QString &sku, qint64 qty) {
            return acked(admin->submitAndWait(u"receive"_s, {{u"location"_s, u"DS-01"_s},
                                                             {u"sku"_s, sku},
                                                             {u"qty"_s, qty},
                                                             {u"batch"_s, u"L1"_s},
                                                             {u"expiry"_s, u"2031-01-31"_s}}));
        };
        return admin->connectAndSync() && admin->seedCatalog() && receive(u"MILK-1L"_s, 100) &&
               receive(u"YOG-500"_s, 20) && channel->connectAndSync() && user->connectAndSync();
    }
    // A storefront's hold; the reservation id, or empty.
    QString hold(const QString &sku, qint64 qty, int holdS = 600)
    {
        const QJsonObject answer =
            channel->submitAndWait(u"reserve"_s, {{u"location"_s, u"DS-01"_s},
                                                  {u"sku"_s, sku},
                                                  {u"qty"_s, qty},
                                                  {u"channel"_s, u"storefront"_s},
                                                  {u"hold_s"_s, holdS}});
        if (!acked(answer) || !user->waitForServiceHead())
            return {};
        return answer.value("reservation"_L1).toString();
    }
};

bool showWindow(ReservationsView &view)
{
    view.resize(1280, 800);
    view.show();
    QApplication::setActiveWindow(&view);
    return QTest::qWaitForWindowActive(&view);
}

QModelIndex rowOf(const ReservationsView &view, const QString &id)
{
    const QModelIndex source = view.model()->index(view.model()->rowOf(id), 0);
    return view.proxy()->mapFromSource(source);
}

void clickReservation(ReservationsView &view, const QString &id)
{
    const QModelIndex index = rowOf(view, id);
    view.table()->scrollTo(index);
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {},
                      view.table()->visualRect(index).center());
}

} // namespace

void TestReservationsView::managerReleasesAndTheSweeperExpires()
{
    Fixture f;
    QVERIFY(f.start(service::Role::Manager));
    ReservationsView view(f.user->workspace());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.model()->setClock([&f] { return f.service.clock.now(); });
    QVERIFY(showWindow(view));

    const QString shortHold = f.hold(u"MILK-1L"_s, 3, 30);
    const QString cancelled = f.hold(u"MILK-1L"_s, 5);
    const QString kept = f.hold(u"YOG-500"_s, 2);
    QVERIFY(!shortHold.isEmpty() && !cancelled.isEmpty() && !kept.isEmpty());
    QCOMPARE(view.table()->model()->rowCount(), 3);
    QCOMPARE(view.summary(), u"3 hold(s) · 0 committed · 0 at risk · 10 unit(s) held"_s);
    // Sorted by time left: the 30 s hold first.
    QCOMPARE(view.table()->model()->index(0, 0).data(ReservationModel::IdRole).toString(),
             shortHold);
    const QString countdown =
        view.table()->model()->index(0, ReservationModel::ExpiresInColumn).data().toString();
    QVERIFY2(countdown == u"0:30"_s || countdown == u"0:29"_s, qPrintable(countdown));

    // A manager releases (after saying yes) but may not commit.
    QVERIFY(!view.releaseAction()->isEnabled());
    clickReservation(view, cancelled);
    QCOMPARE(view.selectedIds(), QStringList{cancelled});
    QVERIFY(view.releaseAction()->isEnabled());
    QVERIFY(!view.commitAction()->isEnabled());
    QString asked;
    view.setConfirmation([&asked](const QString &question) {
        asked = question;
        return true;
    });
    QSignalSpy removed(view.model(), &QAbstractItemModel::rowsRemoved);
    QTest::keyClick(view.table(), Qt::Key_Delete);
    QVERIFY2(asked.contains(ReservationModel::shortId(cancelled)) && asked.contains(u"MILK-1L"_s),
             qPrintable(asked));
    QTRY_COMPARE(view.model()->rowOf(cancelled), -1);
    QCOMPARE(removed.size(), 1);
    QVERIFY(f.channel->waitForServiceHead());
    QTRY_VERIFY(!f.channel->state().reservations.value(cancelled).isActive());
    QCOMPARE(f.user->state().availability({u"DS-01"_s, u"MILK-1L"_s}).reserved, 3);

    // Saying no sends nothing.
    clickReservation(view, kept);
    view.setConfirmation([](const QString &) { return false; });
    view.releaseAction()->trigger();
    QCOMPARE(f.user->workspace().outbox().entries().size(), 0);
    QCOMPARE(view.table()->model()->rowCount(), 2);

    // The service's clock passes the short hold's TTL: its sweeper releases it.
    f.service.clock.advance(31'000);
    QTRY_COMPARE(view.model()->rowOf(shortHold), -1);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QTRY_COMPARE(view.summary(), u"1 hold(s) · 0 committed · 0 at risk · 2 unit(s) held"_s);
}

void TestReservationsView::adminCommitsAHold()
{
    Fixture f;
    QVERIFY(f.start(service::Role::Admin));
    const QString id = f.hold(u"MILK-1L"_s, 4);
    QVERIFY(!id.isEmpty());
    ReservationsView view(f.user->workspace());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showWindow(view));
    clickReservation(view, id);
    QVERIFY(view.commitAction()->isEnabled());
    QTest::keyClick(view.table(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(view.model()
                     ->index(view.model()->rowOf(id), ReservationModel::StateColumn)
                     .data()
                     .toString(),
                 u"Committed"_s);
    QTRY_COMPARE(view.summary(), u"0 hold(s) · 1 committed · 0 at risk · 0 unit(s) held"_s);
    QVERIFY(!view.commitAction()->isEnabled()); // no hold selected any more
    QVERIFY(view.releaseAction()->isEnabled());
    QVERIFY(f.channel->waitForServiceHead());
    QVERIFY(f.channel->state().reservations.value(id).state == domain::ReservationState::Committed);
}

void TestReservationsView::filtersAndShowCell()
{
    Fixture f;
    QVERIFY(f.start(service::Role::Manager));
    const QString milkHold = f.hold(u"MILK-1L"_s, 60);
    const QString milkOrder = f.hold(u"MILK-1L"_s, 30);
    const QString yogurtHold = f.hold(u"YOG-500"_s, 4);
    QVERIFY(acked(f.admin->submitAndWait(u"commit"_s, {{u"reservation"_s, milkOrder}})));
    QVERIFY(acked(f.admin->submitAndWait(u"adjust"_s, {{u"location"_s, u"DS-01"_s},
                                                       {u"sku"_s, u"MILK-1L"_s},
                                                       {u"batch"_s, u"L1"_s},
                                                       {u"counted"_s, 70},
                                                       {u"reason"_s, u"count"_s}})));
    QVERIFY(f.user->waitForServiceHead());

    ReservationsView view(f.user->workspace());
    QVERIFY(showWindow(view));
    QCOMPARE(view.summary(), u"2 hold(s) · 1 committed · 1 at risk · 64 unit(s) held"_s);
    QComboBox *filter = view.findChild<QComboBox *>(u"reservationFilter"_s);
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_End); // "At risk"
    QCOMPARE(view.proxy()->filter(), ReservationFilterProxy::AtRisk);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QCOMPARE(view.table()->model()->index(0, 0).data(ReservationModel::IdRole).toString(),
             milkOrder);
    QCOMPARE(view.table()->model()->index(0, ReservationModel::AtRiskColumn).data().toString(),
             u"at risk"_s);
    view.setFilter(ReservationFilterProxy::Holds);
    QCOMPARE(view.table()->model()->rowCount(), 2);

    // One cell: every kind again, and the summary of that cell.
    QSignalSpy opened(&view, &ReservationsView::openCellRequested);
    view.showCell({u"DS-01"_s, u"YOG-500"_s});
    QCOMPARE(view.proxy()->filter(), ReservationFilterProxy::All);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QVERIFY(view.findChild<QLabel *>(u"reservationCell"_s)->isVisible());
    QCOMPARE(view.summary(), u"1 hold(s) · 0 committed · 0 at risk · 4 unit(s) held"_s);
    view.table()->setCurrentIndex(rowOf(view, yogurtHold));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).value<domain::StockKey>(),
             (domain::StockKey{u"DS-01"_s, u"YOG-500"_s}));

    QTest::keyClick(view.table(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view.table()->model()->rowCount(), 3);
    QVERIFY(!view.findChild<QLabel *>(u"reservationCell"_s)->isVisible());
    QCOMPARE(view.model()->rowOf(milkHold) >= 0, true);
}

void TestReservationsView::rolesThatMayNotReleaseOnlyRead()
{
    Fixture f;
    QVERIFY(f.start(service::Role::Merchandiser));
    const QString id = f.hold(u"MILK-1L"_s, 4);
    ReservationsView view(f.user->workspace());
    QVERIFY(showWindow(view));
    clickReservation(view, id);
    QCOMPARE(view.selectedIds(), QStringList{id});
    QVERIFY(!view.releaseAction()->isEnabled());
    QVERIFY(!view.commitAction()->isEnabled());
    view.setConfirmation([](const QString &) { return true; });
    view.releaseAction()->trigger();
    QCOMPARE(f.user->workspace().outbox().entries().size(), 0);
}

void TestReservationsView::rejectedCommitShowsTheReason()
{
    Fixture f;
    QVERIFY(f.start(service::Role::Admin));
    const QString id = f.hold(u"MILK-1L"_s, 4);
    ReservationsView view(f.user->workspace());
    QVERIFY(showWindow(view));
    clickReservation(view, id);

    // Committed offline while the storefront cancels it: the commit comes back rejected.
    f.user->workspace().disconnectFromService();
    QCOMPARE(view.commit({id}).size(), 1);
    QVERIFY(view.model()->index(view.model()->rowOf(id), 0).data(Qt::FontRole).isValid());
    QVERIFY(acked(f.channel->submitAndWait(
        u"release"_s, {{u"reservation"_s, id}, {u"reason"_s, u"cancelled"_s}})));
    QVERIFY(f.user->connectAndSync());
    QTRY_VERIFY(
        view.message().startsWith(u"Reservation %1: "_s.arg(ReservationModel::shortId(id))));
    QCOMPARE(view.model()->rowOf(id), -1);
}

QTEST_MAIN(TestReservationsView)
#include "tst_reservationsview.moc"
