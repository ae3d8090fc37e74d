#include "QueryService.h"

#include "CommandEngine.h"
#include "DeadstockQuery.h"
#include "store/LedgerStore.h"

#include "domain/ArgsReader.h"
#include "domain/JsonFormat.h"

#include <QJsonDocument>
#include <QMap>

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
    if (name == "velocity"_L1)
        return velocity(args);
    if (name == "ageing"_L1)
        return ageing(args);
    if (name == "deadstock"_L1)
        return deadstockQuery(m_engine.store(), args, m_engine.now().toUTC().date(),
                              m_engine.state().locations);
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

namespace {

constexpr int kLongAverageDays = 28;
constexpr int kShortAverageDays = 7;
constexpr int kMaxVelocityDays = 366;
// Each SKU is one bound value of the SQL; a category covers larger sets.
constexpr int kMaxVelocitySkus = 1000;

// Which group a cell's stock counts towards, for days of cover.
QString groupOf(const State &state, const StockKey &key, DispatchFilter::GroupBy groupBy)
{
    switch (groupBy) {
    case DispatchFilter::GroupBy::Sku:
        return key.sku;
    case DispatchFilter::GroupBy::Category:
        return state.skus.value(key.sku).category;
    case DispatchFilter::GroupBy::Location:
        return key.location;
    }
    return {};
}

} // namespace

// Units dispatched per day and group over [from, to], each day with the averages of the
// 7 and 28 days ending that day, summed by the store's SQL over the daily dispatch table.
// The row of the last day also carries days of cover: the group's sellable stock now over
// its 7-day average (null when nothing sold).
Result<QJsonArray> QueryService::velocity(const QJsonObject &args) const
{
    ArgsReader in(args);
    DispatchFilter filter;
    filter.from = in.optionalDate("from"_L1);
    filter.to = in.optionalDate("to"_L1);
    const QString groupBy = in.optionalText("group_by"_L1);
    filter.category = in.optionalText("category"_L1);
    filter.location = in.optionalId("location"_L1);
    if (in.error())
        return *in.error();
    if (!filter.from.isValid())
        return Error::badRequest(u"from"_s, u"a YYYY-MM-DD date is required"_s);
    if (!filter.to.isValid())
        return Error::badRequest(u"to"_s, u"a YYYY-MM-DD date is required"_s);
    if (filter.to < filter.from || filter.from.daysTo(filter.to) >= kMaxVelocityDays)
        return Error::badRequest(u"to"_s, u"must be on or after from, at most %1 days later"_s.arg(
                                              kMaxVelocityDays - 1));
    if (groupBy.isEmpty() || groupBy == "sku"_L1)
        filter.groupBy = DispatchFilter::GroupBy::Sku;
    else if (groupBy == "category"_L1)
        filter.groupBy = DispatchFilter::GroupBy::Category;
    else if (groupBy == "location"_L1)
        filter.groupBy = DispatchFilter::GroupBy::Location;
    else
        return Error::badRequest(u"group_by"_s, u"must be sku, category or location"_s);
    const State &state = m_engine.state();
    if (args.contains("skus"_L1)) {
        if (!args.value("skus"_L1).isArray())
            return Error::badRequest(u"skus"_s, u"must be an array of SKU ids"_s);
        for (const QJsonValue &value : args.value("skus"_L1).toArray()) {
            if (!value.isString())
                return Error::badRequest(u"skus"_s, u"must be an array of SKU ids"_s);
            if (!state.skus.contains(value.toString()))
                return Error::make(ErrorCode::UnknownSku,
                                   u"unknown SKU %1"_s.arg(value.toString()));
            if (!filter.skus.contains(value.toString()))
                filter.skus.append(value.toString());
            if (filter.skus.size() > kMaxVelocitySkus)
                return Error::badRequest(u"skus"_s, u"at most %1 SKUs; ask by category for "
                                                    "more"_s.arg(kMaxVelocitySkus));
        }
    }
    if (!filter.location.isEmpty() && !state.locations.contains(filter.location))
        return Error::make(ErrorCode::UnknownLocation,
                           u"unknown location %1"_s.arg(filter.location));

    // Summed over several locations, a warehouse's shipments would count the stores' sales
    // twice; its stock still counts towards the network's cover.
    filter.storesOnly =
        filter.location.isEmpty() && filter.groupBy != DispatchFilter::GroupBy::Location;
    const QDate requestedFrom = filter.from;
    filter.from = requestedFrom.addDays(-(kLongAverageDays - 1)); // the averages look back
    const auto sold = m_engine.store().dispatchedPerDay(filter);
    if (!sold)
        return sold.error();
    QMap<QString, QMap<QDate, qint64>> series;
    for (const DailyUnits &row : *sold)
        series[row.group][row.day] = row.units;
    // SKUs asked for by name appear even when they sold nothing.
    if (filter.groupBy == DispatchFilter::GroupBy::Sku) {
        for (const QString &sku : std::as_const(filter.skus))
            series[sku];
    }

    QHash<QString, Quantity> sellable;
    for (auto it = state.cells.cbegin(); it != state.cells.cend(); ++it) {
        const StockKey &key = it.key();
        if ((!filter.location.isEmpty() && key.location != filter.location) ||
            (!filter.skus.isEmpty() && !filter.skus.contains(key.sku)) ||
            (!filter.category.isEmpty() && state.skus.value(key.sku).category != filter.category))
            continue;
        sellable[groupOf(state, key, filter.groupBy)] += state.availability(key).sellable();
    }

    QJsonArray rows;
    for (auto group = series.cbegin(); group != series.cend(); ++group) {
        const auto unitsOn = [&](const QDate &day) { return group->value(day, 0); };
        for (QDate day = requestedFrom; day <= filter.to; day = day.addDays(1)) {
            qint64 week = 0;
            qint64 month = 0;
            for (int back = 0; back < kLongAverageDays; ++back) {
                const qint64 units = unitsOn(day.addDays(-back));
                month += units;
                if (back < kShortAverageDays)
                    week += units;
            }
            const double average7 = double(week) / kShortAverageDays;
            QJsonObject row{{u"group"_s, group.key()},
                            {u"day"_s, formatDate(day)},
                            {u"units"_s, unitsOn(day)},
                            {u"avg_7"_s, average7},
                            {u"avg_28"_s, double(month) / kLongAverageDays}};
            if (day == filter.to) {
                const Quantity stock = sellable.value(group.key());
                row.insert(u"sellable"_s, stock);
                row.insert(u"days_of_cover"_s,
                           average7 > 0 ? QJsonValue(stock / average7) : QJsonValue());
            }
            rows.append(row);
        }
    }
    return rows;
}

// On-hand quantity and value at cost per location, category and age bucket, as of the
// service's today, summed by SQL over the batches table. Empty buckets are left out.
Result<QJsonArray> QueryService::ageing(const QJsonObject &args) const
{
    ArgsReader in(args);
    const QString location = in.optionalId("location"_L1);
    const QString category = in.optionalText("category"_L1);
    if (in.error())
        return *in.error();
    if (!location.isEmpty() && !m_engine.state().locations.contains(location))
        return Error::make(ErrorCode::UnknownLocation, u"unknown location %1"_s.arg(location));
    const QDate today = m_engine.now().toUTC().date();
    const auto found = m_engine.store().ageing(today, location, category);
    if (!found)
        return found.error();
    QJsonArray rows;
    for (const AgeingRow &row : *found) {
        rows.append(QJsonObject{{u"location"_s, row.location},
                                {u"category"_s, row.category},
                                {u"bucket"_s, domain::ageBucketName(row.bucket)},
                                {u"qty"_s, row.qty},
                                {u"value"_s, row.value}});
    }
    return rows;
}

} // namespace shelfsync::service
