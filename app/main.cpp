#include "AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;
using shelfsync::app::AppController;

namespace {

void installTranslations(QApplication &app)
{
    // The system locale decides (LANG=de_DE.UTF-8 shows German); Qt's own dialogs follow.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"shelfsync"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"shelfsync"_s);
    QApplication::setApplicationDisplayName(u"Shelfsync"_s);
    QApplication::setOrganizationName(u"Shelfsync"_s);
    QApplication::setApplicationVersion(QStringLiteral(SHELFSYNC_VERSION));
    installTranslations(app);

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
