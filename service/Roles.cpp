#include "Roles.h"

using namespace Qt::StringLiterals;
using shelfsync::domain::Op;

namespace shelfsync::service {

QString toString(Role role)
{
    switch (role) {
    case Role::Viewer:
        return u"viewer"_s;
    case Role::Planner:
        return u"planner"_s;
    case Role::Merchandiser:
        return u"merchandiser"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    case Role::Channel:
        return u"channel"_s;
    }
    return {};
}

std::optional<Role> parseRole(const QString &text)
{
    for (Role role : {Role::Viewer, Role::Planner, Role::Merchandiser, Role::Manager, Role::Admin,
                      Role::Channel}) {
        if (toString(role) == text)
            return role;
    }
    return std::nullopt;
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

} // namespace shelfsync::service
