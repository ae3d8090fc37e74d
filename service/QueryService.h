#pragma once

#include "domain/Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shelfsync::service {

class CommandEngine;

// The read-only queries of PROTOCOL.md, answered from the engine's state or the ledger.
class QueryService final
{
public:
    explicit QueryService(CommandEngine &engine);

    domain::Result<QJsonArray> run(const QString &name, const QJsonObject &args) const;

    // One row of `availability`, also the body of GET /v1/availability.
    QJsonObject availabilityRow(const QString &location, const QString &sku) const;

private:
    domain::Result<QJsonArray> availability(const QJsonObject &args) const;
    domain::Result<QJsonArray> history(const QJsonObject &args) const;
    domain::Result<QJsonArray> velocity(const QJsonObject &args) const;
    domain::Result<QJsonArray> ageing(const QJsonObject &args) const;

    CommandEngine &m_engine;
};

} // namespace shelfsync::service
