#include "DeadstockQuery.h"

#include "store/LedgerStore.h"

#include "domain/Analytics.h"
#include "domain/ArgsReader.h"
#include "domain/Expiry.h"
#include "domain/JsonFormat.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::service {

namespace {

constexpr int kDefaultWindowDays = 30;
constexpr int kWeek = 7;
constexpr int kDiscountNeedsDays = 14; // less than this left: a bundle moves faster

struct Advice
{
    QString action;
    QString reason;
};

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 0) + u"%"_s;
}

// The store where the SKU sells fastest, other than `here`; empty when none sells it. A
// warehouse's dispatches are shipments to the stores, not sales: never a target.
QString bestOtherStore(const QHash<StockKey, qint64> &weekSales,
                       const QHash<QString, Location> &locations, const QString &sku,
                       const QString &here, qint64 *sold)
{
    QString best;
    *sold = 0;
    for (auto it = weekSales.cbegin(); it != weekSales.cend(); ++it) {
        const auto place = locations.constFind(it.key().location);
        if (place == locations.cend() || place->kind != LocationKind::Store)
            continue;
        // Ties go to the first location by id, so the advice does not change from one
        // run to the next with the hash's order.
        if (it.key().sku == sku && it.key().location != here &&
            (it.value() > *sold || (it.value() == *sold && it.key().location < best))) {
            best = it.key().location;
            *sold = it.value();
        }
    }
    return best;
}

// "1 day", "3 days": the reasons are plain English sentences for people.
QString days(qint64 count)
{
    return count == 1 ? u"1 day"_s : u"%1 days"_s.arg(count);
}

Advice advise(const BatchSales &row, const BatchAssessment &figures, int windowDays,
              const QHash<StockKey, qint64> &weekSales, const QHash<QString, Location> &locations)
{
    const std::optional<int> left = figures.daysToExpiry;
    if (left && *left < 0)
        return {u"write_off"_s, u"expired %1 ago"_s.arg(days(-*left))};
    if (row.hidden && left.value_or(0) == 0)
        return {u"donate"_s, u"off sale; it expires today"_s};
    if (row.hidden)
        return {u"donate"_s, u"off sale before its expiry; still good for %1"_s.arg(days(*left))};
    // What a store would do with the batch itself.
    Advice here;
    switch (figures.stockClass) {
    case StockClass::Deadstock:
        if (left && *left <= kWeek)
            return {u"donate"_s, u"expires in %1 and will not sell before then"_s.arg(days(*left))};
        here = {u"discount"_s,
                u"%1 sell-through in %2 days, %3 days old"_s.arg(percent(figures.sellThrough))
                    .arg(windowDays)
                    .arg(figures.ageDays)};
        break;
    case StockClass::ExpiryRisk: {
        const QString pace =
            figures.velocity7 > 0
                ? u"at %1 a day it needs %2 days"_s.arg(figures.velocity7, 0, 'f', 1)
                      .arg(figures.coverDays.value_or(0), 0, 'f', 0)
                : u"nothing sold in 7 days"_s;
        here = *left >= kDiscountNeedsDays
                   ? Advice{u"discount"_s, u"%1; it expires in %2"_s.arg(pace, days(*left))}
                   : Advice{u"bundle"_s, u"%1; only %2 left"_s.arg(pace, days(*left))};
        break;
    }
    case StockClass::SlowMover:
        here = {u"bundle"_s,
                u"%1 sell-through in %2 days"_s.arg(percent(figures.sellThrough)).arg(windowDays)};
        break;
    case StockClass::Healthy:
        return {};
    }
    // Old stock moves to where it sells. So does all a warehouse cannot ship in time: it
    // has no shoppers to discount or bundle for.
    const auto place = locations.constFind(row.location);
    const bool warehouse = place != locations.cend() && place->kind == LocationKind::Warehouse;
    if (figures.stockClass != StockClass::Deadstock && !warehouse)
        return here;
    qint64 sold = 0;
    const QString elsewhere = bestOtherStore(weekSales, locations, row.sku, row.location, &sold);
    if (elsewhere.isEmpty())
        return here;
    return {u"transfer"_s, u"%1; %2 sold %3 in 7 days"_s.arg(here.reason, elsewhere).arg(sold)};
}

} // namespace

Result<QJsonArray> deadstockQuery(LedgerStore &store, const QJsonObject &args, const QDate &today,
                                  const QHash<QString, Location> &locations)
{
    ArgsReader in(args);
    const QString location = in.optionalId("location"_L1);
    const int windowDays =
        int(in.optionalInteger("window_days"_L1, 1, 365).value_or(kDefaultWindowDays));
    // The scatter of cover against expiry wants the healthy batches too, for contrast.
    const bool everyBatch = in.optionalBool("all"_L1).value_or(false);
    if (in.error())
        return *in.error();
    if (!location.isEmpty() && !locations.contains(location))
        return Error::make(ErrorCode::UnknownLocation, u"unknown location %1"_s.arg(location));

    const auto stocked = store.batchSales(today, windowDays, location);
    if (!stocked)
        return stocked.error();
    const auto lastWeek = store.weekSales(today);
    if (!lastWeek)
        return lastWeek.error();
    const QList<BatchSales> &batches = *stocked;
    const QHash<StockKey, qint64> &weekSales = *lastWeek;
    // Per cell: on hand, and each batch's place in FEFO order (what sells before it).
    QHash<StockKey, QList<const BatchSales *>> cells;
    for (const BatchSales &row : batches)
        cells[{row.location, row.sku}].append(&row);

    struct Found
    {
        double value;
        QJsonObject row;
    };
    QList<Found> found;
    for (auto cell = cells.cbegin(); cell != cells.cend(); ++cell) {
        qint64 onHand = 0;
        for (const BatchSales *row : *cell)
            onHand += row->qty;
        // What sells before each batch, in the domain's own FEFO order (hidden batches
        // are not in it: they only wait for their own quantity to go).
        Cell shelf;
        for (const BatchSales *row : *cell) {
            Batch batch;
            batch.id = row->batch;
            batch.expiry = row->expiry;
            batch.qty = row->qty;
            batch.receivedAt = row->receivedAt;
            batch.hidden = row->hidden;
            shelf.batches.append(batch);
        }
        QList<qint64> ahead(cell->size(), 0);
        qint64 running = 0;
        for (qsizetype index : fefoOrder(shelf)) {
            running += cell->at(index)->qty;
            ahead[index] = running;
        }
        for (qsizetype index = 0; index < cell->size(); ++index) {
            const BatchSales *row = cell->at(index);
            BatchAssessment figures;
            figures.ageDays = int(row->receivedAt.toUTC().date().daysTo(today));
            if (row->expiry.isValid())
                figures.daysToExpiry = int(today.daysTo(row->expiry));
            const qint64 sold = row->soldInWindow;
            figures.sellThrough = sold + onHand > 0 ? double(sold) / double(sold + onHand) : 0.0;
            figures.velocity7 = double(row->soldInWeek) / kWeek;
            figures.coverDays =
                daysOfCover(row->hidden ? row->qty : ahead[index], figures.velocity7);
            figures.stockClass = classifyBatch(figures, windowDays, row->hidden);
            if (figures.stockClass == StockClass::Healthy && !everyBatch)
                continue;
            const Advice advice = advise(*row, figures, windowDays, weekSales, locations);
            const double value = double(row->qty) * row->unitCost;
            QJsonObject out{
                {u"location"_s, row->location},
                {u"sku"_s, row->sku},
                {u"name"_s, row->name},
                {u"category"_s, row->category},
                {u"batch"_s, row->batch},
                {u"qty"_s, row->qty},
                {u"age_days"_s, figures.ageDays},
                {u"last_sale"_s, dateOrNull(row->lastSale)},
                {u"sell_through"_s, figures.sellThrough},
                {u"velocity_7"_s, figures.velocity7},
                {u"value"_s, value},
                {u"expiry"_s, dateOrNull(row->expiry)},
                {u"class"_s, toString(figures.stockClass)},
                {u"action"_s, advice.action.isEmpty() ? QJsonValue() : QJsonValue(advice.action)},
                {u"reason"_s, advice.reason.isEmpty() ? QJsonValue() : QJsonValue(advice.reason)}};
            out.insert(u"days_to_expiry"_s,
                       figures.daysToExpiry ? QJsonValue(*figures.daysToExpiry) : QJsonValue());
            out.insert(u"cover_days"_s,
                       figures.coverDays ? QJsonValue(*figures.coverDays) : QJsonValue());
            found.append({value, out});
        }
    }
    // The most money tied up first; ties in a stable order.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        if (a.value != b.value)
            return a.value > b.value;
        return std::tuple(a.row.value("location"_L1).toString(), a.row.value("sku"_L1).toString(),
                          a.row.value("batch"_L1).toString()) <
               std::tuple(b.row.value("location"_L1).toString(), b.row.value("sku"_L1).toString(),
                          b.row.value("batch"_L1).toString());
    });
    QJsonArray rows;
    for (const Found &entry : std::as_const(found))
        rows.append(entry.row);
    return rows;
}

} // namespace shelfsync::service
