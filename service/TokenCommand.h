#pragma once

#include <QString>

namespace shelfsync::service {

// A new random token (256 bits, hex) and its tokens-file line.
struct NewToken
{
    QString secret;
    QString line;
};

NewToken makeToken(const QString &user, const QString &role);
QString hashToken(const QString &secret);

} // namespace shelfsync::service
