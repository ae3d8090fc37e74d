#pragma once

#include <QDateTime>
#include <QString>

namespace shelfsync::service {

class CommandEngine;

// Fills an empty ledger with the demo data set: three dark stores and a warehouse, about
// 2,000 SKUs, and 90 days of receipts, sales, counts, returns and write-offs up to `now`,
// all decided by the engine as real commands at their simulated times. Deterministic.
bool loadDemoData(CommandEngine &engine, const QDateTime &now, QString *error);

} // namespace shelfsync::service
