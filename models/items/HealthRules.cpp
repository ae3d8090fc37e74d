#include "HealthRules.h"

#include "domain/Analytics.h"
#include "domain/Expiry.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::items {

// The translation context of the texts below (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class HealthText final
{
    Q_DECLARE_TR_FUNCTIONS(shelfsync::items::HealthRules)
};

namespace {

// Sums of money are not exact in binary: a share computed to sit on a threshold must
// not fall a rounding error short of it.
constexpr double kShareTolerance = 1e-9;

double ratio(double part, double whole)
{
    return whole > 0.0 ? part / whole : 0.0;
}

QString formatThreshold(double share)
{
    return u"%1 %"_s.arg(QLocale().toString(share * 100.0, 'g', QLocale::FloatingPointShortest));
}

QString describeThresholds(Measure measure)
{
    const HealthThresholds limits = thresholdsFor(measure);
    if (limits.amberFrom <= 0.0)
        return HealthText::tr("Amber from the first one, red from %1.")
            .arg(formatThreshold(limits.redFrom));
    return HealthText::tr("Amber from %1, red from %2.")
        .arg(formatThreshold(limits.amberFrom), formatThreshold(limits.redFrom));
}

QString describeExpiringBatch(const BatchFacts &batch)
{
    const QLocale locale;
    const QString date = locale.toString(batch.expiry, QLocale::ShortFormat);
    if (batch.expired)
        return batch.hidden ? HealthText::tr("Expired on %1, hidden: to be written off").arg(date)
                            : HealthText::tr("Past its date (%1) and not hidden yet").arg(date);
    if (batch.hidden)
        return HealthText::tr("Hidden from sale before it expires on %1").arg(date);
    const int days = batch.daysToExpiry.value_or(0);
    if (days == 0)
        return HealthText::tr("Expires today");
    return HealthText::tr("Expires in %Ln day(s), on %1", nullptr, days).arg(date);
}

// The reason a person acts on, as the alerts give it: an old batch is about its sales,
// a younger one about its date.
QString describeDeadstockBatch(const BatchFacts &batch, int deadstockDays)
{
    const QLocale locale;
    if (batch.hidden)
        return HealthText::tr("Hidden at expiry, to be written off");
    if (batch.ageDays > deadstockDays || !batch.daysToExpiry)
        return HealthText::tr("%1 days old, %2 % sold in %3 days")
            .arg(locale.toString(batch.ageDays), locale.toString(batch.sellThrough * 100.0, 'f', 0),
                 locale.toString(deadstockDays));
    const int left = *batch.daysToExpiry;
    if (!batch.coverDays)
        return HealthText::tr("Nothing sold in 7 days, %Ln day(s) left to sell it", nullptr, left);
    return HealthText::tr("%1 days to sell it at the current rate, %Ln day(s) left", nullptr, left)
        .arg(locale.toString(*batch.coverDays, 'f', 0));
}

} // namespace

HealthThresholds thresholdsFor(Measure measure)
{
    switch (measure) {
    case Measure::OutOfStock:
        return kOutOfStockThresholds;
    case Measure::AtRisk:
        return kAtRiskThresholds;
    case Measure::Expiring:
        return kExpiringThresholds;
    case Measure::Deadstock:
        break;
    }
    return kDeadstockThresholds;
}

Health healthOf(Measure measure, double share)
{
    const HealthThresholds limits = thresholdsFor(measure);
    if (share <= 0.0)
        return Health::Green;
    if (share + kShareTolerance >= limits.redFrom)
        return Health::Red;
    if (share + kShareTolerance >= limits.amberFrom)
        return Health::Amber;
    return Health::Green;
}

bool CellFacts::expiring() const
{
    return std::any_of(batches.cbegin(), batches.cend(),
                       [](const BatchFacts &batch) { return batch.expiring; });
}

CellFacts assessCell(const State &state, const StockKey &key, const QDateTime &now)
{
    CellFacts facts;
    facts.stock = assessStock(state, key, now);
    facts.deadstockDays = state.effectivePolicy(key).deadstockDays;
    const Cell *cell = state.cell(key);
    if (!cell)
        return facts;
    const auto sku = state.skus.constFind(key.sku);
    const double unitCost = sku != state.skus.cend() ? sku->unitCost : 0.0;
    for (const Batch &batch : cell->batches) {
        if (batch.qty <= 0)
            continue;
        const double value = double(batch.qty) * unitCost;
        facts.stockValue += value;
        const BatchAssessment assessment = assessBatch(state, key, batch, now);
        const BatchFacts found{
            .id = batch.id,
            .expiry = batch.expiry,
            .qty = batch.qty,
            .value = value,
            .hidden = batch.hidden,
            .expired = isExpired(batch.expiry, now),
            .daysToExpiry = assessment.daysToExpiry,
            .ageDays = assessment.ageDays,
            .sellThrough = assessment.sellThrough,
            .coverDays = assessment.coverDays,
            // Past its date counts as well: a negative number of days is within the week.
            .expiring = assessment.daysToExpiry && *assessment.daysToExpiry <= kDashboardExpiryDays,
            .deadstock = assessment.stockClass == StockClass::Deadstock,
        };
        if (found.deadstock)
            facts.deadstockValue += value;
        if (found.expiring || found.deadstock)
            facts.batches.append(found);
    }
    std::sort(facts.batches.begin(), facts.batches.end(),
              [](const BatchFacts &a, const BatchFacts &b) { return a.id < b.id; });
    return facts;
}

void LocationHealth::add(const CellFacts &cell)
{
    ++skus;
    if (cell.stock.status == StockStatus::Out)
        ++outOfStock;
    if (cell.stock.status == StockStatus::AtRisk)
        ++atRisk;
    int expiring = 0;
    int deadstock = 0;
    for (const BatchFacts &batch : cell.batches) {
        expiring += batch.expiring ? 1 : 0;
        deadstock += batch.deadstock ? 1 : 0;
    }
    expiringSkus += expiring > 0 ? 1 : 0;
    expiringBatches += expiring;
    deadstockSkus += deadstock > 0 ? 1 : 0;
    deadstockBatches += deadstock;
    deadstockValue += cell.deadstockValue;
    stockValue += cell.stockValue;
}

int LocationHealth::count(Measure measure) const
{
    switch (measure) {
    case Measure::OutOfStock:
        return outOfStock;
    case Measure::AtRisk:
        return atRisk;
    case Measure::Expiring:
        return expiringSkus;
    case Measure::Deadstock:
        break;
    }
    return deadstockSkus;
}

double LocationHealth::share(Measure measure) const
{
    if (measure == Measure::Deadstock)
        return ratio(deadstockValue, stockValue);
    return ratio(count(measure), skus);
}

QList<DashboardEntry> entriesOf(const StockKey &key, const QString &name, const CellFacts &cell,
                                Measure measure)
{
    QList<DashboardEntry> entries;
    const DashboardEntry base{.measure = measure,
                              .key = key,
                              .name = name,
                              .stock = cell.stock,
                              .batch = {},
                              .deadstockDays = cell.deadstockDays};
    switch (measure) {
    case Measure::OutOfStock:
        if (cell.stock.status == StockStatus::Out)
            entries.append(base);
        return entries;
    case Measure::AtRisk:
        if (cell.stock.status == StockStatus::AtRisk)
            entries.append(base);
        return entries;
    case Measure::Expiring:
    case Measure::Deadstock:
        break;
    }
    for (const BatchFacts &batch : cell.batches) {
        if (measure == Measure::Expiring ? batch.expiring : batch.deadstock) {
            DashboardEntry entry = base;
            entry.batch = batch;
            entries.append(entry);
        }
    }
    return entries;
}

QString measureName(Measure measure)
{
    switch (measure) {
    case Measure::OutOfStock:
        return HealthText::tr("Out of stock");
    case Measure::AtRisk:
        return HealthText::tr("At risk");
    case Measure::Expiring:
        return HealthText::tr("Expiring in %1 days").arg(kDashboardExpiryDays);
    case Measure::Deadstock:
        break;
    }
    return HealthText::tr("Deadstock value");
}

QString describeEntry(const DashboardEntry &entry)
{
    switch (entry.measure) {
    case Measure::OutOfStock:
    case Measure::AtRisk:
        return describeStatus(entry.stock);
    case Measure::Expiring:
        return describeExpiringBatch(entry.batch);
    case Measure::Deadstock:
        break;
    }
    return describeDeadstockBatch(entry.batch, entry.deadstockDays);
}

QString formatShare(double share)
{
    return u"%1 %"_s.arg(QLocale().toString(share * 100.0, 'f', 1));
}

QString formatValue(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString describeFigure(const LocationHealth &health, Measure measure)
{
    if (health.skus == 0)
        return HealthText::tr("No stock here yet.");
    const QLocale locale;
    const QString share = formatShare(health.share(measure));
    QString figure;
    switch (measure) {
    case Measure::OutOfStock:
    case Measure::AtRisk:
        figure = HealthText::tr("%1 of %Ln SKU(s) (%2).", nullptr, health.skus)
                     .arg(locale.toString(health.count(measure)), share);
        break;
    case Measure::Expiring:
        figure = HealthText::tr("%1 of %Ln SKU(s) (%2) have a batch expiring within %3 days or "
                                "past its date.",
                                nullptr, health.skus)
                     .arg(locale.toString(health.expiringSkus), share,
                          locale.toString(kDashboardExpiryDays));
        break;
    case Measure::Deadstock:
        figure =
            HealthText::tr("%1 at cost in %Ln batch(es): %2 of the stock value (%3).", nullptr,
                           health.deadstockBatches)
                .arg(formatValue(health.deadstockValue), share, formatValue(health.stockValue));
        break;
    }
    return QString(figure + u' ' + describeThresholds(measure));
}

} // namespace shelfsync::items
