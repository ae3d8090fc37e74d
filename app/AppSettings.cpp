#include "AppSettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace shelfsync::app {

ConnectionSettings ConnectionSettings::load()
{
    QSettings settings;
    ConnectionSettings result;
    result.embedded = settings.value(u"connection/embedded"_s, true).toBool();
    result.url = QUrl(settings.value(u"connection/url"_s).toString());
    result.token = settings.value(u"connection/token"_s).toString();
    return result;
}

void ConnectionSettings::save() const
{
    QSettings settings;
    settings.setValue(u"connection/embedded"_s, embedded);
    settings.setValue(u"connection/url"_s, url.toString());
    settings.setValue(u"connection/token"_s, token);
}

QString ConnectionSettings::validate() const
{
    if (embedded)
        return {};
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != "ws"_L1 && url.scheme() != "wss"_L1))
        return QCoreApplication::translate(
            "shelfsync::app::ConnectionSettings",
            "The service URL must look like ws://host:8420/v1/sync or wss://host/v1/sync.");
    if (token.trimmed().isEmpty())
        return QCoreApplication::translate("shelfsync::app::ConnectionSettings",
                                           "A token is needed to connect to a remote service.");
    return {};
}

QString ConnectionSettings::replicaFileName() const
{
    if (embedded)
        return u"replica-embedded.db"_s;
    const QByteArray hash =
        QCryptographicHash::hash(url.toString().toUtf8(), QCryptographicHash::Sha256);
    return u"replica-%1.db"_s.arg(QString::fromLatin1(hash.toHex().left(16)));
}

QString clientId()
{
    QSettings settings;
    QString id = settings.value(u"client/id"_s).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(u"client/id"_s, id);
    }
    return id;
}

} // namespace shelfsync::app
