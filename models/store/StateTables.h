#pragma once

#include <QStringList>

namespace shelfsync::store {

// The tables that hold a current domain::State, as StateWriter writes and reads them.
// The service's ledger file and the app's replica both keep their state in these.
// Text that may be empty is nullable: Qt binds an empty QString as NULL. The service's
// first migration is built from these, so a change here needs a migration there.
const QStringList &stateTableStatements();
// Their names, for clearing or dropping them all.
const QStringList &stateTableNames();

} // namespace shelfsync::store
