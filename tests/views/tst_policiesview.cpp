#include "WorkspaceHarness.h"

#include "items/PolicyModel.h"
#include "items/PolicyPreviewModel.h"
#include "PoliciesView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::PolicyModel;
using items::PolicyPreviewModel;
using views::PoliciesView;

class TestPoliciesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bufferSetInEditorLowersAtpInBothClients();
    void bulkEditSavesOnlyTouchedFields();
    void overrideScopeSavesOneLocation();
    void revertDropsTheEdits();
    void offlineSaveShowsPending();
    void rolesThatMayNotChangePoliciesOnlyRead();
    void showSkuSelectsAndClearsFilters();
};

namespace {

const domain::StockKey kMilkAtStore{u"DS-01"_s, u"MILK-1L"_s};

using shelfsync::testing::acked;

// A service with the seed catalogue and 100 MILK-1L received at DS-01; an admin client
// and a merchandiser client (the one the view runs on).
struct Fixture
{
    testing::ServiceHarness service;
    std::unique_ptr<testing::WorkspaceHarness> admin;
    std::unique_ptr<testing::WorkspaceHarness> user;

    bool start(service::Role role = service::Role::Merchandiser)
    {
        if (!service.start())
            return false;
        admin = std::make_unique<testing::WorkspaceHarness>(service);
        user = std::make_unique<testing::WorkspaceHarness>(service, role);
        return admin->connectAndSync() && admin->seedCatalog() &&
               acked(admin->submitAndWait(u"receive"_s, {{u"location"_s, u"DS-01"_s},
                                                         {u"sku"_s, u"MILK-1L"_s},
                                                         {u"qty"_s, 100},
                                                         {u"batch"_s, u"L1"_s},
                                                         {u"expiry"_s, u"2031-01-31"_s}})) &&
               user->connectAndSync();
    }
    bool run(const QString &op, const QJsonObject &args)
    {
        return acked(admin->submitAndWait(op, args)) && user->waitForServiceHead();
    }
};

template <typename T>
T *child(const QWidget &view, const QString &name)
{
    T *widget = view.findChild<T *>(name);
    if (!widget)
        qWarning("no widget %s", qPrintable(name));
    return widget;
}

bool showWindow(PoliciesView &view)
{
    view.resize(1280, 800);
    view.show();
    QApplication::setActiveWindow(&view);
    return QTest::qWaitForWindowActive(&view);
}

// Clicks the table row of a SKU, with Ctrl to add it to the selection.
void clickSku(PoliciesView &view, const QString &sku, Qt::KeyboardModifiers modifiers = {})
{
    QTableView *table = view.table();
    const int sourceRow = view.model()->rowOf(sku);
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model());
    const QModelIndex index = proxy->mapFromSource(view.model()->index(sourceRow, 0));
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                      table->visualRect(index).center());
}

// Replaces a spin box's number by typing, like a user does.
void typeInto(QSpinBox *spin, const QString &text)
{
    spin->setFocus(Qt::TabFocusReason);
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

QString previewText(const PoliciesView &view, const domain::StockKey &key, int column)
{
    const PolicyPreviewModel *model = view.preview();
    return model->index(model->rowOf(key), column).data().toString();
}

} // namespace

void TestPoliciesView::bufferSetInEditorLowersAtpInBothClients()
{
    Fixture f;
    QVERIFY(f.start());
    PoliciesView view(f.user->workspace());
    QAbstractItemModelTester policies(view.model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester preview(view.preview(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showWindow(view));

    QTest::keyClicks(child<QLineEdit>(view, u"policySearch"_s), u"MILK"_s);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    clickSku(view, u"MILK-1L"_s);
    QCOMPARE(view.selectedSkus(), QStringList{u"MILK-1L"_s});
    QCOMPARE(previewText(view, kMilkAtStore, PolicyPreviewModel::AtpColumn), u"100"_s);

    // Typing the buffer moves the preview at once; nothing is saved yet.
    QSpinBox *bufferPct = child<QSpinBox>(view, u"bufferPct"_s);
    QVERIFY(bufferPct && bufferPct->isEnabled());
    typeInto(bufferPct, u"10"_s);
    QCOMPARE(bufferPct->value(), 10);
    QCOMPARE(previewText(view, kMilkAtStore, PolicyPreviewModel::NewAtpColumn), u"90"_s);
    QCOMPARE(previewText(view, kMilkAtStore, PolicyPreviewModel::NewBufferColumn), u"10"_s);
    QCOMPARE(previewText(view, kMilkAtStore, PolicyPreviewModel::AtpChangeColumn), u"-10"_s);
    QCOMPARE(previewText(view, kMilkAtStore, PolicyPreviewModel::AtpColumn), u"100"_s);
    QCOMPARE(f.user->state().availability(kMilkAtStore).atp, 100);
    QCOMPARE(f.user->workspace().outbox().entries().size(), 0);

    // Ctrl+S saves: one set_policy, and both clients see ATP 90.
    QVERIFY(view.saveAction()->isEnabled());
    QSignalSpy saved(&view, &PoliciesView::saved);
    QTest::keyClick(bufferPct, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(0).toStringList().size(), 1);
    QTRY_COMPARE(f.user->state().availability(kMilkAtStore).atp, 90);
    QVERIFY(f.admin->waitForServiceHead());
    QTRY_COMPARE(f.admin->state().availability(kMilkAtStore).atp, 90);
    QCOMPARE(f.admin->state().skuPolicies.value(u"MILK-1L"_s).bufferPct, 10);
    QTRY_COMPARE(view.message(), u"Policy saved"_s);
    QCOMPARE(previewText(view, kMilkAtStore, PolicyPreviewModel::AtpColumn), u"90"_s);
    QCOMPARE(bufferPct->value(), 10);
    QVERIFY(!view.saveAction()->isEnabled()); // nothing left to save
    const int row = view.model()->rowOf(u"MILK-1L"_s);
    QCOMPARE(view.model()->index(row, PolicyModel::BufferPctColumn).data().toString(), u"10 %"_s);
}

void TestPoliciesView::bulkEditSavesOnlyTouchedFields()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.run(u"set_policy"_s,
                  {{u"sku"_s, u"MILK-1L"_s}, {u"lock_ttl_s"_s, 300}, {u"lock_enabled"_s, false}}));
    QVERIFY(f.run(u"set_policy"_s, {{u"sku"_s, u"YOG-500"_s}, {u"lock_ttl_s"_s, 900}}));
    PoliciesView view(f.user->workspace());
    QVERIFY(showWindow(view));
    clickSku(view, u"MILK-1L"_s);
    clickSku(view, u"YOG-500"_s, Qt::ControlModifier);
    QCOMPARE(view.selectedSkus(), (QStringList{u"MILK-1L"_s, u"YOG-500"_s}));
    QCOMPARE(view.preview()->rowCount(), 4);

    // Different values show as mixed; equal ones as the value.
    QSpinBox *ttl = child<QSpinBox>(view, u"lockTtl"_s);
    QCOMPARE(ttl->text(), u"mixed"_s);
    QCOMPARE(child<QSpinBox>(view, u"bufferPct"_s)->text(), u"0 %"_s);
    QCOMPARE(child<QCheckBox>(view, u"lockEnabled"_s)->checkState(), Qt::PartiallyChecked);

    typeInto(child<QSpinBox>(view, u"lowStock"_s), u"5"_s);
    QCOMPARE(ttl->text(), u"mixed"_s); // untouched
    QVERIFY(view.edits().lowStock == 5);
    QVERIFY(!view.edits().lockTtlS);
    QSignalSpy saved(&view, &PoliciesView::saved);
    view.saveAction()->trigger();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(0).toStringList().size(), 2);
    QVERIFY(f.admin->waitForServiceHead());
    QTRY_COMPARE(f.admin->state().skuPolicies.value(u"YOG-500"_s).lowStock, 5);
    QTRY_COMPARE(f.admin->state().skuPolicies.value(u"MILK-1L"_s).lowStock, 5);
    QCOMPARE(f.admin->state().skuPolicies.value(u"MILK-1L"_s).lockTtlS, 300);
    QCOMPARE(f.admin->state().skuPolicies.value(u"MILK-1L"_s).lockEnabled, false);
    QCOMPARE(f.admin->state().skuPolicies.value(u"YOG-500"_s).lockTtlS, 900);
    QCOMPARE(f.admin->state().skuPolicies.value(u"YOG-500"_s).lockEnabled, true);
    QTRY_COMPARE(child<QSpinBox>(view, u"lowStock"_s)->text(), u"5"_s);
    QCOMPARE(ttl->text(), u"mixed"_s);

    // Clicking the mixed lock box switches locks on for both.
    QCheckBox *lock = child<QCheckBox>(view, u"lockEnabled"_s);
    QTest::mouseClick(lock, Qt::LeftButton, {}, QPoint(4, lock->height() / 2));
    QCOMPARE(lock->checkState(), Qt::Checked);
    QVERIFY(view.edits().lockEnabled == true);
    view.saveAction()->trigger();
    QVERIFY(f.admin->waitForServiceHead());
    QTRY_COMPARE(f.admin->state().skuPolicies.value(u"MILK-1L"_s).lockEnabled, true);
    QCOMPARE(f.admin->state().skuPolicies.value(u"MILK-1L"_s).lockTtlS, 300);
}

void TestPoliciesView::overrideScopeSavesOneLocation()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.run(u"receive"_s, {{u"location"_s, u"WH-01"_s},
                                 {u"sku"_s, u"MILK-1L"_s},
                                 {u"qty"_s, 40},
                                 {u"batch"_s, u"W1"_s},
                                 {u"expiry"_s, u"2031-01-31"_s}}));
    PoliciesView view(f.user->workspace());
    QVERIFY(showWindow(view));
    clickSku(view, u"MILK-1L"_s);
    QComboBox *scope = child<QComboBox>(view, u"policyScope"_s);
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down); // the first location after "All locations"
    QCOMPARE(view.scope(), u"DS-01"_s);
    typeInto(child<QSpinBox>(view, u"bufferMin"_s), u"7"_s);
    const domain::StockKey warehouse{u"WH-01"_s, u"MILK-1L"_s};
    QCOMPARE(previewText(view, kMilkAtStore, PolicyPreviewModel::NewAtpColumn), u"93"_s);
    QCOMPARE(previewText(view, warehouse, PolicyPreviewModel::NewAtpColumn), u"40"_s);
    const PolicyPreviewModel *preview = view.preview();
    QVERIFY(!preview->index(preview->rowOf(warehouse), 0)
                 .data(PolicyPreviewModel::AffectedRole)
                 .toBool());

    view.saveAction()->trigger();
    QVERIFY(f.admin->waitForServiceHead());
    QTRY_COMPARE(f.admin->state().availability(kMilkAtStore).atp, 93);
    QCOMPARE(f.admin->state().overrides.value(kMilkAtStore).bufferMin, 7);
    QCOMPARE(f.admin->state().skuPolicies.value(u"MILK-1L"_s).bufferMin, 0);
    QCOMPARE(f.admin->state().availability(warehouse).atp, 40);
    QTRY_COMPARE(view.model()
                     ->index(view.model()->rowOf(u"MILK-1L"_s), PolicyModel::OverridesColumn)
                     .data()
                     .toInt(),
                 1);
}

void TestPoliciesView::revertDropsTheEdits()
{
    Fixture f;
    QVERIFY(f.start());
    PoliciesView view(f.user->workspace());
    QVERIFY(showWindow(view));
    clickSku(view, u"MILK-1L"_s);
    QSpinBox *bufferPct = child<QSpinBox>(view, u"bufferPct"_s);
    typeInto(bufferPct, u"25"_s);
    QCOMPARE(previewText(view, kMilkAtStore, PolicyPreviewModel::NewAtpColumn), u"75"_s);
    QVERIFY(view.revertAction()->isEnabled());
    QTest::keyClick(bufferPct, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(bufferPct->value(), 0);
    QVERIFY(view.edits() == domain::PolicyPatch{});
    QCOMPARE(previewText(view, kMilkAtStore, PolicyPreviewModel::NewAtpColumn), u"100"_s);
    QVERIFY(!view.saveAction()->isEnabled());
    QVERIFY(!view.revertAction()->isEnabled());
}

void TestPoliciesView::offlineSaveShowsPending()
{
    Fixture f;
    QVERIFY(f.start());
    PoliciesView view(f.user->workspace());
    QVERIFY(showWindow(view));
    clickSku(view, u"MILK-1L"_s);
    f.user->workspace().disconnectFromService();

    QSpinBox *bufferPct = child<QSpinBox>(view, u"bufferPct"_s);
    typeInto(bufferPct, u"10"_s);
    QVERIFY(view.save());
    // Waiting in the outbox: the row is italic, the editor keeps the saved value.
    const int row = view.model()->rowOf(u"MILK-1L"_s);
    QVERIFY(view.model()->index(row, 0).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(view.model()->index(row, 0).data(Qt::ToolTipRole).toString(),
             u"1 change(s) waiting to be sent"_s);
    QCOMPARE(bufferPct->value(), 10);
    QCOMPARE(f.user->state().availability(kMilkAtStore).atp, 100);

    QVERIFY(f.user->connectAndSync());
    QTRY_COMPARE(f.user->state().availability(kMilkAtStore).atp, 90);
    QTRY_VERIFY(!view.model()->index(row, 0).data(Qt::FontRole).isValid());
    QCOMPARE(bufferPct->value(), 10);
}

void TestPoliciesView::rolesThatMayNotChangePoliciesOnlyRead()
{
    Fixture f;
    QVERIFY(f.start(service::Role::Planner));
    PoliciesView view(f.user->workspace());
    QVERIFY(showWindow(view));
    clickSku(view, u"MILK-1L"_s);
    QCOMPARE(view.selectedSkus(), QStringList{u"MILK-1L"_s});
    QVERIFY(!child<QSpinBox>(view, u"bufferPct"_s)->isEnabled());
    QVERIFY(!child<QCheckBox>(view, u"lockEnabled"_s)->isEnabled());
    QVERIFY(!view.saveAction()->isEnabled());
    QVERIFY(!view.save());
    QCOMPARE(f.user->workspace().outbox().entries().size(), 0);
    // The preview still answers "what if", read-only roles included.
    QCOMPARE(previewText(view, kMilkAtStore, PolicyPreviewModel::AtpColumn), u"100"_s);
}

void TestPoliciesView::showSkuSelectsAndClearsFilters()
{
    Fixture f;
    QVERIFY(f.start());
    PoliciesView view(f.user->workspace());
    QVERIFY(showWindow(view));
    QLineEdit *search = child<QLineEdit>(view, u"policySearch"_s);
    QTest::keyClicks(search, u"bread"_s);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    view.showSku(u"YOG-500"_s);
    QCOMPARE(search->text(), QString());
    QCOMPARE(view.selectedSkus(), QStringList{u"YOG-500"_s});
    QCOMPARE(view.preview()->skus(), QStringList{u"YOG-500"_s});
    QCOMPARE(view.findChild<QWidget *>(u"policyEditor"_s)->property("title").toString(),
             u"Policy of YOG-500"_s);

    // Ctrl+F goes to the search field.
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
}

QTEST_MAIN(TestPoliciesView)
#include "tst_policiesview.moc"
