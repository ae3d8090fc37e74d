#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace shelfsync::service {

// The command line of PROTOCOL.md's "Running the service", parsed once in main().
struct ServiceOptions
{
    QString dbPath = QStringLiteral("shelfsync.db");
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8420;
    QString tokensFile;
    bool demo = false;
    bool demoShoppers = false; // extra: simulated channel traffic for demonstrations
    QString postgres;
    QString tlsCert;
    QString tlsKey;
    QString logLevel = QStringLiteral("info");
};

// `shelfsyncd token --user NAME --role ROLE`
struct TokenRequest
{
    QString user;
    QString role;
};

struct ParsedCommandLine
{
    std::optional<ServiceOptions> serve;
    std::optional<TokenRequest> token;
    QString error; // set when the command line is unusable; main prints it and exits 2
};

ParsedCommandLine parseCommandLine(const QStringList &arguments);

} // namespace shelfsync::service
