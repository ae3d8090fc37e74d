#include "WorkspaceHarness.h"

#include "AppController.h"
#include "EmbeddedService.h"
#include "MainWindow.h"
#include "Translations.h"

#include "sync/Workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace shelfsync;

// The app's own start and its switch to a remote service, as a user does it: no service
// configured gives an embedded one; File > Connection to a remote one replaces the window
// and its replica, and the choice is remembered.
class TestAppController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void embeddedThenRemote()
    {
        QTemporaryDir data;
        app::ConnectionSettings().save(); // a first start: embedded, nothing remembered
        app::AppController::Options options;
        options.dataDirectory = data.path();
        options.demo = app::AppController::DemoChoice::Skip;
        app::AppController controller(options);
        QString error;
        QVERIFY2(controller.start(&error), qPrintable(error));
        QVERIFY(controller.embedded());
        QTRY_VERIFY_WITH_TIMEOUT(controller.workspace()->client().isLive(), 15'000);
        QCOMPARE(controller.workspace()->user(), u"local"_s);

        testing::ServiceHarness remote;
        QVERIFY(remote.start());
        // The user fills in the dialog the menu opens.
        QTimer::singleShot(0, this, [&remote] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QRadioButton *>(u"remoteChoice"_s)->setChecked(true);
            dialog->findChild<QLineEdit *>(u"urlField"_s)->setText(remote.syncUrl().toString());
            dialog->findChild<QLineEdit *>(u"tokenField"_s)
                ->setText(testing::ServiceHarness::token(service::Role::Planner));
            QMetaObject::invokeMethod(dialog, "accept");
        });
        QPointer<app::MainWindow> first = controller.window();
        Q_EMIT first->connectionDialogRequested();
        QTRY_VERIFY(first.isNull());
        QTRY_VERIFY(controller.window());
        QTRY_VERIFY_WITH_TIMEOUT(controller.workspace()->client().isLive(), 15'000);
        QCOMPARE(controller.workspace()->user(), u"user-planner"_s);
        QVERIFY(!controller.embedded());

        const app::ConnectionSettings remembered = app::ConnectionSettings::load();
        QVERIFY(!remembered.embedded);
        QCOMPARE(remembered.url, remote.syncUrl());
        QVERIFY(QFile::exists(QDir(data.path()).filePath(remembered.replicaFileName())));
        QVERIFY(QFile::exists(QDir(data.path()).filePath(u"replica-embedded.db"_s)));
    }

    // The app's language follows the locale; where it has no translation, the English
    // source reads "1 day" and "30 days", never "30 day(s)".
    void translationsFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QTest::addRow("English, one") << english << 1 << u"1 day"_s;
        QTest::addRow("English, many") << english << 30 << u"30 days"_s;
        QTest::addRow("English, thousands") << english << 1864 << u"1,864 days"_s;
        QTest::addRow("C locale") << QLocale::c() << 1 << u"1 day"_s;
        QTest::addRow("French, untranslated")
            << QLocale(QLocale::French, QLocale::France) << 30 << u"30 days"_s;
        QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany) << 30 << u"30 Tage"_s;
    }

    void translationsFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, days);
        QFETCH(QString, expected);
        const QLocale before;
        QLocale::setDefault(locale);
        app::installTranslations(*QCoreApplication::instance());
        const QString text = QCoreApplication::translate("shelfsync::views::ChartsView",
                                                         "%Ln day(s)", nullptr, days);
        const auto installed =
            QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        for (QTranslator *translator : installed) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(before);
        QCOMPARE(text, expected);
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
