#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"shelfsync"_s);
    QApplication::setApplicationDisplayName(u"Shelfsync"_s);
    QApplication::setOrganizationName(u"Shelfsync"_s);
    QApplication::setApplicationVersion(QStringLiteral(SHELFSYNC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Shelfsync: live stock, batches, buffers and locks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    shelfsync::app::MainWindow window;
    window.show();
    return QApplication::exec();
}
