#include "Roles.h"

#include "NameTable.h"

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

namespace {

constexpr NameTable<Role, 6> kRoles{{{
    {Role::Viewer, "viewer"_L1},
    {Role::Planner, "planner"_L1},
    {Role::Merchandiser, "merchandiser"_L1},
    {Role::Manager, "manager"_L1},
    {Role::Admin, "admin"_L1},
    {Role::Channel, "channel"_L1},
}}};

} // namespace

QString toString(Role role)
{
    return kRoles.name(role);
}

std::optional<Role> parseRole(const QString &text)
{
    return kRoles.find(text);
}

namespace {

// The staff role an op first needs; reserve and commit belong to channels (and admin).
std::optional<Role> staffRoleFor(Op op)
{
    switch (op) {
    case Op::UpsertSku:
    case Op::SetPolicy:
        return Role::Merchandiser;
    case Op::Receive:
    case Op::Dispatch:
    case Op::Adjust:
    case Op::Return:
    case Op::WriteOff:
    case Op::Release:
        return Role::Manager;
    case Op::UpsertLocation:
    case Op::Reserve:
    case Op::Commit:
        return Role::Admin;
    case Op::Sweep:
        return std::nullopt;
    }
    return std::nullopt;
}

int rank(Role role)
{
    switch (role) {
    case Role::Viewer:
    case Role::Planner:
        return 0;
    case Role::Merchandiser:
        return 1;
    case Role::Manager:
        return 2;
    case Role::Admin:
        return 3;
    case Role::Channel:
        return -1;
    }
    return -1;
}

} // namespace

bool mayRun(Role role, Op op)
{
    if (role == Role::Channel)
        return op == Op::Reserve || op == Op::Commit || op == Op::Release || op == Op::Dispatch;
    const auto needed = staffRoleFor(op);
    return needed && rank(role) >= rank(*needed);
}

bool mayQuery(Role role, const QString &query)
{
    if (role == Role::Channel)
        return query == "availability"_L1;
    return true;
}

} // namespace shelfsync::domain
