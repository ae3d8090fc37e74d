#include "Analytics.h"

#include "Expiry.h"

using namespace Qt::StringLiterals;

namespace shelfsync::domain {

namespace {

constexpr double kDeadstockSellThrough = 0.05;
constexpr double kSlowSellThrough = 0.20;
constexpr int kImminentExpiryDays = 7;

Quantity soldBetween(const Cell &cell, const QDate &first, const QDate &last)
{
    Quantity sold = 0;
    for (auto it = cell.dispatchedByDay.lowerBound(first);
         it != cell.dispatchedByDay.cend() && it.key() <= last; ++it)
        sold += it.value();
    return sold;
}

} // namespace

double averageDailyVelocity(const Cell &cell, const QDate &today, int days)
{
    if (days <= 0)
        return 0.0;
    return double(soldBetween(cell, today.addDays(1 - days), today)) / days;
}

std::optional<double> daysOfCover(Quantity sellable, double velocityPerDay)
{
    if (velocityPerDay <= 0.0)
        return std::nullopt;
    return double(sellable) / velocityPerDay;
}

int ageBucketOf(int ageDays)
{
    int bucket = 0;
    while (bucket < kAgeBucketCount - 1 && ageDays > kAgeBucketEnds[bucket])
        ++bucket;
    return bucket;
}

QString ageBucketName(int bucket)
{
    if (bucket <= 0)
        return u"0-%1"_s.arg(kAgeBucketEnds[0]);
    if (bucket >= kAgeBucketCount - 1)
        return u"%1+"_s.arg(kAgeBucketEnds[kAgeBucketCount - 2]);
    return u"%1-%2"_s.arg(kAgeBucketEnds[bucket - 1] + 1).arg(kAgeBucketEnds[bucket]);
}

QString toString(StockClass stockClass)
{
    switch (stockClass) {
    case StockClass::Healthy:
        return u"healthy"_s;
    case StockClass::SlowMover:
        return u"slow_mover"_s;
    case StockClass::ExpiryRisk:
        return u"expiry_risk"_s;
    case StockClass::Deadstock:
        return u"deadstock"_s;
    }
    return {};
}

BatchAssessment assessBatch(const State &state, const StockKey &key, const Batch &batch,
                            const QDateTime &now)
{
    static const Cell empty;
    const Cell *found = state.cell(key);
    const Cell &cell = found ? *found : empty;
    const Policy policy = state.effectivePolicy(key);
    const QDate today = now.toUTC().date();

    BatchAssessment result;
    result.ageDays = int(batch.receivedAt.toUTC().date().daysTo(today));
    if (batch.expiry.isValid())
        result.daysToExpiry = int(today.daysTo(batch.expiry));

    Quantity onHand = 0;
    for (const Batch &b : cell.batches)
        onHand += b.qty;
    const Quantity sold = soldBetween(cell, today.addDays(1 - policy.deadstockDays), today);
    result.sellThrough = sold + onHand > 0 ? double(sold) / double(sold + onHand) : 0.0;
    result.velocity7 = averageDailyVelocity(cell, today, 7);

    // The batch sells after every batch ahead of it in FEFO order. A hidden batch is off
    // sale and in no order: it waits for its own quantity only, as the service counts it.
    Quantity ahead = batch.qty;
    if (!batch.hidden) {
        for (qsizetype index : fefoOrder(cell)) {
            const Batch &other = cell.batches[index];
            if (other.id == batch.id)
                break;
            ahead += other.qty;
        }
    }
    result.coverDays = daysOfCover(ahead, result.velocity7);

    result.stockClass = classifyBatch(result, policy.deadstockDays, batch.hidden);
    return result;
}

StockClass classifyBatch(const BatchAssessment &figures, int deadstockDays, bool hidden)
{
    const bool old = figures.ageDays > deadstockDays;
    // Nothing sold in 7 days leaves the cover unknown (unbounded). That is a verdict on a
    // batch expiring within the window, but not on rice with a year to go: old unsold
    // stock is caught by the age rules instead.
    const bool outlivesShelf =
        figures.daysToExpiry && (figures.coverDays ? *figures.coverDays > *figures.daysToExpiry
                                                   : *figures.daysToExpiry <= deadstockDays);
    if (hidden || (old && figures.sellThrough < kDeadstockSellThrough) ||
        (outlivesShelf && *figures.daysToExpiry <= kImminentExpiryDays))
        return StockClass::Deadstock;
    if (outlivesShelf)
        return StockClass::ExpiryRisk;
    if (old && figures.sellThrough < kSlowSellThrough)
        return StockClass::SlowMover;
    return StockClass::Healthy;
}

} // namespace shelfsync::domain
