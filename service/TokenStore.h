#pragma once

#include "Roles.h"

#include <QHash>
#include <QString>

#include <optional>

namespace shelfsync::service {

// The tokens file of PROTOCOL.md: `<user> <role> <sha256 hex of the token>` per line, `#`
// for comments. Only hashes are kept, in memory as on disk.
class TokenStore final
{
public:
    bool load(const QString &path, QString *error);
    void add(const QString &user, Role role, const QString &sha256Hex);
    std::optional<Caller> authenticate(const QString &token) const;
    bool isEmpty() const { return m_byHash.isEmpty(); }

private:
    QHash<QString, Caller> m_byHash;
};

} // namespace shelfsync::service
