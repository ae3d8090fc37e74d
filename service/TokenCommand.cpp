#include "TokenCommand.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace shelfsync::service {

QString hashToken(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

NewToken makeToken(const QString &user, const QString &role)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    const QString secret = QString::fromLatin1(bytes.toHex());
    return {secret, u"%1 %2 %3"_s.arg(user, role, hashToken(secret))};
}

} // namespace shelfsync::service
