#include "Logging.h"
#include "Service.h"
#include "ServiceOptions.h"
#include "TokenCommand.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace shelfsync::service;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT reach the event loop through a socket pair, so shutdown runs as
// ordinary code: finish the commits in flight, close connections, exit.
void installSignalHandlers(QCoreApplication &app, Service &service)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, &service, notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        qCInfo(lcService) << "shutting down";
        service.shutdown();
        QTimer::singleShot(200, &app, &QCoreApplication::quit);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"shelfsyncd"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SHELFSYNC_VERSION));

    const ParsedCommandLine parsed = parseCommandLine(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed.error.isEmpty()) {
        err << "shelfsyncd: " << parsed.error << '\n';
        return 2;
    }
    if (parsed.token) {
        const NewToken token = makeToken(parsed.token->user, parsed.token->role);
        out << "token: " << token.secret << '\n'
            << "add this line to the tokens file:\n"
            << token.line << '\n';
        return 0;
    }

    const ServiceOptions &options = *parsed.serve;
    setLogLevel(options.logLevel);
    SystemClock clock;
    Service service(options, clock);
    // Installed before start(): a SIGTERM during a long --demo load is then handled once
    // the event loop runs, instead of killing the process mid-way.
    installSignalHandlers(app, service);
    QString error;
    if (!service.start(&error)) {
        err << "shelfsyncd: " << error << '\n';
        return 1;
    }
    out << "listening on " << options.listenHost << ':' << service.port() << Qt::endl;
    return QCoreApplication::exec();
}
