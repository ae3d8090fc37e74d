#pragma once

#include "domain/State.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shelfsync::items {

// The thresholds behind a cell's status, shared by the inventory table and the alerts:
// - Out: nothing to promise (atp 0), whether the shelf is empty or everything on it is
//   reserved or held back as buffer: a channel cannot sell one more unit.
// - Low: atp at or under the policy's low_stock, or under kLowCoverDays of cover at the
//   7-day average velocity (a fast seller runs dry before the next delivery).
// - AtRisk: an active reservation on the cell is flagged at risk (the shelf no longer
//   covers it). Such a cell always has atp 0 too, and the orders matter more than the
//   channels, so AtRisk wins over Out.
// - Expiring: a sellable batch expires within kExpiringWithinDays (today counts as 0; a
//   batch past its date the sweeper has not hidden yet counts too), or some stock is
//   already hidden and waits to be written off.
// - Ok: none of the above.
constexpr int kVelocityWindowDays = 7;
constexpr double kLowCoverDays = 3.0;
constexpr int kExpiringWithinDays = 3;

// Ordered by urgency: a cell shows the most urgent status that applies.
enum class StockStatus
{
    Ok,
    Expiring,
    Low,
    Out,
    AtRisk
};

// Everything the status was decided from, so screens can say why.
struct StockAssessment
{
    StockStatus status = StockStatus::Ok;
    domain::Availability figures;
    domain::Quantity lowStock = 0;   // the effective policy's threshold
    double velocity = 0.0;           // units a day over kVelocityWindowDays
    std::optional<double> coverDays; // sellable / velocity; none when nothing sold
    int ordersAtRisk = 0;
    domain::Quantity qtyAtRisk = 0;   // reserved by the orders at risk
    domain::Quantity expiringQty = 0; // sellable units expiring within kExpiringWithinDays
    QDate nextExpiry;                 // earliest expiry among sellable batches

    bool operator==(const StockAssessment &) const = default;
};

// The status of one (location, SKU) at `now`: pure, reads nothing but its arguments.
StockAssessment assessStock(const domain::State &state, const domain::StockKey &key,
                            const QDateTime &now);

// "Out", "Low", ...: the word the status column shows.
QString statusName(StockStatus status);
// One sentence on why a cell has its status, for tooltips.
QString describeStatus(const StockAssessment &assessment);

} // namespace shelfsync::items
