#pragma once

#include <QString>
#include <QUrl>

namespace shelfsync::app {

// Where the app gets its data, remembered in QSettings: the embedded service (default)
// or a remote shelfsyncd with a URL and a token.
struct ConnectionSettings
{
    bool embedded = true;
    QUrl url;
    QString token;

    static ConnectionSettings load();
    void save() const;
    // A ws:// or wss:// URL with a host, and a token, for a remote service.
    QString validate() const;
    // The replica file's name for this connection: each service keeps a replica of its own,
    // so switching never sends one service's queued commands to another.
    QString replicaFileName() const;
};

// The id this installation gives itself in `hello`, made once.
QString clientId();

} // namespace shelfsync::app
