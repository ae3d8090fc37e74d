#pragma once

#include "State.h"

#include <iterator>
#include <optional>

namespace shelfsync::domain {

// Units dispatched per day over the `days` UTC days that end with `today` (inclusive).
double averageDailyVelocity(const Cell &cell, const QDate &today, int days);
// Sellable stock over the 7-day average velocity; nullopt when nothing sold (no end).
std::optional<double> daysOfCover(Quantity sellable, double velocityPerDay);

// The age buckets of stock, in whole days since receipt: 0-7, 8-30, 31-60, 61-90 and over
// 90 (bucket kAgeBucketCount - 1). The service's ageing query sums them in SQL; the app
// buckets deadstock rows the same way.
inline constexpr int kAgeBucketEnds[] = {7, 30, 60, 90};
inline constexpr int kAgeBucketCount = int(std::size(kAgeBucketEnds)) + 1;
int ageBucketOf(int ageDays);
// "0-7", "8-30", "31-60", "61-90", "90+": the names on the wire.
QString ageBucketName(int bucket);

enum class StockClass
{
    Healthy,
    SlowMover,
    ExpiryRisk,
    Deadstock
};
QString toString(StockClass stockClass);

// Why a batch is (or is not) a problem, with the figures behind the verdict.
struct BatchAssessment
{
    StockClass stockClass = StockClass::Healthy;
    int ageDays = 0;
    std::optional<int> daysToExpiry; // none for goods that do not expire
    double sellThrough = 0.0;        // sold / (sold + on hand) over deadstock_days
    double velocity7 = 0.0;          // units a day, last 7 days
    std::optional<double> coverDays; // days to sell this batch and those before it (FEFO)
};

// DESIGN.md's deadstock rule, plus its milder neighbours:
// - deadstock: older than deadstock_days with sell-through under 5 %, or within 7 days of
//   expiry with cover longer than its remaining life, or already hidden;
// - expiry risk: will not sell before it expires at the current velocity (more than 7
//   days out, so there is still time to act); with no sales in 7 days, only when it
//   expires within deadstock_days;
// - slow mover: older than deadstock_days with sell-through under 20 %.
// The verdict on figures already gathered (ageDays, daysToExpiry, sellThrough, coverDays):
// shared by assessBatch() and the service's deadstock query, which sums them in SQL.
StockClass classifyBatch(const BatchAssessment &figures, int deadstockDays, bool hidden);

BatchAssessment assessBatch(const State &state, const StockKey &key, const Batch &batch,
                            const QDateTime &now);

} // namespace shelfsync::domain
