#pragma once

#include <QStringList>

namespace shelfsync::service {

// The SQLite schema as a list of migrations: entry N takes a ledger from user_version N to
// N + 1. Append, never edit, once a version has shipped.
const QList<QStringList> &sqliteMigrations();

} // namespace shelfsync::service
