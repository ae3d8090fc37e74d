#pragma once

#include "Commands.h"

#include <QString>

#include <optional>

namespace shelfsync::domain {

// PROTOCOL.md's roles: viewer and planner < merchandiser < manager < admin, each including
// the one before; channel stands apart.
enum class Role
{
    Viewer,
    Planner,
    Merchandiser,
    Manager,
    Admin,
    Channel
};

QString toString(Role role);
std::optional<Role> parseRole(const QString &text);

bool mayRun(Role role, Op op);
bool mayQuery(Role role, const QString &query);

// The authenticated party behind a connection or an HTTP request.
struct Caller
{
    QString user;
    Role role = Role::Viewer;
};

} // namespace shelfsync::domain
