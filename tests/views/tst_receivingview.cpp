#include "ScannerInput.h"
#include "WorkspaceHarness.h"

#include "NewSkuDialog.h"
#include "ReceivingView.h"

#include "domain/JsonFormat.h"
#include "items/ReceiptModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;
using items::ReceiptModel;
using views::ReceivingView;

class TestReceivingView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void gs1DataMatrixScanReachesAnotherClient();
    void groupSeparatorAsCtrlBracketIsKept();
    void retailBarcodeAsksForBatchAndExpiry();
    void typedFormReceivesWithoutScanner();
    void expiredGoodsAreRefused();
    void goodsNearExpiryNeedConfirmation();
    void unreadableScanSaysWhy();
    void unknownGtinBecomesNewSkuForManager();
    void unknownGtinForMerchandiserOnlySavesTheSku();
    void unknownGtinForViewerIsExplained();
    void receiptIsReversed();
    void offlineReceiptShowsPending();
    void verdictRules_data();
    void verdictRules();
    void gtinLookupTriesShorterForms();
    void typedDatesReadInTheUsersFormat();
    void newSkuDialogRefusesTakenIds();

private:
    // The dock (client A, a manager) and another desk (client B, a viewer) on one service.
    void start(service::Role role = service::Role::Manager);
    template <typename T>
    T *find(const char *name) const
    {
        T *widget = m_view->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void scan(const QString &text);
    QString gs1(const QString &gtin, const QString &batch, const QDate &expiry, int count) const;

    std::unique_ptr<testing::ServiceHarness> m_service;
    std::unique_ptr<testing::WorkspaceHarness> m_dock;
    std::unique_ptr<testing::WorkspaceHarness> m_other;
    std::unique_ptr<ReceivingView> m_view;
    QList<QString> m_questions; // what the confirmation seam was asked
    bool m_answer = true;
    QDate m_today;
};

namespace {

const QString kMilkGtin = QLatin1StringView(testing::WorkspaceHarness::kMilkGtin);
const domain::StockKey kMilk{u"DS-01"_s, u"MILK-1L"_s};

using shelfsync::testing::typeScan;

QString withCheckDigit(const QString &body)
{
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i)
        sum += (body.at(body.size() - 1 - i).unicode() - u'0') * (i % 2 == 0 ? 3 : 1);
    return body + QString::number((10 - sum % 10) % 10);
}

} // namespace

void TestReceivingView::init()
{
    m_questions.clear();
    m_answer = true;
}

void TestReceivingView::cleanup()
{
    m_view.reset();
    m_other.reset();
    m_dock.reset();
    m_service.reset();
}

void TestReceivingView::start(service::Role role)
{
    m_service = std::make_unique<testing::ServiceHarness>();
    QVERIFY(m_service->start());
    {
        testing::WorkspaceHarness admin(*m_service);
        QVERIFY(admin.connectAndSync());
        QVERIFY(admin.seedCatalog());
    }
    m_dock = std::make_unique<testing::WorkspaceHarness>(*m_service, role);
    m_other = std::make_unique<testing::WorkspaceHarness>(*m_service, service::Role::Viewer);
    QVERIFY(m_dock->connectAndSync());
    QVERIFY(m_other->connectAndSync());
    m_today = m_service->clock.now().date();

    m_view = std::make_unique<ReceivingView>(m_dock->workspace());
    testing::ServiceHarness *service = m_service.get();
    m_view->setClock([service] { return service->clock.now(); });
    m_view->setConfirm([this](const QString &, const QString &text) {
        m_questions << text;
        return m_answer;
    });
    m_view->setNewSkuPrompt([](const views::NewSku &) -> std::optional<views::NewSku> {
        qFatal("no new SKU expected");
    });
    m_view->setLocation(u"DS-01"_s);
    m_view->resize(1280, 800);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->focusScan();
}

void TestReceivingView::scan(const QString &text)
{
    auto *field = find<QLineEdit>("scanField");
    typeScan(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QString TestReceivingView::gs1(const QString &gtin, const QString &batch, const QDate &expiry,
                               int count) const
{
    // GS1 DataMatrix as a wedge types it: symbology prefix, FNC1 after the variable batch.
    return u"]d2"_s + u"01"_s + gtin + u"10"_s + batch + QChar(0x1D) + u"17"_s +
           expiry.toString(u"yyMMdd"_s) + u"30"_s + QString::number(count);
}

void TestReceivingView::gs1DataMatrixScanReachesAnotherClient()
{
    start();
    auto *field = find<QLineEdit>("scanField");
    const QDate expiry = m_today.addDays(30);
    typeScan(field, gs1(kMilkGtin, u"L2611"_s, expiry, 24));
    // The separator survived the line edit, or the batch would swallow the expiry.
    QVERIFY(field->text().contains(QChar(0x1D)));
    QTest::keyClick(field, Qt::Key_Return);

    QCOMPARE(m_dock->workspace().outbox().entries().size(), 1);
    const QJsonObject args = m_dock->workspace().outbox().entries().first().args;
    QCOMPARE(args.value("sku"_L1).toString(), u"MILK-1L"_s);
    QCOMPARE(args.value("location"_L1).toString(), u"DS-01"_s);
    QCOMPARE(args.value("batch"_L1).toString(), u"L2611"_s);
    QCOMPARE(args.value("expiry"_L1).toString(), domain::formatDate(expiry));
    QCOMPARE(args.value("qty"_L1).toInteger(), 24);
    QVERIFY(field->text().isEmpty());
    QVERIFY(field->hasFocus());

    // Another client sees the stock arrive.
    QTRY_COMPARE(m_other->state().availability(kMilk).atp, 24);
    QCOMPARE(m_other->state().availability(kMilk).onHand, 24);
    QTRY_VERIFY(m_view->statusText().startsWith(u"Received 24 × Whole milk 1 l (batch L2611)"_s));
    QVERIFY(m_view->statusText().contains(u"available to promise 24"_s));
    QCOMPARE(find<QLabel>("statusLine")->text(), m_view->statusText());
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->index(0, ReceiptModel::StateColumn).data().toString(), u"Received"_s);
    QVERIFY(m_questions.isEmpty());
}

void TestReceivingView::groupSeparatorAsCtrlBracketIsKept()
{
    start();
    // The quirk the scan field works around: a plain line edit drops the separator.
    QLineEdit plain;
    QTest::sendKeyEvent(QTest::Click, &plain, Qt::Key_unknown, QString(QChar(0x1D)),
                        Qt::NoModifier);
    QVERIFY(!plain.text().contains(QChar(0x1D)));

    auto *field = find<QLineEdit>("scanField");
    QTest::keyClicks(field, u"0109501101530003"_s + u"10"_s + u"AB1"_s);
    // A wedge whose Ctrl+] arrives without text, and one sending the bare character.
    QTest::sendKeyEvent(QTest::Click, field, Qt::Key_BracketRight, QString(), Qt::ControlModifier);
    QCOMPARE(field->text().count(QChar(0x1D)), 1);
    field->backspace();
    QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(QChar(0x1D)), Qt::NoModifier);
    QTest::keyClicks(field, u"17"_s + m_today.addDays(20).toString(u"yyMMdd"_s) + u"375"_s);
    QCOMPARE(field->text().count(QChar(0x1D)), 1);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_dock->workspace().outbox().entries().size(), 1);
    const QJsonObject args = m_dock->workspace().outbox().entries().first().args;
    QCOMPARE(args.value("batch"_L1).toString(), u"AB1"_s);
    QCOMPARE(args.value("qty"_L1).toInteger(), 5);
    QTRY_COMPARE(m_other->state().availability(kMilk).onHand, 5);
}

void TestReceivingView::retailBarcodeAsksForBatchAndExpiry()
{
    start();
    // EAN-13 of BREAD-WH (GTIN-14 05901234123457): no batch, no expiry on the label.
    scan(u"5901234123457"_s);
    QVERIFY(m_dock->workspace().outbox().entries().isEmpty());
    QCOMPARE(find<QLineEdit>("skuField")->text().left(8), u"BREAD-WH"_s);
    auto *batch = find<QLineEdit>("batchField");
    QVERIFY(batch->hasFocus());
    QVERIFY(m_view->statusText().contains(u"batch"_s));

    QTest::keyClicks(batch, u"B-0412"_s);
    QTest::keyClick(batch, Qt::Key_Return);
    auto *expiry = find<QLineEdit>("expiryField");
    QVERIFY(expiry->hasFocus()); // bread has a shelf life: the expiry is needed
    QVERIFY(m_dock->workspace().outbox().entries().isEmpty());

    QTest::keyClicks(expiry, domain::formatDate(m_today.addDays(4)));
    QTest::keyClick(expiry, Qt::Key_Return);
    QCOMPARE(m_dock->workspace().outbox().entries().size(), 1);
    QTRY_COMPARE(m_other->state().availability({u"DS-01"_s, u"BREAD-WH"_s}).onHand, 1);
    QVERIFY(find<QLineEdit>("scanField")->hasFocus());
    QVERIFY(batch->text().isEmpty());
}

void TestReceivingView::typedFormReceivesWithoutScanner()
{
    start();
    m_view->setLocation(u"WH-01"_s);
    auto *sku = find<QLineEdit>("skuField");
    QTest::keyClicks(sku, u"YOG-500"_s);
    QTest::keyClicks(find<QLineEdit>("batchField"), u"Y7"_s);
    QTest::keyClicks(find<QLineEdit>("expiryField"), domain::formatDate(m_today.addDays(21)));
    auto *qty = find<QSpinBox>("qtyField");
    qty->selectAll();
    QTest::keyClicks(qty, u"36"_s);
    QVERIFY(find<QLabel>("skuName")->text().startsWith(u"Greek yogurt 500 g"_s));
    QTest::keyClick(qty, Qt::Key_Return);

    QCOMPARE(m_dock->workspace().outbox().entries().size(), 1);
    QTRY_COMPARE(m_other->state().availability({u"WH-01"_s, u"YOG-500"_s}).atp, 36);
    QCOMPARE(qty->value(), 1);

    // The Receive button does the same.
    QTest::keyClicks(sku, u"YOG-500"_s);
    QTest::keyClicks(find<QLineEdit>("batchField"), u"Y8"_s);
    QTest::keyClicks(find<QLineEdit>("expiryField"), domain::formatDate(m_today.addDays(22)));
    QTest::mouseClick(find<QPushButton>("receiveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_other->state().availability({u"WH-01"_s, u"YOG-500"_s}).atp, 37);

    // And Ctrl+Return from anywhere in the screen.
    QTest::keyClicks(sku, u"YOG-500"_s);
    QTest::keyClicks(find<QLineEdit>("batchField"), u"Y9"_s);
    QTest::keyClicks(find<QLineEdit>("expiryField"), domain::formatDate(m_today.addDays(23)));
    QTest::keyClick(find<QLineEdit>("batchField"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_other->state().availability({u"WH-01"_s, u"YOG-500"_s}).atp, 38);
}

void TestReceivingView::expiredGoodsAreRefused()
{
    start();
    scan(gs1(kMilkGtin, u"OLD1"_s, m_today.addDays(-2), 12));
    QVERIFY(m_view->statusText().startsWith(u"Refused: batch OLD1 of Whole milk 1 l expired"_s));
    QVERIFY(m_view->statusText().contains(u"Nothing was received"_s));
    QVERIFY(m_dock->workspace().outbox().entries().isEmpty());
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(m_questions.isEmpty());
    QVERIFY(find<QLineEdit>("scanField")->hasFocus());
    QVERIFY(find<QLineEdit>("batchField")->text().isEmpty());

    // Ctrl+Return on an empty form sends nothing either.
    m_view->actions().first()->trigger();
    QVERIFY(m_dock->workspace().outbox().entries().isEmpty());
}

void TestReceivingView::goodsNearExpiryNeedConfirmation()
{
    start();
    // Default hide window 24 h: tomorrow's expiry is within it + 2 days.
    m_answer = false;
    scan(gs1(kMilkGtin, u"N1"_s, m_today.addDays(1), 6));
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(u"Receive it anyway?"_s));
    QVERIFY(m_view->statusText().startsWith(u"Not received"_s));
    QVERIFY(m_dock->workspace().outbox().entries().isEmpty());

    m_answer = true;
    scan(gs1(kMilkGtin, u"N1"_s, m_today.addDays(1), 6));
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(m_dock->workspace().outbox().entries().size(), 1);
    QTRY_COMPARE(m_other->state().availability(kMilk).onHand, 6);

    // Four days out is fine under the default policy: no question.
    scan(gs1(kMilkGtin, u"N2"_s, m_today.addDays(4), 6));
    QCOMPARE(m_questions.size(), 2);
    QTRY_COMPARE(m_other->state().availability(kMilk).onHand, 12);
}

void TestReceivingView::unreadableScanSaysWhy()
{
    start();
    scan(u"5901234123458"_s); // wrong check digit
    QVERIFY(m_view->statusText().startsWith(u"Could not read the scan"_s));
    QVERIFY(m_view->statusText().contains(u"check digit"_s));
    QVERIFY(find<QLineEdit>("scanField")->text().isEmpty());
    QVERIFY(m_dock->workspace().outbox().entries().isEmpty());
}

void TestReceivingView::unknownGtinBecomesNewSkuForManager()
{
    start();
    const QString gtin = withCheckDigit(u"0401234567890"_s);
    views::NewSku asked;
    m_view->setNewSkuPrompt([&asked](const views::NewSku &prefill) -> std::optional<views::NewSku> {
        asked = prefill;
        views::NewSku made = prefill;
        made.sku = u"OAT-1L"_s;
        made.name = u"Oat drink 1 l"_s;
        made.category = u"dairy"_s;
        made.shelfLifeDays = 60;
        return made;
    });
    // The human-readable form, as typed from the label.
    scan(u"(01)%1(10)OA1(17)%2(37)6"_s.arg(gtin, m_today.addDays(60).toString(u"yyMMdd"_s)));
    QCOMPARE(asked.gtin, gtin);
    const QList<sync::OutboxEntry> &sent = m_dock->workspace().outbox().entries();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).op, u"upsert_sku"_s);
    QCOMPARE(sent.at(0).args.value("gtin"_L1).toString(), gtin);
    QCOMPARE(sent.at(0).args.value("shelf_life_days"_L1).toInt(), 60);
    QCOMPARE(sent.at(1).op, u"receive"_s);
    QCOMPARE(sent.at(1).args.value("sku"_L1).toString(), u"OAT-1L"_s);
    QCOMPARE(sent.at(1).args.value("qty"_L1).toInteger(), 6);

    QTRY_COMPARE(m_other->state().availability({u"DS-01"_s, u"OAT-1L"_s}).atp, 6);
    QCOMPARE(m_other->state().skuByGtin.value(gtin), u"OAT-1L"_s);
    QTRY_COMPARE(m_view->model()->index(0, ReceiptModel::NameColumn).data().toString(),
                 u"Oat drink 1 l"_s);
}

void TestReceivingView::unknownGtinForMerchandiserOnlySavesTheSku()
{
    start(service::Role::Merchandiser);
    QVERIFY(!m_view->actions().first()->isEnabled());
    int asked = 0;
    m_view->setNewSkuPrompt([&asked](const views::NewSku &prefill) -> std::optional<views::NewSku> {
        ++asked;
        views::NewSku made = prefill;
        made.sku = u"KEFIR-500"_s;
        made.name = u"Kefir 500 ml"_s;
        return made;
    });
    scan(gs1(withCheckDigit(u"0401234567891"_s), u"K1"_s, m_today.addDays(20), 10));
    QCOMPARE(asked, 1);
    QCOMPARE(m_dock->workspace().outbox().entries().size(), 1);
    QCOMPARE(m_dock->workspace().outbox().entries().first().op, u"upsert_sku"_s);
    QVERIFY(m_view->statusText().contains(u"may not receive"_s));
    QTRY_VERIFY(m_other->state().skus.contains(u"KEFIR-500"_s));
}

void TestReceivingView::unknownGtinForViewerIsExplained()
{
    start(service::Role::Viewer);
    scan(gs1(withCheckDigit(u"0401234567892"_s), u"K1"_s, m_today.addDays(20), 10));
    QVERIFY(m_view->statusText().contains(u"Ask a merchandiser"_s));
    QVERIFY(m_dock->workspace().outbox().entries().isEmpty());
}

void TestReceivingView::receiptIsReversed()
{
    start();
    scan(gs1(kMilkGtin, u"R1"_s, m_today.addDays(30), 24));
    QTRY_COMPARE(m_other->state().availability(kMilk).onHand, 24);
    QTRY_VERIFY(m_view->model()->canReverse(0));

    QAction *reverse = m_view->actions().at(1);
    QVERIFY(!reverse->isEnabled()); // nothing selected yet
    auto *table = find<QTableView>("receiptTable");
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(reverse->isEnabled());
    m_answer = false;
    reverse->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_dock->workspace().outbox().entries().isEmpty());

    m_answer = true;
    reverse->trigger();
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(m_dock->workspace().outbox().entries().size(), 1);
    const sync::OutboxEntry entry = m_dock->workspace().outbox().entries().first();
    QCOMPARE(entry.op, u"adjust"_s);
    QCOMPARE(entry.args.value("delta"_L1).toInteger(), -24);
    QCOMPARE(entry.args.value("reason"_L1).toString(), u"receipt reversed"_s);
    QVERIFY(!reverse->isEnabled());

    QTRY_COMPARE(m_other->state().availability(kMilk).onHand, 0);
    QTRY_COMPARE(m_view->model()->index(0, ReceiptModel::StateColumn).data().toString(),
                 u"Reversed"_s);
    QTRY_VERIFY(m_view->statusText().startsWith(u"Reversed 24 × Whole milk 1 l"_s));
}

void TestReceivingView::offlineReceiptShowsPending()
{
    start();
    m_dock->workspace().disconnectFromService();
    scan(gs1(kMilkGtin, u"P1"_s, m_today.addDays(30), 3));
    QVERIFY(m_view->statusText().contains(u"when the connection is back"_s));
    QCOMPARE(m_view->model()->index(0, ReceiptModel::StateColumn).data().toString(), u"Pending"_s);
    QVERIFY(m_view->model()->index(0, 0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(m_dock->connectAndSync());
    QTRY_COMPARE(m_view->model()->index(0, ReceiptModel::StateColumn).data().toString(),
                 u"Received"_s);
    QTRY_COMPARE(m_other->state().availability(kMilk).onHand, 3);
}

void TestReceivingView::verdictRules_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<int>("hideHours");
    QTest::addColumn<int>("verdict");
    using V = views::ExpiryVerdict;
    QTest::addRow("yesterday") << -1 << 24 << int(V::Expired);
    QTest::addRow("today, still sellable till midnight") << 0 << 24 << int(V::NearExpiry);
    QTest::addRow("in 2 days, 24 h window") << 2 << 24 << int(V::NearExpiry);
    QTest::addRow("in 3 days, 24 h window") << 3 << 24 << int(V::Fine);
    QTest::addRow("in 4 days, 72 h window") << 4 << 72 << int(V::NearExpiry);
    QTest::addRow("in 5 days, 72 h window") << 5 << 72 << int(V::Fine);
    QTest::addRow("no expiry") << 9999 << 24 << int(V::Fine);
}

void TestReceivingView::verdictRules()
{
    QFETCH(int, daysLeft);
    QFETCH(int, hideHours);
    QFETCH(int, verdict);
    const QDateTime now(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC);
    domain::Policy policy;
    policy.hideBeforeExpiryH = hideHours;
    const QDate expiry = daysLeft == 9999 ? QDate() : now.date().addDays(daysLeft);
    QCOMPARE(int(views::receivingVerdict(expiry, policy, now)), verdict);
}

void TestReceivingView::gtinLookupTriesShorterForms()
{
    domain::State state;
    state.skuByGtin.insert(u"4006381333931"_s, u"EAN13"_s);
    state.skuByGtin.insert(u"036000291452"_s, u"UPCA"_s);
    state.skuByGtin.insert(u"96385074"_s, u"EAN8"_s);
    state.skuByGtin.insert(u"10012345678902"_s, u"CASE"_s);
    QCOMPARE(views::skuForGtin(state, u"04006381333931"_s), u"EAN13"_s);
    QCOMPARE(views::skuForGtin(state, u"00036000291452"_s), u"UPCA"_s);
    QCOMPARE(views::skuForGtin(state, u"00000096385074"_s), u"EAN8"_s);
    QCOMPARE(views::skuForGtin(state, u"10012345678902"_s), u"CASE"_s);
    QCOMPARE(views::skuForGtin(state, u"00012345678905"_s), QString());
}

void TestReceivingView::typedDatesReadInTheUsersFormat()
{
    const QDate christmas(2026, 12, 25);
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(views::parseTypedDate(u"2026-12-25"_s, german), christmas);
    QCOMPARE(views::parseTypedDate(u"25.12.26"_s, german), christmas);
    QCOMPARE(views::parseTypedDate(u"25.12.2026"_s, german), christmas);
    QCOMPARE(views::parseTypedDate(u"12/25/26"_s, american), christmas);
    QCOMPARE(views::parseTypedDate(u"12/25/2026"_s, american), christmas);
    QVERIFY(!views::parseTypedDate(u"31.02.2026"_s, german).isValid());
    QVERIFY(!views::parseTypedDate(u"soon"_s, american).isValid());
}

void TestReceivingView::newSkuDialogRefusesTakenIds()
{
    views::NewSku prefill;
    prefill.gtin = u"04012345678901"_s;
    views::NewSkuDialog dialog(prefill, {u"dairy"_s}, {u"MILK-1L"_s});
    QVERIFY(!dialog.isComplete());
    auto *id = dialog.findChild<QLineEdit *>(u"newSkuId"_s);
    auto *name = dialog.findChild<QLineEdit *>(u"newSkuName"_s);
    QTest::keyClicks(id, u"MILK-1L"_s);
    QTest::keyClicks(name, u"Milk"_s);
    QVERIFY(!dialog.isComplete());
    id->clear();
    QTest::keyClicks(id, u"OAT-1L"_s);
    QVERIFY(dialog.isComplete());
    dialog.findChild<QSpinBox *>(u"newSkuShelfLife"_s)->setValue(30);
    const views::NewSku made = dialog.values();
    QCOMPARE(made.sku, u"OAT-1L"_s);
    QCOMPARE(made.name, u"Milk"_s);
    QCOMPARE(made.gtin, prefill.gtin);
    QCOMPARE(made.unit, u"pcs"_s);
    QCOMPARE(made.shelfLifeDays, 30);
}

QTEST_MAIN(TestReceivingView)
#include "tst_receivingview.moc"
