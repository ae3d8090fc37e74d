#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace shelfsync::service {

class LedgerStore;

// The `deadstock` query: every batch on hand that is a problem (deadstock, expiry risk or
// slow mover, by domain::classifyBatch), with the figures behind the verdict and what a
// planner should do about it, and why. The sales come from SQL over the daily dispatch
// table; the verdict from the same rules the app's alerts use. `locations` are the known
// ones: a transfer is only ever suggested to a store.
domain::Result<QJsonArray> deadstockQuery(LedgerStore &store, const QJsonObject &args,
                                          const QDate &today,
                                          const QHash<QString, domain::Location> &locations);

} // namespace shelfsync::service
