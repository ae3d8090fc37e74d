#include "QueryService.h"

#include "CommandEngine.h"

#include "domain/ArgsReader.h"
#include "domain/JsonFormat.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::service {

QueryService::QueryService(CommandEngine &engine)
    : m_engine(engine)
{}

Result<QJsonArray> QueryService::run(const QString &name, const QJsonObject &args) const
{
    if (name == "availability"_L1)
        return availability(args);
    if (name == "history"_L1)
        return history(args);
    return Error::badRequest(u"name"_s, u"unknown query %1"_s.arg(name));
}

QJsonObject QueryService::availabilityRow(const QString &location, const QString &sku) const
{
    QJsonObject row = toJson(m_engine.state().availability({location, sku}));
    row.insert(u"location"_s, location);
    row.insert(u"sku"_s, sku);
    row.insert(u"seq"_s, m_engine.head());
    return row;
}

Result<QJsonArray> QueryService::availability(const QJsonObject &args) const
{
    ArgsReader in(args);
    const QString location = in.optionalId("location"_L1);
    const QString sku = in.optionalId("sku"_L1);
    const qint64 limit = in.optionalInteger("limit"_L1, 1, 100000).value_or(100000);
    if (in.error())
        return *in.error();
    const State &state = m_engine.state();
    if (!location.isEmpty() && !state.locations.contains(location))
        return Error::make(ErrorCode::UnknownLocation, u"unknown location %1"_s.arg(location));
    if (!sku.isEmpty() && !state.skus.contains(sku))
        return Error::make(ErrorCode::UnknownSku, u"unknown SKU %1"_s.arg(sku));

    QList<StockKey> keys;
    if (!location.isEmpty() && !sku.isEmpty()) {
        keys.append({location, sku});
    } else {
        for (auto it = state.cells.cbegin(); it != state.cells.cend(); ++it) {
            if ((location.isEmpty() || it.key().location == location) &&
                (sku.isEmpty() || it.key().sku == sku))
                keys.append(it.key());
        }
        std::sort(keys.begin(), keys.end());
    }
    QJsonArray rows;
    for (const StockKey &key : std::as_const(keys)) {
        if (rows.size() >= limit)
            break;
        rows.append(availabilityRow(key.location, key.sku));
    }
    return rows;
}

Result<QJsonArray> QueryService::history(const QJsonObject &args) const
{
    ArgsReader in(args);
    const QString sku = in.id("sku"_L1);
    const QString location = in.optionalId("location"_L1);
    const qint64 limit = in.optionalInteger("limit"_L1, 1, 5000).value_or(200);
    if (in.error())
        return *in.error();
    if (!location.isEmpty() && !m_engine.state().locations.contains(location))
        return Error::make(ErrorCode::UnknownLocation, u"unknown location %1"_s.arg(location));
    if (!m_engine.state().skus.contains(sku))
        return Error::make(ErrorCode::UnknownSku, u"unknown SKU %1"_s.arg(sku));
    QJsonArray rows;
    for (const QByteArray &json : m_engine.store().history(sku, location, int(limit)))
        rows.append(QJsonDocument::fromJson(json).object());
    return rows;
}

} // namespace shelfsync::service
