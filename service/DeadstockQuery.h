#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace shelfsync::service {

class LedgerStore;

// The `deadstock` query: every batch on hand that is a problem (deadstock, expiry risk or
// slow mover, by domain::classifyBatch), with the figures behind the verdict and what a
// planner should do about it, and why. The sales come from SQL over the daily dispatch
// table; the verdict from the same rules the app's alerts use.
domain::Result<QJsonArray> deadstockQuery(LedgerStore &store, const QJsonObject &args,
                                          const QDate &today, const QStringList &locations);

} // namespace shelfsync::service
