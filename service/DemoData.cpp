#include "DemoData.h"

#include "CommandEngine.h"
#include "DemoCatalog.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace shelfsync::domain;

namespace shelfsync::service {

namespace {

constexpr quint32 kSeed = 20261125;
constexpr int kHistoryDays = 90;
constexpr int kCommitEvery = 20000;
// Today's simulated day stops this long before now, ahead of the last sweep and the open
// carts and orders.
constexpr int kTodayEndsBeforeNowS = 1000;
// Goods that keep no longer than this skip the warehouse.
constexpr int kDirectDeliveryDays = 21;

struct Store
{
    QString id;
    QString name;
    double demand; // multiplier on each SKU's rate
};

const QList<Store> kStores{{u"DS-01"_s, u"Dark store North"_s, 1.25},
                           {u"DS-02"_s, u"Dark store Centre"_s, 1.0},
                           {u"DS-03"_s, u"Dark store South"_s, 0.75}};
const QString kWarehouse = u"WH-01"_s;

// The stores' demand multipliers summed: a SKU's daily rate times this is what the
// warehouse ships of it a day.
double chainDemand()
{
    double sum = 0.0;
    for (const Store &store : kStores)
        sum += store.demand;
    return sum;
}

int poisson(QRandomGenerator &random, double mean)
{
    if (mean <= 0.0)
        return 0;
    const double limit = std::exp(-mean);
    double product = random.generateDouble();
    int count = 0;
    while (product > limit) {
        ++count;
        product *= random.generateDouble();
    }
    return count;
}

// Runs the simulation: commands are collected per day, sorted by time, and decided in
// that order so the ledger reads like ninety real days.
class DemoWriter
{
public:
    DemoWriter(CommandEngine &engine, const QDateTime &now)
        : m_engine(engine)
        , m_now(now.toUTC())
        , m_random(kSeed)
        , m_catalog(demoCatalog(kSeed))
    {}

    bool run(QString *error);

private:
    struct Timed
    {
        QDateTime at;
        CommandArgs args;
    };

    void add(const QDateTime &at, CommandArgs args) { m_day.append({at, std::move(args)}); }
    bool flushDay(QString *error);
    bool runNow(const QDateTime &at, const CommandArgs &args, QString *error);
    void setUp(const QDateTime &start);
    void simulateDay(const QDate &day, int index);
    bool eveningRound(const QDate &day, bool lastDays, QString *error);
    bool openOrders(QString *error);
    Quantity available(const StockKey &key) const;
    QDateTime at(const QDate &day, int hour, int maxMinutes = 59);

    CommandEngine &m_engine;
    QDateTime m_now;
    QRandomGenerator m_random;
    QList<DemoSku> m_catalog;
    QList<Timed> m_day;
    int m_nextId = 1;
    int m_uncommitted = 0;
};

QDateTime DemoWriter::at(const QDate &day, int hour, int maxMinutes)
{
    return QDateTime(day,
                     QTime(hour, int(m_random.bounded(maxMinutes + 1)), int(m_random.bounded(60))),
                     Qt::UTC);
}

Quantity DemoWriter::available(const StockKey &key) const
{
    const Availability figures = m_engine.state().availability(key);
    return std::max<Quantity>(0, figures.sellable() - figures.reserved);
}

bool DemoWriter::runNow(const QDateTime &when, const CommandArgs &args, QString *error)
{
    Command command{u"demo-%1"_s.arg(m_nextId++), u"demo"_s, args};
    const auto decision = m_engine.importAt(command, when);
    // The simulation only asks for what the state allows; a refusal is a bug in it.
    if (!decision) {
        *error =
            u"demo command %1 refused: %2"_s.arg(toString(command.op()), decision.error().message);
        return false;
    }
    if (++m_uncommitted >= kCommitEvery) {
        m_uncommitted = 0;
        return m_engine.commitImport(error);
    }
    return true;
}

bool DemoWriter::flushDay(QString *error)
{
    std::stable_sort(m_day.begin(), m_day.end(),
                     [](const Timed &a, const Timed &b) { return a.at < b.at; });
    const QList<Timed> day = std::exchange(m_day, {});
    for (const Timed &timed : day) {
        // Sales are sized when they happen, against the stock there is at that moment.
        if (const auto *dispatch = std::get_if<Dispatch>(&timed.args)) {
            Dispatch sized = *dispatch;
            sized.qty = std::min(sized.qty, available({sized.location, sized.sku}));
            if (sized.qty <= 0)
                continue;
            if (!runNow(timed.at, sized, error))
                return false;
            continue;
        }
        if (!runNow(timed.at, timed.args, error))
            return false;
    }
    return true;
}

void DemoWriter::setUp(const QDateTime &start)
{
    add(start, UpsertLocation{kWarehouse, u"Central warehouse"_s, LocationKind::Warehouse,
                              u"Europe/Berlin"_s});
    for (const Store &store : kStores)
        add(start, UpsertLocation{store.id, store.name, LocationKind::Store, u"Europe/Berlin"_s});
    for (qsizetype i = 0; i < m_catalog.size(); ++i) {
        const DemoSku &sku = m_catalog[i];
        add(start, UpsertSku{sku.sku, sku.name, sku.gtin, sku.unit, sku.category, sku.shelfLifeDays,
                             sku.unitCost});
        PolicyPatch patch;
        patch.lowStock = std::max<Quantity>(2, Quantity(std::ceil(sku.dailyRate * 2)));
        if (sku.dailyRate > 6.0) {
            // Fast movers keep a buffer back from the channels.
            patch.bufferPct = 10;
            patch.bufferMin = 2;
        }
        if (i % 50 == 7)
            patch.lockMaxQty = 3; // promotion items: at most three per cart
        add(start, SetPolicy{sku.sku, {}, patch});
    }
    // The centre store keeps a bigger buffer on dairy ahead of its weekend rush.
    for (const DemoSku &sku : std::as_const(m_catalog)) {
        if (sku.category == "Dairy"_L1 && sku.dailyRate > 3.0) {
            PolicyPatch patch;
            patch.bufferPct = 20;
            patch.bufferMin = 3;
            add(start, SetPolicy{sku.sku, u"DS-02"_s, patch});
        }
    }
}

void DemoWriter::simulateDay(const QDate &day, int index)
{
    const int weekday = day.dayOfWeek();
    const double weekFactor = weekday >= 5 ? 1.3 : (weekday == 1 ? 0.85 : 1.0);
    for (qsizetype s = 0; s < m_catalog.size(); ++s) {
        const DemoSku &sku = m_catalog[s];
        const QDate expiry = sku.shelfLifeDays > 0 ? day.addDays(sku.shelfLifeDays) : QDate();
        // Fresh goods come straight from the supplier to the stores (direct store
        // delivery, as dairy, bakery and meat do); the rest through the warehouse.
        const bool direct = sku.shelfLifeDays > 0 && sku.shelfLifeDays <= kDirectDeliveryDays;
        // The warehouse takes a pallet of what the stores sell together on Mondays, when it
        // holds less than that: two weeks of it, or a third of the life of goods that
        // expire, so they reach the shelves in time. Deadstock arrived once, long ago.
        const double shippedADay = sku.dailyRate * chainDemand();
        const double palletDays =
            sku.shelfLifeDays > 0 ? std::min(14.0, sku.shelfLifeDays / 3.0) : 14.0;
        const Quantity inWarehouse =
            m_engine.state().availability({kWarehouse, sku.sku}).sellable();
        if (weekday == 1 && shippedADay > 0.0 && !direct &&
            inWarehouse < shippedADay * palletDays) {
            const Quantity pallet =
                std::max<Quantity>(12, Quantity(std::ceil(shippedADay * palletDays)));
            add(at(day, 5), Receive{kWarehouse,
                                    sku.sku,
                                    pallet,
                                    u"W%1"_s.arg(day.toString(u"yyMMdd"_s)),
                                    expiry,
                                    {},
                                    u"PO-%1"_s.arg(day.toString(u"yyMMdd"_s))});
        }
        for (const Store &store : kStores) {
            const StockKey key{store.id, sku.sku};
            const double rate = sku.dailyRate * store.demand;
            if (index == 0 && rate == 0.0 && s % 3 == int(store.demand * 4) % 3) {
                add(at(day, 7),
                    Receive{store.id,
                            sku.sku,
                            6 + Quantity(m_random.bounded(18)),
                            u"L%1"_s.arg(day.toString(u"yyMMdd"_s)),
                            sku.shelfLifeDays > 0 ? day.addDays(sku.shelfLifeDays * 3) : QDate(),
                            {},
                            {}});
                continue;
            }
            if (rate == 0.0)
                continue;
            // Replenish when under three days of cover, five days at a time in cases of six;
            // fresh goods by the unit and only what sells before the date, as a store
            // orders them.
            const double orderDays = direct ? std::clamp(sku.shelfLifeDays - 1.5, 1.0, 5.0) : 5.0;
            const Quantity caseSize = direct ? 1 : 6;
            const Quantity onShelf = m_engine.state().availability(key).sellable();
            const Quantity safety = direct ? 1 : 2;
            if (onShelf < std::ceil(rate * std::min(3.0, orderDays)) + safety) {
                const Quantity qty = std::max<Quantity>(
                    caseSize, caseSize * Quantity(std::ceil(rate * orderDays / double(caseSize))));
                add(at(day, 6), Receive{store.id,
                                        sku.sku,
                                        qty,
                                        u"L%1"_s.arg(day.toString(u"yyMMdd"_s)),
                                        expiry,
                                        {},
                                        {}});
                if (!direct)
                    add(at(day, 6), Dispatch{kWarehouse, sku.sku, qty, {}, {}});
            }
            const int sold = poisson(m_random, rate * weekFactor);
            if (sold > 0)
                add(at(day, 9 + int(m_random.bounded(11))),
                    Dispatch{store.id, sku.sku, sold, {}, {}});
            if (sold > 0 && m_random.bounded(100) == 0)
                add(at(day, 20), Return{store.id, sku.sku, 1, {}, u"NDR-%1"_s.arg(m_nextId), {}});
        }
    }
}

bool DemoWriter::eveningRound(const QDate &day, bool lastDays, QString *error)
{
    // Sorted, so the same seed always gives the same ledger.
    QList<StockKey> keys = m_engine.state().cells.keys();
    std::sort(keys.begin(), keys.end());
    const bool countDay = day.dayOfWeek() == 7;
    for (const StockKey &key : std::as_const(keys)) {
        const Cell cell = m_engine.state().cells.value(key);
        for (const Batch &batch : cell.batches) {
            // Expired stock is cleared the evening it leaves the shelf, except in the last
            // two days, so the demo opens with some still waiting for a manager.
            if (batch.hidden && !lastDays) {
                if (!runNow(at(day, 21),
                            WriteOff{key.location, key.sku, batch.id, {}, u"expired"_s}, error))
                    return false;
                continue;
            }
            // Sunday cycle counts find a little shrinkage.
            if (countDay && !batch.hidden && m_random.bounded(40) == 0) {
                const Quantity counted =
                    std::max<Quantity>(0, batch.qty - Quantity(m_random.bounded(3)));
                Adjust count;
                count.location = key.location;
                count.sku = key.sku;
                count.batch = batch.id;
                count.counted = counted;
                count.reason = u"cycle count"_s;
                if (!runNow(at(day, 22), count, error))
                    return false;
            }
        }
    }
    return true;
}

bool DemoWriter::openOrders(QString *error)
{
    // Carts still open and orders not yet picked, so the reservations screen has life.
    int holds = 0;
    int orders = 0;
    for (qsizetype s = 0; s < m_catalog.size() && (holds < 40 || orders < 60); s += 7) {
        const DemoSku &sku = m_catalog[s];
        if (sku.dailyRate < 1.0)
            continue;
        const Store &store = kStores[s % kStores.size()];
        const StockKey key{store.id, sku.sku};
        const Quantity atp = m_engine.state().availability(key).atp;
        if (atp < 2)
            continue;
        const QDateTime when = m_now.addSecs(-30 - qint64(m_random.bounded(400)));
        if (holds < 40) {
            ++holds;
            if (!runNow(
                    when,
                    Reserve{
                        store.id, sku.sku, 1 + Quantity(m_random.bounded(2)), u"storefront"_s, {}},
                    error))
                return false;
        } else {
            ++orders;
            if (!runNow(when, Commit{{}, store.id, sku.sku, 1, u"marketplace"_s}, error))
                return false;
        }
    }
    return true;
}

bool DemoWriter::run(QString *error)
{
    const QDate today = m_now.date();
    const QDate first = today.addDays(-kHistoryDays);
    setUp(QDateTime(first, QTime(4, 0), Qt::UTC));
    if (!flushDay(error))
        return false;
    for (int i = 0; i < kHistoryDays; ++i) {
        const QDate day = first.addDays(i);
        if (!runNow(QDateTime(day, QTime(4, 30), Qt::UTC), Sweep{}, error))
            return false;
        simulateDay(day, i);
        if (!flushDay(error))
            return false;
        if (!eveningRound(day, i >= kHistoryDays - 2, error))
            return false;
    }
    // Today is a day in progress: what it has brought so far, so the charts' "today" and
    // the figures built on it look as they will on a real morning or afternoon.
    const QDateTime soFar = m_now.addSecs(-kTodayEndsBeforeNowS);
    const QDateTime morningSweep(today, QTime(4, 30), Qt::UTC);
    if (morningSweep < soFar && !runNow(morningSweep, Sweep{}, error))
        return false;
    simulateDay(today, kHistoryDays);
    m_day.removeIf([&soFar](const Timed &timed) { return timed.at >= soFar; });
    if (!flushDay(error))
        return false;
    if (!runNow(m_now.addSecs(-900), Sweep{}, error) || !openOrders(error))
        return false;
    return m_engine.commitImport(error);
}

} // namespace

bool loadDemoData(CommandEngine &engine, const QDateTime &now, QString *error)
{
    DemoWriter writer(engine, now);
    return writer.run(error);
}

} // namespace shelfsync::service
