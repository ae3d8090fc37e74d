#include "ServiceOptions.h"
#include "TokenCommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace shelfsync::service;

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
    err << "shelfsyncd: serving is not yet implemented\n";
    return 1;
}
