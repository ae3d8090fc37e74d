#include "TokenStore.h"

#include "TokenCommand.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace shelfsync::service {

bool TokenStore::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read tokens file %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    static const QRegularExpression hexHash(u"^[0-9a-f]{64}$"_s);
    QTextStream in(&file);
    int lineNumber = 0;
    while (!in.atEnd()) {
        ++lineNumber;
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        const auto role = fields.size() == 3 ? parseRole(fields[1]) : std::nullopt;
        if (!role || !hexHash.match(fields[2].toLower()).hasMatch()) {
            *error = u"%1:%2: expected '<user> <role> <sha256 hex>'"_s.arg(path).arg(lineNumber);
            return false;
        }
        add(fields[0], *role, fields[2].toLower());
    }
    return true;
}

void TokenStore::add(const QString &user, Role role, const QString &sha256Hex)
{
    m_byHash.insert(sha256Hex, Caller{user, role});
}

std::optional<Caller> TokenStore::authenticate(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    const auto it = m_byHash.constFind(hashToken(token));
    if (it == m_byHash.cend())
        return std::nullopt;
    return *it;
}

} // namespace shelfsync::service
