#include "ServiceOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace shelfsync::service {

namespace {

const QStringList kRoles{u"viewer"_s,  u"planner"_s, u"merchandiser"_s,
                         u"manager"_s, u"admin"_s,   u"channel"_s};

bool parseListen(const QString &text, ServiceOptions *options)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    options->listenHost = text.left(colon);
    if (options->listenHost.startsWith(u'[') && options->listenHost.endsWith(u']'))
        options->listenHost = options->listenHost.mid(1, options->listenHost.size() - 2);
    options->listenPort = quint16(port);
    return true;
}

ParsedCommandLine parseToken(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints a new random token and the tokens-file line "
                                     "that grants it."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"token"_s, u"The token command."_s);
    parser.addOption({u"user"_s, u"The user the token belongs to."_s, u"NAME"_s});
    parser.addOption({u"role"_s, u"One of %1."_s.arg(kRoles.join(u", "_s)), u"ROLE"_s});
    parser.process(arguments);

    ParsedCommandLine parsed;
    TokenRequest request{parser.value(u"user"_s), parser.value(u"role"_s)};
    if (request.user.isEmpty() || request.user.contains(u' '))
        parsed.error = u"--user NAME is required (no spaces)"_s;
    else if (!kRoles.contains(request.role))
        parsed.error = u"--role must be one of %1"_s.arg(kRoles.join(u", "_s));
    else
        parsed.token = request;
    return parsed;
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    if (arguments.size() > 1 && arguments.at(1) == "token"_L1)
        return parseToken(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"shelfsyncd: the Shelfsync service. Keeps the stock ledger and pushes every change "
        "to every subscriber.\n\nAlso: shelfsyncd token --user NAME --role ROLE"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"db"_s, u"SQLite ledger file (created when missing)."_s, u"PATH"_s, u"shelfsync.db"_s},
        {u"listen"_s, u"Address to serve WebSocket and HTTP on; port 0 picks a free one."_s,
         u"HOST:PORT"_s, u"127.0.0.1:8420"_s},
        {u"tokens"_s, u"Tokens file: one line per token, '<user> <role> <sha256 hex>'."_s,
         u"FILE"_s},
        {u"demo"_s, u"Fill an empty ledger with the demo data set."_s},
        {u"demo-shoppers"_s,
         u"Simulate a storefront's carts, orders and shipments (for demonstrations)."_s},
        {u"postgres"_s, u"Use PostgreSQL instead of SQLite."_s, u"CONNINFO"_s},
        {u"tls-cert"_s, u"PEM certificate: serve wss:// and https://."_s, u"PEM"_s},
        {u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"PEM"_s},
        {u"log-level"_s, u"debug, info, warning or error."_s, u"LEVEL"_s, u"info"_s},
    });
    parser.process(arguments);

    ParsedCommandLine parsed;
    ServiceOptions options;
    options.dbPath = parser.value(u"db"_s);
    options.tokensFile = parser.value(u"tokens"_s);
    options.demo = parser.isSet(u"demo"_s);
    options.demoShoppers = parser.isSet(u"demo-shoppers"_s);
    options.postgres = parser.value(u"postgres"_s);
    options.tlsCert = parser.value(u"tls-cert"_s);
    options.tlsKey = parser.value(u"tls-key"_s);
    options.logLevel = parser.value(u"log-level"_s);
    if (!parseListen(parser.value(u"listen"_s), &options))
        parsed.error = u"--listen must be HOST:PORT, e.g. 127.0.0.1:8420"_s;
    else if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty())
        parsed.error = u"--tls-cert and --tls-key go together"_s;
    else if (!QStringList{u"debug"_s, u"info"_s, u"warning"_s, u"error"_s}.contains(
                 options.logLevel))
        parsed.error = u"--log-level must be debug, info, warning or error"_s;
    else if (!parser.positionalArguments().isEmpty())
        parsed.error = u"unexpected argument %1"_s.arg(parser.positionalArguments().first());
    else
        parsed.serve = options;
    return parsed;
}

} // namespace shelfsync::service
