#include "AppController.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using shelfsync::app::AppController;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"shelfsync"_s);
    QApplication::setApplicationDisplayName(u"Shelfsync"_s);
    QApplication::setOrganizationName(u"Shelfsync"_s);
    QApplication::setApplicationVersion(QStringLiteral(SHELFSYNC_VERSION));
    shelfsync::app::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Shelfsync: live stock, batches, buffers and locks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s,
        QApplication::translate("main", "Keep the replica and the embedded service in DIR."),
        u"DIR"_s, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption demo(
        u"demo"_s,
        QApplication::translate("main", "On a first start, load the demo data without asking."));
    const QCommandLineOption noDemo(
        u"no-demo"_s,
        QApplication::translate("main", "On a first start, start with an empty ledger."));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QApplication::translate("main",
                                "Save a PNG of each screen on the demo data in DIR, then quit."),
        u"DIR"_s);
    parser.addOptions({dataDir, demo, noDemo, screenshot});
    parser.process(app);

    AppController::Options options;
    options.dataDirectory = parser.value(dataDir);
    options.demo = parser.isSet(demo)     ? AppController::DemoChoice::Load
                   : parser.isSet(noDemo) ? AppController::DemoChoice::Skip
                                          : AppController::DemoChoice::Ask;
    options.screenshotDirectory = parser.value(screenshot);
    if (!options.screenshotDirectory.isEmpty())
        options.demo = AppController::DemoChoice::Load;

    AppController controller(options);
    QObject::connect(&controller, &AppController::finished, &app,
                     [](int code) { QApplication::exit(code); });
    QString error;
    if (!controller.start(&error)) {
        qCritical("shelfsync: %s", qPrintable(error));
        return 1;
    }
    return QApplication::exec();
}
