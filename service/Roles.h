#pragma once

#include "domain/Roles.h"

// The roles live in the domain so the app can grey out what its user may not do; the
// service's code names them as its own.
namespace shelfsync::service {
using domain::Caller;
using domain::mayQuery;
using domain::mayRun;
using domain::parseRole;
using domain::Role;
} // namespace shelfsync::service
