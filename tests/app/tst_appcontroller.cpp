#include "WorkspaceHarness.h"

#include "AppController.h"
#include "EmbeddedService.h"
#include "MainWindow.h"

#include "sync/Workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
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
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
