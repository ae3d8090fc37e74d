#include "StockStatus.h"

#include "domain/Analytics.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::items {

// The translation context of the words below (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class StockStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(shelfsync::items::StockStatus)
};

StockAssessment assessStock(const State &state, const StockKey &key, const QDateTime &now)
{
    static const Cell empty;
    const Cell *found = state.cell(key);
    const Cell &cell = found ? *found : empty;
    const QDate today = now.toUTC().date();

    StockAssessment result;
    result.figures = state.availability(key);
    result.lowStock = state.effectivePolicy(key).lowStock;
    result.velocity = averageDailyVelocity(cell, today, kVelocityWindowDays);
    result.coverDays = daysOfCover(result.figures.sellable(), result.velocity);

    for (const QString &id : cell.reservations) {
        const auto it = state.reservations.constFind(id);
        if (it != state.reservations.cend() && it->isActive() && it->atRisk) {
            ++result.ordersAtRisk;
            result.qtyAtRisk += it->qty;
        }
    }
    for (const Batch &batch : cell.batches) {
        if (batch.hidden || batch.qty <= 0 || !batch.expiry.isValid())
            continue;
        if (!result.nextExpiry.isValid() || batch.expiry < result.nextExpiry)
            result.nextExpiry = batch.expiry;
        if (today.daysTo(batch.expiry) <= kExpiringWithinDays)
            result.expiringQty += batch.qty;
    }

    if (result.ordersAtRisk > 0)
        result.status = StockStatus::AtRisk;
    else if (result.figures.atp <= 0)
        result.status = StockStatus::Out;
    else if (result.figures.atp <= result.lowStock ||
             (result.coverDays && *result.coverDays < kLowCoverDays))
        result.status = StockStatus::Low;
    else if (result.expiringQty > 0 || result.figures.hidden > 0)
        result.status = StockStatus::Expiring;
    return result;
}

QString statusName(StockStatus status)
{
    switch (status) {
    case StockStatus::Ok:
        return StockStatusText::tr("OK");
    case StockStatus::Expiring:
        return StockStatusText::tr("Expiring");
    case StockStatus::Low:
        return StockStatusText::tr("Low");
    case StockStatus::Out:
        return StockStatusText::tr("Out");
    case StockStatus::AtRisk:
        return StockStatusText::tr("At risk");
    }
    return {};
}

QString describeStatus(const StockAssessment &a)
{
    const QLocale locale;
    switch (a.status) {
    case StockStatus::AtRisk:
        return StockStatusText::tr("%Ln order(s) at risk: the shelf no longer covers them", nullptr,
                                   a.ordersAtRisk);
    case StockStatus::Out:
        if (a.figures.sellable() <= 0)
            return StockStatusText::tr("Nothing sellable on the shelf");
        return StockStatusText::tr(
            "Nothing to promise: every sellable unit is reserved or held as buffer");
    case StockStatus::Low:
        if (a.figures.atp <= a.lowStock)
            return StockStatusText::tr(
                       "Available to promise is at or under the low-stock level (%1)")
                .arg(locale.toString(a.lowStock));
        return StockStatusText::tr("Less than %1 days of cover at the current sales rate")
            .arg(locale.toString(kLowCoverDays));
    case StockStatus::Expiring:
        if (a.expiringQty > 0)
            return StockStatusText::tr("%Ln unit(s) expire within %1 days", nullptr,
                                       int(a.expiringQty))
                .arg(kExpiringWithinDays);
        return StockStatusText::tr("%Ln unit(s) hidden near or past expiry", nullptr,
                                   int(a.figures.hidden));
    case StockStatus::Ok:
        break;
    }
    return StockStatusText::tr("In stock");
}

} // namespace shelfsync::items
