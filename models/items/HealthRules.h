#pragma once

#include "StockStatus.h"

#include "domain/State.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shelfsync::items {

// The four figures of a location's health on the dashboard.
enum class Measure
{
    OutOfStock, // share of the location's SKUs whose status is Out
    AtRisk,     // share whose status is AtRisk (promised orders the shelf no longer covers)
    Expiring,   // share with a batch expiring within kDashboardExpiryDays, or past its date
    Deadstock,  // value at cost of the batches domain::assessBatch calls deadstock
};
constexpr int kMeasureCount = 4;

enum class Health
{
    Green,
    Amber,
    Red,
};

// The dashboard looks a week ahead: time enough to discount, bundle, move or donate a
// batch. The inventory's Expiring status (kExpiringWithinDays) is the shelf's nearer
// view. Today counts as 0; batches past their date and still on hand count too.
constexpr int kDashboardExpiryDays = 7;

// A figure turns amber when its share reaches amberFrom and red when it reaches redFrom;
// a share of 0 is always green (so amberFrom 0 means "from the first one").
struct HealthThresholds
{
    double amberFrom = 0.0;
    double redFrom = 0.0;
};

// For a dark store: a narrow range sold within minutes of the order, so each missing SKU
// is a lost or substituted order line. Good dark stores run at 1-2 % out of stock; 5 % is
// what customers notice and leave over.
constexpr HealthThresholds kOutOfStockThresholds{.amberFrom = 0.02, .redFrom = 0.05};
// Orders already promised that the shelf no longer covers: each one is a customer about
// to be let down, so the first one is amber, and 1 % of the range is a systemic problem.
constexpr HealthThresholds kAtRiskThresholds{.amberFrom = 0.0, .redFrom = 0.01};
// About a third of a dark store's range is fresh (dairy, bakery, produce, meat), and a
// fresh SKU nearly always has a batch within a week of its date: that much is business
// as usual, and its rows are the week's markdown list. Above it, goods that should last
// are running out of time too.
constexpr HealthThresholds kExpiringThresholds{.amberFrom = 0.35, .redFrom = 0.50};
// Share of the location's stock value at cost: a dark store has few slots and little
// capital, and stock that will not sell blocks both. Write-offs of 2 % of stock are
// common in grocery; 5 % eats a margin that is rarely above that.
constexpr HealthThresholds kDeadstockThresholds{.amberFrom = 0.02, .redFrom = 0.05};

HealthThresholds thresholdsFor(Measure measure);
Health healthOf(Measure measure, double share);

// A batch behind the expiring or the deadstock figure, with what domain::assessBatch
// found.
struct BatchFacts
{
    QString id;
    QDate expiry;
    domain::Quantity qty = 0;
    double value = 0.0; // qty x the SKU's unit cost
    bool hidden = false;
    bool expired = false;            // domain::isExpired
    std::optional<int> daysToExpiry; // none for goods that do not expire
    int ageDays = 0;
    double sellThrough = 0.0;
    std::optional<double> coverDays;
    bool expiring = false;  // within kDashboardExpiryDays or past its date
    bool deadstock = false; // domain::StockClass::Deadstock

    bool operator==(const BatchFacts &) const = default;
};

// What the dashboard needs of one (location, SKU) at `now`, so a live event recomputes
// only the cells it touched.
struct CellFacts
{
    StockAssessment stock;
    double stockValue = 0.0; // every batch on hand, hidden ones too, at cost
    double deadstockValue = 0.0;
    int deadstockDays = 0;     // the effective policy's window, to explain a verdict
    QList<BatchFacts> batches; // only the expiring and the deadstock ones

    bool expiring() const;
    bool operator==(const CellFacts &) const = default;
};

CellFacts assessCell(const domain::State &state, const domain::StockKey &key, const QDateTime &now);

// The sums of one location's cells.
struct LocationHealth
{
    int skus = 0;
    int outOfStock = 0;
    int atRisk = 0;
    int expiringSkus = 0;
    int expiringBatches = 0;
    int deadstockSkus = 0;
    int deadstockBatches = 0;
    double deadstockValue = 0.0;
    double stockValue = 0.0;

    void add(const CellFacts &cell);
    // The SKUs behind a figure.
    int count(Measure measure) const;
    // The figure as a share 0..1: of the SKUs, or for deadstock of the stock value.
    double share(Measure measure) const;
    Health health(Measure measure) const { return healthOf(measure, share(measure)); }

    bool operator==(const LocationHealth &) const = default;
};

// One row behind a figure: a cell (out of stock, at risk) or one of its batches
// (expiring, deadstock).
struct DashboardEntry
{
    Measure measure = Measure::OutOfStock;
    domain::StockKey key;
    QString name;
    StockAssessment stock;
    BatchFacts batch; // id empty for cell rows
    int deadstockDays = 0;

    bool isBatch() const { return !batch.id.isEmpty(); }
    bool operator==(const DashboardEntry &) const = default;
};

// The rows a cell puts behind `measure`, in batch id order.
QList<DashboardEntry> entriesOf(const domain::StockKey &key, const QString &name,
                                const CellFacts &cell, Measure measure);

// "Out of stock", "At risk", ...: the figure's title.
QString measureName(Measure measure);
// Why an entry counts, in a sentence.
QString describeEntry(const DashboardEntry &entry);
// A share as the figures show it: "2.5 %", in the user's locale.
QString formatShare(double share);
// A value at cost: two decimals, in the user's locale.
QString formatValue(double value);
// The figure with its thresholds, for tooltips: "3 of 120 SKUs (2.5 %). Amber from 2 %,
// red from 5 %."
QString describeFigure(const LocationHealth &health, Measure measure);

} // namespace shelfsync::items
